import { AlertContext, AlertSpec, POD, alert, spoken } from './alert-builders';
import { AlertFact, AlertSeverity } from '../monitoring-types';
import { GES_VENDOR } from './metrics/ges';

const { CRITICAL, WARNING, INFO } = AlertSeverity;
const ctx: AlertContext = { service: 'ges', what: 'GES', source: '001 §6.4' };

/**
 * The health and connection gauges are 1 when the connection is down: the Observability page says
 * so, and the one status rule the guide prints, `ORS_REDIS_STATUS > 0` for GES_ORS_REDIS_DOWN, agrees;
 * the metrics table's "1 - healthy" says the opposite and is not taken (001 §6.1).
 */
const DOWN_IS_ONE = 'A health gauge is 1 while its connection is down: the Observability page and the guide\'s own rule ORS_REDIS_STATUS > 0 agree; the metrics table\'s "1 - healthy" is the opposite and is not taken (001 §6.1).';

/**
 * GES's alert counters appear only when their condition first happens (001 §6.1), and increase()
 * cannot see the step of a series that starts at 1; a series that did not exist one window ago
 * counts as an occurrence too.
 */
const FIRST_OCCURRENCE = 'Alert counters do not exist until the condition first happens (001 §6.1), so a series that appeared within the window counts as an occurrence as well as any increase.';

/** A connection gauge reporting down. */
function down(name: string, severity: AlertSeverity, metric: string, what: string, duration?: string, reading?: string): AlertFact {
  return alert(ctx, {
    name,
    severity,
    threshold: 0,
    expr: `${metric}{${POD}} > 0`,
    duration,
    summary: `GES pod {{ $labels.pod }} has lost its connection to ${what}`,
    description: `GES reports the connection to ${what} down${duration ? ` for ${spoken(duration)}` : ''}. Check ${what} and the network path from the GES pods to it.`,
    basedOn: [metric],
    reading: reading ?? DOWN_IS_ONE,
  });
}

/** Any occurrence of an alert counter within a window. */
function occurred(spec: Omit<AlertSpec, 'expr' | 'threshold'> & { readonly metric: string; readonly window: string }): AlertFact {
  const series = `${spec.metric}{${POD}}`;
  return alert(ctx, {
    ...spec,
    threshold: 0,
    expr: `increase(${series}[${spec.window}]) > 0 or (${series} unless ${series} offset ${spec.window})`,
    reading: spec.reading ? `${spec.reading} ${FIRST_OCCURRENCE}` : FIRST_OCCURRENCE,
  });
}

/** Two or more failed requests with one HTTP code from one pod (or, `perTenant`, for one tenant) within 5 minutes. */
function httpCode(code: number, perTenant = false, name = `GES_HTTP_${code}_POD`, vendorContext?: AlertContext): AlertFact {
  const count = 2;
  const by = perTenant ? 'namespace, tenant' : 'namespace, pod';
  return alert(vendorContext ?? ctx, {
    name,
    severity: INFO,
    threshold: count,
    expr: `sum by (${by}) (increase(ges_http_failed_requests_total{${POD},httpCode="${code}"}[5m])) >= ${count}`,
    summary: perTenant
      ? `GES answered ${count} or more requests of tenant {{ $labels.tenant }} with HTTP ${code} in 5 minutes`
      : `GES pod {{ $labels.pod }} answered ${count} or more requests with HTTP ${code} in 5 minutes`,
    description: code >= 500
      ? 'The pod fails requests on its own side: look for a configuration problem or a failing dependency in its logs.'
      : 'Callers send requests the pod refuses. A burst of them can be a misconfigured client, or hostile traffic.',
    basedOn: ['ges_http_failed_requests_total', `http_${code}_tolerance`],
    reading: `The threshold is the table's "two or more"; http_${code}_tolerance is GES's own copy of that level and is not needed to evaluate it.`,
  });
}

