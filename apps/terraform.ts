// The Terraform of the reference topology: what `cdktf synth` (cdktf.json) runs. AKS by default;
// GENESYS_CLOUD=gke gives the GKE twin. Writes <CDKTF_OUTDIR or cdktf.out>/stacks/<stack>/cdk.tf.json,
// after checking the manifests model too.
import { KubernetesPlatform, synthesize } from '../src';
import { referenceModel } from './reference-app';

const cloud = process.env.GENESYS_CLOUD === 'gke' ? KubernetesPlatform.GKE : KubernetesPlatform.AKS;
synthesize(referenceModel(cloud), { manifests: false });
