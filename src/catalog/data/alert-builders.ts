import { AlertFact, AlertSeverity } from '../monitoring-types';

/** Placeholder for the label matchers of one instance's pods (see AlertFact). */
export const POD = '__POD__';
/** Placeholder for a Deployment's namespace and name, as kube-state-metrics labels them. */
export const DEPLOYMENT = '__DEPLOYMENT__';
/** Placeholder for a StatefulSet's namespace and name, as kube-state-metrics labels them. */
export const STATEFULSET = '__STATEFULSET__';
/** Placeholder for a HorizontalPodAutoscaler's namespace and name, as kube-state-metrics labels them. */
export const HPA = '__HPA__';

/** The containers cAdvisor reports, less the pod's sandbox and the pod-level totals. */
const CONTAINERS = `${POD},container!="",container!="POD"`;
const BY_CONTAINER = 'sum by (namespace, pod, container)';

/** The service an alert list is for. */
export interface AlertContext {
  /** Catalogue service id. */
  readonly service: string;
  /** The service as the alert texts call it, e.g. "Agent State". */
  readonly what: string;
  /** Guide and section of the service's alert table. */
  readonly source: string;
}

/** What an alert adds to its context. */
export interface AlertSpec {
  readonly name: string;
  readonly severity: AlertSeverity;
  readonly threshold: number;
  readonly expr: string;
  readonly duration?: string;
  readonly summary: string;
  readonly description: string;
  readonly basedOn: string[];
  readonly reading?: string;
  /** Extra sections beside the context's (for example `000 §6.4` for a reading). */
  readonly alsoSource?: string;
}

/** One alert of a service. */
export function alert(ctx: AlertContext, spec: AlertSpec): AlertFact {
  return {
    service: ctx.service,
    name: spec.name,
    severity: spec.severity,
    expr: spec.expr,
    threshold: spec.threshold,
    duration: spec.duration,
    summary: spec.summary,
    description: spec.description,
    basedOn: spec.basedOn,
    reading: spec.reading,
    source: spec.alsoSource ? `${ctx.source}; ${spec.alsoSource}` : ctx.source,
  };
}

/** A Prometheus duration spelled for people: `5m` → "5 minutes". */
export function spoken(duration: string): string {
  const match = /^([0-9]+)([smh])$/.exec(duration);
  if (!match) throw new Error(`spoken: unsupported duration "${duration}"`);
  const unit = { s: 'second', m: 'minute', h: 'hour' }[match[2] as 's' | 'm' | 'h'];
  return `${match[1]} ${unit}${match[1] === '1' ? '' : 's'}`;
}

/** The pod phases kube-state-metrics reports that the guides alert on. */
export type PodPhase = 'Failed' | 'Unknown' | 'Pending';

const PHASE_TEXT: Record<PodPhase, string> = {
  Failed: 'one of its containers ended with an error and will not be restarted. Delete the pod so that its controller creates a new one, and read the logs of the failed container if the new pod fails as well',
  Unknown: 'the kubelet has stopped reporting the pod, which usually means that its node is unreachable. Check the node; if the node is healthy, delete the pod so that it is replaced',
  Pending: 'no node has taken the pod, or its volumes or image are not ready. The pod\'s events name the cause (lack of CPU or memory, an unbound volume, an image pull error); delete the pod once the cause is fixed',
};

/** A pod stuck in one phase (`kube_pod_status_phase`). */
export function podPhase(ctx: AlertContext, name: string, severity: AlertSeverity, phase: PodPhase, duration?: string): AlertFact {
  const held = duration ? ` for ${spoken(duration)}` : '';
  return alert(ctx, {
    name,
    severity,
    threshold: 0,
    expr: `sum by (namespace, pod) (kube_pod_status_phase{${POD},phase="${phase}"}) > 0`,
    duration,
    summary: `${ctx.what} pod {{ $labels.pod }} is in phase ${phase}${held}`,
    description: `Kubernetes reports the pod in phase ${phase}: ${PHASE_TEXT[phase]}.`,
    basedOn: ['kube_pod_status_phase'],
  });
}