/** Share of GES pods not Ready, by kube_pod_container_status_ready (a pod is ready when all its containers are). */
function notReady(name: string, severity: AlertSeverity, percent: number, orMore: boolean): AlertFact {
  const pods = `min by (namespace, pod) (kube_pod_container_status_ready{${POD}})`;
  return alert(ctx, {
    name,
    severity,
    threshold: percent,
    expr: `100 * count by (namespace) (${pods} == 0) / count by (namespace) (${pods}) ${orMore ? '>=' : '>'} ${percent}`,
    duration: '5m',
    summary: `${orMore ? `${percent}% or more` : `More than ${percent}%`} of the GES pods are not ready`,
    description: 'GES pods fail their readiness check, most often because their Redis connection is broken or the Helm deployment is wrong. Check Redis and the pods\' events.',
    basedOn: ['kube_pod_container_status_ready'],
    reading: 'The duration is illegible in the guide; 5 minutes, the most common duration of the guides\' readiness alerts, is used.',
  });
}

/** Every GES alert of the 001 §6.4 table (28), in its order. */
export const GES_ALERTS: AlertFact[] = [
  alert(ctx, {
    name: 'GES_UP',
    severity: CRITICAL,
    threshold: 2,
    expr: `(sum(kube_pod_status_ready{${POD},condition="true"}) or vector(0)) < 2`,
    duration: '15m',
    summary: 'Fewer than two GES pods are up',
    description: 'For 15 minutes fewer than two GES pods have been ready; the guide requires at least two, in different zones. Check the pods\' events and the nodes.',
    basedOn: [],
    reading: 'The guide names no metric; a pod is up when kube-state-metrics reports it Ready, and no pod at all counts as zero.',
    alsoSource: '001 §1.1',
  }),
  alert(ctx, {
    name: 'GES_CPU_USAGE',
    severity: INFO,
    threshold: 90,
    expr: `100 * rate(ges_process_cpu_seconds_total{${POD}}[2m]) > 90`,
    duration: '1m',
    summary: 'GES pod {{ $labels.pod }} uses more than 90% of a CPU',
    description: 'The GES process has used more than 90% of a CPU core for a minute. Check the request rate and whether more GES pods are needed.',
    basedOn: ['ges_process_cpu_seconds_total'],
    reading: 'CPU seconds per second of the GES process, as a percentage of one core.',
  }),
  alert(ctx, {
    name: 'GES_MEMORY_USAGE',
    severity: INFO,
    threshold: 80,
    expr: `100 * sum by (namespace, pod) (ges_nodejs_heap_space_size_used_bytes{${POD}}) / sum by (namespace, pod) (ges_nodejs_heap_space_size_available_bytes{${POD}}) > 80`,
    duration: '90s',
    summary: 'GES pod {{ $labels.pod }} uses more than 80% of its heap',
    description: 'The Node.js heap in use has stayed above 80% of the available heap for 90 seconds. Watch for growth that does not come back down, which points to a leak.',
    basedOn: ['ges_nodejs_heap_space_size_used_bytes', 'ges_nodejs_heap_space_size_available_bytes'],
    reading: 'The metric names are rebuilt from the damaged table text; the ratio is used heap over available heap, as the table says.',
  }),
  alert(ctx, {
    name: 'GES-NODE-JS-DELAY-WARNING',
    severity: WARNING,
    threshold: 0.005,
    expr: `application_ccecp_nodejs_eventloop_lag_seconds{${POD}} > 0.005`,
    duration: '5m',
    summary: 'The Node.js event loop of GES pod {{ $labels.pod }} lags',
    description: 'The event loop has lagged more than 5 milliseconds, a sign that the pod is short of CPU or blocked. Check the pod\'s resources and load.',
    basedOn: ['application_ccecp_nodejs_eventloop_lag_seconds'],
    reading: 'The damaged text shows application_ccecp_nodejs_eventloop_lag_seconds, and the vendor\'s alerts/ges-prometheusrule.yaml reads the same name, so it is exported although GES\'s other Node.js runtime metrics carry the ges_ prefix. The duration is illegible; 5 minutes, the vendor rule\'s, is used.',
  }),
  notReady('GES_NOT_READY_CRITICAL', CRITICAL, 50, false),
  notReady('GES_NOT_READY_WARNING', WARNING, 25, true),
  alert(ctx, {
    name: 'GES_PODS_RESTART',
    severity: CRITICAL,
    threshold: 5,
    expr: `sum by (namespace) (increase(kube_pod_container_status_restarts_total{${POD}}[15m])) > 5`,
    summary: 'GES pods restarted more than five times in 15 minutes',
    description: 'GES pods keep crashing and restarting. GES crash-loops when Redis is down, so check Redis first, then the logs of the previous container instances.',
    basedOn: ['kube_pod_container_status_restarts_total'],
  }),
  down('GES_HEALTH', CRITICAL, 'GES_HEALTH', 'a downstream component (PostgreSQL, Configuration Server, GWS or ORS)', undefined,
    `${DOWN_IS_ONE} The alert cannot fire for Redis: GES crash-loops without it.`),
  down('GES_ORS_REDIS_DOWN', CRITICAL, 'ORS_REDIS_STATUS', 'ORS Redis', '5m', 'The guide prints this rule: ORS_REDIS_STATUS > 0 for 5m.'),
  down('GES_GWS_AUTH_DOWN', WARNING, 'GWS_AUTH_STATUS', 'Genesys Authentication', '5m'),
  down('GES_GWS_ENVIRONMENT_DOWN', WARNING, 'GWS_ENV_STATUS', 'the GWS Environment Service', undefined,
    `${DOWN_IS_ONE} The severity is damaged in the guide; Warning, as for the other GWS connections, is used.`),
  down('GES_GWS_CONFIG_DOWN', WARNING, 'GWS_CONFIG_STATUS', 'the GWS Configuration Service'),
  occurred({
    name: 'GES_GWS_SERVER_ERROR',
    severity: WARNING,
    metric: 'GWS_SERVER_ERROR',
    window: '5m',
    summary: 'GES pod {{ $labels.pod }} got server or connection errors from GWS',
    description: 'GWS answered GES with a server error, or the connection failed, within the last 5 minutes. Check GWS and the network to it.',
    basedOn: ['GWS_SERVER_ERROR'],
  }),
  httpCode(400),
  httpCode(404),
  httpCode(500),
  httpCode(401),
  alert(ctx, {
    name: 'GES_SLOW_HTTP_RESPONSE_TIME',
    severity: WARNING,
    threshold: 1,
    expr: `sum by (namespace, pod) (rate(ges_http_request_duration_seconds_sum{${POD}}[5m])) / sum by (namespace, pod) (rate(ges_http_request_duration_seconds_count{${POD}}[5m])) > 1`,
    duration: '15m',
    summary: 'GES pod {{ $labels.pod }} answers requests slowly',
    description: 'The average time GES takes to answer incoming requests has been too high for 15 minutes. Check its CPU, its Redis and PostgreSQL latency, and the services it calls.',
    basedOn: ['ges_http_request_duration_seconds_sum', 'ges_http_request_duration_seconds_count'],
    reading: 'The threshold value and the severity are illegible in the guide: 1 second and Warning are used.',
  }),
  alert(ctx, {
    name: 'GES_RBAC_CREATE_VQ_PROXY_ERROR',
    severity: INFO,
    threshold: 5,
    expr: `increase(RBAC_CREATE_VQ_PROXY_ERROR{${POD}}[10m]) > 5`,
    summary: 'GES pod {{ $labels.pod }} has trouble managing virtual-queue proxy objects',
    description: 'Creating or deleting the VQ proxy script objects that back the virtual queues of CALLBACK_SETTINGS keeps failing. Check the GES service account\'s rights in Configuration Server.',
    basedOn: ['RBAC_CREATE_VQ_PROXY_ERROR', 'rbac_create_vq_proxy_error_tolerance'],
    reading: 'The table says at least 1000 within an illegible window; the guide\'s printed rule says increase over 10 minutes above 5. The printed rule is what the chart ships, so it is used.',
    alsoSource: '001 §6.3',
  }),
  occurred({
    name: 'GES_LOGGING_FAILURE',
    severity: WARNING,
    metric: 'LOGGING_FAILURE',
    window: '1m',
    summary: 'GES pod {{ $labels.pod }} failed to write to its log',
    description: 'Writing to standard output failed, which points to a problem with the pod or its node. The alert clears a minute after the last failure.',
    basedOn: ['LOGGING_FAILURE'],
  }),
  occurred({
    name: 'GES_UNCAUGHT_EXCEPTION',
    severity: WARNING,
    metric: 'UNCAUGHT_EXCEPTION',
    window: '1m',
    summary: 'GES pod {{ $labels.pod }} hit an uncaught exception',
    description: 'An exception reached the top of GES without being handled. Its stack trace is in the pod\'s log. The alert clears a minute after the last one.',
    basedOn: ['UNCAUGHT_EXCEPTION'],
  }),
  occurred({
    name: 'GES_INVALID_CONTENT_LENGTH',
    severity: INFO,
    metric: 'INVALID_CONTENT_LENGTH',
    window: '2m',
    summary: 'GES pod {{ $labels.pod }} received a request larger than allowed',
    description: 'A request exceeded the maximum body size: 10 MB on the internal port, 500 KB on the public port. The alert clears two minutes after the last one.',
    basedOn: ['INVALID_CONTENT_LENGTH', 'invalid_content_length_tolerance'],
    reading: 'The severity is illegible in the guide; Info is used.',
  }),
  occurred({
    name: 'GES_DNS_FAILURE',
    severity: WARNING,
    metric: 'DNS_FAILURE',
    window: '30m',
    summary: 'GES pod {{ $labels.pod }} failed to resolve a DNS name',
    description: 'Name resolution failed within the last 30 minutes. Check the configured locations of GWS, Redis, PostgreSQL and ORS, and the cluster DNS.',
    basedOn: ['DNS_FAILURE'],
    reading: 'The metrics table says GES_DNS_FAILURE, the alert table DNS_FAILURE; the metrics page explains that GES_DNS_FAILURE is the alert and DNS_FAILURE its metric.',
  }),
  occurred({
    name: 'GES_CB_TTL_LIMIT_REACHED',
    severity: INFO,
    metric: 'CB_TTL_LIMIT_REACHED',
    window: '2m',
    summary: 'GES throttles callbacks for a tenant',
    description: 'GES started to throttle the callbacks of one tenant within the last 2 minutes.',
    basedOn: ['CB_TTL_LIMIT_REACHED'],
    reading: 'The severity is illegible in the guide; Info, as for the other throttling alert, is used.',
  }),
  occurred({
    name: 'GES_CB_ENQUEUE_LIMIT_REACHED',
    severity: INFO,
    metric: 'CB_ENQUEUE_LIMIT_REACHED',
    window: '2m',
    summary: 'GES throttles callbacks to a phone number',
    description: 'GES started to throttle callbacks to one phone number within the last 2 minutes.',
    basedOn: ['CB_ENQUEUE_LIMIT_REACHED'],
  }),
  occurred({
    name: 'GES_CB_SUBMIT_FAILED',
    severity: INFO,
    metric: 'CB_SUBMIT_FAILED',
    window: '2m',
    summary: 'GES pod {{ $labels.pod }} could not submit a callback to ORS',
    description: 'A callback failed to reach ORS within the last 2 minutes. Either ORS has trouble or GES gives it a wrong URL (GES_URL).',
    basedOn: ['CB_SUBMIT_FAILED'],
  }),
  occurred({
    name: 'GES_GWS_INCORRECT_CLIENT_CREDENTIALS',
    severity: WARNING,
    metric: 'GWS_INCORRECT_CLIENT_CREDENTIALS',
    window: '5m',
    summary: 'GWS rejects the client credentials of GES',
    description: 'The GWS client id or secret in GES\'s Secret is wrong. Correct the Secret and restart the GES pods.',
    basedOn: ['GWS_INCORRECT_CLIENT_CREDENTIALS'],
    reading: 'The severity and the window are illegible in the guide; Warning and 5 minutes are used.',
  }),
  alert(ctx, {
    name: 'GES_NEXUS_ACCESS_FAILURE',
    severity: WARNING,
    threshold: 30,
    expr: `increase(NEXUS_ACCESS_FAILURE{${POD}}[1h]) > 30`,
    summary: 'GES pod {{ $labels.pod }} keeps failing to reach Nexus',
    description: 'More than 30 attempts to connect to or talk with Nexus failed in the last hour. Only push notifications use Nexus; check its address and the network to it.',
    basedOn: ['NEXUS_ACCESS_FAILURE'],
  }),
];

