import { AlertContext, POD, ResourceBasis, alert, memoryPercent, podPhase } from './alert-builders';
import { AlertFact, AlertSeverity } from '../monitoring-types';
import { IXN_VENDOR } from './metrics/ixn';

const { CRITICAL } = AlertSeverity;
const FILE = `${IXN_VENDOR}/alerts/ixn-prometheusrule.yaml`;
const ctx: AlertContext = { service: 'ixn', what: 'Interaction Server', source: `004 §6.4; vendor: ${FILE}` };
/** Every vendor rule is `action: page`, with no severity: paged alerts are critical here. */
const PAGE = 'The vendor labels the rule action: page and gives no severity; a paging alert is critical.';

/** An alert of a shared builder, with its intent written first. */
const withIntent = (a: AlertFact, intent: string): AlertFact => ({ ...a, description: `Intent: ${intent} ${a.description}` });

/** The vendor's rule `name`, as an AlertFact field. */
const vendor = (name: string) => ({ vendorRule: `${FILE}#${name}` });

/**
 * Interaction Server alerts. 004 §6.4 says "No alerts are defined for Interaction Server"; the
 * vendor's deploy kit publishes 11 rules (`ixn-cpe-monitoring`), which are written here in the
 * library's words on the catalogue's metrics, each naming its vendor rule. "ixn Health Check Fail"
 * is left out (see vendor-exclusions.ts). UnitMonitoring writes them unless
 * `interactionServerAlerts: false`.
 */
export const IXN_ALERTS: AlertFact[] = [
  {
    ...alert(ctx, {
      name: 'ixn Container Has Failed',
      severity: CRITICAL,
      threshold: 0,
      expr: `sum by (namespace, pod, container, reason) (kube_pod_container_status_terminated_reason{${POD},reason!="Completed"}) > 0`,
      summary: 'Container {{ $labels.container }} of Interaction Server pod {{ $labels.pod }} ended with {{ $labels.reason }}',
      description: 'Intent: page on a container that stopped for any reason but completing its work (OOMKilled, Error). Read the previous container\'s log; an OOMKilled container needs a larger memory limit.',
      basedOn: ['kube_pod_container_status_terminated_reason'],
      reading: PAGE,
    }),
    ...vendor('ixn Container Has Failed'),
  },
  { ...withIntent(podPhase(ctx, 'ixn Pod Has Been In Pending State For Too Long', CRITICAL, 'Pending', '10m'), 'page on a pod no node takes within 10 minutes.'), ...vendor('ixn Pod Has Been In Pending State For Too Long') },
  {
    ...alert(ctx, {
      name: 'ixn Pod Has Start Up Issue',
      severity: CRITICAL,
      threshold: 0,
      expr: `sum by (namespace, pod, container, reason) (avg_over_time(kube_pod_container_status_waiting_reason{${POD},reason!="ContainerCreating"}[15m])) > 0`,
      duration: '2m',
      summary: 'Container {{ $labels.container }} of Interaction Server pod {{ $labels.pod }} waits to start ({{ $labels.reason }})',
      description: 'Intent: page on a container that cannot start (image pull errors, crash loops, bad configuration). The reason names the cause; the pod\'s events give the details.',
      basedOn: ['kube_pod_container_status_waiting_reason'],
      reading: PAGE,
    }),
    ...vendor('ixn Pod Has Start Up Issue'),
  },
  { ...withIntent(memoryPercent(ctx, 'ixn High Memory Usage of Container', CRITICAL, 85, ResourceBasis.LIMIT, ['container_memory_working_set_bytes', 'kube_pod_container_resource_limits'], `${PAGE} The vendor's kube_pod_container_resource_limits_memory_bytes is the kube-state-metrics 2 series kube_pod_container_resource_limits{resource="memory"}.`), 'page before a container is killed for lack of memory.'), ...vendor('ixn High Memory Usage of Container') },
  {
    ...alert(ctx, {
      name: 'ixn ODBC Connections Hang',
      severity: CRITICAL,
      threshold: 0,
      expr: `min_over_time(ixn_health_info_current_database_connections{${POD}}[10m]) > 0 and min_over_time(ixn_health_info_current_database_requests{${POD}}[10m]) > 0 and increase(ixn_health_info_total_database_requests{${POD}}[10m]) == 0`,
      summary: 'Interaction Server pod {{ $labels.pod }} has database connections that process nothing',
      description: 'Intent: catch hung ODBC connections. For 10 minutes the pod has had database connections and queued database requests, yet processed none. Check the database and restart the pod if it does not recover.',
      basedOn: ['ixn_health_info_current_database_connections', 'ixn_health_info_current_database_requests', 'ixn_health_info_total_database_requests'],
      reading: `${PAGE} ixn_health_info_total_database_requests is a counter (004 §6.2), so "no request processed" is no increase over the window.`,
    }),
    ...vendor('ixn ODBC Connections Hang'),
  },
  {
    ...alert(ctx, {
      name: 'ixn High DB Stack Size',
      severity: CRITICAL,
      threshold: 0,
      expr: `ixn_health_info_current_database_requests{${POD}} > 0`,
      duration: '10m',
      summary: 'Database requests of Interaction Server pod {{ $labels.pod }} have queued for 10 minutes',
      description: 'Intent: catch a database that cannot keep up. The queue of database requests has not emptied for 10 minutes; check the database\'s load and latency.',
      basedOn: ['ixn_health_info_current_database_requests'],
      reading: PAGE,
    }),
    ...vendor('ixn High DB Stack Size'),
  },
  {
    ...alert(ctx, {
      name: 'ixn Long Request Queue Wait Time',
      severity: CRITICAL,
      threshold: 1,
      expr: `ixn_health_info_current_request_queue_wait{${POD}} >= 1`,
      duration: '5m',
      summary: 'Requests wait in the queue of Interaction Server pod {{ $labels.pod }}',
      description: 'Intent: catch an Interaction Server that answers its clients late. Requests have waited a second or more for 5 minutes; check the pod\'s CPU and the database.',
      basedOn: ['ixn_health_info_current_request_queue_wait'],
      reading: PAGE,
    }),
    ...vendor('ixn Long Request Queue Wait Time'),
  },
  ...[
    ['ixn Connection To Redis Failed', 'ixnnode_redis_client_status', 'Redis', '20m', '004 §6.3: 0 Not Ready, 1 Ready.'],
    ['ixn Connection To RQ Node Failed', 'ixnnode_rq_client_status', 'the RQ Service', '20m', '004 §6.3 gives no encoding; the vendor rule reads 0 as failed.'],
    ['ixn No Connection To Config Server', 'ixn_health_info_config_server_connected', 'Configuration Server', '1h', 'Not in 004 §6.2; the vendor rule reads 0 as disconnected.'],
  ].map(([name, metric, what, duration, encoding]) => ({
    ...alert(ctx, {
      name,
      severity: CRITICAL,
      threshold: 0,
      expr: `max by (namespace, pod) (${metric}{${POD}}) == 0`,
      duration,
      summary: `Interaction Server pod {{ $labels.pod }} has lost ${what}`,
      description: `Intent: page when the connection to ${what} stays down longer than a restart of either side takes. Check ${what} and the network path to it.`,
      basedOn: [metric],
      reading: `${PAGE} ${encoding}`,
    }),
    ...vendor(name),
  })),
];