/** A pod in any of the phases Failed, Unknown and Pending (SIP Cluster's "Pod Status Error"). */
export function podPhaseError(ctx: AlertContext, name: string, severity: AlertSeverity): AlertFact {
  return alert(ctx, {
    name,
    severity,
    threshold: 0,
    expr: `sum by (namespace, pod, phase) (kube_pod_status_phase{${POD},phase=~"Failed|Unknown|Pending"}) > 0`,
    summary: `${ctx.what} pod {{ $labels.pod }} is in phase {{ $labels.phase }}`,
    description: 'The pod has failed, lost contact with its node, or is waiting to be scheduled. Restart it and watch whether the new pod reaches Running; its events name the cause when it does not.',
    basedOn: ['kube_pod_status_phase'],
  });
}

/** A pod whose Ready condition is not true (`kube_pod_status_ready`). */
export function podNotReady(ctx: AlertContext, name: string, severity: AlertSeverity, duration: string): AlertFact {
  return alert(ctx, {
    name,
    severity,
    threshold: 0,
    expr: `sum by (namespace, pod) (kube_pod_status_ready{${POD},condition!="true"}) > 0`,
    duration,
    summary: `${ctx.what} pod {{ $labels.pod }} has not been ready for ${spoken(duration)}`,
    description: 'The readiness probe keeps failing, so the pod takes no traffic. Check that the node gives the container the CPU it asks for and that the service port answers; restart the pod if it does not recover.',
    basedOn: ['kube_pod_status_ready'],
  });
}

/** A pod counted as down by the ready condition (Voicemail's wording). */
export function podDown(ctx: AlertContext, name: string, severity: AlertSeverity, duration: string): AlertFact {
  return { ...podNotReady(ctx, name, severity, duration), summary: `${ctx.what} pod {{ $labels.pod }} has been down for more than ${spoken(duration)}` };
}

/** Container restarts within a window (`kube_pod_container_status_restarts_total`). */
export function restarts(ctx: AlertContext, name: string, count = 5, window = '15m'): AlertFact {
  return alert(ctx, {
    name,
    severity: AlertSeverity.CRITICAL,
    threshold: count,
    expr: `increase(kube_pod_container_status_restarts_total{${POD}}[${window}]) >= ${count}`,
    summary: `Container {{ $labels.container }} of pod {{ $labels.pod }} restarted ${count} times or more in ${spoken(window)}`,
    description: 'The container keeps crashing. Find out whether a new image version was just rolled out and whether the cluster has trouble of its own; the log of the previous container instance usually names the cause.',
    basedOn: ['kube_pod_container_status_restarts_total'],
  });
}

/** What a container's usage is compared with. */
export enum ResourceBasis {
  /** Its requests (`kube_pod_container_resource_requests`). */
  REQUEST = 'request',
  /** Its limits (`kube_pod_container_resource_limits`). */
  LIMIT = 'limit',
}

const KSM_RESOURCE: Record<ResourceBasis, string> = {
  [ResourceBasis.REQUEST]: 'kube_pod_container_resource_requests',
  [ResourceBasis.LIMIT]: 'kube_pod_container_resource_limits',
};

/** Why a guide's "Based on" metrics come out as the kube-state-metrics v2 series used here. */
const KSM_READING =
  'kube-state-metrics 2 replaced kube_pod_container_resource_requests_memory_bytes, _requests_cpu_cores and the like with ' +
  'kube_pod_container_resource_requests and _limits labelled by resource; those are used.';
const CPU_PERIOD_READING =
  'container_spec_cpu_period is the CFS period that, with container_spec_cpu_quota, makes up the CPU limit, so CPU is measured ' +
  'against the container\'s limit (kube_pod_container_resource_limits, resource="cpu").';

