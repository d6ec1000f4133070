/**
 * The benchmark's cases and what a child process reports for one run of one case. Shared by the
 * parent (which schedules runs) and the child (which performs them).
 */

/** What is synthesized, and by whom. */
export enum CaseKind {
  /** The library: build the model, then `GenesysApp.synth()` into a temporary folder. */
  LIBRARY_MANIFESTS = 'library-manifests',
  /** Bare cdk8s: the library's objects as plain `ApiObject`s in `Chart`s of a plain `App`, synthesized. */
  FLOOR_MANIFESTS = 'floor-manifests',
  /** The library: build the model, `GroupTerraform` into a cdktf `App`, then `App.synth()`. */
  LIBRARY_TERRAFORM = 'library-terraform',
  /** Bare cdktf: the library's synthesized resources as plain `TerraformResource`s, synthesized. */
  FLOOR_TERRAFORM = 'floor-terraform',
}

/** Every kind, in report order. */
export const ALL_KINDS: readonly CaseKind[] = [
  CaseKind.LIBRARY_MANIFESTS,
  CaseKind.FLOOR_MANIFESTS,
  CaseKind.LIBRARY_TERRAFORM,
  CaseKind.FLOOR_TERRAFORM,
];

/** Which output a kind produces. */
export function outputOf(kind: CaseKind): 'manifests' | 'terraform' {
  return kind === CaseKind.LIBRARY_MANIFESTS || kind === CaseKind.FLOOR_MANIFESTS ? 'manifests' : 'terraform';
}

/** Whether a kind measures the library (rather than its floor). */
export function isLibrary(kind: CaseKind): boolean {
  return kind === CaseKind.LIBRARY_MANIFESTS || kind === CaseKind.LIBRARY_TERRAFORM;
}

/** What the parent asks a child to do; passed as JSON in argv[2]. */
export interface ChildTask {
  /** `prepare` writes the floors' inputs for a size; the others are measured runs. */
  readonly kind: CaseKind | 'prepare';
  /** Units in the model. */
  readonly units: number;
  /** Fresh folder for this run's output. */
  readonly outDir: string;
  /** Folder with the floor inputs of this size (written by `prepare`). */
  readonly fixtureDir: string;
  /** File the child writes its `ChildResult` to. */
  readonly resultFile: string;
}

/** One timed phase of a run, in milliseconds. */
export interface Phase {
  /** Phase name, e.g. `model`, `synth`. */
  readonly name: string;
  /** Wall time, milliseconds. */
  readonly ms: number;
  /** Whether the phase counts as work (the compared time) rather than set-up (loading modules, reading inputs). */
  readonly work: boolean;
}

/** What a child reports for one run. */
export interface ChildResult {
  /** The phases in order. */
  readonly phases: Phase[];
  /** CPU time of the work phases (user + system), milliseconds. */
  readonly workCpuMs: number;
  /** Peak resident set size, kilobytes (`process.resourceUsage().maxRSS`), taken right after the last phase. */
  readonly maxRssKb: number;
  /** What was produced: Kubernetes objects or Terraform resources (and data sources). */
  readonly items: number;
  /** Files (manifest files or Terraform stacks) produced. */
  readonly files: number;
  /** `process.hrtime` in microseconds when the work began and ended, to cut a CPU profile to the work. */
  readonly workWindowUs: [number, number];
}
