import { Catalog, MetricType } from '../../src';

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

/** A counter series read through rate(), irate() or increase() over a range (or Grafana's rate interval). */
const throughRange = (before: string, after: string) => /(rate|irate|increase)\($/.test(before) && /^\[([0-9]+[smh]|\$__rate_interval)\]/.test(after);
/** A counter read as presence (`x unless x offset w`, GES's first occurrence). */
const presence = (before: string, after: string) => /\($/.test(before) && /^ unless /.test(after) || /unless $/.test(before) && /^ offset /.test(after);
/** Counting a counter's series (how many pods export it) reads no value. */
const counted = (before: string) => /count( by \([^)]*\))? \($/.test(before);
/** 002 §6.2 defines the Compliance Manager's open Redis connections as connections made less connections closed. */
const GUIDE_DIFFERENCE = ['compliance_redis_connections_made', 'compliance_redis_connections_closed'];

/** The counters (and histogram or summary series) an expression reads raw, by the catalogue's metric types of the service. */
export function rawCounters(serviceId: string, expr: string): string[] {
  return selections(expr).filter((s) => {
    const m = Catalog.metricOf(serviceId, s.name);
    const counter = m && (m.type === MetricType.COUNTER || s.name !== m.name);
    return counter && !throughRange(s.before, s.after) && !presence(s.before, s.after) && !counted(s.before) && !GUIDE_DIFFERENCE.includes(s.name);
  }).map((s) => s.name);
}
