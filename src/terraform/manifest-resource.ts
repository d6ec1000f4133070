import { anyToHclTerraform, anyToTerraform, hashMapper, hashMapperHcl, TerraformProvider, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';

/**
 * One Kubernetes object as a `kubernetes_manifest` resource of the Kubernetes provider.
 *
 * The provider's generated `Manifest` class builds output references for attributes we never
 * read (`wait_for`, `field_manager`, `timeouts`, `wait`); cdktf captures a full stack trace for
 * each, which made it the largest cost of a group's Terraform (the repository's benchmark). This class
 * writes the one attribute we set, with the same mappers, so the JSON is the same.
 */
export class ManifestResource extends TerraformResource {
  /** The Kubernetes object, as rendered into the unit's manifests. */
  public readonly manifest: Record<string, any>;

  /**
   * @param scope the unit's workloads construct
   * @param id construct id
   * @param manifest the Kubernetes object
   * @param provider the Kubernetes provider of the stack (`KubernetesProvider` of
   *   `@cdktf/provider-kubernetes`): its generator metadata (the provider version written into
   *   `required_providers`) is the one the provider's own classes carry
   */
  public constructor(scope: Construct, id: string, manifest: Record<string, any>, provider: TerraformProvider) {
    super(scope, id, {
      // The provider's `Manifest.tfResourceType`, written out: loading that class only for its name would cost more than the resource.
      terraformResourceType: 'kubernetes_manifest',
      terraformGeneratorMetadata: provider.terraformGeneratorMetadata,
    });
    this.manifest = manifest;
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return { manifest: hashMapper(anyToTerraform)(this.manifest) };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return { manifest: { value: hashMapperHcl(anyToHclTerraform)(this.manifest), isBlock: false, type: 'map', storageClassType: 'anyMap' } };
  }
}

/**
 * Makes `resource` depend on `after` by writing the addresses directly: the `dependsOn` option
 * creates a token per entry (and a stack trace per token), the JSON is the same either way.
 */
export function dependOn(resource: TerraformResource, after: TerraformResource[]): void {
  if (after.length > 0) resource.dependsOn = after.map((d) => `${d.terraformResourceType}.${d.friendlyUniqueId}`);
}
