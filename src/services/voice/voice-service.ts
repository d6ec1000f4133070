import { Construct } from 'constructs';
import { VoiceServiceProps } from './voice-service-props';
import { Catalog, VoiceProfileFact } from '../../catalog';
import { VOICE_REDIS } from '../../catalog/data/data-stores';
import { VOICE_MAX_REPLICAS, VOICE_PROFILES } from '../../catalog/data/voice-profiles';
import {
  GenesysService,
  ServiceProbe,
  ServiceVolume,
  UpdateStrategy,
  VolumeMountSpec,
  WorkloadKind,
  addChecks,
  problem,
} from '../../core';
import { ConsulSettings, KafkaCluster } from '../../datastores';
import { wireBindings } from '../shared/binding-wiring';

/** Pods per service the platform guide recommends (003 §2.2). */
const RECOMMENDED_REPLICAS = 3;

/** What one Voice service adds to the common wiring. */
export interface VoiceExtras {
  /** Extra ConfigMap entries. @default - none */
  readonly configData?: Record<string, string>;
  /** Extra volumes. @default - none */
  readonly volumes?: ServiceVolume[];
  /** Extra mounts into the service's container. @default - none */
  readonly volumeMounts?: VolumeMountSpec[];
  /** Make the Service headless. @default false */
  readonly headlessService?: boolean;
  /** Service name, when the guide gives another. @default - the release name */
  readonly serviceName?: string;
  /** Update strategy. @default UpdateStrategy.ROLLING_UPDATE */
  readonly updateStrategy?: UpdateStrategy;
}

/**
 * The common wiring of the eleven Voice services (000): the guide's workload kind, resources and
 * autoscaling; the Redis, Kafka and Consul credentials Secrets mounted by reference; TCP probes on
 * the service's port (the guide gives no health paths).
 */
export abstract class VoiceService extends GenesysService {
  /** The profile from the guide. */
  public readonly profile: VoiceProfileFact;

  /**
   * @param scope the unit
   * @param id construct id
   * @param serviceId the catalogue id (the release name)
   * @param props the user's options
   * @param extras what the service adds to the common wiring
   */
  protected constructor(scope: Construct, id: string, serviceId: string, props: VoiceServiceProps, extras: VoiceExtras = {}) {
    const profile = VOICE_PROFILES.find((p) => p.service === serviceId)!;
    super(scope, id, genesysProps(serviceId, profile, props, extras));
    this.profile = profile;
    addChecks(this, () => checkVoiceProps(serviceId, profile, props));
  }
}

function genesysProps(serviceId: string, profile: VoiceProfileFact, props: VoiceServiceProps, extras: VoiceExtras) {
  const info = Catalog.service(serviceId);
  const wiring = wireBindings(
    { redis: props.redis, kafka: props.kafka, consulToken: props.consulToken ?? ConsulSettings.voiceToken() },
    props.secretsMountPath,
  );
  const volumes = [...(extras.volumes ?? []), ...wiring.volumes];
  const mounts = [...(extras.volumeMounts ?? []), ...wiring.mounts];
  const config = { ...wiring.config };
  Object.assign(config, extras.configData);

  const autoscaled = profile.hpaCpuPercent !== undefined && !props.disableAutoscaling;
  const a = props.autoscaling ?? {};
  const port = info.ports[0].port;
  const timing = { initialDelaySeconds: 10, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3 };
  return {
    serviceId,
    workloadKind: profile.statefulSet ? WorkloadKind.STATEFUL_SET : WorkloadKind.DEPLOYMENT,
    replicas: autoscaled ? undefined : props.replicas ?? RECOMMENDED_REPLICAS,
    autoscaling: autoscaled
      ? {
        minReplicas: a.minReplicas ?? RECOMMENDED_REPLICAS,
        maxReplicas: a.maxReplicas ?? VOICE_MAX_REPLICAS,
        cpuUtilization: a.cpuUtilization ?? profile.hpaCpuPercent,
        memoryUtilization: a.memoryUtilization ?? profile.hpaMemoryPercent,
      }
      : undefined,
    updateStrategy: extras.updateStrategy,
    headlessService: extras.headlessService,
    serviceName: extras.serviceName,
    configData: config,
    volumes,
    containers: [
      {
        name: serviceId,
        image: { repository: props.imageRepository ?? serviceId, tag: props.version, registry: props.imageRegistry },
        resources: props.resources ?? profile,
        liveness: ServiceProbe.tcp(port, timing),
        readiness: ServiceProbe.tcp(port, timing),
        // Allow five minutes to start before liveness applies.
        startup: ServiceProbe.tcp(port, { periodSeconds: 10, failureThreshold: 30 }),
        envFromConfigMap: true,
        volumeMounts: mounts,
      },
    ],
  };
}

function checkVoiceProps(serviceId: string, profile: VoiceProfileFact, props: VoiceServiceProps): string[] {
  const found: string[] = [];
  const name = `${serviceId}:`;
  const hasHpa = profile.hpaCpuPercent !== undefined;
  if (props.replicas !== undefined && props.replicas < 1) {
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
  if (a?.minReplicas !== undefined && a.minReplicas < 1) {
    found.push(problem(`${name} autoscaling minReplicas is ${a.minReplicas}`, 'give 1 or more'));
  }

  const uses = VOICE_REDIS.filter((r) => r.consumers.includes(serviceId)).map((r) => r.name);
  const given = (props.redis ?? []).map((r) => r.name);
  for (const extra of given.filter((g) => !uses.includes(g))) {
    found.push(problem(`${name} was given Redis "${extra}", which it does not use`, uses.length ? `give only: ${uses.join(', ')}` : 'give it no Redis binding', '000 §2.2'));
  }
  for (const missing of uses.filter((u) => !given.includes(u))) {
    found.push(problem(`${name} needs Redis "${missing}" but was not given it`, `pass voiceRedis.binding('${missing}')`, '000 §2.2'));
  }
  const role = KafkaCluster.roleOf(serviceId);
  const client = role.produces || role.consumes;
  if (client && !props.kafka) found.push(problem(`${name} uses Kafka but was not given it`, 'pass the KafkaCluster binding', '000 §2.3'));
  if (!client && props.kafka) found.push(problem(`${name} was given Kafka, which it does not use`, 'remove the kafka binding', '000 §2.3'));
  return found;
}
