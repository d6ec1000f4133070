import { Catalog, MetricFact, MetricType } from '../../src';

/**
 * promtool input series generated from the catalogue's metric lists, not from the rules: every
 * metric of a service (and every Kubernetes series of its pods), with every label the catalogue
 * gives it, so that a rule reading a name the catalogue does not have finds no series and stays
 * silent where its case expects it to fire.
 */

/** Samples per series, one a minute: long enough for the longest window (1 h) and `for` (1 h). */
const SAMPLES = 150;
/** When the cases are evaluated. */
export const EVAL_TIME = '140m';
/** A value above every threshold of the catalogue's alerts. */
const HIGH = 100000;
/** Histogram bucket bounds: the highest finite one is above every latency threshold. */
const BUCKETS = ['0.005', '0.5', '1', '100', '1000', '1000000'];

/** Values a label takes in the generated series; a label not listed takes one value, "x". */
const LABEL_VALUES: Record<string, string[]> = {
  phase: ['Failed', 'Pending', 'Unknown', 'Running'],
  condition: ['true', 'false'],
  resource: ['cpu', 'memory'],
  unit: ['core', 'byte'],
  error: ['healthcheck', 'timeout', 'crash'],
  status: ['200', '401', '403', '500'],
  code: ['200', '401', '500'],
  httpCode: ['400', '401', '404', '500'],
  reason: ['config', 'envoy', 'sipfe', 'Error'],
  request_direction: ['to'],
  target_service_name: ['config-node'],
  destination: ['gauth'],
  tenant: ['t100'],
};

/**
 * Series that state a size rather than an observation (requests, limits, replica bounds, available
 * heap): the same in every case, so that a ratio or a difference against them moves with the observation.
 */
const REFERENCE: Record<string, string> = {
  kube_pod_container_resource_requests: '1',
  kube_pod_container_resource_limits: '1',
  kube_horizontalpodautoscaler_spec_min_replicas: '1',
  kube_horizontalpodautoscaler_spec_max_replicas: '2',
  ges_nodejs_heap_space_size_available_bytes: '1',
};

/** Which way an alert's comparison points, and its threshold. */
export interface Comparison {
  readonly op: string;
  readonly threshold: number;
}

/** The case: the series values make the alert fire, or keep it silent. */
export type Scenario = 'fire' | 'silent';

/** The workload a deployed instance runs as, for its pod and kube-state-metrics labels. */
export interface Instance {
  readonly serviceId: string;
  readonly name: string;
  readonly namespace: string;
  readonly statefulSet: boolean;
}

function labelSets(metric: MetricFact, instance: Instance): Array<Record<string, string>> {
  const pod = instance.statefulSet ? `${instance.name}-0` : `${instance.name}-5d8f7c9b4-x2x7k`;
  let sets: Array<Record<string, string>> = [{ namespace: instance.namespace, pod, container: instance.serviceId }];
  for (const label of metric.labels) {
    const workload = ['deployment', 'statefulset', 'horizontalpodautoscaler'].includes(label) ? [instance.name] : undefined;
    const values = label === 'container' ? [instance.serviceId] : workload ?? LABEL_VALUES[label] ?? ['x'];
    sets = sets.flatMap((s) => values.map((v) => ({ ...s, [label]: v })));
  }
  return sets;
}

const series = (name: string, labels: Record<string, string>) =>
  `${name}{${Object.entries(labels).map(([k, v]) => `${k}="${v}"`).join(',')}}`;

/** A gauge's values: above the threshold and growing (for >, >=, !=), at it or just below (for <, <=, ==), or the other side. */
function gaugeValues(c: Comparison, scenario: Scenario): string {
  const above = ['>', '>=', '!='].includes(c.op);
  if (scenario === 'fire') {
    if (above) return `${HIGH}+${HIGH}x${SAMPLES}`;
    return `${c.op === '<' ? c.threshold - 1 : c.threshold}x${SAMPLES}`;
  }
  if (c.op === '!=') return `${c.threshold}x${SAMPLES}`;
  return above ? `0x${SAMPLES}` : `${HIGH}x${SAMPLES}`;
}

/** A counter's values: growing fast where the alert counts growth, flat otherwise. */
function counterValues(c: Comparison, scenario: Scenario): string {
  const grows = (scenario === 'fire') === ['>', '>=', '!='].includes(c.op);
  return grows ? `0+${HIGH}x${SAMPLES}` : `0x${SAMPLES}`;
}

/** Every input series of one case for an alert of `instance` comparing as `c`. */
export function generatedSeries(instance: Instance, c: Comparison, scenario: Scenario): Array<{ series: string; values: string }> {
  const metrics = [...Catalog.metrics(instance.serviceId), ...Catalog.kubernetesMetrics()];
  const out: Array<{ series: string; values: string }> = [];
  const observed = (scenario === 'fire') === ['>', '>=', '!='].includes(c.op);
  for (const m of metrics) {
    for (const labels of labelSets(m, instance)) {
      if (REFERENCE[m.name] !== undefined) {
        out.push({ series: series(m.name, labels), values: `${REFERENCE[m.name]}x${SAMPLES}` });
      } else if (m.type === MetricType.GAUGE) {
        out.push({ series: series(m.name, labels), values: gaugeValues(c, scenario) });
      } else if (m.type === MetricType.COUNTER) {
        out.push({ series: series(m.name, labels), values: counterValues(c, scenario) });
      } else {
        // Histograms and summaries: observations far above any threshold, ten a minute, or none.
        const count = observed ? `0+10x${SAMPLES}` : `0x${SAMPLES}`;
        out.push({ series: series(`${m.name}_count`, labels), values: count });
        out.push({ series: series(`${m.name}_sum`, labels), values: observed ? `0+${10 * HIGH * 100}x${SAMPLES}` : `0x${SAMPLES}` });
        if (m.type === MetricType.HISTOGRAM) {
          for (const le of BUCKETS) out.push({ series: series(`${m.name}_bucket`, { ...labels, le }), values: `0x${SAMPLES}` });
          out.push({ series: series(`${m.name}_bucket`, { ...labels, le: '+Inf' }), values: count });
        }
      }
    }
  }
  return out;
}
