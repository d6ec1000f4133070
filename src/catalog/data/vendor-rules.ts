import { GES_VENDOR } from './metrics/ges';
import { IXN_VENDOR } from './metrics/ixn';
import { VOICE_VENDOR } from './metrics/voice';
import { CXC_SERVICES_VENDOR, TENANT_VENDOR } from './vendor-paths';

/** How the catalogue answers one vendor rule file: which vendor rule each guide alert is, and why the others are left out. */
export interface VendorRuleFile {
  /** The file, relative to the vendor repository's `services/` folder. */
  readonly file: string;
  /** The catalogue services the file's rules watch. */
  readonly services: string[];
  /** Vendor rule name → the guide alert (catalogue name) that is its counterpart, in each of `services`. */
  readonly counterparts: Record<string, string>;
  /** Vendor rule name → why it is left out. */
  readonly excluded: Record<string, string>;
}

const LOG_RATE = 'The guides define no log-volume alert (000 §6.3); the vendor\'s limit of 1.65 MB/s is a sizing of its own logging pipeline, not a fault of the service, and 000 §6.2 does not list log_output_bytes_total for every service.';
const SIDECARS = 'It counts a pod\'s containers against a fixed 5, the vendor\'s own set of sidecars; how many a pod has depends on the unit\'s mesh and logging options (000 §6.1: the logging sidecar is optional), so the number is no fact of the guides.';
const DUPLICATE = (of: string) => `The same condition as the vendor's ${of}, held longer; the catalogue has one alert per condition, with the guide's duration (000 §6.3).`;
const RQ_CLIENT = 'The rq_client_* series are in neither 000 §6.2 metric list (ORS, SIP Cluster) and the vendor gives no encoding of their states, so no rule on them could say what it means; the RQ connection is watched through orsnode_rq_state (RQ disconnected) instead.';
const POD_COVERED = 'Voicemail\'s guide table (000 §6.3) has one pod alert, PodStatusNotReadyforCritical; a failed, unknown or pending pod is not ready, so that alert covers it.';
const TENANT = 'The Tenant Service has its own guide, which is not part of this specification (000 §0 names it only); the catalogue has no metrics endpoint (scrape.ts) or metric list for it, so no rule could be checked against what it exports.';
const RESOURCE_65 = 'The guide (000 §6.3) gives this service only the 80% CPU and memory alerts; the vendor\'s 65% warning is left out as noise the guide does not ask for.';

const voice = (file: string) => `${VOICE_VENDOR}/alerts/${file}`;

/** The common Voice counterparts: pod phases, readiness, restarts, resources (vendor name → guide name). */
/** The guide's names of one service's pod alerts. */
interface PodRuleNames {
  readonly failed: string;
  readonly unknown: string;
  readonly pending: string;
  readonly notReady: string;
  readonly restart?: string;
}
function podRules(names: PodRuleNames, vendor: 'snake' | 'camel'): Record<string, string> {
  const v = vendor === 'snake'
    ? { failed: 'pod_status_failed', unknown: 'pod_status_unknown', pending: 'pod_status_pending', notReady: 'pod_status_notready', restart: 'container_restart' }
    : { failed: 'PodStatusFailed', unknown: 'PodStatusUnknown', pending: 'PodStatusPending', notReady: 'PodStatusNotReadyfor10mins', restart: 'ContainerRestartedRepeatedly' };
  const out: Record<string, string> = {
    [v.failed]: names.failed,
    [v.unknown]: names.unknown,
    [v.pending]: names.pending,
    [v.notReady]: names.notReady,
  };
  if (names.restart) out[v.restart] = names.restart;
  return out;
}

