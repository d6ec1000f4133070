import { metricTable } from './table';
import { MetricFact } from '../../monitoring-types';

const S = '002 §6.2';

/**
 * CX Contact metrics per back-end component (002 §6.2). Names are ASCII: the seed spells
 * cxc_js_jobs_executed_total with a Cyrillic "с"; the vendor dashboard
 * cxc/02_chart_cxc-cpe-monitoring/.../configmaps-dashboards/cxc-job-scheduler.json reads the ASCII name.
 */
export const CXC_METRICS: MetricFact[] = [
  ...metricTable('cxc-api-aggregator', S, `
cxc_api_aggregator_api_requests_total counter ccid,tenant_name
cxc_api_healthy_instance gauge ccid,tenant_name
cxc_api_aggregator_users_logged_in_total gauge -
cxc_api_aggregator_redis_connection_failed gauge ccid,tenant_name
cxc_api_aggregator_request_count counter method,path,code
cxc_api_aggregator_request_latencies_ms histogram method,path,code
cxc_api_aggregator_request_out_count counter method,destination,code
cxc_api_aggregator_request_out_latencies_ms histogram method,destination,code
cxc_api_aggregator_elasticsearch_service_latencies_ms histogram method,destination,code
`),
  ...metricTable('cxc-campaign-manager', S, `
cxc_cm_campaign_group_running_total gauge ccid,tenant_name
cxc_cm_campaign_group_active_total gauge ccid,tenant_name
cxc_cm_healthy_instance gauge -
cxc_cm_request_count counter method,path,code
cxc_cm_request_latencies_ms histogram method,path,code
cxc_cm_request_out_count counter method,destination,code
cxc_cm_request_out_latencies_ms histogram method,destination,code
`),
  ...metricTable('cxc-compliance-manager', S, `
compliance_validation_under_processing_total gauge type,ccid,tenant_name
compliance_validation_complete_total counter type,ccid,tenant_name
compliance_validation_failed_total counter type,ccid,tenant_name
cxc_compliance_healthy_instance gauge -
cxc_compliance_request_latencies_ms histogram method,path,code
cxc_compliance_request_count counter method,path,code
compliance_redis_connections_made counter -
compliance_redis_connections_closed counter -
compliance_redis_access_errors counter -
cxc_compliance_request_out_count counter method,path,code
`),
  ...metricTable('cxc-dial-manager', S, `
cxc_dm_healthy_instance gauge -
cxc_dm_processed_messages_total counter media,ccid,tenant_name
cxc_dm_failed_processed_messages_total counter media,ccid,tenant_name
cxc_dm_delivery_buffer_size gauge media
cxc_dm_nexus_service_status gauge ccid,tenant_name
cxc_dm_request_count counter media,ccid,tenant_name,code
cxc_dm_request_latencies_ms histogram -
cxc_dm_request_out_count counter method,destination,code
`),
  ...metricTable('cxc-job-scheduler', S, `
cxc_js_jobs_executed_total counter type,ccid,tenant_name
cxc_js_jobs_failed_total counter type,ccid,tenant_name
cxc_js_jobs_running_total gauge type,ccid,tenant_name
cxc_js_redis_connections gauge -
cxc_js_healthy_instance gauge -
cxc_js_request_count counter method,path,code
cxc_js_request_latencies_ms histogram method,path,code
cxc_js_request_out_count counter method,destination,code
`),
  ...metricTable('cxc-list-builder', S, `
cxc_lb_jobs_running_total gauge type,ccid,tenant_name # 002 §6.2 types it Counter, but it counts active jobs, which go down; the vendor dashboard configmaps-dashboards/cxc-list-builder.json plots it raw, as a gauge.
cxc_lb_contacts_imported_total counter ccid,tenant_name
cxc_lb_rejected_contact_lines_total counter ccid,tenant_name
cxc_lb_healthy_instance gauge -
cxc_lb_request_count counter method,path,code
cxc_lb_request_latencies_ms histogram method,path,code
cxc_lb_request_out_count counter method,destination,code
`),
  ...metricTable('cxc-list-manager', S, `
cxc_list_manager_executed_jobs_count counter -
cxc_list_manager_running_jobs_count gauge -
cxc_list_manager_rejected_jobs_count counter -
cxc_list_manager_responses_summary summary method,path,status
cxc_list_manager_healthy_instance gauge -
`),
];
