// The Terraform of the reference topology: what `cdktf synth` (cdktf.json) runs. AKS by default;
// GENESYS_CLOUD=gke gives the GKE twin. Writes <CDKTF_OUTDIR or cdktf.out>/stacks/<stack>/cdk.tf.json,
// after checking the manifests model too.
import { ChartDelivery, KubernetesPlatform, synthesize } from '../src';
import { referenceModel } from './reference-app';
import { REFERENCE_CHART_REPOSITORY } from './reference-topology';

const cloud = process.env.GENESYS_CLOUD === 'gke' ? KubernetesPlatform.GKE : KubernetesPlatform.AKS;
// The Terraform installs the charts itself: a helm_release per release, in deployment order.
synthesize(referenceModel(cloud, ChartDelivery.terraform({ repository: REFERENCE_CHART_REPOSITORY })), { manifests: false });
