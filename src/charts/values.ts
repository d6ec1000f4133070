import { ValueKeyFact } from '../catalog';

/**
 * Helm chart values: a tree of plain JSON values (objects, arrays, strings, numbers, booleans).
 * Arrays are replaced, never merged, as Helm does with `-f` files.
 */
export type ChartValues = { [key: string]: any };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Deep-merges value trees left to right, as `helm -f a.yaml -f b.yaml` does: objects merge key by
 * key, anything else (arrays included) is replaced by the later tree; `undefined` leaves the earlier
 * value; `null` removes the key, as in Helm.
 */
export function mergeValues(...trees: Array<ChartValues | undefined>): ChartValues {
  const result: ChartValues = {};
  for (const tree of trees) {
    if (!tree) continue;
    for (const [key, value] of Object.entries(tree)) {
      if (value === undefined) continue;
      if (value === null) {
        delete result[key];
      } else if (isPlainObject(value) && isPlainObject(result[key])) {
        result[key] = mergeValues(result[key], value);
      } else {
        result[key] = isPlainObject(value) ? mergeValues(value) : value;
      }
    }
  }
  return result;
}

/** The dotted paths of a value tree's leaves (arrays and empty objects are leaves), sorted. */
export function leafPaths(values: ChartValues, prefix = ''): string[] {
  const paths: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(value) && Object.keys(value).length > 0) paths.push(...leafPaths(value, path));
    else paths.push(path);
  }
  return paths.sort();
}

/** True when `path` is a documented key, or lies below one (`*` matches any one segment). */
export function keyAccepted(path: string, keys: ValueKeyFact[]): boolean {
  return keyMatcher(keys)(path);
}

/** The leaf paths of `values` that no documented key accepts. */
export function unknownKeys(values: ChartValues, keys: ValueKeyFact[]): string[] {
  const accepted = keyMatcher(keys);
  return leafPaths(values).filter((path) => !accepted(path));
}

/** `keyAccepted` for many paths against the same keys: each key's pattern split once, not once per path. */
function keyMatcher(keys: ValueKeyFact[]): (path: string) => boolean {
  const patterns = keys.map((k) => k.path.split('.'));
  return (path) => {
    const segments = path.split('.');
    return patterns.some((pattern) => pattern.length <= segments.length && pattern.every((p, i) => p === '*' || p === segments[i]));
  };
}

/**
 * Rebuilds a value tree with object keys in code-point order, so that the same model always writes
 * byte-identical values (DESIGN.md, Deterministic).
 */
export function sortedValues(values: ChartValues): ChartValues {
  const sortDeep = (value: any): any => {
    if (Array.isArray(value)) return value.map(sortDeep);
    if (!isPlainObject(value)) return value;
    const keys = Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(keys.map((k) => [k, sortDeep(value[k])]));
  };
  return sortDeep(values);
}
