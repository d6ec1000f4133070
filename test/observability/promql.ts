/** What the observability tests read from PromQL text. */

const KEYWORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'offset', 'bool', 'and', 'or', 'unless']);

/** The series names an expression selects: identifiers followed by a label matcher or a range, less functions and keywords. */
export function seriesOf(expr: string): string[] {
  const names = [...expr.matchAll(/([A-Za-z_:][A-Za-z0-9_:]*)\s*(\{|\[)/g)].map((m) => m[1]).filter((n) => !KEYWORDS.has(n));
  return [...new Set(names)];
}

/** Each selection of a series, `name{...}`, with what comes before and after it (for the counter check). */
export function selections(expr: string): Array<{ readonly name: string; readonly before: string; readonly after: string }> {
  const found: Array<{ name: string; before: string; after: string }> = [];
  for (const m of expr.matchAll(/([A-Za-z_:][A-Za-z0-9_:]*)\{[^}]*\}/g)) {
    if (KEYWORDS.has(m[1])) continue;
    found.push({ name: m[1], before: expr.slice(0, m.index!), after: expr.slice(m.index! + m[0].length) });
  }
  return found;
}
