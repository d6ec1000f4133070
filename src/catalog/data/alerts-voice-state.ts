import {
  AlertContext,
  KAFKA_STATUS_READING,
  POD,
  ResourceBasis,
  alert,
  configNodeFail,
  deploymentShort,
  kafkaConsumerErrors,
  kafkaLatency,
  kafkaPending,
  kafkaUnavailable,
  podNotReady,
  podPhase,
  redisDisconnected,
  resourceAlerts,
  restarts,
  stateDown,
} from './alert-builders';
import { AlertFact, AlertSeverity } from '../monitoring-types';

const { CRITICAL, WARNING } = AlertSeverity;
const CPU_PERIOD = { basis: ResourceBasis.LIMIT, basedOn: ['container_cpu_usage_seconds_total', 'container_spec_cpu_period'] };
const MEMORY_REQUESTS = { basis: ResourceBasis.REQUEST, basedOn: ['container_memory_working_set_bytes', 'kube_pod_container_resource_requests_memory_bytes'] };
const CPU_LIMITS = { basis: ResourceBasis.LIMIT, basedOn: ['container_cpu_usage_seconds_total', 'kube_pod_container_resource_limits'] };
const MEMORY_LIMITS = { basis: ResourceBasis.LIMIT, basedOn: ['container_memory_working_set_bytes', 'kube_pod_container_resource_limits'] };
/** dialplan_redis_state counts 1 as connecting, not connected (000 §6.1). */
const DIALPLAN_REDIS = ' dialplan_redis_state is 0 disconnected, 1 connecting, 2 connected (000 §6.1): still connecting after the duration is down too, so below 2 is down.';

/** Agent State Service alerts (000 §6.3), in the guide's order. */
function agentState(): AlertFact[] {
  const ctx: AlertContext = { service: 'voice-agent', what: 'Agent State', source: '000 §6.3' };
  const r = resourceAlerts(ctx, CPU_PERIOD, MEMORY_REQUESTS);
  return [
    kafkaLatency(ctx, WARNING),
    alert(ctx, {
      name: 'Possible messages lost',
      severity: CRITICAL,
      threshold: 2,
      expr: `sum by (namespace, pod, topic) (rate(kafka_producer_messages_total{${POD}}[5m])) > 2 * sum by (namespace, pod, topic) (rate(kafka_consumer_recv_messages_total{${POD}}[5m]))`,
      summary: 'Agent State pod {{ $labels.pod }} sends more than twice the Kafka messages it receives on topic {{ $labels.topic }}',
      description: 'Over the last 5 minutes the pod {{ $labels.pod }} sent more than two times the messages it received on this topic, so messages may be getting lost. Check Kafka and this service for overload, and the network for degradation.',
      basedOn: ['kafka_consumer_received_messages_total', 'kafka_producer_sent_messages_total'],
      reading: 'The guide names kafka_consumer_received_messages_total and kafka_producer_sent_messages_total; the metric list documents kafka_consumer_rcv_messages_total and kafka_producer_messages_total (000 §6.2, §6.4), and the consumer counter is exported as kafka_consumer_recv_messages_total (the SIP Proxy page\'s spelling, read by the vendor dashboard voice-kafka-metrics.json), which is used.',
      alsoSource: '000 §6.4',
    }),
    kafkaConsumerErrors(ctx, 'failed health checks', WARNING, 10),
    kafkaConsumerErrors(ctx, 'request timeouts', WARNING, 10),
    kafkaConsumerErrors(ctx, 'crashes', CRITICAL, 3),
    podPhase(ctx, 'Pod status Failed', WARNING, 'Failed'),
    podPhase(ctx, 'Pod status Unknown', WARNING, 'Unknown', '5m'),
    podPhase(ctx, 'Pod status Pending', WARNING, 'Pending', '5m'),
    podNotReady(ctx, 'Pod status NotReady', CRITICAL, '5m'),
    restarts(ctx, 'Container restarted repeatedly'),
    deploymentShort(ctx),
    kafkaUnavailable(ctx, ['kafka_producer_state', 'kafka_consumer_state'], ['kafka_producer_status', 'kafka_consumer_status'], KAFKA_STATUS_READING),
    stateDown(ctx, {
      name: 'Redis not available',
      severity: CRITICAL,
      metrics: ['agent_redis_state', 'agent_stream_redis_state'],
      duration: '5m',
      what: 'Redis',
      basedOn: ['agent_redis_state', 'agent_stream_redis_state'],
      reading: 'agent_redis_state is -1 error, 0 disconnected, 1 connected, 2 ready; agent_stream_redis_state is 0 or 1 (000 §6.1): below 1 is not available.',
    }),
    alert(ctx, {
      name: 'Agent service fail',
      severity: CRITICAL,
      threshold: 2,
      expr: `agent_health_level{${POD}} < 2`,
      duration: '5m',
      summary: 'Agent State pod {{ $labels.pod }} has not reported its health as passing for 5 minutes',
      description: 'Intent: catch a pod whose own health check has stopped passing, whatever the stage. Its aggregated health has been degraded, failing or in error for 5 minutes. Look for a failed dependency (Redis, Kafka, config node), then restart the pod.',
      basedOn: ['agent_health_level'],
      reading: 'agent_health_level is -1 error, 0 fail, 1 degraded, 2 pass (000 §6.1); anything below pass, held for 5 minutes, is a failing service (the vendor\'s alerts/agent.yaml service_state_fail fires only at 0 and misses error and degraded).',
    }),
    configNodeFail(ctx),
    r.cpu65,
    r.cpu80,
    r.memory65,
    r.memory80,
    kafkaPending(ctx, 'Too many Kafka pending events'),
  ];
}

