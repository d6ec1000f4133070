import { AlertContext, POD, alert, spoken } from './alert-builders';
import { AlertFact, AlertSeverity } from '../monitoring-types';

const { HIGH } = AlertSeverity;
const SOURCE = '002 §6.3';
const CONTAINERS = `${POD},container!="",container!="POD"`;
const READY_PODS = `(sum(kube_pod_status_ready{${POD},condition="true"}) or vector(0))`;
const NO_EXPRESSIONS = 'The guide gives names, thresholds and durations but no metrics or expressions (002 §6.3);';
/** "Too many" authentication errors: more than this many in 5 minutes. */
const AUTH_ERRORS = 10;
const AUTH_READING = `"Too many" has no number in the guide: more than ${AUTH_ERRORS} in 5 minutes, so that one expired token does not raise a HIGH alert.`;

/**
 * The seven alerts every CX Contact component page repeats (002 §6.3), in the pages' order.
 * The guide gives no resources for the components, so the memory alerts compare with the limit, the
 * level at which a container is killed.
 */
function common(ctx: AlertContext): AlertFact[] {
  const memory = (name: string, percent: number) => alert(ctx, {
    name,
    severity: HIGH,
    threshold: percent,
    expr: `100 * sum by (namespace, pod) (container_memory_working_set_bytes{${CONTAINERS}}) / sum by (namespace, pod) (kube_pod_container_resource_limits{${POD},resource="memory"}) > ${percent}`,
    duration: '5m',
    summary: `${ctx.what} pod {{ $labels.pod }} uses more than ${percent}% of its memory limit`,
    description: `The pod's working set has stayed above ${percent}% of its memory limit for 5 minutes${percent >= 90 ? ', close to being killed for lack of memory' : ''}. Check the load on the component and whether memory keeps growing.`,
    basedOn: [],
    reading: `${NO_EXPRESSIONS} memory utilization is the containers' working set over their memory limits.`,
  });
  const restarts = (name: string, count: number) => alert(ctx, {
    name,
    severity: HIGH,
    threshold: count,
    expr: `sum by (namespace, pod, container) (increase(kube_pod_container_status_restarts_total{${POD}}[15m])) > ${count}`,
    duration: '5m',
    summary: `Container {{ $labels.container }} of ${ctx.what} pod {{ $labels.pod }} restarted more than ${count === 1 ? 'once' : `${count} times`} in 15 minutes`,
    description: 'Intent: catch a container that keeps crashing now, not one that crashed long ago. Read the log of the previous container instance for the cause.',
    basedOn: [],
    reading: `${NO_EXPRESSIONS} the restart count is kube-state-metrics' restart counter, a counter, so restarts are counted over a window (15 minutes, the Voice guide's restart window, 000 §6.3) instead of since the pod started; the vendor's alerts/cxc-prometheusrule.yaml also counts restarts over a window.`,
  });
  const ready = (name: string, count: number, duration: string) => alert(ctx, {
    name,
    severity: HIGH,
    threshold: count,
    expr: `${READY_PODS} <= ${count}`,
    duration,
    summary: count === 0 ? `No ${ctx.what} pod is ready` : `At most ${count} ${ctx.what} pod is ready`,
    description: `For ${spoken(duration)} the number of ready ${ctx.what} pods has been ${count} or fewer. Check the pods' events, their Redis and Elasticsearch connections, and the nodes.`,
    basedOn: [],
    reading: `${NO_EXPRESSIONS} ready pods are those kube-state-metrics reports Ready, and no pod at all counts as zero.`,
  });
  const cpu = 300;
  return [
    alert(ctx, {
      name: 'CXC-CPUUsage',
      severity: HIGH,
      threshold: cpu,
      expr: `100 * sum by (namespace, pod) (rate(container_cpu_usage_seconds_total{${CONTAINERS}}[5m])) > ${cpu}`,
      duration: '5m',
      summary: `${ctx.what} pod {{ $labels.pod }} uses more than ${cpu / 100} CPUs`,
      description: `The pod has used more than ${cpu}% of one CPU for 5 minutes. Check the load on the component and whether it needs more replicas.`,
      basedOn: [],
      reading: `${NO_EXPRESSIONS} a threshold of 300% can only be a share of one CPU core, so it is 3 cores of CPU time per second.`,
    }),
    memory('CXC-MemoryUsage', 70),
    ready('CXC-PodNotReadyCount', 1, '5m'),
    restarts('CXC-PodRestartsCount', 1),
    memory('CXC-MemoryUsagePD', 90),
    restarts('CXC-PodRestartsCountPD', 5),
    ready('CXC-PodsNotReadyPD', 0, '1m'),
  ];
}

