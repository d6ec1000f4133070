/** Groups the runs of each case and computes their medians and spreads. */
import { CaseKind } from './cases';
import { RunRecord, Runtime } from './runner';
import { Spread, spreadOf } from './stats';

/** The runs of one case (kind, size, runtime), summarized. */
export interface CaseStats {
  readonly kind: CaseKind;
  readonly units: number;
  readonly runtime: Runtime;
  /** Work time (the phases marked work), milliseconds. */
  readonly workMs: Spread;
  /** CPU time of the work (user + system), milliseconds. */
  readonly workCpuMs: Spread;
  /** Whole child process, milliseconds. */
  readonly processMs: Spread;
  /** Peak RSS, megabytes. */
  readonly rssMb: Spread;
  /** Each phase's time, milliseconds, in phase order. */
  readonly phases: Array<{ readonly name: string; readonly work: boolean; readonly ms: Spread }>;
  /** Objects or resources produced (the same in every run). */
  readonly items: number;
  /** Files or stacks produced. */
  readonly files: number;
}

/** Key of a case in the stats map. */
export function caseKey(kind: CaseKind, units: number, runtime: Runtime = Runtime.NODE): string {
  return `${kind}|${units}|${runtime}`;
}

/** Summarizes the records, one entry per case. */
export function aggregate(records: readonly RunRecord[]): Map<string, CaseStats> {
  const byCase = new Map<string, RunRecord[]>();
  for (const r of records) {
    const key = caseKey(r.kind, r.units, r.runtime);
    byCase.set(key, [...(byCase.get(key) ?? []), r]);
  }
  const stats = new Map<string, CaseStats>();
  for (const [key, runs] of byCase) {
    const first = runs[0];
    const phaseNames = first.result.phases.map((p) => ({ name: p.name, work: p.work }));
    stats.set(key, {
      kind: first.kind,
      units: first.units,
      runtime: first.runtime,
      workMs: spreadOf(runs.map((r) => r.result.phases.filter((p) => p.work).reduce((sum, p) => sum + p.ms, 0))),
      workCpuMs: spreadOf(runs.map((r) => r.result.workCpuMs)),
      processMs: spreadOf(runs.map((r) => r.processMs)),
      rssMb: spreadOf(runs.map((r) => r.result.maxRssKb / 1024)),
      phases: phaseNames.map((p) => ({ ...p, ms: spreadOf(runs.map((r) => r.result.phases.find((q) => q.name === p.name)?.ms ?? 0)) })),
      items: first.result.items,
      files: first.result.files,
    });
  }
  return stats;
}
