/**
 * The library's two outputs as a user produces them, timed phase by phase, and the preparation
 * step that records the library's output as the floors' input.
 */
import * as fs from 'fs';
import * as path from 'path';
import type * as Cdktf from 'cdktf';
import { ChildTask } from './cases';
import { loadModule } from './lazy';
import { PhaseRecorder } from './phases';
import type * as Topology from './topology';
import type * as Library from '../../src';

/** File, in a size's fixture folder, holding `GenesysApp.manifests()`. */
export const MANIFESTS_FIXTURE = 'manifests.json';
/** Folder, in a size's fixture folder, holding the library's cdktf output. */
export const TERRAFORM_FIXTURE = 'cdktf.out';

/** The Terraform options of apps/reference-app.ts. */
const TERRAFORM_OPTIONS = { kubernetesVersion: '1.29', prerequisites: { kafka: true } };

/** Modules the library cases need, loaded inside the timed `load` phase. */
interface LibraryModules {
  readonly lib: typeof Library;
  readonly topology: typeof Topology;
}

function loadLibrary(): LibraryModules {
  return { lib: loadModule<typeof Library>('../../src'), topology: loadModule<typeof Topology>('./topology') };
}

/** `GenesysApp.synth()`: checks the model, renders every unit's manifests and writes them under `task.outDir`. */
export function runLibraryManifests(task: ChildTask, phases: PhaseRecorder): void {
  const { lib, topology } = phases.run('load', false, loadLibrary);
  const app = phases.run('model', true, () => {
    const model = new lib.GenesysApp({ outdir: task.outDir });
    topology.buildBenchModel(model, task.units);
    return model;
  });
  phases.run('synth', true, () => app.synth());
}

/** `GroupTerraform` on the model (which renders the manifests again), then the cdktf synth into `task.outDir`. */
export function runLibraryTerraform(task: ChildTask, phases: PhaseRecorder): void {
  const { lib, topology, cdktf } = phases.run('load', false, () => ({ ...loadLibrary(), cdktf: loadModule<typeof Cdktf>('cdktf') }));
  const group = phases.run('model', true, () => groupOf(topology.buildBenchModel(new lib.GenesysApp({ outdir: task.outDir }), task.units)));
  const app = phases.run('constructs', true, () => {
    const tf = new cdktf.App({ outdir: task.outDir });
    new lib.GroupTerraform(tf, group.groupId, { group, ...TERRAFORM_OPTIONS });
    return tf;
  });
  phases.run('synth', true, () => app.synth());
}

/**
 * Writes the floors' input for a size: the manifests as objects and, for a group, the library's
 * synthesized Terraform. Not timed.
 */
export function prepareFixtures(task: ChildTask): void {
  const { lib, topology } = loadLibrary();
  const model = new lib.GenesysApp({ outdir: task.outDir });
  const built = topology.buildBenchModel(model, task.units);
  fs.mkdirSync(task.fixtureDir, { recursive: true });
  fs.writeFileSync(path.join(task.fixtureDir, MANIFESTS_FIXTURE), JSON.stringify(model.manifests()));
  if (built.group) {
    const cdktf = loadModule<typeof Cdktf>('cdktf');
    const tf = new cdktf.App({ outdir: path.join(task.fixtureDir, TERRAFORM_FIXTURE) });
    new lib.GroupTerraform(tf, built.group.groupId, { group: built.group, ...TERRAFORM_OPTIONS });
    tf.synth();
  }
}

function groupOf(model: Topology.BenchModel): Library.UnitGroup {
  if (!model.group) throw new Error('the Terraform cases need a unit group: 2 units or more');
  return model.group;
}