/** CPU use of each container as a percentage of its request or limit. */
export function cpuPercent(
  ctx: AlertContext,
  name: string,
  severity: AlertSeverity,
  percent: number,
  basis: ResourceBasis,
  basedOn: string[],
  reading?: string,
): AlertFact {
  const duration = '5m';
  const usage = `${BY_CONTAINER} (rate(container_cpu_usage_seconds_total{${CONTAINERS}}[${duration}]))`;
  const capacity = `${BY_CONTAINER} (${KSM_RESOURCE[basis]}{${POD},resource="cpu"})`;
  return alert(ctx, {
    name,
    severity,
    threshold: percent,
    expr: `100 * ${usage} / ${capacity} > ${percent}`,
    duration,
    summary: `Container {{ $labels.container }} of ${ctx.what} pod {{ $labels.pod }} uses more than ${percent}% of its CPU ${basis}`,
    description: `CPU use has stayed above ${percent}% of the container's CPU ${basis} for ${spoken(duration)}. Check whether the autoscaler has added pods or reached its maximum, and whether the traffic is expected; if it is, give the service more replicas or a larger ${basis}.`,
    basedOn,
    reading: reading ?? (basedOn.includes('container_spec_cpu_period') ? CPU_PERIOD_READING : KSM_READING),
  });
}

/** Memory working set of each container as a percentage of its request or limit. */
export function memoryPercent(
  ctx: AlertContext,
  name: string,
  severity: AlertSeverity,
  percent: number,
  basis: ResourceBasis,
  basedOn: string[],
  reading?: string,
): AlertFact {
  const duration = '5m';
  const usage = `${BY_CONTAINER} (container_memory_working_set_bytes{${CONTAINERS}})`;
  const capacity = `${BY_CONTAINER} (${KSM_RESOURCE[basis]}{${POD},resource="memory"})`;
  return alert(ctx, {
    name,
    severity,
    threshold: percent,
    expr: `100 * ${usage} / ${capacity} > ${percent}`,
    duration,
    summary: `Container {{ $labels.container }} of ${ctx.what} pod {{ $labels.pod }} uses more than ${percent}% of its memory ${basis}`,
    description: `The working set has stayed above ${percent}% of the container's memory ${basis} for ${spoken(duration)}. Check whether the autoscaler has added pods or reached its maximum and whether the load is expected; a working set that only grows points to a leak, which a restart relieves until a fix is deployed.`,
    basedOn,
    reading: reading ?? KSM_READING,
  });
}

/** The Voice guide's CPU and memory alerts against the chart's basis: four alerts, 65% and 80%. */
export function resourceAlerts(
  ctx: AlertContext,
  cpu: { readonly basis: ResourceBasis; readonly basedOn: string[] },
  memory: { readonly basis: ResourceBasis; readonly basedOn: string[] },
): Record<'cpu65' | 'cpu80' | 'memory65' | 'memory80', AlertFact> {
  return {
    cpu65: cpuPercent(ctx, 'Pod CPU greater than 65%', AlertSeverity.WARNING, 65, cpu.basis, cpu.basedOn),
    cpu80: cpuPercent(ctx, 'Pod CPU greater than 80%', AlertSeverity.CRITICAL, 80, cpu.basis, cpu.basedOn),
    memory65: memoryPercent(ctx, 'Pod memory greater than 65%', AlertSeverity.WARNING, 65, memory.basis, memory.basedOn),
    memory80: memoryPercent(ctx, 'Pod memory greater than 80%', AlertSeverity.CRITICAL, 80, memory.basis, memory.basedOn),
  };
}

