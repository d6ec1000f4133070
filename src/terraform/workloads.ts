import type { HelmProvider } from '@cdktf/provider-helm/lib/provider';
import type { DataKubernetesSecretV1 } from '@cdktf/provider-kubernetes/lib/data-kubernetes-secret-v1';
import type { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { Yaml } from 'cdk8s';
import { TerraformResource, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { ManifestFileObjects, ReleaseSpec } from '../core';
import { ClusterAccess, kubernetesProviderAccess } from './cluster-access';
import { dependOn, ManifestResource } from './manifest-resource';
import { helm as helmProvider, kubernetes } from './providers';
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
  /** The unit's Helm releases; those delivered by Terraform become `helm_release`s in their wave. @default - none */
  readonly releases?: ReleaseSpec[];
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
  /** The `helm_release` resources, in order (`Release` of `@cdktf/provider-helm`). */
  public readonly releases: TerraformResource[] = [];

  /**
   * @param scope the unit's workloads stack
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: WorkloadsProps) {
    checkProps(scope, 'WorkloadsProps', props, id);
    super(scope, id);
    const { KubernetesProvider } = kubernetes('provider');
    const { SecretV1 } = kubernetes('secret-v1');
    const { HelmProvider } = helmProvider('provider');
    const provider = new KubernetesProvider(this, 'kubernetes', kubernetesProviderAccess(props.access));
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

    const releases = (props.releases ?? []).filter((r) => r.deliveredByTerraform);
    const helm = releases.length > 0 ? new HelmProvider(this, 'helm', { kubernetes: { ...props.access } }) : undefined;
    const login = releases.some((r) => r.repositoryLogin) ? repositoryLogin(this) : undefined;
    const objectsOf = new Map(props.files.map((f) => [f.fileName, f.objects]));
    const fileNames = [...new Set([...props.files.map((f) => f.fileName), ...releases.map((r) => r.fileName)])].sort();

    fileNames.forEach((fileName, index) => {
      const resources: TerraformResource[] = (objectsOf.get(fileName) ?? []).map((object) =>
        after(new ManifestResource(this, resourceId(fileName, object), object, provider)),
      );
      this.manifests.push(...resources.filter((r): r is ManifestResource => r instanceof ManifestResource));
      for (const release of releases.filter((r) => r.fileName === fileName)) {
        const resource = after(helmRelease(this, release, helm!, login, provider));
        this.releases.push(resource);
        resources.push(resource);
      }
      previous = barrier(fileName.replace(/\.yaml$/, ''), resources);
      if (index === 0 && props.secrets.length > 0) {
        const secrets = props.secrets.map((s) =>
          after(new SecretV1(this, `secret-${s.namespace}-${s.name}`, { metadata: { name: s.name, namespace: s.namespace }, data: s.data })),
        );
        previous = barrier('secrets', secrets);
      }
    });
  }
}

/** Sensitive variables with the chart repository's login, never written into the output. */
function repositoryLogin(scope: Construct): { username: string; password: string } {
  const variable = (name: string, description: string) => {
    const v = new TerraformVariable(scope, name, { type: 'string', sensitive: true, description });
    // The name the operator sets (TF_VAR_chart_repository_username), not a generated one.
    v.overrideLogicalId(name);
    return v.stringValue;
  };
  return {
    username: variable('chart_repository_username', 'User name of the Genesys chart repository'),
    password: variable('chart_repository_password', 'Password of the Genesys chart repository'),
  };
}

/** One chart release, with the values computed from the model. */
function helmRelease(
  scope: Construct,
  spec: ReleaseSpec,
  provider: HelmProvider,
  login: { username: string; password: string } | undefined,
  kubernetesProvider: KubernetesProvider,
): TerraformResource {
  const { Release } = helmProvider('release');
  const { DataKubernetesSecretV1 } = kubernetes('data-kubernetes-secret-v1');
  const fromFolder = spec.chartFolder !== undefined;
  // Credentials the chart takes as plain values: read from their Secrets at plan time, sensitive.
  const secrets = new Map<string, DataKubernetesSecretV1>();
  const secretOf = (name: string) => {
    const found = secrets.get(name) ?? new DataKubernetesSecretV1(scope, `secret-${spec.namespace}-${spec.releaseName}-${name}`, {
      provider: kubernetesProvider,
      metadata: { name, namespace: spec.namespace },
    });
    secrets.set(name, found);
    return found;
  };
  const setSensitive = (spec.secretValues ?? []).map((v) => ({ name: v.key, value: secretOf(v.secretName).data.lookup(v.secretKey) }));
  return new Release(scope, `helm-${spec.namespace}-${spec.releaseName}`, {
    provider,
    name: spec.releaseName,
    namespace: spec.namespace,
    chart: fromFolder ? `${spec.chartFolder}/${spec.chart}` : spec.chart,
    ...(fromFolder ? {} : { repository: spec.repositoryUrl, version: spec.chartVersion }),
    ...(login && spec.repositoryLogin ? { repositoryUsername: login.username, repositoryPassword: login.password } : {}),
    values: [Yaml.stringify(spec.values)],
    ...(setSensitive.length > 0 ? { setSensitive } : {}),
    // The guides install with --wait (000 §3): a release is done when its pods are ready.
    wait: true,
  });
}

function resourceId(fileName: string, object: any): string {
  const parts = [fileName.replace(/\.yaml$/, ''), object.kind, object.metadata?.namespace ?? 'cluster', object.metadata?.name];
  return parts.join('-').replace(/[^A-Za-z0-9_-]/g, '_');
}
