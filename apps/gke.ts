// The reference topology on GKE: `npm run synth:gke` writes dist-gke/<unit-id>/ (or CDK8S_OUTDIR).
import { KubernetesPlatform, synthesize } from '../src';
import { referenceModel } from './reference-app';

synthesize(referenceModel(KubernetesPlatform.GKE), { outdir: 'dist-gke', terraform: false });