const VENDOR_FILE = `${GES_VENDOR}/alerts/ges-prometheusrule.yaml`;
const vendorCtx: AlertContext = { ...ctx, source: `001 §6.4; vendor: ${VENDOR_FILE}` };
const vendorRule = (name: string) => `${VENDOR_FILE}#${name}`;

/**
 * The rules the vendor publishes for GES beyond the guide's table (alerts/ges-prometheusrule.yaml),
 * in the library's words, each naming its vendor rule.
 */
export const GES_VENDOR_ALERTS: AlertFact[] = [
  ...([
    ['GES_REDIS_DOWN', 'REDIS_CONNECTION', 'its own Redis', 'cover the one dependency GES_HEALTH does not report (001 §6.4 #8: GES crash-loops without Redis); callbacks cannot be booked.'],
    ['GES_ALL_URS_DOWN', 'ALL_URS_DOWN', 'both URS instances (primary and backup)', 'page when callbacks can no longer be routed.'],
  ] as const).map(([name, metric, what, intent]) => {
    const lost = down(name, CRITICAL, metric, what, '1m',
      `${DOWN_IS_ONE} The vendor rule has no duration; 1 minute keeps a single failed health check (every 15-20 s, 001 §6.1) from paging.`);
    return { ...lost, source: vendorCtx.source, description: `Intent: ${intent} ${lost.description}`, vendorRule: vendorRule(name) };
  }),
  ...[400, 404, 500, 401].map((code) => {
    const perTenant = httpCode(code, true, `GES_HTTP_${code}_TENANT`, vendorCtx);
    return {
      ...perTenant,
      description: `Intent: see which tenant's callers fail, across every GES pod. ${perTenant.description}`,
      vendorRule: vendorRule(`GES_HTTP_${code}_TENANT`),
    };
  }),
  {
    ...alert(vendorCtx, {
      name: 'GES_MONITOR_LAGGING_BEHIND',
      severity: WARNING,
      threshold: 100,
      expr: `increase(MONITOR_LAGGING_BEHIND{${POD}}[1m]) > 100`,
      summary: 'The callback monitor of GES pod {{ $labels.pod }} lags behind',
      description: 'Intent: catch scheduled callbacks that start late. The callback monitor fell behind more than 100 times in a minute; compare ges_monitor_size, which stays high when GES has trouble (001 §6.2), and check the pod\'s CPU and Redis.',
      basedOn: ['MONITOR_LAGGING_BEHIND'],
      reading: 'Not in 001 §6.2; the vendor rule reads MONITOR_LAGGING_BEHIND with this threshold.',
    }),
    vendorRule: vendorRule('GES_MONITOR_LAGGING_BEHIND'),
  },
];
