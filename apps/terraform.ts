// The Terraform of the reference topology: what `cdktf synth` (cdktf.json) runs. AKS by default;
// GENESYS_CLOUD=gke gives the GKE twin. Writes cdktf.out/stacks/<stack>/cdk.tf.json.
import { App } from 'cdktf';
import { ChartDelivery, GenesysApp, GroupTerraform, KubernetesPlatform } from '../src';
import { REFERENCE_CHART_REPOSITORY, defineReferenceTopology } from './reference-topology';

const cloud = process.env.GENESYS_CLOUD === 'gke' ? KubernetesPlatform.GKE : KubernetesPlatform.AKS;
const model = new GenesysApp({ outdir: 'dist' });
// The Terraform installs the charts itself: a helm_release per release, in deployment order.
const group = defineReferenceTopology(model, cloud, ChartDelivery.terraform({ repository: REFERENCE_CHART_REPOSITORY }));

const app = new App();
new GroupTerraform(app, 'acme', {
  group,
  kubernetesVersion: '1.29',
  gcpProject: cloud === KubernetesPlatform.GKE ? 'acme-genesys' : undefined,
  prerequisites: { kafka: true },
});
app.synth();
