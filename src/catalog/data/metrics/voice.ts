import { metricTable } from './table';
import { HTTP_CLIENT, KAFKA_CONSUMER, KAFKA_PRODUCER, KAFKA_SIZES, LOG_OUTPUT, VERSION } from './voice-common';
import { MetricFact } from '../../monitoring-types';

const S = '000 §6.2';
/** The vendor's Voice monitoring release, where its rules and dashboards are (relative to `services/`). */
export const VOICE_VENDOR = 'voice/12_chart_voice-cpe-monitoring/01_release_voice-cpe-monitoring';

/**
 * SIP Proxy's own metrics. 000 §6.2 prints their prefix as siproxy_; the SIP Proxy alert row (000 §6.3),
 * the vendor's alerts/sipproxy.yaml and all three vendor SIP Proxy dashboards
 * (configmaps-dashboards/voice-sipproxy-*.json) read sipproxy_, the prefix the service exports.
 */
const SIPPROXY = [
  'sipproxy_requests_total counter method',
  'sipproxy_rejected_requests_total counter -',
  'sipproxy_requests_processed_self_total counter method',
  'sipproxy_requests_forwarded_total counter method,request_direction,sip_node_id',
  'sipproxy_responses_forwarded_total counter method,sip_node_id,request_direction',
  'sipproxy_response_latency histogram sip_node_id,request_direction,target,node_in_cache',
  'sipproxy_register_processed_total counter -',
  'sipproxy_register_rejected_total counter -',
  'sipproxy_calls_per_second_count gauge -',
  'sipproxy_active_sip_nodes_count gauge -',
  'sipproxy_sip_nodes_count gauge -',
  'sipproxy_tenants_count gauge -',
  'sipproxy_consul_errors_count counter -',
  'sipproxy_sip_node_is_capacity_available gauge sip_node_id',
  'sipproxy_health_level gauge -',
  'sipproxy_envoy_proxy_status gauge -',
  'sipproxy_config_node_status gauge -',
].map((l) => `${l} # 000 §6.2 prints the prefix siproxy_; the alert row (000 §6.3) and the vendor's alerts/sipproxy.yaml and voice-sipproxy-*.json dashboards read sipproxy_, the exported prefix.`).join('\n');

