/**
 * A benchmark child process: performs one run of one case (or the preparation of a size) and
 * writes its `ChildResult` as JSON. Started by the parent as `node child.js '<ChildTask JSON>'`,
 * one fresh process per run, so that no run inherits another's warm JIT or heap.
 */
import * as fs from 'fs';
import { CaseKind, ChildResult, ChildTask, outputOf } from './cases';
import { runFloorManifests } from './floor-manifests';
import { runFloorTerraform } from './floor-terraform';
import { prepareFixtures, runLibraryManifests, runLibraryTerraform } from './library-cases';
import { Counted, countManifests, countTerraform } from './output-counts';
import { PhaseRecorder } from './phases';

/** The measured run of each kind. */
const RUNS: Record<CaseKind, (task: ChildTask, phases: PhaseRecorder) => void> = {
  [CaseKind.LIBRARY_MANIFESTS]: runLibraryManifests,
  [CaseKind.FLOOR_MANIFESTS]: runFloorManifests,
  [CaseKind.LIBRARY_TERRAFORM]: runLibraryTerraform,
  [CaseKind.FLOOR_TERRAFORM]: runFloorTerraform,
};

function main(): void {
  const task: ChildTask = JSON.parse(process.argv[2]);
  if (task.kind === 'prepare') {
    prepareFixtures(task);
    return;
  }
  const phases = new PhaseRecorder();
  RUNS[task.kind](task, phases);
  // The high-water mark first: counting reads the output back, which must not raise it.
  const maxRssKb = process.resourceUsage().maxRSS;
  const counted = count(task.kind, task.outDir);
  const result: ChildResult = {
    phases: phases.phases,
    workCpuMs: phases.workCpuMs,
    maxRssKb,
    items: counted.items,
    files: counted.files,
    workWindowUs: phases.workWindowUs,
  };
  fs.writeFileSync(task.resultFile, JSON.stringify(result));
}

function count(kind: CaseKind, outDir: string): Counted {
  if (outputOf(kind) === 'terraform') return countTerraform(outDir);
  return countManifests(outDir, kind === CaseKind.LIBRARY_MANIFESTS ? 2 : 1);
}

main();
