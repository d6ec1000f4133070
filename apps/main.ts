// The default app: what `cdk8s synth` (cdk8s.yaml) runs. It writes dist/<unit-id>/ for the four
// units of the reference topology on AKS.
import { GenesysApp, KubernetesPlatform } from '../src';
import { defineReferenceTopology } from './reference-topology';

const app = new GenesysApp();
defineReferenceTopology(app, KubernetesPlatform.AKS);
app.synthOrReport();