/** Average latency of a component's HTTP responses above a number of milliseconds, for 5 minutes. */
function latency(ctx: AlertContext, name: string, metric: string, milliseconds: number, reading = ''): AlertFact {
  return alert(ctx, {
    name,
    severity: HIGH,
    threshold: milliseconds,
    expr: `sum by (namespace, pod) (rate(${metric}_sum{${POD}}[5m])) / sum by (namespace, pod) (rate(${metric}_count{${POD}}[5m])) > ${milliseconds}`,
    duration: '5m',
    summary: `${ctx.what} pod {{ $labels.pod }} takes more than ${milliseconds} ms to answer`,
    description: `The average response time of the component has been above ${milliseconds} milliseconds for 5 minutes. Check its Redis and Elasticsearch latency and its CPU.`,
    basedOn: [],
    reading: `${NO_EXPRESSIONS} latency is the average of ${metric} (milliseconds, 002 §6.2), which works for histograms and summaries alike.${reading}`,
  });
}

function component(service: string, what: string, specific: (ctx: AlertContext) => AlertFact[]): AlertFact[] {
  const ctx: AlertContext = { service, what, source: SOURCE };
  return [...specific(ctx), ...common(ctx)];
}

function apiAggregator(ctx: AlertContext): AlertFact[] {
  const errorPercent = 20;
  return [
    latency(ctx, 'CXC-API-LatencyHigh', 'cxc_api_aggregator_request_latencies_ms', 2500),
    alert(ctx, {
      name: 'CXC-API-Redis-Connection-Failed',
      severity: HIGH,
      threshold: 0,
      expr: `cxc_api_aggregator_redis_connection_failed{${POD}} > 0`,
      duration: '1m',
      summary: 'API Aggregator pod {{ $labels.pod }} cannot connect to Redis',
      description: 'The connection to Redis has failed for more than a minute. Check Redis and the network to it.',
      basedOn: [],
      reading: `${NO_EXPRESSIONS} the API Aggregator's gauge cxc_api_aggregator_redis_connection_failed (002 §6.2) is used.`,
    }),
    alert(ctx, {
      name: 'CXC-EXT-Ingress-Error-Rate',
      severity: HIGH,
      threshold: errorPercent,
      expr: `100 * sum by (namespace) (rate(cxc_api_aggregator_request_count{${POD},code=~"5.."}[5m])) / sum by (namespace) (rate(cxc_api_aggregator_request_count{${POD}}[5m])) > ${errorPercent}`,
      duration: '5m',
      summary: `More than ${errorPercent}% of the requests through the CX Contact ingress fail`,
      description: 'The API Aggregator, which serves the external ingress, answers a large share of requests with server errors. Check its logs and the back-end components it calls.',
      basedOn: [],
      reading: `${NO_EXPRESSIONS} the ingress error rate is the share of 5xx answers among the requests the API Aggregator, the gateway behind the ingress, serves (cxc_api_aggregator_request_count).`,
    }),
    alert(ctx, {
      name: 'cxc_api_too_many_errors_from_auth',
      severity: HIGH,
      threshold: AUTH_ERRORS,
      expr: `sum by (namespace, pod) (increase(cxc_api_aggregator_request_out_count{${POD},destination=~".*auth.*",code=~"[45].."}[5m])) > ${AUTH_ERRORS}`,
      duration: '1m',
      summary: 'The authentication service keeps answering API Aggregator pod {{ $labels.pod }} with errors',
      description: 'For more than a minute calls from the API Aggregator to Genesys Authentication have failed. Check the authentication service and the client credentials CX Contact uses.',
      basedOn: [],
      reading: `${NO_EXPRESSIONS} errors from the auth service are 4xx and 5xx answers to the API Aggregator's outbound requests whose destination names auth (cxc_api_aggregator_request_out_count). ${AUTH_READING}`,
    }),
  ];
}

