import {
  AlertContext,
  POD,
  ResourceBasis,
  STATEFULSET,
  alert,
  configNodeFail,
  cpuPercent,
  deploymentShort,
  hpaBelowMin,
  hpaScaledUp,
  kafkaPending,
  kafkaProducerErrors,
  kafkaUnavailable,
  memoryPercent,
  podDown,
  podNotReady,
  podPhase,
  podPhaseError,
  redisDisconnected,
  resourceAlerts,
  restarts,
  spoken,
  stateDown,
} from './alert-builders';
import { AlertFact, AlertSeverity } from '../monitoring-types';

const { CRITICAL, WARNING } = AlertSeverity;
const CPU_PERIOD = { basis: ResourceBasis.LIMIT, basedOn: ['container_cpu_usage_seconds_total', 'container_spec_cpu_period'] };
const MEMORY_REQUESTS = { basis: ResourceBasis.REQUEST, basedOn: ['container_memory_working_set_bytes', 'kube_pod_container_resource_requests_memory_bytes'] };
/** Failure classes of an HTTP status label. */
const FAILED_STATUS = 'status=~"[45].."';

/** FrontEnd Service alerts (000 §6.3). */
function frontEnd(): AlertFact[] {
  const ctx: AlertContext = { service: 'voice-sipfe', what: 'Front End', source: '000 §6.3' };
  const r = resourceAlerts(ctx, CPU_PERIOD, MEMORY_REQUESTS);
  const hundred = 100;
  const latencySeconds = 0.5;
  return [
    kafkaPending(ctx, 'Too many Kafka pending producer events'),
    alert(ctx, {
      name: 'Too many received requests without a response',
      severity: CRITICAL,
      threshold: hundred,
      expr: `sum by (namespace, pod) (increase(sipfe_requests_total{${POD}}[5m])) - sum by (namespace, pod) (increase(sipfe_responses_total{${POD}}[5m])) > ${hundred}`,
      summary: `Front End pod {{ $labels.pod }} left more than ${hundred} requests unanswered in 5 minutes`,
      description: 'Requests come in faster than the pod answers them. Collect the pod\'s logs for an investigation, then restart the pod.',
      basedOn: ['sipfe_requests_total'],
      reading: 'Requests without a response are the requests received (sipfe_requests_total) less the responses sent (sipfe_responses_total) over 5 minutes, each summed per pod: the responses carry a status label the requests do not (vendor alerts/sipfe.yaml), so series by series they would never match.',
    }),
    alert(ctx, {
      name: 'SIP Cluster Service response latency is too high',
      severity: CRITICAL,
      threshold: latencySeconds,
      expr: `histogram_quantile(0.95, sum by (namespace, pod, sip_node_id, le) (rate(sipfe_sip_node_request_duration_seconds_bucket{${POD}}[5m]))) > ${latencySeconds}`,
      duration: '5m',
      summary: 'SIP node {{ $labels.sip_node_id }} answers Front End pod {{ $labels.pod }} slowly',
      description: 'More than 5% of the requests the pod sent to this SIP node over 5 minutes took longer than half a second. When several pods report it, look at the SIP Cluster; otherwise at this pod\'s network.',
      basedOn: ['sipfe_sip_node_request_duration_seconds_bucket'],
      reading: 'The alert row names sipfe_sip_node_request_duration_seconds_bucket and the metric list sipfe_sip_node_request_duration_us_total (000 §6.2, §6.4); the vendor\'s alerts/sipfe.yaml and its Front End dashboard read the _seconds histogram, the exported one, so 0.5 seconds is 0.5. Held for 5 minutes, as the vendor\'s rule is, so one slow scrape does not page.',
      alsoSource: '000 §6.2; 000 §6.4',
    }),
    alert(ctx, {
      name: 'No requests received',
      severity: CRITICAL,
      threshold: hundred,
      expr: `sum by (namespace, pod) (increase(sipfe_requests_total{${POD}}[5m])) < ${hundred} and on (namespace) (sum by (namespace) (increase(sipfe_requests_total{${POD}}[5m])) / count by (namespace) (count by (namespace, pod) (sipfe_requests_total{${POD}})) >= ${hundred})`,
      duration: '10m',
      summary: `Front End pod {{ $labels.pod }} received fewer than ${hundred} requests in 5 minutes while the other Front End pods are busy`,
      description: 'Intent: find a Front End pod that traffic no longer reaches, not a quiet hour. For 10 minutes the pod has received almost no call-control requests while the Front End pods on average received more. Make sure Orchestration Service, the Tenant Service and the network path to this pod are working.',
      basedOn: ['sipfe_requests_total'],
      reading: 'The guide prints "increase(sipfe_requests_total{{pod.+}}[5m]) 100": the export dropped the "<" (as it dropped every <...> in this guide) and mangled the pod matcher, which is the service\'s pods here. Taken alone it fires in every quiet hour, so it fires only while the Front End pods on average receive 100 or more (the traffic exists but misses this pod), held for 10 minutes.',
    }),
    alert(ctx, {
      name: 'Too many failure responses sent',
      severity: CRITICAL,
      threshold: hundred,
      expr: `sum by (namespace, pod) (increase(sipfe_responses_total{${POD},${FAILED_STATUS}}[5m])) > ${hundred}`,
      summary: `Front End pod {{ $labels.pod }} sent more than ${hundred} failure responses in 5 minutes`,
      description: 'The pod answers many requests with errors. Look at its logs and at the services behind it.',
      basedOn: ['sipfe_responses_total'],
      reading: 'The metric list gives sipfe_responses_total only a tenant label; failures are read from a status label with a 4xx or 5xx value, so the alert stays silent rather than counting successes where the label is missing.',
    }),
    kafkaProducerErrors(ctx),
    alert(ctx, {
      name: 'Too many SIP Cluster Service error responses',
      severity: CRITICAL,
      threshold: hundred,
      expr: `sum by (namespace, pod, sip_node_id) (increase(sipfe_sip_node_responses_total{${POD},${FAILED_STATUS}}[5m])) > ${hundred}`,
      summary: `SIP node {{ $labels.sip_node_id }} answered Front End pod {{ $labels.pod }} with more than ${hundred} errors in 5 minutes`,
      description: 'The SIP Cluster keeps rejecting the pod\'s requests. When several pods report it, look at the SIP Cluster; otherwise at this pod.',
      basedOn: ['sipfe_sip_node_responses_total'],
      reading: 'An error response is one whose status label is 4xx or 5xx.',
    }),
    kafkaUnavailable(ctx, ['kafka_producer_state'], ['kafka_producer_state']),
    stateDown(ctx, {
      name: 'SIP Node(s) is not available',
      severity: CRITICAL,
      metrics: ['sipfe_sip_nodes_total'],
      duration: '5m',
      what: 'every SIP node',
      basedOn: ['sipfe_sip_nodes_total'],
      reading: 'sipfe_sip_nodes_total counts the live SIP nodes (000 §6.2); none is below 1.',
    }),
    podPhase(ctx, 'Pod status Failed', WARNING, 'Failed'),
    podPhase(ctx, 'Pod status Unknown', WARNING, 'Unknown', '5m'),
    podPhase(ctx, 'Pod status Pending', WARNING, 'Pending', '5m'),
    podNotReady(ctx, 'Pod status NotReady', CRITICAL, '5m'),
    restarts(ctx, 'Container restarted repeatedly'),
    deploymentShort(ctx),
    hpaScaledUp(ctx, true, ['kube_hpa_status_current_replicas', 'kube_hpa_spec_min_replicas', 'kube_hpa_spec_max_replicas'],
      ' The guide compares a 0-to-1 ratio with 80 (000 §6.4); the ratio is made a percentage.'),
    hpaBelowMin(ctx, ['kube_hpa_status_current_replicas', 'kube_hpa_spec_min_replicas']),
    r.cpu65,
    r.cpu80,
    r.memory65,
    r.memory80,
  ];
}

