/**
 * Reads a V8 `.cpuprofile` (from `node --cpu-prof`) and says where the time went: self time by
 * function and by module, the library functions with the most time on the stack (inclusive), and
 * the inclusive time of named cost centres. Only samples inside the run's work window count, so
 * module loading is left out.
 */
import * as fs from 'fs';

/** A function as V8 reports it. */
export interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}

/** One row of a ranking. */
export interface Cost {
  /** Function name and module, e.g. `resolve (cdktf)`, or a module or cost centre name. */
  readonly label: string;
  /** Milliseconds. */
  readonly ms: number;
  /** Share of the window's sampled time, 0 to 1. */
  readonly share: number;
}

/** A named suspect: every sample with a matching frame anywhere on its stack counts toward it. */
export interface CostCentre {
  /** Short name, as the report shows it. */
  readonly name: string;
  /** Whether a frame belongs to it. */
  readonly matches: (frame: CallFrame) => boolean;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: number[];
}

interface CpuProfile {
  readonly nodes: ProfileNode[];
  readonly startTime: number;
  readonly samples: number[];
  readonly timeDeltas: number[];
}

/** Where a frame's code lives: a library file (`src/core/x.ts`), a package, node internals, or a V8 pseudo-frame. */
export function moduleOf(frame: CallFrame): string {
  const url = frame.url;
  if (url === '') return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  const own = /\/build-[^/]+\/((?:src|scripts)\/.*)\.js$/.exec(url);
  if (own) return `${own[1]}.ts`;
  // The innermost package, so that cdk8s's bundled `yaml` shows as `yaml`.
  const pkg = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node internals';
  return url;
}

/** `name (module)`. */
export function functionLabel(frame: CallFrame): string {
  return `${frame.functionName || '(anonymous)'} (${moduleOf(frame)})`;
}

/** A profile cut to a time window, with self time per call-tree node. */
export class ProfileWindow {
  /**
   * Loads `file` and keeps the samples taken inside `windowUs`.
   *
   * @param file the `.cpuprofile`
   * @param windowUs monotonic start and end of the work, microseconds (see `nowUs` in phases.ts)
   */
  public static load(file: string, windowUs: [number, number]): ProfileWindow {
    const profile: CpuProfile = JSON.parse(fs.readFileSync(file, 'utf8'));
    const selfMs = new Map<number, number>();
    let time = profile.startTime;
    for (let i = 0; i < profile.samples.length; i++) {
      time += profile.timeDeltas[i];
      // A sample stands for the time until the next one.
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      if (time >= windowUs[0] && time <= windowUs[1] && ms > 0) selfMs.set(profile.samples[i], (selfMs.get(profile.samples[i]) ?? 0) + ms);
    }
    return new ProfileWindow(profile.nodes, selfMs);
  }

  /** Sampled milliseconds inside the window. */
  public readonly totalMs: number;
  private readonly nodes: Map<number, ProfileNode>;
  private readonly parents = new Map<number, number>();

  private constructor(nodes: ProfileNode[], private readonly selfMs: Map<number, number>) {
    this.nodes = new Map(nodes.map((n) => [n.id, n]));
    for (const n of nodes) for (const child of n.children ?? []) this.parents.set(child, n.id);
    this.totalMs = [...selfMs.values()].reduce((a, b) => a + b, 0);
  }

  /** Top `top` functions by self time. */
  public selfByFunction(top: number): Cost[] {
    return this.rank(this.aggregateSelf((f) => functionLabel(f)), top);
  }

  /** Top `top` modules by self time. */
  public selfByModule(top: number): Cost[] {
    return this.rank(this.aggregateSelf(moduleOf), top);
  }

  /** Top `top` library (src/) functions by inclusive time. */
  public inclusiveLibrary(top: number): Cost[] {
    const totals = new Map<string, number>();
    for (const [id, ms] of this.selfMs) {
      const labels = new Set(this.stackOf(id).filter((f) => moduleOf(f).startsWith('src/')).map(functionLabel));
      for (const label of labels) totals.set(label, (totals.get(label) ?? 0) + ms);
    }
    return this.rank(totals, top);
  }

  /** Inclusive time of each cost centre, in the given order. */
  public costCentres(centres: readonly CostCentre[]): Cost[] {
    return centres.map((centre) => {
      let ms = 0;
      for (const [id, self] of this.selfMs) if (this.stackOf(id).some(centre.matches)) ms += self;
      return { label: centre.name, ms, share: this.share(ms) };
    });
  }

  private aggregateSelf(key: (frame: CallFrame) => string): Map<string, number> {
    const totals = new Map<string, number>();
    for (const [id, ms] of this.selfMs) {
      const k = key(this.nodes.get(id)!.callFrame);
      totals.set(k, (totals.get(k) ?? 0) + ms);
    }
    return totals;
  }

  /** The frames from node `id` up to the root. */
  private stackOf(id: number): CallFrame[] {
    const frames: CallFrame[] = [];
    for (let at: number | undefined = id; at !== undefined; at = this.parents.get(at)) frames.push(this.nodes.get(at)!.callFrame);
    return frames;
  }

  private rank(totals: Map<string, number>, top: number): Cost[] {
    return [...totals.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, top)
      .map(([label, ms]) => ({ label, ms, share: this.share(ms) }));
  }

  private share(ms: number): number {
    return this.totalMs > 0 ? ms / this.totalMs : 0;
  }
}
