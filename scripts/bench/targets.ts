/** The issue's targets, checked against the measured medians. */
import { CaseStats, caseKey } from './aggregate';
import { CaseKind } from './cases';
import { Runtime } from './runner';

/** Library time at most this many times its floor's. */
export const MAX_FLOOR_RATIO = 2;
/** Library time at most this many times as long when the unit count doubles. */
export const MAX_DOUBLING_GROWTH = 2.2;
/** The 8-unit group's output within this many milliseconds (whole process). */
export const MAX_EIGHT_UNIT_MS = 10_000;

/** One checked target. */
export interface TargetResult {
  /** What was checked. */
  readonly target: string;
  /** The measured value(s). */
  readonly measured: string;
  /** Whether it holds. */
  readonly met: boolean;
  /** A caveat, if any. */
  readonly note?: string;
}

const OUTPUTS = [
  { name: 'Manifests', library: CaseKind.LIBRARY_MANIFESTS, floor: CaseKind.FLOOR_MANIFESTS },
  { name: 'Terraform', library: CaseKind.LIBRARY_TERRAFORM, floor: CaseKind.FLOOR_TERRAFORM },
];

/** Which time a comparison uses: wall time of the work (the verdict) or its CPU time (the cross-check). */
export type Metric = 'wall' | 'cpu';

function work(c: CaseStats, metric: Metric): number {
  return metric === 'wall' ? c.workMs.median : c.workCpuMs.median;
}

/** Library work ÷ floor work, by medians; undefined when either is missing. */
export function floorRatio(stats: Map<string, CaseStats>, library: CaseKind, floor: CaseKind, units: number, metric: Metric = 'wall'): number | undefined {
  const lib = stats.get(caseKey(library, units));
  const base = stats.get(caseKey(floor, units));
  return lib && base ? work(lib, metric) / work(base, metric) : undefined;
}

/** Work at `units` ÷ work at half as many units, by medians; undefined when either is missing. */
export function doublingGrowth(stats: Map<string, CaseStats>, kind: CaseKind, units: number, metric: Metric = 'wall'): number | undefined {
  const now = stats.get(caseKey(kind, units));
  const half = stats.get(caseKey(kind, units / 2));
  return now && half ? work(now, metric) / work(half, metric) : undefined;
}

/** The note for a target whose verdict on CPU time differs from its verdict on wall time. */
function disagreement(wallMet: boolean, cpuMet: boolean): string | undefined {
  if (wallMet === cpuMet) return undefined;
  return `${cpuMet ? 'met' : 'missed'} on CPU time: other load on the machine decides the wall-time verdict`;
}

/** Checks every target the measured sizes allow. */
export function checkTargets(stats: Map<string, CaseStats>, sizes: readonly number[]): TargetResult[] {
  const results: TargetResult[] = [];
  const x = (v: number) => `${v.toFixed(2)}×`;
  for (const output of OUTPUTS) {
    const ratios = sizes.flatMap((u) => {
      const wall = floorRatio(stats, output.library, output.floor, u);
      const cpu = floorRatio(stats, output.library, output.floor, u, 'cpu');
      return wall === undefined || cpu === undefined ? [] : [{ u, wall, cpu }];
    });
    if (ratios.length > 0) {
      const met = ratios.every(({ wall }) => wall <= MAX_FLOOR_RATIO);
      results.push({
        target: `${output.name}: library ≤ ${MAX_FLOOR_RATIO}× its floor (work time, every size)`,
        measured: `${ratios.map(({ u, wall }) => `${u}u ${x(wall)}`).join(', ')} (CPU: ${ratios.map(({ u, cpu }) => `${u}u ${x(cpu)}`).join(', ')})`,
        met,
        note: disagreement(met, ratios.every(({ cpu }) => cpu <= MAX_FLOOR_RATIO)),
      });
    }
  }
  for (const output of OUTPUTS) {
    const steps = sizes.flatMap((u) => {
      const wall = doublingGrowth(stats, output.library, u);
      const cpu = doublingGrowth(stats, output.library, u, 'cpu');
      return wall === undefined || cpu === undefined ? [] : [{ u, wall, cpu }];
    });
    if (steps.length > 0) {
      const met = steps.every(({ wall }) => wall <= MAX_DOUBLING_GROWTH);
      const notes = [
        disagreement(met, steps.every(({ cpu }) => cpu <= MAX_DOUBLING_GROWTH)),
        steps.some(({ u }) => u === 2) ? '1→2 compares a lone unit with a group (a group needs pairs of two units)' : undefined,
      ].filter((n) => n !== undefined);
      results.push({
        target: `${output.name}: doubling the units ≤ ${MAX_DOUBLING_GROWTH}× the work time`,
        measured: `${steps.map(({ u, wall }) => `${u / 2}→${u}u ${x(wall)}`).join(', ')} (CPU: ${steps.map(({ u, cpu }) => `${u / 2}→${u}u ${x(cpu)}`).join(', ')})`,
        met,
        note: notes.length > 0 ? notes.join('; ') : undefined,
      });
    }
  }
  for (const runtime of [Runtime.NODE, Runtime.TS_NODE]) {
    const cases = OUTPUTS.map((o) => ({ name: o.name, stats: stats.get(caseKey(o.library, 8, runtime)) }));
    if (cases.some((c) => c.stats === undefined)) continue;
    const how = runtime === Runtime.NODE ? 'transpiled JS under node' : 'as the repo runs its apps: ts-node --transpile-only';
    const total = cases.reduce((sum, c) => sum + c.stats!.processMs.median, 0);
    // Module loading (the "load" phase): under ts-node, most of it is transpiling src/ at start-up.
    const load = cases.reduce((sum, c) => sum + (c.stats!.phases.find((p) => p.name === 'load')?.ms.median ?? 0), 0);
    const met = total < MAX_EIGHT_UNIT_MS;
    results.push({
      target: `8 units, both outputs together < ${MAX_EIGHT_UNIT_MS / 1000} s (whole processes, ${how})`,
      measured: `${cases.map((c) => `${c.name.toLowerCase()} ${(c.stats!.processMs.median / 1000).toFixed(2)} s`).join(' + ')} = ${(total / 1000).toFixed(2)} s`,
      met,
      note:
        runtime === Runtime.TS_NODE
          ? `of which ${(load / 1000).toFixed(2)} s is loading modules, mostly ts-node transpiling src/ (see findings §4)`
          : undefined,
    });
  }
  return results;
}