/** ORS alerts (000 §6.3). */
function orchestration(): AlertFact[] {
  const ctx: AlertContext = { service: 'voice-ors', what: 'ORS', source: '000 §6.3' };
  const r = resourceAlerts(ctx, CPU_PERIOD, MEMORY_REQUESTS);
  const strategies = (name: string, severity: AlertSeverity, count: number) => alert(ctx, {
    name,
    severity,
    threshold: count,
    expr: `orsnode_strategies{${POD}} > ${count}`,
    duration: '5m',
    summary: `ORS pod {{ $labels.pod }} runs more than ${count} strategies`,
    description: 'The pod carries too many active sessions. Check whether the autoscaler has added pods and whether it has reached its maximum, and how many voice, digital and callback interactions are in the system.',
    basedOn: ['orsnode_strategies'],
    reading: 'The guide says "5 consecutive seconds", shorter than the 30-second scrape interval (000 §6.1), so no scrape could tell 5 seconds apart; read as 5 minutes, the duration of the other alerts (000 §6.4).',
    alsoSource: '000 §6.4',
  });
  return [
    strategies('Number of running strategies is too high', WARNING, 400),
    strategies('Number of running strategies is critical', CRITICAL, 600),
    redisDisconnected(ctx, WARNING, 'orsnode_redis_state', '5m'),
    redisDisconnected(ctx, CRITICAL, 'orsnode_redis_state', '10m'),
    podPhase(ctx, 'Pod status Failed', WARNING, 'Failed'),
    podPhase(ctx, 'Pod in Unknown state', WARNING, 'Unknown', '5m'),
    podPhase(ctx, 'Pod in Pending state', WARNING, 'Pending', '5m'),
    podNotReady(ctx, 'Pod Not ready for 10 minutes', CRITICAL, '10m'),
    restarts(ctx, 'Container restored repeatedly'),
    { ...r.memory65, basedOn: ['container_memory_working_set_bytes', 'kube_pod_container_resource_requests'] },
    r.memory80,
    r.cpu65,
    r.cpu80,
  ];
}