/** `<prefix>_memory_usage`, `_memory_usage_80`, `_cpu_usage`, `_cpu_usage_80` → the guide's 65% and 80% alerts. */
function nodeResources(prefix: string, memoryHigh = 80): Record<string, string> {
  return {
    [`${prefix}_memory_usage`]: 'Pod memory greater than 65%',
    [`${prefix}_memory_usage_${memoryHigh}`]: 'Pod memory greater than 80%',
    [`${prefix}_cpu_usage`]: 'Pod CPU greater than 65%',
    [`${prefix}_cpu_usage_80`]: 'Pod CPU greater than 80%',
  };
}

/** The rules of a Voice service whose vendor file names its rules in CamelCase: Redis down for 5 and 10 minutes, resources, pods. */
function camelService(prefix: string, pods: PodRuleNames, memoryHigh = 80): Record<string, string> {
  return {
    RedisDownFor5min: 'Redis disconnected for 5 minutes',
    RedisDownFor10min: 'Redis disconnected for 10 minutes',
    ...nodeResources(prefix, memoryHigh),
    ...podRules(pods, 'camel'),
  };
}

/** The vendor's rq_client_* rules of ORS and SIP Cluster, all left out for one reason. */
const RQ_CLIENT_RULES = Object.fromEntries([
  'cluster_down', 'state_notready', 'disconnected', 'active_rqnodes_less_than_expected', 'active_healthchek_streams_too_high',
  'timedout_healthcheck_requests_too_high', 'timedout_call_requests_too_high', 'queue_depth_too_high_for_2m', 'queue_depth_too_high_for_5m',
].map((r) => [`rq_client_${r}`, RQ_CLIENT]));

const SNAKE_RESOURCES = { pod_cpu_65: 'Pod CPU greater than 65%', pod_cpu_80: 'Pod CPU greater than 80%', pod_memory_65: 'Pod memory greater than 65%', pod_memory_80: 'Pod memory greater than 80%' };
const KAFKA_CONSUMER = {
  kafka_latency: 'Kafka events latency is too high',
  kafka_consumer_health_checks: 'Too many Kafka consumer failed health checks',
  kafka_consumer_timeouts: 'Too many Kafka consumer request timeouts',
  kafka_consumer_crashes: 'Too many Kafka consumer crashes',
};
const COMMON_EXCLUDED = { pod_sidecars_failed: SIDECARS, log_messages_rate_exceeds_limit: LOG_RATE };

/**
 * Every vendor rule file for the services of the guides, and the catalogue's answer to each rule
 * in it (vendor: `genesys/multicloud-services`, the `*-cpe-monitoring` releases). Rules the vendor
 * publishes where the guides are silent, and which the catalogue adds, name their vendor rule
 * themselves (`AlertFact.vendorRule`).
 */
