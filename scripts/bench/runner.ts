/**
 * Starts benchmark children and collects what they report, with the wall time of each process as
 * the parent sees it (start-up and module loading included).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CaseKind, ChildResult, ChildTask } from './cases';

/** How a child runs: the transpiled JavaScript under node, or the TypeScript sources under ts-node as the repo's apps run. */
export enum Runtime {
  /** `node <build>/scripts/bench/child.js`. */
  NODE = 'node',
  /** `ts-node --transpile-only --project scripts/tsconfig.json scripts/bench/child.ts`, like cdktf.json's app. */
  TS_NODE = 'ts-node',
}

/** Where things are. */
export interface RunnerPaths {
  /** Repository root. */
  readonly repoRoot: string;
  /** Transpiled tree (see compile.ts). */
  readonly buildDir: string;
  /** Scratch folder for outputs and result files. */
  readonly workDir: string;
}

/** One measured run. */
export interface RunRecord {
  readonly kind: CaseKind;
  readonly units: number;
  readonly runtime: Runtime;
  /** Wall time of the whole child process, milliseconds. */
  readonly processMs: number;
  readonly result: ChildResult;
}

/** Extra settings of one child. */
export interface LaunchOptions {
  /** Flags for node itself, e.g. `--cpu-prof`. */
  readonly nodeArgs?: string[];
  /** Runtime. @default Runtime.NODE */
  readonly runtime?: Runtime;
}

/** Folder with the floors' inputs for a size. */
export function fixtureDir(paths: RunnerPaths, units: number): string {
  return path.join(paths.workDir, 'fixtures', `units-${units}`);
}

/** Writes the floors' inputs for a size (not timed). */
export function prepare(paths: RunnerPaths, units: number): void {
  const task: ChildTask = { kind: 'prepare', units, outDir: path.join(paths.workDir, 'out', `prepare-${units}`), fixtureDir: fixtureDir(paths, units), resultFile: resultFile(paths, `prepare-${units}`) };
  launch(paths, task, {});
  fs.rmSync(task.outDir, { recursive: true, force: true });
}

/**
 * Runs one case once in a fresh child and returns its record; the run's output folder is removed
 * afterwards.
 *
 * @param tag unique name of this run, used for its output folder and result file
 */
export function measure(paths: RunnerPaths, kind: CaseKind, units: number, tag: string, options: LaunchOptions = {}): RunRecord {
  const outDir = path.join(paths.workDir, 'out', tag);
  const task: ChildTask = { kind, units, outDir, fixtureDir: fixtureDir(paths, units), resultFile: resultFile(paths, tag) };
  const processMs = launch(paths, task, options);
  const result: ChildResult = JSON.parse(fs.readFileSync(task.resultFile, 'utf8'));
  fs.rmSync(outDir, { recursive: true, force: true });
  return { kind, units, runtime: options.runtime ?? Runtime.NODE, processMs, result };
}

/** Starts the child, waits for it, and returns its wall time; throws with its output when it fails. */
function launch(paths: RunnerPaths, task: ChildTask, options: LaunchOptions): number {
  fs.rmSync(task.outDir, { recursive: true, force: true });
  const runtime = options.runtime ?? Runtime.NODE;
  const entry =
    runtime === Runtime.NODE
      ? [path.join(paths.buildDir, 'scripts', 'bench', 'child.js')]
      : [
        path.join(paths.repoRoot, 'node_modules', 'ts-node', 'dist', 'bin.js'),
        '--transpile-only',
        '--project',
        path.join(paths.repoRoot, 'scripts', 'tsconfig.json'),
        path.join(paths.repoRoot, 'scripts', 'bench', 'child.ts'),
      ];
  const start = performance.now();
  const child = spawnSync(process.execPath, [...(options.nodeArgs ?? []), ...entry, JSON.stringify(task)], {
    cwd: paths.repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  if (child.status !== 0) {
    throw new Error(`child ${task.kind} (${task.units} units, ${runtime}) failed with ${child.status ?? child.signal}:\n${child.stderr}\n${child.stdout}`);
  }
  return ms;
}

function resultFile(paths: RunnerPaths, tag: string): string {
  return path.join(paths.workDir, 'results', `${tag}.json`);
}
