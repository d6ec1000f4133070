// The reference topology on GKE: `npm run synth:gke` writes dist-gke/<unit-id>/.
import { GenesysApp, KubernetesPlatform } from '../src';
import { defineReferenceTopology } from './reference-topology';

const app = new GenesysApp({ outdir: process.env.CDK8S_OUTDIR ?? 'dist-gke' });
defineReferenceTopology(app, KubernetesPlatform.GKE);
app.synthOrReport();
