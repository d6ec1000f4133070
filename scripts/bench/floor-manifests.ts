/**
 * The manifests floor: the library's own Kubernetes objects rebuilt as bare cdk8s `ApiObject`s,
 * one `Chart` per manifest file of each unit, in a plain cdk8s `App`, and synthesized. What cdk8s
 * alone costs for the same objects; the library's extra text files (Helm values, reports) are not
 * part of it.
 */
import * as fs from 'fs';
import * as path from 'path';
import type * as Cdk8s from 'cdk8s';
import { ChildTask } from './cases';
import { loadModule } from './lazy';
import { MANIFESTS_FIXTURE } from './library-cases';
import { PhaseRecorder } from './phases';
import type { UnitManifests } from '../../src';

/** Rebuilds and synthesizes the objects of `task.fixtureDir` into `task.outDir`. */
export function runFloorManifests(task: ChildTask, phases: PhaseRecorder): void {
  const cdk8s = phases.run('load', false, () => loadModule<typeof Cdk8s>('cdk8s'));
  const units = phases.run('read input', false, () => readManifests(task.fixtureDir));
  const app = phases.run('constructs', true, () => {
    const floor = new cdk8s.App({ outdir: task.outDir });
    for (const unit of units) {
      for (const file of unit.files) {
        const chart = new cdk8s.Chart(floor, `${unit.unitId}-${file.fileName.replace(/\.yaml$/, '')}`);
        file.objects.forEach((object, index) => new cdk8s.ApiObject(chart, `o${index}`, object));
      }
    }
    return floor;
  });
  phases.run('synth', true, () => app.synth());
}

function readManifests(fixtureDir: string): UnitManifests[] {
  return JSON.parse(fs.readFileSync(path.join(fixtureDir, MANIFESTS_FIXTURE), 'utf8'));
}
