/**
 * The Kafka, HTTP-client and log metrics several Voice services share (000 §6.2, "common" table), as
 * table lines for metricTable. Each service's table takes the lines its guide page lists.
 *
 * Vendor evidence (`genesys/multicloud-services`, services/voice/12_chart_voice-cpe-monitoring/
 * 01_release_voice-cpe-monitoring/): alerts/agent.yaml filters kafka_consumer_error_total by
 * `error` ("healthcheck", "timeout", "crash") and http_client_response_count by `status`;
 * configmaps-dashboards/voice-kafka-metrics.json reads kafka_consumer_recv_messages_total.
 */
export const KAFKA_CONSUMER = `
kafka_consumer_recv_messages_total counter topic,tenant,kafka_location # 000 §6.2 lists kafka_consumer_rcv_messages_total, but its SIP Proxy page and the vendor dashboard configmaps-dashboards/voice-kafka-metrics.json spell kafka_consumer_recv_messages_total; the exported name is taken.
kafka_consumer_error_total counter topic,kafka_location,error # 000 §6.2 lists no error label; the vendor rules (alerts/agent.yaml, callthread.yaml, registrar.yaml) filter on error="healthcheck", "timeout" and "crash".
kafka_consumer_latency histogram topic,tenant,kafka_location
kafka_consumer_rebalance_total counter topic,kafka_location
kafka_consumer_state gauge topic,kafka_location
`;

/** The Kafka producer metrics of 000 §6.2. */
export const KAFKA_PRODUCER = `
kafka_producer_messages_total counter topic,tenant,kafka_location
kafka_producer_queue_depth gauge kafka_location
kafka_producer_queue_age_seconds gauge kafka_location
kafka_producer_error_total counter kafka_location
kafka_producer_state gauge kafka_location
`;

/** The Kafka producer's size metrics, which Front End and SIP Proxy list (000 §6.2). */
export const KAFKA_SIZES = `
kafka_producer_biggest_event_size gauge kafka_location,topic
kafka_max_request_size gauge kafka_location
`;

/** Outbound HTTP metrics (000 §6.2); the vendor rules filter the responses by status (alerts/agent.yaml, config_node_fail). */
export const HTTP_CLIENT = `
http_client_request_duration_seconds histogram target_service_name
http_client_response_count counter target_service_name,tenant,status
`;

/** Log volume (000 §6.2). */
export const LOG_OUTPUT = `
log_output_bytes_total counter level,format,module
`;

/** The build version gauge, always 1 (000 §6.2). */
export const VERSION = `
service_version_info gauge version
`;