/** A state gauge below 1 (disconnected, error or failed in every encoding of 000 §6.1) for a while. */
export function stateDown(ctx: AlertContext, spec: {
  readonly name: string;
  /** The lowest healthy value; below it is down. @default 1 */
  readonly up?: number;
  readonly severity: AlertSeverity;
  readonly metrics: string[];
  readonly duration: string;
  readonly what: string;
  readonly basedOn: string[];
  readonly reading?: string;
  readonly alsoSource?: string;
}): AlertFact {
  return alert(ctx, {
    name: spec.name,
    severity: spec.severity,
    threshold: spec.up ?? 1,
    expr: spec.metrics.map((m) => `${m}{${POD}} < ${spec.up ?? 1}`).join(' or '),
    duration: spec.duration,
    summary: `${spec.what} is unavailable to ${ctx.what} pod {{ $labels.pod }} for ${spoken(spec.duration)}`,
    description: `The pod has reported ${spec.what} as disconnected or failing for ${spoken(spec.duration)}. If other services report the same, look at ${spec.what} itself and restart it if needed; if only this pod does, look at the pod and its network path.`,
    basedOn: spec.basedOn,
    reading: spec.reading,
    alsoSource: spec.alsoSource,
  });
}

/** The Voice guide's generic `redis_state` read as the service's own prefixed gauge (000 §6.4). */
export function redisDisconnected(ctx: AlertContext, severity: AlertSeverity, metric: string, duration: string, extraReading = '', up = 1): AlertFact {
  return stateDown(ctx, {
    name: `Redis disconnected for ${spoken(duration)}`,
    severity,
    up,
    metrics: [metric],
    duration,
    what: 'Redis',
    basedOn: ['redis_state'],
    reading: `The guide's generic redis_state is the service's own ${metric} (000 §6.4); every Redis state encoding of 000 §6.1 has 0 for disconnected and -1 for an error, so below ${up === 1 ? '1' : 'connected'} is down.${extraReading}`,
    alsoSource: '000 §6.4',
  });
}

/** Kafka consumer latency: more than 5% of messages slower than 0.5 s, i.e. the 95th percentile above 0.5 s. */
export function kafkaLatency(ctx: AlertContext, severity: AlertSeverity): AlertFact {
  const seconds = 0.5;
  return alert(ctx, {
    name: 'Kafka events latency is too high',
    severity,
    threshold: seconds,
    expr: `histogram_quantile(0.95, sum by (namespace, pod, topic, le) (rate(kafka_consumer_latency_bucket{${POD}}[5m]))) > ${seconds}`,
    summary: `Kafka messages on topic {{ $labels.topic }} reach ${ctx.what} pod {{ $labels.pod }} late`,
    description: `Over the last 5 minutes more than 5% of the messages consumed from topic {{ $labels.topic }} took longer than ${seconds} seconds from producer to consumer. When several topics are late, Kafka itself is short of CPU, memory or network; when only this topic is, look at the services that produce to it.`,
    basedOn: ['kafka_consumer_latency_bucket'],
    reading: '"More than 5% of messages above 0.5 seconds" is the 95th percentile of the latency histogram above 0.5 seconds.',
  });
}

/** What kafka_consumer_error_total is counted for. */
export type ConsumerErrorKind = 'failed health checks' | 'request timeouts' | 'crashes';

/** The `error` label value of each kind (vendor: voice/.../alerts/agent.yaml, kafka_consumer_health_checks, _timeouts, _crashes). */
const CONSUMER_ERROR_LABEL: Record<ConsumerErrorKind, string> = {
  'failed health checks': 'healthcheck',
  'request timeouts': 'timeout',
  'crashes': 'crash',
};

const CONSUMER_ERRORS: Record<ConsumerErrorKind, string> = {
  'failed health checks': 'Too many Kafka consumer failed health checks',
  'request timeouts': 'Too many Kafka consumer request timeouts',
  'crashes': 'Too many Kafka consumer crashes',
};

