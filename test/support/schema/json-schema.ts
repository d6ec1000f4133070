/** A JSON Schema node (draft-07), loosely typed: the helpers only read and write a few keywords. */
export interface JsonSchema {
  [keyword: string]: unknown;
}

/** True for a plain JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A deep copy of a JSON value with every object's keys sorted, so that its serialization is canonical. */
export function sortKeysDeep<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => sortKeysDeep(item)) as T;
  if (!isJsonObject(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    sorted[key] = sortKeysDeep(value[key]);
  }
  return sorted as T;
}

/** Calls `visit` on every object node of a JSON value, parents before children. */
export function forEachObjectNode(value: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item) => forEachObjectNode(item, visit));
  } else if (isJsonObject(value)) {
    visit(value);
    Object.values(value).forEach((child) => forEachObjectNode(child, visit));
  }
}