/** Call State Service alerts (000 §6.3). */
function callState(): AlertFact[] {
  const ctx: AlertContext = { service: 'voice-callthread', what: 'Call State', source: '000 §6.3' };
  const r = resourceAlerts(ctx, CPU_PERIOD, MEMORY_REQUESTS);
  return [
    kafkaLatency(ctx, CRITICAL),
    kafkaConsumerErrors(ctx, 'failed health checks', WARNING, 10),
    kafkaConsumerErrors(ctx, 'request timeouts', WARNING, 10),
    kafkaConsumerErrors(ctx, 'crashes', CRITICAL, 3),
    podPhase(ctx, 'Pod status Failed', WARNING, 'Failed'),
    podPhase(ctx, 'Pod status Unknown', WARNING, 'Unknown', '5m'),
    podPhase(ctx, 'Pod status Pending', WARNING, 'Pending', '5m'),
    podNotReady(ctx, 'Pod status NotReady', CRITICAL, '5m'),
    restarts(ctx, 'Container restarted repeatedly'),
    deploymentShort(ctx),
    kafkaUnavailable(ctx, ['kafka_producer_state', 'kafka_consumer_state'], ['kafka_producer_status', 'kafka_consumer_status'], KAFKA_STATUS_READING),
    stateDown(ctx, {
      name: 'Redis not available',
      severity: CRITICAL,
      metrics: ['callthread_redis_state'],
      duration: '5m',
      what: 'Redis',
      basedOn: ['callthread_redis_status'],
      reading: 'The guide names callthread_redis_status; the metric list documents callthread_redis_state, -1 error, 0 disconnected, 1 connected, 2 ready (000 §6.1, §6.2, §6.4): below 1 is not available.',
      alsoSource: '000 §6.4',
    }),
    r.cpu65,
    r.cpu80,
    r.memory65,
    r.memory80,
    kafkaPending(ctx, 'Too many Kafka pending events'),
  ];
}