/** Voice SIP Cluster Service alerts (000 §6.3). */
function sipCluster(): AlertFact[] {
  const ctx: AlertContext = { service: 'voice-sip', what: 'SIP Cluster', source: '000 §6.3' };
  const counterGauge = 'The sips_* statistics are SIP Server counters exported as gauges, so growth is read with delta().';
  const outOfService = (name: string, metric: string, what: string, duration?: string, extra = '') => alert(ctx, {
    name,
    severity: CRITICAL,
    threshold: 0,
    expr: `${metric}{${POD}} == 0`,
    duration,
    summary: `${what} {{ $labels.device_name }} is out of service on SIP Server {{ $labels.pod }}`,
    description: `SIP Server reports the ${what.toLowerCase()} out of service${duration ? ` for more than ${spoken(duration)}` : ''}. Check the network between SIP Server and it, collect network statistics and escalate to the network team.${extra}`,
    basedOn: [metric],
  });
  return [
    kafkaPending(ctx, 'Too many Kafka pending events'),
    alert(ctx, {
      name: 'Dial Plan node is overloaded',
      severity: CRITICAL,
      threshold: 1000,
      expr: `sips_dp_average_response_latency{${POD}} > 1000`,
      summary: 'Dial Plan answers SIP Server {{ $labels.pod }} slowly',
      description: 'The average Dial Plan response latency is above 1000. Check that the inbound call rate is not too high, and the CPU and memory of the Dial Plan pods.',
      basedOn: ['sips_dp_average_response_latency'],
    }),
    alert(ctx, {
      name: 'Dial Plan Queue Increase',
      severity: CRITICAL,
      threshold: 10,
      expr: `sips_dp_queue_size{${POD}} > 10`,
      duration: '1m',
      summary: 'More than 10 requests wait for Dial Plan on SIP Server {{ $labels.pod }}',
      description: 'Dial Plan requests queue up, because they are large or the connection to the Dial Plan node has trouble. Check the Dial Plan pods and the network to them.',
      basedOn: ['sips_dp_queue_size'],
    }),
    alert(ctx, {
      name: 'SIP Proxy overloaded',
      severity: CRITICAL,
      threshold: 20,
      expr: `rate(sips_sip_response_time_ms_sum{${POD}}[1m]) / rate(sips_sip_response_time_ms_count{${POD}}[1m]) > 20`,
      duration: '1m',
      summary: 'SIP Proxy takes more than 20 milliseconds to answer SIP Server {{ $labels.pod }}',
      description: 'The average SIP response time through SIP Proxy has stayed above 20 milliseconds for a minute. Check the CPU and memory of the SIP Proxy pods, then the network.',
      basedOn: ['sips_sip_response_time_millis_sum', 'sips_sip_response_time_millis_count'],
      reading: 'The guide names sips_sip_response_time_millis_*; the metric list documents the histogram sips_sip_response_time_ms (000 §6.2, §6.4), whose _sum and _count are used.',
      alsoSource: '000 §6.4',
    }),
    alert(ctx, {
      name: 'SIP Node HealthCheck Fail',
      severity: CRITICAL,
      threshold: 2,
      expr: `sipnode_health_level{${POD}} < 2`,
      duration: '5m',
      summary: 'SIP node {{ $labels.pod }} reports its health as failed',
      description: 'The pod\'s aggregated health has failed for 5 minutes. Look for a failed dependency (Redis, Kafka, Consul, Envoy) and restart the pod once it is back.',
      basedOn: ['sipnode_health_level'],
      reading: 'sipnode_health_level is -1 fail, 0 starting, 1 degraded, 2 pass (000 §6.1); a pod still starting or degraded after 5 minutes has failed its health check as well, so anything below pass counts.',
    }),
    kafkaUnavailable(ctx, ['kafka_producer_state'], ['kafka_producer_state']),
    podPhaseError(ctx, 'Pod Status Error', WARNING),
    podNotReady(ctx, 'Pod Status NotReady', WARNING, '5m'),
    restarts(ctx, 'Container Restarted Repeatedly'),
    alert(ctx, {
      name: 'Ready Pods below 60%',
      severity: CRITICAL,
      threshold: 60,
      expr: `100 * kube_statefulset_status_replicas_ready{${STATEFULSET}} / kube_statefulset_status_replicas_current{${STATEFULSET}} < 60`,
      duration: '5m',
      summary: 'Fewer than 60% of the pods of StatefulSet {{ $labels.statefulset }} are ready',
      description: 'For 5 minutes most SIP Cluster pods have not been ready. Check whether the nodes have room and whether the pods fail their probes.',
      basedOn: ['kube_statefulset_status_replicas_ready', 'kube_statefulset_status_replicas_current'],
    }),
    hpaScaledUp(ctx, false, ['kube_hpa_status_current_replicas', 'kube_hpa_spec_max_replicas']),
    hpaBelowMin(ctx, ['kube_hpa_status_current_replicas', 'kube_hpa_spec_min_replicas']),
    cpuPercent(ctx, 'Pod CPU greater than 80%', CRITICAL, 80, ResourceBasis.LIMIT, ['container_cpu_usage_seconds_total', 'container_spec_cpu_cores'],
      'container_spec_cpu_cores is no cAdvisor or kube-state-metrics series; the 65% alert beside it is measured against the CPU limit (container_spec_cpu_period), and so is this one.'),
    cpuPercent(ctx, 'Pod CPU greater than 65%', WARNING, 65, ResourceBasis.LIMIT, CPU_PERIOD.basedOn),
    memoryPercent(ctx, 'Pod memory greater than 80%', CRITICAL, 80, ResourceBasis.REQUEST, MEMORY_REQUESTS.basedOn),
    memoryPercent(ctx, 'Pod memory greater than 65%', WARNING, 65, ResourceBasis.REQUEST, MEMORY_REQUESTS.basedOn),
    stateDown(ctx, {
      name: 'Redis not available',
      severity: CRITICAL,
      metrics: ['sipnode_redis_state'],
      duration: '5m',
      what: 'Redis',
      basedOn: ['redis_state'],
      reading: 'The guide\'s generic redis_state is sipnode_redis_state (000 §6.4); below 1 is disconnected or failed.',
      alsoSource: '000 §6.4',
    }),
    kafkaProducerErrors(ctx),
    alert(ctx, {
      name: 'SIP Server main thread consuming more than 65% CPU for 5 mins',
      severity: WARNING,
      threshold: 65,
      expr: `sips_cpu_usage_main{${POD}} > 65`,
      duration: '5m',
      summary: 'The main thread of SIP Server {{ $labels.pod }} uses more than 65% CPU',
      description: 'SIP Server\'s main thread has been busy for 5 minutes. Collect its logs and the call rate for an investigation.',
      basedOn: ['sips_cpu_usage_main'],
    }),
    alert(ctx, {
      name: 'Calls activity drop',
      severity: WARNING,
      threshold: 30,
      expr: `-delta(sips_calls{${POD}}[2m]) > 30 and delta(sips_calls_created{${POD}}[2m]) <= 0`,
      summary: 'Active calls on SIP Server {{ $labels.pod }} dropped by more than 30 and no new call arrives',
      description: 'In 2 minutes the active calls fell by more than 30 while no new call was created. If this SIP Server is the primary, switch over and restart the former primary.',
      basedOn: ['sips_calls', 'sips_calls_created'],
      reading: `${counterGauge} "Dropped by more than 30 in 2 minutes" is a fall of sips_calls by more than 30; "no new calls" is no growth of sips_calls_created.`,
    }),
    alert(ctx, {
      name: 'Dial Plan Node Down',
      severity: CRITICAL,
      threshold: 1,
      expr: `sips_dp_active_connections{${POD}} < 1`,
      summary: 'SIP Server {{ $labels.pod }} has no connection to any Dial Plan node',
      description: 'Every connection to the Dial Plan nodes is down, so no call can be routed by dial plan. Check the Dial Plan pods and the network to them.',
      basedOn: ['sips_dp_active_connections'],
    }),
    alert(ctx, {
      name: 'Dialplan Node problem',
      severity: WARNING,
      threshold: 5,
      expr: `delta(sips_dp_timeouts{${POD}}[1m]) > 5 or delta(sips_dp_4xx_errors{${POD}}[1m]) + delta(sips_dp_5xx_errors{${POD}}[1m]) > 5`,
      summary: 'Dial Plan rejects or drops requests from SIP Server {{ $labels.pod }}',
      description: 'Within a minute more than 5 Dial Plan requests timed out or were rejected with an error. Check the Dial Plan pods and their Redis.',
      basedOn: ['sips_dp_timeouts'],
      reading: `${counterGauge} Requests rejected with an error are the 4xx and 5xx errors of 000 §6.2.`,
    }),
    alert(ctx, {
      name: 'Routing timeout counter growth',
      severity: WARNING,
      threshold: 20,
      expr: `delta(sips_routing_timeouts{${POD}}[2m]) > 20`,
      summary: 'Routing timeouts grow on SIP Server {{ $labels.pod }}',
      description: 'More than 20 routing requests timed out in 2 minutes. Check the URS response-time statistics and the routing services.',
      basedOn: ['sips_routing_timeouts'],
      reading: counterGauge,
    }),
    outOfService('SIP trunk is out of service', 'sips_trunk_in_service', 'SIP trunk', '1m'),
    outOfService('Media service is out of service', 'sips_msml_in_service', 'Media service', '1m',
      ' If it stays out of service for 5 minutes, move traffic to another site.'),
    outOfService('SIP softswitch is out of service', 'sips_softswitch_in_service', 'SIP softswitch'),
    alert(ctx, {
      name: 'SIP Proxy is out of service',
      severity: CRITICAL,
      threshold: 0,
      expr: `sips_sipproxy_in_service{${POD}} == 0`,
      summary: 'SIP Server {{ $labels.pod }} sees SIP Proxy out of service',
      description: 'SIP Server cannot reach the SIP Proxy nodes. Check the network between them, collect network statistics and escalate to the network team.',
      basedOn: ['sips_sipproxy_in_service'],
    }),
  ];
}

