import { ValueKeyFact } from '../../chart-types';

/** Value keys documented in one place: each path with the same source. */
export function keys(source: string, ...paths: string[]): ValueKeyFact[] {
  return paths.map((path) => ({ path, source }));
}
