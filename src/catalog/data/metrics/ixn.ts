import { metricTable } from './table';
import { MetricFact } from '../../monitoring-types';

/** The vendor's Interaction Server monitoring release (relative to `services/`). */
export const IXN_VENDOR = 'ixn/02_chart_ixn-cpe-monitoring/01_release_ixn-cpe-monitoring';

/**
 * Interaction Server metrics: IXN Server's `ixn_health_info_*` (004 §6.2) and IXN Node's
 * `ixnnode_*` (004 §6.3), both scraped from the `ixn` pods. 004 lists no VQ Node metrics.
 */
export const IXN_METRICS: MetricFact[] = [
  ...metricTable('ixn', '004 §6.2', `
ixn_health_info_current_clients gauge -
ixn_health_info_current_routers gauge -
ixn_health_info_router_total_submitted counter router_name
ixn_health_info_router_current_capacity gauge router_name
ixn_health_info_router_currently_submitted gauge router_name
ixn_health_info_current_strategies gauge -
ixn_health_info_current_database_requests gauge -
ixn_health_info_total_database_requests counter -
ixn_health_info_current_database_connections gauge -
ixn_health_info_total_database_deadlocks counter -
ixn_health_info_agent_logged_in_count gauge agent_tenant
ixn_health_info_queue_media_current_length gauge queue_name,queue_tenant,media_name
ixn_health_info_queue_media_in_processing gauge queue_name,queue_tenant,media_name
ixn_health_info_current_request_queue_wait gauge - # Not in 004 §6.2 ("only the metrics listed in the table are supported"); the vendor's alerts/ixn-prometheusrule.yaml ("ixn Long Request Queue Wait Time") reads it.
ixn_health_info_config_server_connected gauge - # Not in 004 §6.2; the vendor's alerts/ixn-prometheusrule.yaml ("ixn No Connection To Config Server") reads it.
`),
  ...metricTable('ixn', '004 §6.3', `
ixnnode_routing_sessions_current gauge -
ixnnode_all_instructions_received_total counter -
ixnnode_redis_client_status gauge redis_client
ixnnode_redis_client_errors_total counter redis_client
ixnnode_redis_commands_failed_total counter redis_client,command
ixnnode_rq_client_status gauge rq_node
ixnnode_rq_requests_failed_total counter type
ixnnode_instructions_processing_queue_size gauge type
ixnnode_route_request_sent_total counter strategy
ixnnode_route_request_failed_total counter strategy
ixnnode_running_strategies_current gauge -
ixnnode_configuration_fetch_errors_total counter -
ixnnode_last_fetched_configuration_timestamp gauge -
`),
];
