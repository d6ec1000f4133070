import { metricTable } from './table';
import { MetricFact } from '../../monitoring-types';

/** The vendor's GES monitoring release (relative to `services/`). */
export const GES_VENDOR = 'ges/03_chart_ges-cpe-monitoring/01_release_ges-cpe-monitoring';

/**
 * GES metrics (001 §6.2): the metrics table, then the series the alert table names (reconstructed
 * from the damaged text) as the vendor's alerts/ges-prometheusrule.yaml reads them. The alert
 * counters exist only from their first occurrence (001 §6.1).
 */
export const GES_METRICS: MetricFact[] = metricTable('ges', '001 §6.2', `
ges_callbacks_created counter tenant
ges_monitor_size gauge type
ges_push_notifications_sent counter tenant,channel,result
ges_http_requests_total counter tenant,path
ges_callin_created counter tenant
ges_http_failed_requests_total counter tenant,path,httpCode
ges_build_info gauge version
GES_HEALTH gauge version,host
GWS_CONFIG_STATUS gauge version,host
GWS_ENV_STATUS gauge version,host
GWS_AUTH_STATUS gauge version,host
ALL_URS_DOWN gauge version,host
REDIS_CONNECTION gauge version,host
ORS_REDIS_STATUS gauge version,host
RBAC_CREATE_VQ_PROXY_ERROR counter version,host
LOGGING_FAILURE counter version,host
UNCAUGHT_EXCEPTION counter version,host
DNS_FAILURE counter version,host # The metrics table says GES_DNS_FAILURE, the alert table's "Based on" DNS_FAILURE (001 §6.2); the vendor's alerts/ges-prometheusrule.yaml reads DNS_FAILURE, the exported name.
GWS_INCORRECT_CLIENT_CREDENTIALS counter version,host
NEXUS_ACCESS_FAILURE counter version,host
CB_SUBMIT_FAILED counter version,host
GWS_SERVER_ERROR counter version,host
MONITOR_LAGGING_BEHIND counter version,host # Not in 001 §6.2; the vendor's alerts/ges-prometheusrule.yaml (GES_MONITOR_LAGGING_BEHIND) reads it.
INVALID_CONTENT_LENGTH counter version,host
CB_TTL_LIMIT_REACHED counter version,host
CB_ENQUEUE_LIMIT_REACHED counter version,host
ges_process_cpu_seconds_total counter -
ges_nodejs_heap_space_size_used_bytes gauge space
ges_nodejs_heap_space_size_available_bytes gauge space
application_ccecp_nodejs_eventloop_lag_seconds gauge - # The alert table's damaged text shows application_ccecp_nodejs_eventloop_lag_seconds (001 §6.4 #4); the vendor's alerts/ges-prometheusrule.yaml (GES-NODE-JS-DELAY-WARNING) reads the same name, so it is exported despite GES's other runtime metrics carrying ges_.
ges_http_request_duration_seconds histogram -
`);