/** Config Service alerts (000 §6.3). */
function config(): AlertFact[] {
  const ctx: AlertContext = { service: 'voice-config', what: 'Config', source: '000 §6.3' };
  const r = resourceAlerts(ctx, CPU_PERIOD, MEMORY_REQUESTS);
  const memory80 = {
    ...r.memory80,
    basedOn: ['container_memory_working_set_bytes', 'kubernetes_requests_memory_bytes'],
    reading: 'The guide names kubernetes_requests_memory_bytes, which no exporter has; it is the memory request of the 65% alert beside it (kube_pod_container_resource_requests, resource="memory").',
  };
  return [
    redisDisconnected(ctx, WARNING, 'config_redis_state', '5m'),
    redisDisconnected(ctx, CRITICAL, 'config_redis_state', '10m'),
    podPhase(ctx, 'Pod Failed', WARNING, 'Failed'),
    podPhase(ctx, 'Pod Unknown state', WARNING, 'Unknown', '5m'),
    podPhase(ctx, 'Pod Pending state', WARNING, 'Pending', '5m'),
    podNotReady(ctx, 'Pod Not ready for 10 minutes', CRITICAL, '10m'),
    restarts(ctx, 'Container restarted repeatedly'),
    r.memory65,
    memory80,
    r.cpu65,
    r.cpu80,
  ];
}

/** Dial Plan Service alerts (000 §6.3). The guide lists no restart alert for Dial Plan. */
function dialPlan(): AlertFact[] {
  const ctx: AlertContext = { service: 'voice-dialplan', what: 'Dial Plan', source: '000 §6.3' };
  const r = resourceAlerts(ctx, CPU_LIMITS, MEMORY_LIMITS);
  const p95 = `histogram_quantile(0.95, sum by (namespace, pod, le) (rate(dialplan_response_time_bucket{${POD}}[5m])))`;
  const processing = (name: string, severity: AlertSeverity, milliseconds: number, extra = '') => alert(ctx, {
    name,
    severity,
    threshold: milliseconds,
    expr: `${p95} > ${milliseconds}`,
    duration: '5m',
    summary: `Dial Plan pod {{ $labels.pod }} takes more than ${milliseconds / 1000} seconds for 5% of its requests`,
    description: 'The 95th percentile of dial-plan processing time has been too high for 5 minutes. When every Dial Plan pod reports it, Redis or the network is the likely cause; when only one does, look at that pod\'s CPU and memory.',
    basedOn: ['dialplan_response_time'],
    reading: `dialplan_response_time is in milliseconds (000 §6.2), so the guide's ${milliseconds / 1000} seconds is ${milliseconds}.${extra}`,
  });
  return [
    processing('DialPlan processing time > 0.5 seconds', WARNING, 500),
    processing('DialPlan processing time > 2 seconds', CRITICAL, 2000, ' The severity is the table\'s Critical; the threshold text calls it a warning alarm.'),
    alert(ctx, {
      name: 'Aggregated service health failing for 5 minutes',
      severity: CRITICAL,
      threshold: 2,
      expr: `dialplan_health_level{${POD}} < 2`,
      duration: '5m',
      summary: 'Dial Plan pod {{ $labels.pod }} has lost a service it depends on',
      description: 'The aggregated health of the pod (Redis and the Envoy sidecar) has failed for 5 minutes. Check the Dial Plan dashboard for the failing dependency; the liveness probe restarts the container when Envoy is the cause.',
      basedOn: ['dialplan_health_level'],
      reading: 'dialplan_health_level is -1 fail, 0 starting, 1 degraded, 2 pass (000 §6.1); a pod still starting or degraded after 5 minutes is failing too, so anything below pass counts.',
    }),
    redisDisconnected(ctx, WARNING, 'dialplan_redis_state', '5m', DIALPLAN_REDIS, 2),
    redisDisconnected(ctx, CRITICAL, 'dialplan_redis_state', '10m', DIALPLAN_REDIS, 2),
    podPhase(ctx, 'Pod Failed', WARNING, 'Failed'),
    podPhase(ctx, 'Pod Unknown state', WARNING, 'Unknown', '5m'),
    podPhase(ctx, 'Pod Pending state', WARNING, 'Pending', '5m'),
    podNotReady(ctx, 'Pod Not ready for 10 minutes', CRITICAL, '10m'),
    r.memory65,
    r.memory80,
    r.cpu65,
    r.cpu80,
  ];
}

