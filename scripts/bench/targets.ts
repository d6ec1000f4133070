/** The issue's targets, checked against the measured medians. */
import { CaseStats, caseKey } from './aggregate';
import { CaseKind } from './cases';
import { Runtime } from './runner';
import { MAX_UNITS } from './sizes';

/** Manifests: library time at most this many times its floor's, at every size. */
export const MAX_MANIFESTS_FLOOR_RATIO = 2;
/** Terraform: library time at most this many times its floor's, at TERRAFORM_RATIO_UNITS units. */
export const MAX_TERRAFORM_FLOOR_RATIO = 1.3;
/** The size at which the Terraform's floor ratio is checked. */
export const TERRAFORM_RATIO_UNITS = 8;
/** Library time at most this many times as long when the unit count doubles, up to MAX_UNITS. */
export const MAX_DOUBLING_GROWTH = 2.05;
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

/** One output and its floor target: at most `maxRatio` × the floor, at `at` units or (undefined) every size. */
export interface OutputTarget {
  readonly name: string;
  readonly library: CaseKind;
  readonly floor: CaseKind;
  readonly maxRatio: number;
  readonly at?: number;
}

/** The two outputs and their floor targets. */
export const OUTPUTS: readonly OutputTarget[] = [
  { name: 'Manifests', library: CaseKind.LIBRARY_MANIFESTS, floor: CaseKind.FLOOR_MANIFESTS, maxRatio: MAX_MANIFESTS_FLOOR_RATIO },
  { name: 'Terraform', library: CaseKind.LIBRARY_TERRAFORM, floor: CaseKind.FLOOR_TERRAFORM, maxRatio: MAX_TERRAFORM_FLOOR_RATIO, at: TERRAFORM_RATIO_UNITS },
];

/** The floor target of an output, in words, e.g. `library ≤ 1.3× floor at 8 units`. */
export function ratioTargetText(output: OutputTarget): string {
  return `library ≤ ${output.maxRatio}× its floor (work time, ${output.at === undefined ? 'every size' : `${output.at} units`})`;
}

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
    // Checked at every size, or at the target's size (the other sizes are shown for information).
    const checked = ratios.filter(({ u }) => output.at === undefined || u === output.at);
    if (checked.length > 0) {
      const met = checked.every(({ wall }) => wall <= output.maxRatio);
      const others = output.at === undefined ? undefined : `checked at ${output.at} units; the other sizes for information`;
      results.push({
        target: `${output.name}: ${ratioTargetText(output)}`,
        measured: `${ratios.map(({ u, wall }) => `${u}u ${x(wall)}`).join(', ')} (CPU: ${ratios.map(({ u, cpu }) => `${u}u ${x(cpu)}`).join(', ')})`,
        met,
        note: [disagreement(met, checked.every(({ cpu }) => cpu <= output.maxRatio)), others].filter((n) => n !== undefined).join('; ') || undefined,
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
      const largest = Math.max(...steps.map(({ u }) => u));
      const notes = [
        disagreement(met, steps.every(({ cpu }) => cpu <= MAX_DOUBLING_GROWTH)),
        steps.some(({ u }) => u === 2) ? '1→2 compares a lone unit with a group (a group needs pairs of two units)' : undefined,
        largest < MAX_UNITS ? `measured up to ${largest} units only` : undefined,
      ].filter((n) => n !== undefined);
      results.push({
        target: `${output.name}: doubling the units ≤ ${MAX_DOUBLING_GROWTH}× the work time (up to ${MAX_UNITS} units)`,
        measured: `${steps.map(({ u, wall }) => `${u / 2}→${u}u ${x(wall)}`).join(', ')} (CPU: ${steps.map(({ u, cpu }) => `${u / 2}→${u}u ${x(cpu)}`).join(', ')})`,
        met,
        note: notes.length > 0 ? notes.join('; ') : undefined,
      });
    }
  }
  for (const runtime of [Runtime.NODE, Runtime.TS_NODE]) {
    const cases = OUTPUTS.map((o) => ({ name: o.name, stats: stats.get(caseKey(o.library, 8, runtime)) }));
    if (cases.some((c) => c.stats === undefined)) continue;
    const how = runtime === Runtime.NODE ? 'transpiled JS under node' : 'under ts-node --transpile-only, as the repo ran its apps before scripts/run-app.js';
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
