/** Order statistics of a handful of repeated measurements. */

/** Median and spread of a sample. */
export interface Spread {
  /** Number of values. */
  readonly n: number;
  /** Median. */
  readonly median: number;
  /** Smallest value. */
  readonly min: number;
  /** Largest value. */
  readonly max: number;
  /** First quartile (linear interpolation). */
  readonly q1: number;
  /** Third quartile (linear interpolation). */
  readonly q3: number;
}

/** The spread of `values`; throws on an empty sample. */
export function spreadOf(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error('spreadOf: no values');
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    min: sorted[0],
    max: sorted[sorted.length - 1],
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
  };
}

/** The `p` quantile of sorted values, interpolating between the two nearest ranks. */
function quantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}