/** Voice SIP Proxy Service alerts (000 §6.3). */
function sipProxy(): AlertFact[] {
  const ctx: AlertContext = { service: 'voice-sipproxy', what: 'SIP Proxy', source: '000 §6.3' };
  return [
    kafkaPending(ctx, 'Too many Kafka pending events'),
    alert(ctx, {
      name: 'SIP server response time too high',
      severity: WARNING,
      threshold: 1,
      expr: `histogram_quantile(0.95, sum by (namespace, pod, sip_node_id, le) (rate(sipproxy_response_latency_bucket{${POD},request_direction="to"}[5m]))) > 1`,
      summary: 'SIP node {{ $labels.sip_node_id }} answers SIP Proxy {{ $labels.pod }} in more than a second',
      description: 'More than 5% of the SIP messages the proxy forwarded to this SIP node over 5 minutes took longer than a second to answer. When several proxies report it, look at the SIP node; otherwise at this proxy\'s CPU, memory and network.',
      basedOn: ['sipproxy_response_latency_bucket'],
      reading: 'The alert row names sipproxy_response_latency_bucket; the metric list spells the prefix siproxy_ (000 §6.2, §6.4), but the vendor\'s rules and dashboards read sipproxy_, the exported prefix, which is used. Only requests forwarded to a SIP node (request_direction="to", as the vendor\'s rule selects) are SIP-server latency. The list gives no unit; the threshold is the guide\'s 1 second.',
      alsoSource: '000 §6.4',
    }),
    podPhase(ctx, 'Pod status failed', WARNING, 'Failed'),
    podPhase(ctx, 'Pod status Unknown', WARNING, 'Unknown', '5m'),
    podPhase(ctx, 'Pod status Pending', WARNING, 'Pending', '5m'),
    podNotReady(ctx, 'Pod status NotReady', CRITICAL, '5m'),
    restarts(ctx, 'Container restarted repeatedly'),
    stateDown(ctx, {
      name: 'No sip-nodes available for 2 minutes',
      severity: CRITICAL,
      metrics: ['sipproxy_active_sip_nodes_count'],
      duration: '2m',
      what: 'every sip-node',
      basedOn: ['sipproxy_active_sip_nodes_count'],
      reading: 'sipproxy_active_sip_nodes_count counts the active sip-nodes (000 §6.2, which prints the prefix siproxy_; the alert row and the vendor\'s alerts/sipproxy.yaml read sipproxy_); none is below 1.',
    }),
    alert(ctx, {
      name: 'sip-node capacity limit reached',
      severity: WARNING,
      threshold: 0,
      expr: `sipproxy_sip_node_is_capacity_available{${POD}} == 0`,
      duration: '3m',
      summary: 'sip-node {{ $labels.sip_node_id }} has no capacity left, seen from {{ $labels.pod }}',
      description: 'For 3 minutes the sip-node has refused new calls for lack of capacity. If several sip-nodes report it, the SIP Cluster needs more pods.',
      basedOn: ['sipproxy_sip_node_is_capacity_available'],
      reading: 'The metric list prints the prefix siproxy_ (000 §6.2); the alert row and the vendor\'s alerts/sipproxy.yaml read sipproxy_, the exported prefix.',
    }),
    cpuPercent(ctx, 'Pod CPU greater than 80%', CRITICAL, 80, ResourceBasis.LIMIT, CPU_PERIOD.basedOn),
    cpuPercent(ctx, 'Pod CPU greater than 65%', WARNING, 65, ResourceBasis.LIMIT, CPU_PERIOD.basedOn),
    memoryPercent(ctx, 'Pod memory greater than 80%', CRITICAL, 80, ResourceBasis.REQUEST, MEMORY_REQUESTS.basedOn),
    memoryPercent(ctx, 'Pod memory greater than 65%', WARNING, 65, ResourceBasis.REQUEST, MEMORY_REQUESTS.basedOn),
    configNodeFail(ctx),
  ];
}

