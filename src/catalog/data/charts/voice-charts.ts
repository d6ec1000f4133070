import { keys } from './value-keys';
import { ChartFact, ValueKeyFact } from '../../chart-types';

const VENDOR = 'vendor: services/voice';

/**
 * Keys every Voice chart takes: the Voice guide's values tables (000 §3.1, §3.2) and, for placement
 * and priority, the platform guide's list of settings every chart's values.yaml offers (003 §7:
 * "replica count, maximum replicas, ..., tolerations, security", `priorityClassName`, and the
 * `nodeSelector` overrides of 003 §1.10).
 */
const VOICE_COMMON: ValueKeyFact[] = [
  ...keys('000 §3.2', 'version', 'deployment.namespace', 'deployment.replicaCount', 'deployment.maxReplicas',
    'deployment.deploymentType', 'deployment.strategy', 'image.registry', 'image.pullPolicy', 'image.imagePullSecrets',
    'context.create', 'context.envs.redis.port', 'secrets.consulACL.volumes', 'hpa.enabled', 'hpa.targetCPUPercent',
    'hpa.targetMemoryPercent', 'resources.requests.cpu', 'resources.requests.memory', 'resources.limits.cpu',
    'resources.limits.memory', 'serviceAccount.create', 'prometheus.metricServer.enabled', 'prometheus.metricServer.path',
    'prometheus.podMonitor.enabled', 'prometheus.podMonitor.path', 'prometheus.podMonitor.interval',
    'containerSecurityContext.readOnlyRootFilesystem', 'containerSecurityContext.runAsNonRoot',
    'containerSecurityContext.runAsUser', 'containerSecurityContext.runAsGroup', 'podSecurityContext.fsGroup',
    'podSecurityContext.runAsUser', 'podSecurityContext.runAsGroup', 'podSecurityContext.runAsNonRoot'),
  ...keys('003 §7.4', 'priorityClassName'),
  ...keys('003 §1.10', 'nodeSelector'),
  ...keys('003 §7', 'tolerations'),
];

/** The Redis secrets switch of the Redis users (000 §3.2 `secrets.redisCache.general.enabled`). */
const REDIS_CACHE = keys('000 §3.2', 'secrets.redisCache.general.enabled', 'secrets.redisCache.general.mode');
/** Kafka secret mounts, single and multi data centre (vendor overrides of the Kafka clients). */
const KAFKA = keys(`${VENDOR}/01_chart_voice-agent/override_values.yaml`, 'secrets.kafka.general.enabled', 'secrets.kafkaDC.general.enabled');

/** One Voice chart; `chartVersion` is the vendor's published `chart.ver` (the 100.0 line, later than 000 §5.2's 9.0 minimums). */
function voiceChart(service: string, folder: string, chartVersion: string, extra: ValueKeyFact[] = []): ChartFact {
  return {
    service,
    chart: service,
    chartVersion,
    source: `000 §5.2; ${VENDOR}/${folder}/chart.ver`,
    keys: [...VOICE_COMMON, ...extra],
  };
}

/** The eleven Voice charts, one per release (000 §3, §5.2). */
export const VOICE_CHARTS: ChartFact[] = [
  voiceChart('voice-agent', '01_chart_voice-agent', '100.0.1000006', [...REDIS_CACHE, ...KAFKA]),
  voiceChart('voice-callthread', '02_chart_voice-callthread', '100.0.1000006', [...REDIS_CACHE, ...KAFKA]),
  voiceChart('voice-config', '03_chart_voice-config', '100.0.1000006', [...REDIS_CACHE]),
  voiceChart('voice-dialplan', '04_chart_voice-dialplan', '100.0.1000007', [...REDIS_CACHE]),
  voiceChart('voice-ors', '05_chart_voice-ors', '100.0.1000018', [
    ...REDIS_CACHE,
    ...keys(`${VENDOR}/05_chart_voice-ors/override_values.yaml`, 'secrets.scxmlSecret.general.enabled', 'secrets.redisSipCache.general.enabled'),
  ]),
  voiceChart('voice-registrar', '06_chart_voice-registrar', '100.0.1000007', [...REDIS_CACHE, ...KAFKA]),
  voiceChart('voice-rq', '07_chart_voice-rq', '100.0.1000004', [...REDIS_CACHE]),
  voiceChart('voice-sipfe', '08_chart_voice-sipfe', '100.0.1000006', [...REDIS_CACHE, ...KAFKA]),
  voiceChart('voice-sipproxy', '09_chart_voice-sipproxy', '100.0.1000004', [...REDIS_CACHE, ...KAFKA]),
  voiceChart('voice-sip', '10_chart_voice-sip', '100.0.1000017', [
    ...REDIS_CACHE,
    ...KAFKA,
    ...keys('000 §3.2', 'context.envs.dnsServer', 'context.envs.sbcAddress', 'context.envs.enableSharedTrunk',
      'context.envs.enableSharedSoftswitch', 'volumes.pvcLog', 'volumes.pvcJsonLog', 'volumes.log', 'volumes.jsonLog',
      'volumes.sipsLog.mountPath', 'loggingSidecar.image', 'loggingSidecar.context.create', 'sipsLoggingSidecar.enabled',
      'sipsLoggingSidecar.image', 'sipsLoggingSidecar.context.create'),
    ...keys(`${VENDOR}/10_chart_voice-sip/override_values.yaml`, 'loggingSidecar.enabled', 'hpa.scaledownDisabled'),
  ]),
  voiceChart('voice-voicemail', '11_chart_voice-voicemail', '100.0.1000015', [
    ...keys('000 §3.2', 'context.envs.gwsBaseUrl', 'context.envs.storageInterface', 'context.envs.voicemailHome',
      'blobStorage.general.mode', 'blobStorage.general.enabled', 'blobStorage.mounts', 'blobStorage.volumes',
      's3Storage.general.mode', 's3Storage.general.enabled', 's3Storage.mounts', 's3Storage.volumes', 'service.canaryName'),
    ...keys(`${VENDOR}/11_chart_voice-voicemail/override_values.yaml`, 'deployment.upstreamServices', 'context.envs.redis.isCluster',
      'context.envs.consul.secure', 'context.envs.consul.port', 'context.envs.currentRegion', 'tenants.mounts', 'tenants.volumes',
      'secrets.consulACL.general', 'secrets.consulACL.mounts', 'secrets.redisTenantStream.general', 'secrets.redisTenantStream.mounts',
      'secrets.redisTenantStream.volumes', 'volumes.pvcOne.create', 'volumes.pvcOne.claim', 'volumes.pvcOne.mountPath',
      'securityContext.runAsUser', 'securityContext.runAsGroup', 'securityContext.runAsNonRoot', 'securityContext.readOnlyRootFilesystem',
      'smtp.enabled'),
  ]),
];