export const VENDOR_RULE_FILES: VendorRuleFile[] = [
  {
    file: voice('agent.yaml'),
    services: ['voice-agent'],
    counterparts: {
      kafka_unavailable: 'Kafka not available',
      redis_unavailable: 'Redis not available',
      ...KAFKA_CONSUMER,
      ...podRules({ failed: 'Pod status Failed', unknown: 'Pod status Unknown', pending: 'Pod status Pending', notReady: 'Pod status NotReady', restart: 'Container restarted repeatedly' }, 'snake'),
      max_replicas: 'Max replicas is not sufficient for 5 mins',
      ...SNAKE_RESOURCES,
      kafka_queue_increase: 'Too many Kafka pending events',
      service_state_fail: 'Agent service fail',
      config_node_fail: 'Config node fail',
    },
    excluded: {
      ...COMMON_EXCLUDED,
      service_unavailable: 'It reads Prometheus\' own up series for a missing scrape target, no metric of the service; a pod that stops answering fails its readiness probe, which "Pod status NotReady" (000 §6.3) reports.',
    },
  },
  {
    file: voice('callthread.yaml'),
    services: ['voice-callthread'],
    counterparts: {
      kafka_unavailable: 'Kafka not available',
      redis_unavailable: 'Redis not available',
      ...KAFKA_CONSUMER,
      kafka_queue_increase: 'Too many Kafka pending events',
      ...podRules({ failed: 'Pod status Failed', unknown: 'Pod status Unknown', pending: 'Pod status Pending', notReady: 'Pod status NotReady', restart: 'Container restarted repeatedly' }, 'snake'),
      max_replicas: 'Max replicas is not sufficient for 5 mins',
      ...SNAKE_RESOURCES,
    },
    excluded: COMMON_EXCLUDED,
  },
  {
    file: voice('config.yaml'),
    services: ['voice-config'],
    counterparts: {
      ...camelService('config_node', { failed: 'Pod Failed', unknown: 'Pod Unknown state', pending: 'Pod Pending state', notReady: 'Pod Not ready for 10 minutes', restart: 'Container restarted repeatedly' }),
    },
    excluded: COMMON_EXCLUDED,
  },
  {
    file: voice('dialplan.yaml'),
    services: ['voice-dialplan'],
    counterparts: {
      ...camelService('dialplan_node', { failed: 'Pod Failed', unknown: 'Pod Unknown state', pending: 'Pod Pending state', notReady: 'Pod Not ready for 10 minutes' }),
      DialplanProcessingTimeGT500sec: 'DialPlan processing time > 0.5 seconds',
      DialplanProcessingTimeGT2sec: 'DialPlan processing time > 2 seconds',
      aggregated_service_health_failed: 'Aggregated service health failing for 5 minutes',
    },
    excluded: {
      ...COMMON_EXCLUDED,
      ContainerRestartedRepeatedly: 'The guide lists no restart alert for Dial Plan (000 §6.3), whose liveness probe restarts the container on an Envoy failure by design; "Aggregated service health failing for 5 minutes" reports the failure behind the restarts.',
      config_node_fail: '000 §6.2 lists no http_client_* metric for Dial Plan, so the catalogue cannot check the series this rule reads; "Config node unavailable" (dialplan_config_node_status) watches the same connection.',
    },
  },
  {
    file: voice('ors.yaml'),
    services: ['voice-ors'],
    counterparts: {
      ...camelService('ors_node', { failed: 'Pod status Failed', unknown: 'Pod in Unknown state', pending: 'Pod in Pending state', notReady: 'Pod Not ready for 10 minutes', restart: 'Container restored repeatedly' }, 85),
    },
    excluded: {
      ...COMMON_EXCLUDED,
      ...RQ_CLIENT_RULES,
    },
  },
  {
    file: voice('registrar.yaml'),
    services: ['voice-registrar'],
    counterparts: {
      kafka_unavailable: 'Kafka not available',
      ...KAFKA_CONSUMER,
      ...camelService('registrar_node', { failed: 'Pod Failed', unknown: 'Pod Unknown state', pending: 'Pod Pending state', notReady: 'Pod Not ready for 10 minutes', restart: 'Container restarted repeatedly' }),
    },
    excluded: {
      ...COMMON_EXCLUDED,
      aggregated_service_health_failed: 'It reads registrar_health_level, which 000 §6.2 lists, but the guide\'s Registrar table (000 §6.3) has no health alert and the Registrar\'s Kafka and Redis alerts already name the dependency that fails.',
      config_node_fail: '000 §6.2 lists no http_client_* metric for the Registrar, so the catalogue cannot check the series this rule reads.',
    },
  },
  {
    file: voice('rq.yaml'),
    services: ['voice-rq'],
    counterparts: {
      rq_node_number_of_streams_too_high: 'Number of Redis streams is too high',
      rq_node_redis_down_for_5min: 'Redis disconnected for 5 minutes',
      rq_node_redis_down_for_10min: 'Redis disconnected for 10 minutes',
      ...nodeResources('rq_node'),
      ...podRules({ failed: 'Pod failed', unknown: 'Pod Unknown state', pending: 'Pod Pending state', notReady: 'Pod not ready for 10 minutes', restart: 'Container restored repeatedly' }, 'camel'),
    },
    excluded: COMMON_EXCLUDED,
  },
  {
    file: voice('sip.yaml'),
    services: ['voice-sip'],
    counterparts: {
      kafka_queue_increase: 'Too many Kafka pending events',
      kafka_unavailable: 'Kafka not available',
      sip_pod_status_error: 'Pod Status Error',
      sip_pod_status_notready: 'Pod Status NotReady',
      sip_container_restarted_repeatedly: 'Container Restarted Repeatedly',
      sip_ready_pods_below_60: 'Ready Pods below 60%',
      sip_pods_scaled_up_greater_than_80: 'Pods scaled up greater than 80%',
      sip_pods_less_than_min_replicas: 'Pods less than Min Replicas',
      sip_cpu_greater_65: 'Pod CPU greater than 65%',
      sip_cpu_greater_80: 'Pod CPU greater than 80%',
      sip_memory_greater_65: 'Pod memory greater than 65%',
      sip_memory_greater_80: 'Pod memory greater than 80%',
      sip_redis_unavailable: 'Redis not available',
      sip_kafka_producer_errors: 'Too many Kafka producer errors',
      sips_cpu_usage_main_warning: 'SIP Server main thread consuming more than 65% CPU for 5 mins',
      sips_dp_overloaded: 'Dial Plan node is overloaded',
      sips_dp_queue_increase: 'Dial Plan Queue Increase',
      sips_dp_node_down: 'Dial Plan Node Down',
      sips_trunk_oos: 'SIP trunk is out of service',
      sips_msml_oos: 'Media service is out of service',
      sips_softswitch_oos: 'SIP softswitch is out of service',
      voice_sipproxy_oos: 'SIP Proxy is out of service',
      service_state_fail: 'SIP Node HealthCheck Fail',
    },
    excluded: {
      ...COMMON_EXCLUDED,
      sips_dp_rq_failure_by_timeout: 'The guide\'s "Dialplan Node problem" (000 §6.3) alerts on the same Dial Plan timeouts and errors; the vendor\'s share of sips_dp_req_rate reads gauges (000 §6.2 types sips_dp_* as gauges) through rate().',
      sips_dp_rq_failure_by_500: 'The guide\'s "Dialplan Node problem" (000 §6.3) alerts on the same Dial Plan 5xx errors; the vendor\'s share of sips_dp_req_rate reads gauges (000 §6.2 types sips_dp_* as gauges) through rate().',
      ...RQ_CLIENT_RULES,
    },
  },
  {
    file: voice('sipfe.yaml'),
    services: ['voice-sipfe'],
    counterparts: {
      kafka_producer_queue_increase: 'Too many Kafka pending producer events',
      sipfe_requests_without_response: 'Too many received requests without a response',
      sipfe_sip_cluster_response_latency: 'SIP Cluster Service response latency is too high',
      sipfe_failure_responses_sent: 'Too many failure responses sent',
      sipfe_kafka_producer_errors: 'Too many Kafka producer errors',
      sipfe_sip_cluster_errors: 'Too many SIP Cluster Service error responses',
      sipfe_kafka_unavailable: 'Kafka not available',
      sipfe_sip_nodes_unavailable: 'SIP Node(s) is not available',
      sipfe_pod_status_failed: 'Pod status Failed',
      sipfe_pod_status_unknown: 'Pod status Unknown',
      sipfe_pod_status_pending: 'Pod status Pending',
      sipfe_pod_status_notready: 'Pod status NotReady',
      sipfe_container_restarted_repeatedly: 'Container restarted repeatedly',
      sipfe_max_replicas_is_not_sufficient: 'Max replicas is not sufficient for 5 mins',
      sipfe_pods_scaled_up_80: 'Pods scaled up greater than 80%',
      sipfe_pods_less_than_min_replicas: 'Pods less than Min Replicas',
      sipfe_cpu_greater_65: 'Pod CPU greater than 65%',
      sipfe_cpu_greater_80: 'Pod CPU greater than 80%',
      sipfe_memory_greater_65: 'Pod memory greater than 65%',
      sipfe_memory_greater_80: 'Pod memory greater than 80%',
    },
    excluded: COMMON_EXCLUDED,
  },
  {
    file: voice('sipproxy.yaml'),
    services: ['voice-sipproxy'],
    counterparts: {
      kafka_too_many_pending_events: 'Too many Kafka pending events',
      sip_server_response_time_too_high: 'SIP server response time too high',
      no_sip_nodes_available: 'No sip-nodes available for 2 minutes',
      sip_node_capacity_limit_reached: 'sip-node capacity limit reached',
      config_node_fail: 'Config node fail',
      ...podRules({ failed: 'Pod status failed', unknown: 'Pod status Unknown', pending: 'Pod status Pending', notReady: 'Pod status NotReady', restart: 'Container restarted repeatedly' }, 'snake'),
      ...SNAKE_RESOURCES,
    },
    excluded: {
      ...COMMON_EXCLUDED,
      non_sip_node_target_response_time_too_high: 'The guide\'s SIP Proxy table (000 §6.3) watches the SIP nodes only; latency of other targets (SBC, GVP, WebRTC) is theirs to alert on, and a slow target shows on the SIP Proxy dashboard (sipproxy_response_latency).',
    },
  },
  {
    file: voice('voicemail.yaml'),
    services: ['voice-voicemail'],
    counterparts: {
      storage_account_is_not_accessible: 'voicemail_storage_failed_account',
      voicemail_node_memory_usage_80: 'voicemail_node_memory_usage_80',
      voicemail_node_cpu_usage_80: 'voicemail_node_cpu_usage_80',
      PodStatusNotReadyfor10mins: 'PodStatusNotReadyforCritical',
      ContainerRestartedRepeatedly: 'ContainerRestartedRepeatedly',
      VoicemailConfigNodeFailure: 'VoicemailConfigRequestFailure',
      VoicemailRedisConnectionFailure: 'VoicemailRedisConnectionFailure',
    },
    excluded: {
      log_messages_rate_exceeds_limit: LOG_RATE,
      storage_account_is_down: DUPLICATE('storage_account_is_not_accessible'),
      VoicemailConfigNodeDown: DUPLICATE('VoicemailConfigNodeFailure'),
      VoicemailRedisConnectionDown: DUPLICATE('VoicemailRedisConnectionFailure'),
      voicemail_node_memory_usage: RESOURCE_65,
      voicemail_node_cpu_usage: RESOURCE_65,
      PodStatusFailed: POD_COVERED,
      PodStatusUnknown: POD_COVERED,
      PodStatusPending: POD_COVERED,
    },
  },
  {
    file: `${GES_VENDOR}/alerts/ges-prometheusrule.yaml`,
    services: ['ges'],
    counterparts: Object.fromEntries([
      'GES_UP', 'GES_CPU_USAGE', 'GES_MEMORY_USAGE', 'GES-NODE-JS-DELAY-WARNING', 'GES_NOT_READY_CRITICAL', 'GES_NOT_READY_WARNING', 'GES_PODS_RESTART',
      'GES_HEALTH', 'GES_ORS_REDIS_DOWN', 'GES_GWS_AUTH_DOWN', 'GES_GWS_ENVIRONMENT_DOWN', 'GES_GWS_CONFIG_DOWN', 'GES_GWS_SERVER_ERROR',
      'GES_HTTP_400_POD', 'GES_HTTP_404_POD', 'GES_HTTP_401_POD', 'GES_SLOW_HTTP_RESPONSE_TIME', 'GES_RBAC_CREATE_VQ_PROXY_ERROR',
      'GES_LOGGING_FAILURE', 'GES_UNCAUGHT_EXCEPTION', 'GES_INVALID_CONTENT_LENGTH', 'GES_DNS_FAILURE', 'GES_CB_TTL_LIMIT_REACHED',
      'GES_CB_ENQUEUE_LIMIT_REACHED', 'GES_CB_SUBMIT_FAILED', 'GES_GWS_INCORRECT_CLIENT_CREDENTIALS', 'GES_NEXUS_ACCESS_FAILURE',
    ].map((n) => [n, n]).concat([['GES_HTTP_500', 'GES_HTTP_500_POD']])),
    excluded: {},
  },
  {
    file: CXC_SERVICES_VENDOR,
    services: ['cxc-api-aggregator', 'cxc-campaign-manager', 'cxc-compliance-manager', 'cxc-dial-manager', 'cxc-job-scheduler', 'cxc-list-builder', 'cxc-list-manager'],
    counterparts: {
      'CXC-CPUUsage': 'CXC-CPUUsage',
      'CXC-MemoryUsage': 'CXC-MemoryUsage',
      'CXC-PodRestartsCount': 'CXC-PodRestartsCount',
      'CXC-MemoryUsagePD': 'CXC-MemoryUsagePD',
      'CXC-PodRestartsCountPD': 'CXC-PodRestartsCountPD',
      'CXC-PodsNotReadyPD': 'CXC-PodsNotReadyPD',
      'CXC-JS-LatencyHigh': 'CXC-JS-LatencyHigh',
      'CXC-LM-LatencyHigh': 'CXC-LM-LatencyHigh',
      'CXC-LB-LatencyHigh': 'CXC-LB-LatencyHigh',
      'CXC-DM-LatencyHigh': 'CXC-DM-LatencyHigh',
      'CXC-Compliance-LatencyHigh': 'CXC-Compliance-LatencyHigh',
      'CXC-API-LatencyHigh': 'CXC-API-LatencyHigh',
      'CXC-Redis-Connection-Failed': 'CXC-API-Redis-Connection-Failed',
      'CXC-EXT-Ingress-Error-Rate': 'CXC-EXT-Ingress-Error-Rate',
    },
    excluded: {
      'CXC-INT-Ingress-Error-Rate': 'It reads the NGINX ingress controller\'s series of the internal ingress, no CX Contact metric (002 §6.2); the guide defines the external ingress alert only (002 §6.3), which the API Aggregator\'s own request counter answers.',
    },
  },
  {
    file: `${IXN_VENDOR}/alerts/ixn-prometheusrule.yaml`,
    services: ['ixn'],
    counterparts: {},
    excluded: {
      'ixn Health Check Fail': 'It reads recording rules (ixn:maintenance:ixn_health_status, ixn_health_duration_seconds) that the vendor\'s rule file does not define and 004 §6.2-6.3 do not list, so the catalogue has no series to check it against.',
    },
  },
  ...['cs-alert-rules.yaml', 'ocs-alert-rules.yaml'].map((f): VendorRuleFile => ({
    file: `${TENANT_VENDOR}/alerts/${f}`,
    services: [],
    counterparts: {},
    excluded: { '*': TENANT },
  })),
];

/**
 * How long the vendor holds the condition of a rule whose guide row gives no duration (000 §6.3
 * "no duration", 001 §6.4 "no duration given"); taken so that one scrape does not page.
 */
export const VENDOR_DURATIONS: Record<string, string> = {
  [`${voice('sip.yaml')}#sips_dp_overloaded`]: '5m',
  [`${voice('sip.yaml')}#sips_dp_node_down`]: '5m',
  [`${voice('sip.yaml')}#sips_softswitch_oos`]: '5m',
  [`${voice('sip.yaml')}#voice_sipproxy_oos`]: '5m',
  [`${voice('rq.yaml')}#rq_node_number_of_streams_too_high`]: '5m',
  [`${voice('voicemail.yaml')}#storage_account_is_not_accessible`]: '3m',
  [`${GES_VENDOR}/alerts/ges-prometheusrule.yaml#GES_GWS_ENVIRONMENT_DOWN`]: '5m',
  [`${GES_VENDOR}/alerts/ges-prometheusrule.yaml#GES_GWS_CONFIG_DOWN`]: '5m',
};
