// The default app: what `cdk8s synth` (cdk8s.yaml) runs. It writes <CDK8S_OUTDIR or dist>/<unit-id>/
// for the four units of the reference topology on AKS, after checking its Terraform too.
import { KubernetesPlatform, synthesize } from '../src';
import { referenceModel } from './reference-app';

synthesize(referenceModel(KubernetesPlatform.AKS), { terraform: false });
