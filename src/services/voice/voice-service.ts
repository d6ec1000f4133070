import { Construct } from 'constructs';
import { VoiceServiceProps } from './voice-service-props';
import { RECOMMENDED_REPLICAS, autoscaled, voiceValues } from './voice-values';
import { VoiceProfileFact } from '../../catalog';
import { CONSUL_FACTS, KAFKA_SECRET, VOICE_REDIS } from '../../catalog/data/data-stores';
import { VOICE_PROFILES } from '../../catalog/data/voice-profiles';
import { nameProblem } from '../../catalog/naming';
import { GenesysService } from '../../charts';
import { WorkloadKind, addChecks, problem } from '../../core';
import { KafkaCluster } from '../../datastores';

/** What one Voice service adds to the common values. */
export interface VoiceExtras {
  /** Values of the service's own chart keys, merged over the common ones. @default - none */
  readonly values?: { [key: string]: any };
  /** Service name, when the guide gives another. @default - the release name */
  readonly serviceName?: string;
}

/**
 * The common model of the eleven Voice services (000): one release of the service's chart with
 * the guide's values (`voiceValues`): workload size, autoscaling, the Consul, Redis and Kafka
 * Secrets by the guide's names, the 500 user, priority and node pool.
 */
export abstract class VoiceService extends GenesysService {
  /** The profile from the guide. */
  public readonly profile: VoiceProfileFact;

  /**
   * @param scope the unit
   * @param id construct id
   * @param serviceId the catalogue id (the release name)
   * @param props the user's options
   * @param extras what the service adds to the common values
   */
  protected constructor(scope: Construct, id: string, serviceId: string, props: VoiceServiceProps, extras: VoiceExtras = {}) {
    const profile = VOICE_PROFILES.find((p) => p.service === serviceId)!;
    super(scope, id, {
      serviceId,
      serviceName: extras.serviceName,
      workloadKind: profile.statefulSet ? WorkloadKind.STATEFUL_SET : WorkloadKind.DEPLOYMENT,
      imageRegistry: props.imageRegistry,
      chartVersion: props.chartVersion,
      values: props.values,
    });
    this.profile = profile;
    this.release.addValues(voiceValues(serviceId, profile, props, this.chartContext));
    if (extras.values) this.release.addValues(extras.values);
    // The charts read the guide's Redis and Kafka Secrets by their default names (000 §2.2, §2.3).
    for (const r of VOICE_REDIS.filter((x) => x.consumers.includes(serviceId))) this.release.readsSecret(r.secretName, [r.secretKey]);
    const role = KafkaCluster.roleOf(serviceId);
    if (role.produces || role.consumes) this.release.readsSecret(KAFKA_SECRET.name, [KAFKA_SECRET.key]);
    addChecks(this, () => checkVoiceProps(serviceId, profile, props));
  }

  /** Voice charts put the `prometheus.io` annotations on their pods themselves (000 §3.1 `prometheus.metricServer`). */
  public scrapeByAnnotations(_annotations: { [key: string]: string }, path: string): string[] {
    this.release.addValues({ prometheus: { metricServer: { enabled: true, path } } });
    return [];
  }
}

