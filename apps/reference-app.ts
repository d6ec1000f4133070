import { ChartDelivery, GroupTerraform, KubernetesPlatform, synthesize } from '../src';
import { referenceTerraformProps } from './reference-terraform';
import { defineReferenceTopology, referenceDelivery } from './reference-topology';

/** What `synthesize` runs to build the model. */
type ModelDefinition = Parameters<typeof synthesize>[0];

/**
 * The reference topology and its Terraform, as `synthesize` builds them, so that the Terraform's own
 * rules are checked before the manifests are written: what `cdk8s synth` (apps/main.ts) and
 * `cdktf synth` (apps/terraform.ts) run.
 *
 * @param cloud AKS or GKE
 * @param charts how the charts are delivered (Flux by default; the Terraform app installs them itself)
 */
export function referenceModel(cloud: KubernetesPlatform, charts: ChartDelivery = referenceDelivery()): ModelDefinition {
  return (app, terraform) => {
    const group = defineReferenceTopology(app, cloud, charts);
    new GroupTerraform(terraform, 'acme', referenceTerraformProps(group, cloud));
  };
}