function campaignManager(ctx: AlertContext): AlertFact[] {
  return [
    alert(ctx, {
      name: 'CXC-CM-Redis-Connection-Failed',
      severity: HIGH,
      threshold: 0,
      expr: `cxc_cm_healthy_instance{${POD}} == 0`,
      duration: '1m',
      summary: 'Campaign Manager pod {{ $labels.pod }} has lost Redis',
      description: 'The Campaign Manager has reported itself unhealthy for more than a minute; the guide raises this alert for a failed Redis connection. Check Redis and the network to it first, then the pod\'s log.',
      basedOn: [],
      reading: `${NO_EXPRESSIONS} the Campaign Manager lists no Redis metric (002 §6.2), so its health gauge cxc_cm_healthy_instance is used: it catches a lost Redis connection among other failures, where an unlisted metric name might never exist.`,
    }),
  ];
}

function complianceManager(ctx: AlertContext): AlertFact[] {
  return [
    latency(ctx, 'CXC-Compliance-LatencyHigh', 'cxc_compliance_request_latencies_ms', 5000),
    alert(ctx, {
      name: 'CXC-CoM-Redis-no-active-connections',
      severity: HIGH,
      threshold: 0,
      expr: `compliance_redis_connections_made{${POD}} - compliance_redis_connections_closed{${POD}} <= 0`,
      duration: '2m',
      summary: 'Compliance Manager pod {{ $labels.pod }} has no open Redis connection',
      description: 'For 2 minutes the Compliance Manager has had no active connection to Redis. Check Redis and the network to it.',
      basedOn: [],
      reading: `${NO_EXPRESSIONS} active connections are connections made less connections closed, as the metric list defines them (002 §6.2).`,
    }),
  ];
}

function listManager(ctx: AlertContext): AlertFact[] {
  return [
    latency(ctx, 'CXC-LM-LatencyHigh', 'cxc_list_manager_responses_summary', 5000, ' List Manager reports its response time as a summary.'),
    alert(ctx, {
      name: 'cxc_list_manager_too_many_errors_from_auth',
      severity: HIGH,
      threshold: AUTH_ERRORS,
      expr: `sum by (namespace, pod) (increase(cxc_list_manager_responses_summary_count{${POD},status=~"401|403"}[5m])) > ${AUTH_ERRORS}`,
      duration: '1m',
      summary: 'List Manager pod {{ $labels.pod }} keeps getting authentication errors',
      description: 'For more than a minute the List Manager has turned requests away because the authentication service rejects or cannot check their tokens. Check Genesys Authentication.',
      basedOn: [],
      reading: `${NO_EXPRESSIONS} the List Manager lists no outbound-request metric (002 §6.2); its documented response summary, with the authentication failures 401 and 403, is used. ${AUTH_READING}`,
    }),
  ];
}

/**
 * Every CX Contact alert (002 §6.3): each back-end component's own alerts, then the seven common ones
 * its page repeats; 61 in all. The overview page's "No alerts are defined for Outbound (CX Contact)"
 * is contradicted by the seven component pages, which are taken. Every severity is the guide's HIGH.
 * Metric names are ASCII: the seed spells one Job Scheduler metric with a Cyrillic "с" (002 §6.2),
 * and no alert here uses it.
 */
export const CXC_ALERTS: AlertFact[] = [
  ...component('cxc-api-aggregator', 'API Aggregator', apiAggregator),
  ...component('cxc-campaign-manager', 'Campaign Manager', campaignManager),
  ...component('cxc-compliance-manager', 'Compliance Manager', complianceManager),
  ...component('cxc-dial-manager', 'Dial Manager', (ctx) => [latency(ctx, 'CXC-DM-LatencyHigh', 'cxc_dm_request_latencies_ms', 5000)]),
  ...component('cxc-job-scheduler', 'Job Scheduler', (ctx) => [latency(ctx, 'CXC-JS-LatencyHigh', 'cxc_js_request_latencies_ms', 5000)]),
  ...component('cxc-list-builder', 'List Builder', (ctx) => [latency(ctx, 'CXC-LB-LatencyHigh', 'cxc_lb_request_latencies_ms', 5000)]),
  ...component('cxc-list-manager', 'List Manager', listManager),
];
