import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { GenesysApp, UnitManifests, collectProblems, problem } from '../core';
import { checkProps } from '../core/check-props';
import { writeFolderAtomically } from '../core/genesys-app';
import { SynthProblemsError } from '../core/problems';

/** Options of `synthesize`. */
export interface SynthesizeOptions {
  /**
   * Folder of the manifests. `CDK8S_OUTDIR`, which `cdk8s synth` sets, wins over it.
   *
   * @default - `CDK8S_OUTDIR`, or `dist`
   */
  readonly outdir?: string;
  /**
   * Folder of the Terraform. `CDKTF_OUTDIR`, which `cdktf synth` sets, wins over it.
   *
   * @default - `CDKTF_OUTDIR`, or `cdktf.out`
   */
  readonly terraformOutdir?: string;
  /**
   * Write the manifests.
   *
   * @default - true, unless run by `cdktf synth` (which asks for the Terraform only)
   */
  readonly manifests?: boolean;
  /**
   * Write the Terraform.
   *
   * @default - true, unless run by `cdk8s synth` (which asks for the manifests only)
   */
  readonly terraform?: boolean;
  /**
   * On a problem, print the report to stderr (no stack trace) and set a failing exit code, as a
   * command-line app should.
   *
   * @default true
   */
  readonly report?: boolean;
}

/** What `synthesize` did. */
export interface SynthesisResult {
  /** Every problem found, each prefixed with its construct path; empty when the output was written. */
  readonly problems: string[];
  /** The folders written, none when a problem was found. */
  readonly written: string[];
}


/**
 * The one entry point that checks the manifests model and the Terraform model together and writes
 * neither until both pass (the design guide, principle 3). It makes a `GenesysApp` and a cdktf
 * `App`, runs `define` on them, and then, with no problem anywhere (a wrong option found at
 * construction, a rule of the model, a rule of the Terraform), writes the manifests and the
 * Terraform. Otherwise it leaves both output folders as they were and reports every problem.
 *
 * `cdk8s synth` (which sets `CDK8S_OUTDIR`) gets the manifests, `cdktf synth` (which sets
 * `CDKTF_OUTDIR`) the Terraform, each in the folder the command line asked for; a plain
 * `ts-node app.ts` gets both. A plain function (the model is built in a callback), so not in API.md.
 *
 * @param define builds the model: the manifests' constructs in `app`, `GroupTerraform` in `terraform`
 * @param options folders and outputs
 */
export function synthesize(define: (app: GenesysApp, terraform: App) => void, options: SynthesizeOptions = {}): SynthesisResult {
  checkProps('synthesize', 'SynthesizeOptions', options);
  if (typeof define !== 'function') {
    throw new SynthProblemsError([`[synthesize] ${problem('the model is not a function', 'pass synthesize((app, terraform) => { ...your constructs... })')}`]);
  }
  const manifestsDir = process.env.CDK8S_OUTDIR ?? options.outdir ?? 'dist';
  const terraformDir = process.env.CDKTF_OUTDIR ?? options.terraformOutdir ?? 'cdktf.out';
  const byCdk8s = process.env.CDK8S_OUTDIR !== undefined && process.env.CDKTF_OUTDIR === undefined;
  const byCdktf = process.env.CDKTF_OUTDIR !== undefined && process.env.CDK8S_OUTDIR === undefined;
  const writeManifests = options.manifests ?? !byCdktf;
  const writeTerraform = options.terraform ?? !byCdk8s;
  // cdktf writes where its App points, from construction on: a sibling staging folder, swapped in
  // only after everything passed.
  const staging = `${terraformDir.replace(/\/+$/, '')}.staging-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  // cdktf makes only the last folder; the first folder made here is removed again if left empty.
  const firstMade = fs.mkdirSync(staging, { recursive: true });
  try {
    const app = new GenesysApp({ outdir: manifestsDir });
    const terraform = new App({ outdir: staging });
    const result = checkThenWrite(() => define(app, terraform), app, terraform, {
      manifests: writeManifests,
      terraform: writeTerraform ? terraformDir : undefined,
      staging,
    });
    if (result.problems.length > 0 && (options.report ?? true)) {
      console.error(new SynthProblemsError(result.problems).message);
      process.exitCode = 1;
    }
    return result;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
    removeEmptyFolders(path.dirname(staging), firstMade);
  }
}

/** Removes `dir` and its parents up to `top`, as long as each is empty. */
function removeEmptyFolders(dir: string, top: string | undefined): void {
  if (!top || path.relative(top, dir).startsWith('..')) return;
  for (let d = dir; ; d = path.dirname(d)) {
    if (!fs.existsSync(d) || fs.readdirSync(d).length > 0) return;
    fs.rmdirSync(d);
    if (path.resolve(d) === path.resolve(top)) return;
  }
}

interface Targets {
  readonly manifests: boolean;
  readonly terraform?: string;
  readonly staging: string;
}

function checkThenWrite(define: () => void, app: GenesysApp, terraform: App, targets: Targets): SynthesisResult {
  // One pass of the model's checks gives its problems and the manifests the files are written from.
  let manifests: UnitManifests[] = [];
  const problems = problemsOf(() => {
    define();
    const checked = app._checkModel();
    manifests = checked.manifests;
    return [...checked.problems, ...collectProblems(terraform)];
  });
  if (problems.length > 0) return { problems, written: [] };
  const files = app._filesOf(manifests);
  if (targets.terraform) {
    const failed = problemsOf(() => {
      terraform.synth();
      return [];
    });
    if (failed.length > 0) return { problems: failed, written: [] };
  }
  const written: string[] = [];
  if (targets.manifests) {
    writeFolderAtomically(app.outdir, files);
    written.push(app.outdir);
  }
  if (targets.terraform) {
    fs.rmSync(targets.terraform, { recursive: true, force: true });
    fs.renameSync(targets.staging, targets.terraform);
    written.push(targets.terraform);
  }
  return { problems: [], written };
}

/** The problems `run` returns or throws as a `SynthProblemsError`; a plain `Error` (cdktf's validation failure, a refusal) reads as one problem. */
function problemsOf(run: () => string[]): string[] {
  try {
    return run();
  } catch (error) {
    if (error instanceof SynthProblemsError) return error.problems;
    // The library's and constructs' own refusals are plain Errors with a message for people; a
    // TypeError or any other kind is a bug, and keeps its stack trace.
    if (error instanceof Error && error.constructor === Error) return [error.message.startsWith('[') ? error.message : `[model] ${error.message}`];
    throw error;
  }
}
