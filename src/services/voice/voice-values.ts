import { VoiceServiceProps } from './voice-service-props';
import { VoiceProfileFact } from '../../catalog';
import { CONSUL_FACTS, VOICE_REDIS } from '../../catalog/data/data-stores';
import { VOICE_MAX_REPLICAS } from '../../catalog/data/voice-profiles';
import { ChartContext } from '../../charts';
import { KafkaCluster } from '../../datastores';

/** Pods per service the platform guide recommends (003 §2.2). */
export const RECOMMENDED_REPLICAS = 3;

/** True when the service runs the autoscaler the guide enables for it. */
export function autoscaled(profile: VoiceProfileFact, props: VoiceServiceProps): boolean {
  return profile.hpaCpuPercent !== undefined && !props.disableAutoscaling;
}

/**
 * The values every Voice chart takes (000 §3.1, §3.2), computed from the model: the image version
 * and registry, namespace, replicas and autoscaler, requests and limits, the Consul ACL token
 * volume, the Redis and Kafka secret switches (the charts' defaults name the guide's Secrets,
 * 000 §2.2, §2.3), the guides' user 500 (000 §3.1), and the priority class and node pool (003).
 */
export function voiceValues(serviceId: string, profile: VoiceProfileFact, props: VoiceServiceProps, ctx: ChartContext): { [key: string]: any } {
  const a = props.autoscaling ?? {};
  const hpa = autoscaled(profile, props);
  const resources = props.resources ?? profile;
  const redisUser = VOICE_REDIS.some((r) => r.consumers.includes(serviceId));
  const role = KafkaCluster.roleOf(serviceId);
  const consulSecret = props.consulToken?.secretName ?? CONSUL_FACTS.tokenSecretName;
  return {
    version: props.version,
    deployment: {
      namespace: ctx.namespace,
      // With the autoscaler, `replicaCount` is its minimum (000 §3.2).
      replicaCount: hpa ? a.minReplicas ?? RECOMMENDED_REPLICAS : props.replicas ?? RECOMMENDED_REPLICAS,
      ...(hpa ? { maxReplicas: a.maxReplicas ?? VOICE_MAX_REPLICAS } : {}),
    },
    image: {
      registry: props.imageRegistry ?? ctx.imageRegistry,
      // The charts take one pull Secret by name (000 §3.2 `image.imagePullSecrets: "mycred"`).
      ...(ctx.imagePullSecrets.length > 0 ? { imagePullSecrets: ctx.imagePullSecrets[0] } : {}),
    },
    ...(redisUser && props.redis && props.redis.length > 0 ? { context: { envs: { redis: { port: props.redis[0].port } } } } : {}),
    secrets: {
      consulACL: { volumes: [{ name: CONSUL_FACTS.tokenVolumeName, secret: { secretName: consulSecret } }] },
      ...(redisUser ? { redisCache: { general: { enabled: true } } } : {}),
      ...(role.produces || role.consumes ? { kafka: { general: { enabled: true } }, kafkaDC: { general: { enabled: false } } } : {}),
    },
    hpa: hpa
      ? {
        enabled: true,
        targetCPUPercent: a.cpuUtilization ?? profile.hpaCpuPercent,
        targetMemoryPercent: a.memoryUtilization ?? profile.hpaMemoryPercent,
      }
      : { enabled: false },
    resources: {
      requests: { cpu: resources.cpuRequest, memory: resources.memoryRequest },
      limits: { cpu: resources.cpuLimit, memory: resources.memoryLimit },
    },
    serviceAccount: { create: true },
    podSecurityContext: { fsGroup: ctx.runAsId, runAsUser: ctx.runAsId, runAsGroup: ctx.runAsId, runAsNonRoot: true },
    containerSecurityContext: { readOnlyRootFilesystem: false, runAsNonRoot: true, runAsUser: ctx.runAsId, runAsGroup: ctx.runAsId },
    priorityClassName: ctx.priorityClassName,
    nodeSelector: ctx.nodeSelector,
    ...(ctx.tolerations.length > 0 ? { tolerations: ctx.tolerations } : {}),
  };
}