/** Voicemail alerts (000 §6.3). */
function voicemail(): AlertFact[] {
  const ctx: AlertContext = { service: 'voice-voicemail', what: 'Voicemail', source: '000 §6.3' };
  const perMinute = 6;
  const failures = (name: string, metric: string, what: string, basedOn: string, reading?: string) => alert(ctx, {
    name,
    severity: CRITICAL,
    threshold: perMinute,
    expr: `sum by (namespace, pod) (rate(${metric}{${POD}}[5m])) * 60 >= ${perMinute}`,
    duration: '10m',
    summary: `Voicemail pod {{ $labels.pod }} cannot reach ${what}`,
    description: `At least ${perMinute} requests a minute to ${what} have failed for 10 minutes. Check ${what} and the network to it.`,
    basedOn: [basedOn],
    reading,
    alsoSource: reading ? '000 §6.4' : undefined,
  });
  const status = (name: string, metric: string, what: string, duration: string, reading?: string) => alert(ctx, {
    name,
    severity: CRITICAL,
    threshold: 0,
    expr: `${metric}{${POD}} == 0`,
    duration,
    summary: `${what} is not available to Voicemail pod {{ $labels.pod }}`,
    description: `The pod has reported ${what} down for ${spoken(duration)}. Check ${what} and the pod's connection to it.`,
    basedOn: [metric],
    reading,
  });
  return [
    alert(ctx, {
      name: 'voicemail_storage_failed_account',
      severity: WARNING,
      threshold: 0,
      expr: `voicemail_storage_failed_account{${POD}} > 0`,
      summary: 'The voicemail storage account is down',
      description: 'Voicemail cannot read or write messages in its storage account. Check the account, its credentials and the network to it.',
      basedOn: ['voicemail_storage_failed_account'],
      reading: 'voicemail_storage_failed_account is not in the metric list (000 §6.4), and no listed metric reports the storage account; the alert\'s own metric is kept.',
      alsoSource: '000 §6.4',
    }),
    failures('VoicemailConfigRequestFailure', 'voicemail_config_request_failed_total', 'the config node', 'voicemail_config_request_failed_total'),
    failures('VoicemailRedisConnectionFailure', 'voicemail_redis_request_failed_total', 'the Redis cluster', 'voicemail_redis_connection_failure',
      'The guide names voicemail_redis_connection_failure, which the metric list does not have (000 §6.4); the listed counter of failed Redis requests, voicemail_redis_request_failed_total, matches the "requests failed per minute" threshold and is used.'),
    memoryPercent(ctx, 'voicemail_node_memory_usage_80', CRITICAL, 80, ResourceBasis.REQUEST, MEMORY_REQUESTS.basedOn),
    cpuPercent(ctx, 'voicemail_node_cpu_usage_80', CRITICAL, 80, ResourceBasis.REQUEST, ['container_cpu_usage_seconds_total', 'kube_pod_container_resource_requests_cpu_cores']),
    podDown(ctx, 'PodStatusNotReadyforCritical', CRITICAL, '10m'),
    restarts(ctx, 'ContainerRestartedRepeatedly'),
    status('VoicemailEnvoyHealthFailed', 'voicemail_envoy_proxy_status', 'the Envoy sidecar', '10m'),
    status('VoicemailConfigHealthFailed', 'voicemail_config_node_status', 'the config node', '10m',
      'The guide\'s text says "GWS service", copied from the next alert; the metric is the config node\'s status.'),
    status('VoicemailGWSHealthFailed', 'voicemail_gws_status', 'GWS', '15m'),
  ];
}

/** Alerts of the Voice services on the call path: Front End, ORS, SIP Cluster, SIP Proxy, Voicemail. */
export const VOICE_CALL_ALERTS: AlertFact[] = [...frontEnd(), ...orchestration(), ...sipCluster(), ...sipProxy(), ...voicemail()];
