// The default app: what `cdk8s synth` (cdk8s.yaml) runs. It writes dist/<unit-id>/.
import { GenesysApp } from '../src';
import { defineDefaultApp } from './default-app';

const app = new GenesysApp();
defineDefaultApp(app);
app.synthOrReport();
