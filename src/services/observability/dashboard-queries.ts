import { AlertFact, AlertSeverity, MetricFact, MetricType } from '../../catalog';

/** One panel of a service dashboard: a title, a PromQL query with the catalogue's instance placeholders, a unit, and an alert threshold. */
export interface PanelSpec {
  /** Panel title. */
  readonly title: string;
  /** What the panel shows, for its description. */
  readonly description: string;
  /** PromQL, with `__POD__` for the instance's pods; `$__rate_interval` where a counter is read. */
  readonly expr: string;
  /** Legend of each series, e.g. `{{pod}}`. */
  readonly legend: string;
  /** Grafana unit id (`s`, `ms`, `bytes`, `percent`, `short`, `reqps`). */
  readonly unit: string;
  /** The alert threshold to draw, and whether the alert fires above (true) or below it. */
  readonly threshold?: { readonly value: number; readonly above: boolean; readonly critical: boolean };
}

const POD = '__POD__';

/** Grafana's unit for a metric, from the unit its name ends with. */
function unitOf(name: string, perSecond: boolean): string {
  if (/_seconds(_total)?$/.test(name)) return perSecond ? 'percentunit' : 's';
  if (/_(ms|msec|millis)$|_latencies_ms$|_response_time$|_latency$/.test(name)) return 'ms';
  if (/_bytes(_total)?$/.test(name)) return perSecond ? 'Bps' : 'bytes';
  return perSecond ? 'ops' : 'short';
}

/**
 * The panel that plots one catalogue metric of a service: a gauge as it is, a counter as its rate, a
 * histogram as its 95th percentile, a summary as its average; one series per pod.
 */
export function metricPanel(metric: MetricFact): PanelSpec {
  const sel = `${metric.name}{${POD}}`;
  switch (metric.type) {
    case MetricType.COUNTER:
      return {
        title: `${metric.name} (per second)`,
        description: `Rate of the counter ${metric.name} (${metric.source}).`,
        expr: `sum by (pod) (rate(${sel}[$__rate_interval]))`,
        legend: '{{pod}}',
        unit: unitOf(metric.name, true),
      };
    case MetricType.HISTOGRAM:
      return {
        title: `${metric.name} (95th percentile)`,
        description: `95th percentile of the histogram ${metric.name} (${metric.source}).`,
        expr: `histogram_quantile(0.95, sum by (pod, le) (rate(${metric.name}_bucket{${POD}}[$__rate_interval])))`,
        legend: '{{pod}}',
        unit: unitOf(metric.name, false),
      };
    case MetricType.SUMMARY:
      return {
        title: `${metric.name} (average)`,
        description: `Average of the summary ${metric.name} (${metric.source}).`,
        expr: `sum by (pod) (rate(${metric.name}_sum{${POD}}[$__rate_interval])) / sum by (pod) (rate(${metric.name}_count{${POD}}[$__rate_interval]))`,
        legend: '{{pod}}',
        unit: unitOf(metric.name, false),
      };
    default:
      return {
        title: metric.name,
        description: `The gauge ${metric.name} (${metric.source}).`,
        expr: `max by (pod) (${sel})`,
        legend: '{{pod}}',
        unit: unitOf(metric.name, false),
      };
  }
}

/** A comparison with a number at the end of an expression that has no top-level and/or/unless. */
const SIMPLE = /^(.*\S)\s+(>=|<=|>|<|==|!=)\s+(-?[0-9.]+)$/;

/**
 * The panel that plots what one alert compares, with the alert's threshold drawn: for an alert whose
 * expression is one quantity compared with a number. Undefined for an alert that combines
 * conditions (and, or, unless), which no single line shows.
 */
export function alertPanel(alert: AlertFact): PanelSpec | undefined {
  const match = SIMPLE.exec(alert.expr);
  if (!match || /\s(and|or|unless)\s/.test(alert.expr)) return undefined;
  const [, quantity, op] = match;
  const critical = alert.severity === AlertSeverity.CRITICAL || alert.severity === AlertSeverity.HIGH;
  return {
    title: `${alert.name} (${alert.severity})`,
    description: `${alert.summary.replace(/\{\{[^}]*\}\}/g, '…')}: fires when the value is ${op} ${alert.threshold}${alert.duration ? ` for ${alert.duration}` : ''} (${alert.source}).`,
    expr: quantity,
    legend: '{{pod}}',
    unit: /^100 \*/.test(quantity) ? 'percent' : 'short',
    threshold: { value: alert.threshold, above: op.startsWith('>') || op === '!=', critical },
  };
}

/** The containers' CPU and memory of a service's pods, from cAdvisor (the resource alerts' quantities). */
export function resourcePanels(): PanelSpec[] {
  const containers = `${POD},container!="",container!="POD"`;
  return [
    {
      title: 'CPU (cores, per container)',
      description: 'CPU time per second of each container (cAdvisor container_cpu_usage_seconds_total).',
      expr: `sum by (pod, container) (rate(container_cpu_usage_seconds_total{${containers}}[$__rate_interval]))`,
      legend: '{{pod}} {{container}}',
      unit: 'short',
    },
    {
      title: 'Memory working set (per container)',
      description: 'Working set of each container (cAdvisor container_memory_working_set_bytes), what the memory alerts compare.',
      expr: `sum by (pod, container) (container_memory_working_set_bytes{${containers}})`,
      legend: '{{pod}} {{container}}',
      unit: 'bytes',
    },
    {
      title: 'Container restarts (1 hour)',
      description: 'Restarts of each container over the last hour (kube-state-metrics kube_pod_container_status_restarts_total).',
      expr: `sum by (pod, container) (increase(kube_pod_container_status_restarts_total{${POD}}[1h]))`,
      legend: '{{pod}} {{container}}',
      unit: 'short',
    },
  ];
}