/** Kafka consumer errors in 5 minutes above a count. */
export function kafkaConsumerErrors(ctx: AlertContext, kind: ConsumerErrorKind, severity: AlertSeverity, count: number): AlertFact {
  return alert(ctx, {
    name: CONSUMER_ERRORS[kind],
    severity,
    threshold: count,
    expr: `sum by (namespace, pod, topic) (increase(kafka_consumer_error_total{${POD},error="${CONSUMER_ERROR_LABEL[kind]}"}[5m])) > ${count}`,
    summary: `More than ${count} Kafka consumer ${kind} in 5 minutes on topic {{ $labels.topic }} (pod {{ $labels.pod }})`,
    description: 'The Kafka consumer of the pod keeps failing. When several services report it, Kafka is the problem and may need a restart; when only this container does, look at the service.',
    basedOn: ['kafka_consumer_error_total'],
    reading: `000 §6.2 gives kafka_consumer_error_total only topic and kafka_location, but the service labels each error with its kind: the vendor's rules (voice/.../alerts/agent.yaml) filter error="healthcheck", "timeout" and "crash". This rule counts error="${CONSUMER_ERROR_LABEL[kind]}" only, so the three rules are three alerts.`,
  });
}

/** Kafka producer or consumer state below 1 (disconnected) for 5 minutes. */
export function kafkaUnavailable(ctx: AlertContext, metrics: string[], basedOn: string[], reading?: string): AlertFact {
  return stateDown(ctx, {
    name: 'Kafka not available',
    severity: AlertSeverity.CRITICAL,
    metrics,
    duration: '5m',
    what: 'Kafka',
    basedOn,
    reading,
    alsoSource: reading ? '000 §6.4' : undefined,
  });
}

/** The reading of "Kafka not available" where the guide prints `*_status` for the documented `*_state`. */
export const KAFKA_STATUS_READING = 'The guide names kafka_producer_status and kafka_consumer_status; the metric lists document kafka_producer_state and kafka_consumer_state (000 §6.2, §6.4), which are used.';

/** Kafka producer queue above 100 pending events for 5 minutes. */
export function kafkaPending(ctx: AlertContext, name: string): AlertFact {
  const count = 100;
  return alert(ctx, {
    name,
    severity: AlertSeverity.CRITICAL,
    threshold: count,
    expr: `kafka_producer_queue_depth{${POD}} > ${count}`,
    duration: '5m',
    summary: `More than ${count} Kafka events wait to be sent from ${ctx.what} pod {{ $labels.pod }}`,
    description: 'The Kafka producer of the pod cannot keep up: events pile up in its queue. Check Kafka, and the CPU and network of the pod.',
    basedOn: ['kafka_producer_queue_depth'],
    reading: '"More than 100 in 5 minutes" of a queue-depth gauge: more than 100 pending events, held for 5 minutes.',
  });
}

/** Kafka producer errors: more than 100 in 5 minutes. */
export function kafkaProducerErrors(ctx: AlertContext): AlertFact {
  const count = 100;
  return alert(ctx, {
    name: 'Too many Kafka producer errors',
    severity: AlertSeverity.CRITICAL,
    threshold: count,
    expr: `increase(kafka_producer_error_total{${POD}}[5m]) > ${count}`,
    summary: `Kafka answers ${ctx.what} pod {{ $labels.pod }} with errors`,
    description: `The pod's Kafka producer had more than ${count} errors in 5 minutes. Check Kafka and the network between the pod and the brokers.`,
    basedOn: ['kafka_producer_error_total'],
  });
}

/** A Deployment with fewer available replicas than it wants, for 5 minutes. */
export function deploymentShort(ctx: AlertContext): AlertFact {
  return alert(ctx, {
    name: 'Max replicas is not sufficient for 5 mins',
    severity: AlertSeverity.CRITICAL,
    threshold: 0,
    expr: `kube_deployment_spec_replicas{${DEPLOYMENT}} - kube_deployment_status_replicas_available{${DEPLOYMENT}} > 0`,
    duration: '5m',
    summary: 'Deployment {{ $labels.deployment }} has had fewer available replicas than desired for 5 minutes',
    description: 'Kubernetes cannot bring up all the pods the Deployment asks for. Check whether the cluster has room for more pods and whether new pods fail to start.',
    basedOn: ['kube_statefulset_replicas', 'kube_statefulset_status_replicas'],
    reading: 'The guide names kube_statefulset_replicas and kube_statefulset_status_replicas, but this service runs as a Deployment (000 §0), which kube-state-metrics reports as kube_deployment_spec_replicas and kube_deployment_status_replicas_available (000 §6.4).',
    alsoSource: '000 §0; 000 §6.4',
  });
}