function checkVoiceProps(serviceId: string, profile: VoiceProfileFact, props: VoiceServiceProps): string[] {
  const found: string[] = [];
  const name = `${serviceId}:`;
  const hasHpa = profile.hpaCpuPercent !== undefined;
  const tag = nameProblem('image-tag', props.version, `${serviceId} version (000 §3.2 \`version\`)`);
  if (tag) found.push(tag);
  if (props.replicas !== undefined && (!Number.isInteger(props.replicas) || props.replicas < 1)) {
    found.push(problem(`${name} replicas is ${props.replicas}; a Voice service needs at least one pod`, `give 1 or more (${RECOMMENDED_REPLICAS} recommended)`, '003 §2.2'));
  }
  if (!hasHpa && (props.autoscaling || props.disableAutoscaling !== undefined)) {
    found.push(problem(`${name} autoscaling is not supported; the Voice guide disables the autoscaler of ${serviceId}`, 'remove autoscaling and set replicas', '000 §3.1'));
  }
  if (hasHpa && props.replicas !== undefined && !props.disableAutoscaling) {
    found.push(problem(`${name} replicas is set, but the autoscaler owns the replica count`, 'set autoscaling.minReplicas instead, or set disableAutoscaling', '000 §3.1'));
  }
  if (hasHpa && props.disableAutoscaling && props.autoscaling) {
    found.push(problem(`${name} autoscaling settings are given with disableAutoscaling`, 'remove one of them'));
  }
  const a = props.autoscaling;
  if (autoscaled(profile, props) && a) {
    const min = a.minReplicas ?? RECOMMENDED_REPLICAS;
    if (!Number.isInteger(min) || min < 1) found.push(problem(`${name} autoscaling minReplicas is ${a.minReplicas}`, 'give a whole number, 1 or more'));
    if (a.maxReplicas !== undefined && (!Number.isInteger(a.maxReplicas) || a.maxReplicas < min)) {
      found.push(problem(`${name} autoscaling maxReplicas (${a.maxReplicas}) is below minReplicas (${min})`, 'make maxReplicas at least minReplicas', '000 §3.2'));
    }
    for (const [key, value] of [['cpuUtilization', a.cpuUtilization], ['memoryUtilization', a.memoryUtilization]] as const) {
      if (value !== undefined && (!Number.isInteger(value) || value < 1 || value > 100)) {
        found.push(problem(`${name} autoscaling ${key} is ${value}`, 'give a percentage from 1 to 100', '000 §3.2'));
      }
    }
  }

  const uses = VOICE_REDIS.filter((r) => r.consumers.includes(serviceId));
  const given = props.redis ?? [];
  for (const extra of given.filter((g) => !uses.some((u) => u.name === g.name))) {
    found.push(problem(`${name} was given Redis "${extra.name}", which it does not use`, uses.length ? `give only: ${uses.map((u) => u.name).join(', ')}` : 'give it no Redis binding', '000 §2.2'));
  }
  for (const missing of uses.filter((u) => !given.some((g) => g.name === u.name))) {
    found.push(problem(`${name} needs Redis "${missing.name}" but was not given it`, `pass voiceRedis.binding('${missing.name}')`, '000 §2.2'));
  }
  // The charts mount the guide's Redis Secrets by their default names (000 §2.2: "the default values
  // for Redis and Kafka secrets are the same as what is created above"), and take one Redis port.
  for (const binding of given) {
    const fact = uses.find((u) => u.name === binding.name);
    const ref = binding.credentials;
    if (fact && ref && (ref.secretName !== fact.secretName || ref.key !== fact.secretKey)) {
      found.push(problem(`${name} Redis "${binding.name}" credentials are in Secret ${ref.secretName} key ${ref.key}, but the chart reads Secret ${fact.secretName} key ${fact.secretKey}`, `create the Secret under the guide's name and key (secretName: '${fact.secretName}', key: '${fact.secretKey}')`, '000 §2.2'));
    }
  }
  const ports = [...new Set(given.map((b) => b.port))];
  if (ports.length > 1) {
    found.push(problem(`${name} its Redis services listen on different ports (${ports.join(', ')}), but the chart takes one (context.envs.redis.port)`, 'serve every Voice Redis service on one port', '000 §3.2'));
  }
  const role = KafkaCluster.roleOf(serviceId);
  const client = role.produces || role.consumes;
  if (client && !props.kafka) found.push(problem(`${name} uses Kafka but was not given it`, 'pass the KafkaCluster binding', '000 §2.3'));
  if (!client && props.kafka) found.push(problem(`${name} was given Kafka, which it does not use`, 'remove the kafka binding', '000 §2.3'));
  const kafkaRef = props.kafka?.credentials;
  if (kafkaRef && (kafkaRef.secretName !== KAFKA_SECRET.name || kafkaRef.key !== KAFKA_SECRET.key)) {
    found.push(problem(`${name} Kafka credentials are in Secret ${kafkaRef.secretName} key ${kafkaRef.key}, but the chart reads Secret ${KAFKA_SECRET.name} key ${KAFKA_SECRET.key}`, 'create the Secret under the guide\'s name and key', KAFKA_SECRET.source));
  }
  if (props.consulToken && props.consulToken.key !== CONSUL_FACTS.tokenSecretKey) {
    found.push(problem(`${name} the Consul token is under key ${props.consulToken.key}, but the chart reads key ${CONSUL_FACTS.tokenSecretKey}`, `store the token under key ${CONSUL_FACTS.tokenSecretKey}`, '000 §2.4'));
  }
  return found;
}
