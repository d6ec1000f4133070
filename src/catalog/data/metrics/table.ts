import { MetricFact, MetricType } from '../../monitoring-types';

const TYPES: Record<string, MetricType> = {
  counter: MetricType.COUNTER,
  gauge: MetricType.GAUGE,
  histogram: MetricType.HISTOGRAM,
  summary: MetricType.SUMMARY,
};

/**
 * A metric table written as the guides print theirs, one metric a line: `name type labels`, labels
 * comma-separated or `-`, and after ` # ` the reading where the sources disagree (with its evidence).
 * Blank lines are skipped. Throws on a malformed line, so a typo in a table fails at import.
 */
export function metricTable(service: string, source: string, text: string): MetricFact[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '').map((line) => {
    const [fact, reading] = line.split(' # ');
    const [name, type, labels, ...rest] = fact.trim().split(/\s+/);
    if (!/^[A-Za-z_:][A-Za-z0-9_:]*$/.test(name) || !(type in TYPES) || labels === undefined || rest.length > 0) {
      throw new Error(`metricTable(${service}): malformed line "${line}"`);
    }
    return {
      service,
      name,
      type: TYPES[type],
      labels: labels === '-' ? [] : labels.split(','),
      reading: reading?.trim(),
      source,
    };
  });
}