const HPA_READING = 'kube-state-metrics 2 renamed the guide\'s kube_hpa_* series to kube_horizontalpodautoscaler_*; those are used.';

/** Replicas above 80% of the autoscaler's range (`fromMin`) or of its maximum, for 5 minutes. */
export function hpaScaledUp(ctx: AlertContext, fromMin: boolean, basedOn: string[], extraReading = ''): AlertFact {
  const percent = 80;
  const k = (series: string) => `kube_horizontalpodautoscaler_${series}{${HPA}}`;
  const expr = fromMin
    ? `100 * (${k('status_current_replicas')} - ${k('spec_min_replicas')}) / (${k('spec_max_replicas')} - ${k('spec_min_replicas')}) > ${percent}`
    : `100 * ${k('status_current_replicas')} / ${k('spec_max_replicas')} > ${percent}`;
  return alert(ctx, {
    name: 'Pods scaled up greater than 80%',
    severity: AlertSeverity.CRITICAL,
    threshold: percent,
    expr,
    duration: '5m',
    summary: `Autoscaler {{ $labels.horizontalpodautoscaler }} runs more than ${percent}% of its maximum replicas`,
    description: `For 5 minutes the autoscaler has kept the ${ctx.what} above ${percent}% of ${fromMin ? 'the range between its minimum and maximum replicas' : 'its maximum replicas'}. Check the load; raise the maximum if the load is expected, before the autoscaler runs out of room.`,
    basedOn,
    reading: `${HPA_READING}${extraReading}`,
  });
}

/** Fewer replicas than the autoscaler's minimum, for 5 minutes. */
export function hpaBelowMin(ctx: AlertContext, basedOn: string[]): AlertFact {
  const k = (series: string) => `kube_horizontalpodautoscaler_${series}{${HPA}}`;
  return alert(ctx, {
    name: 'Pods less than Min Replicas',
    severity: AlertSeverity.CRITICAL,
    threshold: 0,
    expr: `${k('status_current_replicas')} - ${k('spec_min_replicas')} < 0`,
    duration: '5m',
    summary: 'Autoscaler {{ $labels.horizontalpodautoscaler }} runs fewer replicas than its minimum',
    description: `For 5 minutes the ${ctx.what} has had fewer pods than its autoscaler's minimum: Kubernetes cannot place new pods, or they fail to start. Check node capacity and the events of the pending pods.`,
    basedOn,
    reading: HPA_READING,
  });
}

/** Requests to the config node that only fail, for 5 minutes (`http_client_response_count`). */
export function configNodeFail(ctx: AlertContext): AlertFact {
  const toConfig = `${POD},target_service_name=~".*config.*"`;
  const failing = `sum by (namespace, pod) (rate(http_client_response_count{${toConfig},status!~"2.."}[5m]))`;
  const passing = `sum by (namespace, pod) (rate(http_client_response_count{${toConfig},status=~"2.."}[5m]))`;
  return alert(ctx, {
    name: 'Config node fail',
    severity: AlertSeverity.WARNING,
    threshold: 0,
    expr: `${failing} > 0 unless ${passing} > 0`,
    duration: '5m',
    summary: `Every request from ${ctx.what} pod {{ $labels.pod }} to the config node fails`,
    description: 'For 5 minutes the pod\'s HTTP requests to the config node have failed and none has succeeded. Check the pod, the config node and the connection between them.',
    basedOn: ['http_client_response_count'],
    reading: 'The guide gives no label values. A request to the config node is one whose target_service_name contains "config"; a failure is a status other than 2xx; "fail for 5 consecutive minutes" is failures without any success, held for 5 minutes.',
  });
}