/** Voice Registrar Service alerts (000 §6.3). */
function registrar(): AlertFact[] {
  const ctx: AlertContext = { service: 'voice-registrar', what: 'Registrar', source: '000 §6.3' };
  const r = resourceAlerts(ctx, CPU_LIMITS, MEMORY_LIMITS);
  const noRedisMetric = ' The Registrar metric list has no Redis gauge; the vendor\'s alerts/registrar.yaml reads registrar_redis_state, the prefix every other Voice service gives its Redis state.';
  return [
    kafkaLatency(ctx, WARNING),
    kafkaConsumerErrors(ctx, 'failed health checks', WARNING, 10),
    kafkaConsumerErrors(ctx, 'request timeouts', WARNING, 10),
    kafkaConsumerErrors(ctx, 'crashes', CRITICAL, 3),
    kafkaUnavailable(ctx, ['kafka_producer_state', 'kafka_consumer_state'], ['kafka_producer_state', 'kafka_consumer_state']),
    redisDisconnected(ctx, WARNING, 'registrar_redis_state', '5m', noRedisMetric),
    redisDisconnected(ctx, CRITICAL, 'registrar_redis_state', '10m', noRedisMetric),
    podPhase(ctx, 'Pod Failed', WARNING, 'Failed'),
    podPhase(ctx, 'Pod Unknown state', WARNING, 'Unknown', '5m'),
    podPhase(ctx, 'Pod Pending state', WARNING, 'Pending', '5m'),
    podNotReady(ctx, 'Pod Not ready for 10 minutes', CRITICAL, '10m'),
    restarts(ctx, 'Container restarted repeatedly'),
    r.cpu65,
    r.memory65,
    r.memory80,
    r.cpu80,
  ];
}

/** Voice RQ Service alerts (000 §6.3). */
function redisQueue(): AlertFact[] {
  const ctx: AlertContext = { service: 'voice-rq', what: 'RQ', source: '000 §6.3' };
  const r = resourceAlerts(ctx, CPU_PERIOD, MEMORY_REQUESTS);
  const streams = 10000;
  return [
    alert(ctx, {
      name: 'Number of Redis streams is too high',
      severity: WARNING,
      threshold: streams,
      expr: `rqnode_streams{${POD}} > ${streams}`,
      summary: `RQ pod {{ $labels.pod }} serves more than ${streams} active Redis streams`,
      description: 'The pod carries too many active sessions. Check whether traffic has grown beyond what the RQ pods were sized for.',
      basedOn: ['rqnode_streams'],
    }),
    redisDisconnected(ctx, WARNING, 'rqnode_redis_state', '5m'),
    redisDisconnected(ctx, CRITICAL, 'rqnode_redis_state', '10m'),
    podPhase(ctx, 'Pod failed', WARNING, 'Failed'),
    podPhase(ctx, 'Pod Unknown state', WARNING, 'Unknown', '5m'),
    podPhase(ctx, 'Pod Pending state', WARNING, 'Pending', '5m'),
    podNotReady(ctx, 'Pod not ready for 10 minutes', CRITICAL, '10m'),
    restarts(ctx, 'Container restored repeatedly'),
    r.memory65,
    r.memory80,
    r.cpu65,
    r.cpu80,
  ];
}

/** Alerts of the Voice services that keep state: Agent State, Call State, Config, Dial Plan, Registrar, RQ. */
export const VOICE_STATE_ALERTS: AlertFact[] = [...agentState(), ...callState(), ...config(), ...dialPlan(), ...registrar(), ...redisQueue()];