/** Metrics of each Voice service, from its "metrics and alerts" page (000 §6.2), reconciled with the vendor's rules and dashboards. */
export const VOICE_METRICS: MetricFact[] = [
  ...metricTable('voice-agent', S, `${HTTP_CLIENT}${KAFKA_CONSUMER}${KAFKA_PRODUCER}${LOG_OUTPUT}
agent_redis_state gauge location,redis_cluster_name
agent_stream_redis_state gauge location,redis_cluster_name
agent_total_sessions gauge tenant
agent_callevents counter tenant
agent_logged_in_agents gauge tenant
agent_health_level gauge tenant
agent_envoy_proxy_status gauge -
agent_config_node_status gauge -
`),
  ...metricTable('voice-callthread', S, `${HTTP_CLIENT}${KAFKA_CONSUMER}${KAFKA_PRODUCER}${LOG_OUTPUT}
callthread_call_threads counter -
callthread_envoy_proxy_status gauge -
callthread_health_level gauge -
callthread_healthcheck_generic_exception gauge -
callthread_redis_state gauge - # 000 §6.3 "Redis not available" names callthread_redis_status, which the metric list (000 §6.2, §6.4) and the vendor's alerts/callthread.yaml do not have; callthread_redis_state is exported.
`),
  ...metricTable('voice-config', S, `${VERSION}
config_device_response counter location,tenant,request_type,status
config_tenant_response counter location,request_type,status
config_node_get_response counter -
config_node_agent_response counter -
config_redis_state gauge location,redis_cluster_name
config_health_level gauge -
config_healthcheck_generic_exception gauge -
`),
  ...metricTable('voice-dialplan', S, `
dialplan_health_level gauge -
dialplan_config_node_status gauge - # Not in the Dial Plan list (000 §6.2), though every other Voice service has its *_config_node_status; the vendor's alerts/dialplan.yaml (config_node_unavailable_for_2m) reads it.
dialplan_redis_state gauge redis_cluster_name
dialplan_total_request counter tenant,operation_type
dialplan_failure_response counter tenant,operation_type,status,reason
dialplan_response_time histogram -
dialplan_redis_cache_latency_msec histogram tenant
`),
  ...metricTable('voice-sipfe', S, `${KAFKA_PRODUCER}${KAFKA_SIZES}${LOG_OUTPUT}${VERSION}
sipfe_requests_total counter tenant
sipfe_responses_total counter tenant,status # 000 §6.2 gives only tenant; the vendor's alerts/sipfe.yaml (sipfe_failure_responses_sent) filters on status.
sipfe_sip_nodes_total gauge -
sipfe_sip_node_requests_total counter sip_node_id,tenant
sipfe_sip_node_responses_total counter sip_node_id,tenant,status
sipfe_sip_node_request_duration_seconds histogram sip_node_id,tenant,status # 000 §6.2 lists sipfe_sip_node_request_duration_us_total (microseconds, "desc says seconds"); the alert row (000 §6.3), the vendor's alerts/sipfe.yaml and configmaps-dashboards/voice-sipfe-service-metrics.json read sipfe_sip_node_request_duration_seconds_bucket, in seconds, which is exported.
sipfe_health_level gauge -
sipfe_health_check_error gauge reason
`),
  ...metricTable('voice-ors', S, `${VERSION}
orsnode_callevents counter -
orsnode_ha_writes counter -
orsnode_ha_reads counter -
orsnode_interactions gauge -
orsnode_total_interactions counter -
orsnode_cleared_interactions counter -
orsnode_strategies gauge -
orsnode_total_strategies counter -
orsnode_load_errors counter -
orsnode_fetch_errors counter -
orsnode_config_errors counter -
orsnode_invoke_errors counter -
orsnode_treatments counter -
orsnode_failed_treatments counter -
orsnode_scxml_error_events counter -
orsnode_http_fetch_requests counter -
orsnode_http_fetch_errors counter -
orsnode_urs_rlib_latency_msec histogram -
orsnode_urs_rlib_errors counter -
orsnode_urs_rlib_timeouts counter -
orsnode_urs_rlib_state gauge tenant # 000 §6.2 gives no labels ("Tenant rlib request timeout"); the vendor's alerts/ors.yaml (URSHealthCheckFailFor5in) reads it per tenant.
orsnode_redis_state gauge redis_cluster_name
orsnode_redis_disconnect counter -
orsnode_rq_latency_msec histogram service
orsnode_routing_latency_msec histogram -
orsnode_sip_health_check gauge node
orsnode_ixn_health_check gauge -
orsnode_rq_state gauge -
orsnode_rq_disconnect counter -
orsnode_stuck_interactions gauge -
orsnode_health_level gauge -
orsnode_health_check_error gauge reason
orsnode_failed_applications gauge -
orsnode_failed_scripts gauge -
orsnode_session_load_time_msec histogram -
orsnode_tlib_latency_msec histogram -
`),
  ...metricTable('voice-registrar', S, `${KAFKA_CONSUMER}${KAFKA_PRODUCER}${LOG_OUTPUT}
registrar_register_count counter location,tenant
registrar_health_level gauge -
registrar_request_latency histogram location,tenant
registrar_active_sip_registrations gauge tenant
registrar_redis_state gauge - # Not in the Registrar's metric list (000 §6.2); the vendor's alerts/registrar.yaml (RedisDownFor5min) reads registrar_redis_state.
`),
  ...metricTable('voice-rq', S, `
rqnode_clients gauge -
rqnode_streams gauge -
rqnode_xreads counter -
rqnode_xadds counter -
rqnode_redis_state gauge -
rqnode_redis_disconnects counter -
rqnode_consul_leader_error counter -
rqnode_active_master gauge -
rqnode_active_backup gauge -
rqnode_read_latency histogram healthcheck
rqnode_add_latency histogram healthcheck
rqnode_redis_latency histogram -
`),
  ...metricTable('voice-sip', S, `${HTTP_CLIENT}${KAFKA_PRODUCER}${LOG_OUTPUT}${VERSION}
sipnode_requests_total counter tenant,request
sipnode_pending_requests_current gauge tenant,request
sipnode_requests_queue_size gauge -
sipnode_sips_request_duration_seconds histogram tenant,request
sipnode_events_total counter tenant,event
sipnode_monitoring_events_total counter tenant
sipnode_sips_restarts_total counter -
sipnode_sips_disconnects_total counter -
sipnode_redis_state gauge redis_cluster_name
sipnode_ors_tlib_latency_msec histogram ors
sipnode_ors_health_check gauge -
sipnode_envoy_proxy_status gauge -
sipnode_config_node_status gauge -
sipnode_health_level gauge -
sips_hastate gauge -
sips_calls gauge -
sips_call_rate gauge -
sips_calls_created gauge -
sips_abandoned_calls gauge -
sips_rejected_calls gauge -
sips_cpu_usage_main gauge -
sips_sips_memory_usage gauge -
sips_urs_response_more_5_sec gauge -
sips_routing_timeouts gauge -
sips_sip_response_time_ms histogram - # 000 §6.3 "SIP Proxy overloaded" names sips_sip_response_time_millis_*; the metric list (000 §6.2, §6.4) and the vendor dashboard configmaps-dashboards/voice-sip-service-metrics.json read sips_sip_response_time_ms_*.
sips_trunk_in_service gauge device_name,tenant
sips_softswitch_in_service gauge device_name,tenant
sips_msml_in_service gauge device_name
sips_dp_state gauge -
sips_dp_queue_size gauge -
sips_dp_active_connections gauge -
sips_dp_req_rate gauge -
sips_dp_timeouts gauge -
sips_dp_4xx_errors gauge -
sips_dp_5xx_errors gauge -
sips_dp_average_response_latency gauge -
sips_sipproxy_in_service gauge -
`),
  ...metricTable('voice-sipproxy', S, `${HTTP_CLIENT}${KAFKA_CONSUMER}${KAFKA_PRODUCER}${KAFKA_SIZES}${LOG_OUTPUT}${VERSION}
kafka_producer_dropped_event_number gauge -
${SIPPROXY}
sip_server_transactions_count gauge -
sip_client_transactions_count gauge -
sip_transport_errors_total counter transport,address
`),
  ...metricTable('voice-voicemail', S, `
voicemail_access_call_rate gauge -
voicemail_deposit_call_rate gauge -
voicemail_gws_request_total counter -
voicemail_redis_request_total counter -
voicemail_config_request_total counter -
voicemail_config_request_failed_total counter code
voicemail_redis_request_failed_total counter -
voicemail_gws_request_failed_total counter code
voicemail_service_health_check gauge -
voicemail_envoy_proxy_status gauge -
voicemail_gws_status gauge -
voicemail_config_node_status gauge -
voicemail_redis_state gauge -
voicemail_redis_connection_failure counter - # Not in the metric list (000 §6.4); the alert row (000 §6.3) and the vendor's alerts/voicemail.yaml (VoicemailRedisConnectionFailure, read through rate()) use it.
voicemail_storage_failed_account gauge - # Not in the metric list (000 §6.4); the alert row (000 §6.3) and the vendor's alerts/voicemail.yaml (storage_account_is_not_accessible) use it: non-zero while the storage account fails.
`),
];
