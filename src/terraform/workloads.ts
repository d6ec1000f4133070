import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { SecretV1 } from '@cdktf/provider-kubernetes/lib/secret-v1';
import { TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { ManifestFileObjects } from '../core';
import { ClusterAccess } from './cluster-access';
import { dependOn, ManifestResource } from './manifest-resource';
import { checkProps } from '../core/check-props';

/** A Secret the Terraform creates from a provisioned store's outputs. */
export interface TerraformSecret {
  /** Namespace. */
  readonly namespace: string;
  /** Secret name. */
  readonly name: string;
  /** Keys and values (Terraform expressions; marked sensitive by the provider). */
  readonly data: Record<string, string>;
}

/** Options of a unit's workloads. */
export interface WorkloadsProps {
  /** The unit's manifest files, in deployment order. */
  readonly files: ManifestFileObjects[];
  /** How to reach the cluster. */
  readonly access: ClusterAccess;
  /** Secrets to create from provisioned stores, after the namespaces and before the services. */
  readonly secrets: TerraformSecret[];
}

/**
 * A unit's manifests as `kubernetes_manifest` resources, in deployment order: every object of a
 * file waits for a barrier (a `terraform_data`) that waits for every object of the file before it.
 * The credentials Secrets of provisioned stores come right after the namespaces; their values live
 * only in Terraform state, never in a manifest.
 */
export class Workloads extends Construct {
  /** The manifest resources, in order. */
  public readonly manifests: ManifestResource[] = [];

  /**
   * @param scope the unit's workloads stack
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: WorkloadsProps) {
    checkProps(scope, 'WorkloadsProps', props, id);
    super(scope, id);
    const provider = new KubernetesProvider(this, 'kubernetes', { ...props.access });
    let previous: TerraformResource | undefined;
    const after = <T extends TerraformResource>(resource: T): T => {
      if (previous) dependOn(resource, [previous]);
      return resource;
    };
    const barrier = (name: string, waitFor: TerraformResource[]) => {
      const resource = new TerraformResource(this, `after-${name}`, { terraformResourceType: 'terraform_data' });
      dependOn(resource, waitFor);
      return resource;
    };

    props.files.forEach((file, index) => {
      const resources = file.objects.map((object) => after(new ManifestResource(this, resourceId(file.fileName, object), object, provider)));
      this.manifests.push(...resources);
      previous = barrier(file.fileName.replace(/\.yaml$/, ''), resources);
      if (index === 0 && props.secrets.length > 0) {
        const secrets = props.secrets.map((s) =>
          after(new SecretV1(this, `secret-${s.namespace}-${s.name}`, { metadata: { name: s.name, namespace: s.namespace }, data: s.data })),
        );
        previous = barrier('secrets', secrets);
      }
    });
  }
}

function resourceId(fileName: string, object: any): string {
  const parts = [fileName.replace(/\.yaml$/, ''), object.kind, object.metadata?.namespace ?? 'cluster', object.metadata?.name];
  return parts.join('-').replace(/[^A-Za-z0-9_-]/g, '_');
}
