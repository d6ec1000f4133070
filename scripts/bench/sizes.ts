/**
 * Which unit counts the benchmark builds. Kept apart from topology.ts so that the parent process
 * can check its options without loading the library.
 */

/** The largest model: sixteen unit pairs (topology.ts). */
export const MAX_UNITS = 32;

/** Sizes above this take seconds per run, and get fewer runs (`--large-runs`). */
export const LARGE_UNITS = 8;

/** Whether the benchmark can build a model of `units` units: 1 (a lone unit) or an even count up to MAX_UNITS. */
export function isBuildableSize(units: number): boolean {
  return Number.isInteger(units) && (units === 1 || (units % 2 === 0 && units >= 2 && units <= MAX_UNITS));
}

/** Whether the model of `units` units is a unit group, and so has Terraform (GroupTerraform needs a group). */
export function isGroupSize(units: number): boolean {
  return units >= 2;
}
