import { GroupTerraform, KubernetesPlatform, synthesize } from '../src';
import { defineReferenceTopology } from './reference-topology';

/** What `synthesize` runs to build the model. */
type ModelDefinition = Parameters<typeof synthesize>[0];

/**
 * The reference topology and its Terraform, as `synthesize` builds them, so that the Terraform's own
 * rules are checked before the manifests are written: what `cdk8s synth` (apps/main.ts) and
 * `cdktf synth` (apps/terraform.ts) run.
 */
export function referenceModel(cloud: KubernetesPlatform): ModelDefinition {
  return (app, terraform) => {
    const group = defineReferenceTopology(app, cloud);
    new GroupTerraform(terraform, 'acme', {
      group,
      kubernetesVersion: '1.29',
      gcpProject: cloud === KubernetesPlatform.GKE ? 'acme-genesys' : undefined,
      prerequisites: { kafka: true },
    });
  };
}
