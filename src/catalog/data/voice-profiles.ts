import { VoiceProfileFact } from '../types';

/** "Common" resources of the Voice charts (000 §3.1). */
const STANDARD = { cpuRequest: '250m', cpuLimit: '500m', memoryRequest: '256Mi', memoryLimit: '512Mi' };
/** Recommended resources of ORS and SIP Cluster (000 §3.1). */
const HEAVY = { cpuRequest: '500m', cpuLimit: '1500m', memoryRequest: '1Gi', memoryLimit: '4Gi' };
/** "Common HPA" 60/60 (000 §3.1). */
const HPA_COMMON = { hpaCpuPercent: 60, hpaMemoryPercent: 60 };
/** SIP Cluster and ORS: 50/50 (000 §3.1). */
const HPA_HEAVY = { hpaCpuPercent: 50, hpaMemoryPercent: 50 };

/** Maximum replicas of the Voice charts' autoscalers (`deployment.maxReplicas`, 000 §3.2). */
export const VOICE_MAX_REPLICAS = 10;

/**
 * The Voice services as their guide runs them (000 §0 quick reference, §3.1 samples). SIP Proxy and
 * RQ have autoscaling disabled ("hpa: enabled: false"). Voicemail's resources are not in the guide;
 * it takes the common values, and its chart has an autoscaler (canary values turn it off), taken
 * with the common targets.
 */
export const VOICE_PROFILES: VoiceProfileFact[] = [
  { service: 'voice-agent', statefulSet: false, ...STANDARD, ...HPA_COMMON, metricsPort: 11000, source: '000 §0; 000 §3.1' },
  { service: 'voice-callthread', statefulSet: false, ...STANDARD, ...HPA_COMMON, metricsPort: 11900, source: '000 §0; 000 §3.1' },
  { service: 'voice-config', statefulSet: false, ...STANDARD, ...HPA_COMMON, metricsPort: 9100, source: '000 §0; 000 §3.1' },
  { service: 'voice-dialplan', statefulSet: false, ...STANDARD, ...HPA_COMMON, metricsPort: 8800, source: '000 §0; 000 §3.1' },
  { service: 'voice-sipfe', statefulSet: false, ...STANDARD, ...HPA_COMMON, metricsPort: 9101, source: '000 §0; 000 §3.1' },
  { service: 'voice-ors', statefulSet: true, ...HEAVY, ...HPA_HEAVY, metricsPort: 11200, source: '000 §0; 000 §3.1' },
  { service: 'voice-registrar', statefulSet: false, ...STANDARD, ...HPA_COMMON, metricsPort: 11500, source: '000 §0; 000 §3.1' },
  { service: 'voice-rq', statefulSet: true, ...STANDARD, metricsPort: 12000, source: '000 §0; 000 §3.1' },
  { service: 'voice-sip', statefulSet: true, ...HEAVY, ...HPA_HEAVY, metricsPort: 11300, source: '000 §0; 000 §3.1' },
  { service: 'voice-sipproxy', statefulSet: true, ...STANDARD, metricsPort: 11400, source: '000 §0; 000 §3.1' },
  { service: 'voice-voicemail', statefulSet: false, ...STANDARD, ...HPA_COMMON, metricsPort: 8081, source: '000 §0; 000 §7' },
];

/** Secrets and settings of Voicemail's storage choices (000 §7.2, §7.3). */
export const VOICEMAIL_FACTS = {
  /** Kubernetes Service name of Voicemail (its IVR pages are `http://voice-voicemail-service.voice.svc.cluster.local:8081/fs`). */
  serviceName: 'voice-voicemail-service',
  /** Where the storage credentials are mounted. */
  secretMountPath: '/opt/genesys/katana/voicemail/secret',
  /** FileSystem root (`voicemailHome`). */
  fileSystemHome: '/storage/data',
  /** ConfigMap with the tenants Voicemail serves, mounted by the chart (vendor `tenants.volumes`). */
  tenantsListName: 'voice-voicemail-tenants-list',
  /** Its key (vendor: services/voice/11_chart_voice-voicemail/01_release_voice-voicemail/pre-release-script.sh). */
  tenantsListKey: 'tenants.json',
  /** Volume name of the tenants list (vendor `tenants.volumes[].name`). */
  tenantsListVolume: 'voicemail-tenants',
  /** Volume name of the tenant Redis stream Secret (vendor `secrets.redisTenantStream.volumes[].name`). */
  tenantStreamVolume: 'redis-tenant-stream-secret',
  /** Default claim of the FileSystem option (sample PVC). */
  claimName: 'voice-voicemail-pvc',
  /** Size of the sample PVC. */
  claimSize: '20Gi',
  /** Azure Blob by Kubernetes Secret. */
  azureSecretName: 'voicemail-storage-secrets',
  /** Azure Blob by Key Vault and the Secrets Store CSI driver. */
  azureSecretProviderClass: 'keyvault-voice-voicemail-storage-csi-secrets',
  /** S3 by Kubernetes Secret with keys accessKey, secretkey, bucketName, bucketPath. */
  s3SecretName: 'voice-voicemail-s3-secrets',
  /**
   * Deployed after the Tenant Service: "Voice Services → Tenant Service → Voicemail Service"
   * (000 §5.1). Voicemail belongs to the Voice product (wave 3), so this puts it in the Tenant
   * Service's wave, in a file that sorts after the Tenant Service's.
   */
  deployAfterProduct: 'tenant',
  source: '000 §7.2; 000 §7.3',
} as const;

/** SIP Cluster settings (000 §1.1, §3.1). */
export const SIP_CLUSTER_FACTS = {
  /** Chart default of `context.envs.dnsServer`: the AKS default kube-dns Service address. */
  defaultDnsServer: '10.0.0.10',
  /** Mount path of the SIP Server log volume (`volumes.log.mountPath`). */
  logMountPath: '/opt/genesys/logs/volume',
  /** Node directory of the log volume (`volumes.log.volumePath`). */
  logHostPath: '/mnt/log',
  /** Size of the SIP Server log volume (`log-pvc` 50Gi). */
  logClaimSize: '50Gi',
  /** Claim of the SIP Server logs (`volumes.pvcLog.claim`, 000 §3.2). */
  logClaimName: 'sip-log-pvc',
  /** Mount path of the JSON logs on their emptyDir (`volumes.jsonLog.mountPath`, 000 §3.1). */
  jsonLogMountPath: '/opt/genesys/logs/sip_node/JSON',
  /** Mount path of the legacy SIPS logs (`volumes.sipsLog.mountPath`, 000 §3.1). */
  sipsLogMountPath: '/opt/genesys/logs/sip_node/SIPS',
  /** Repository of the Fluent Bit logging sidecars (`loggingSidecar.image.repository`, 000 §3.1). */
  loggingSidecarRepository: 'sre/fluent-bit',
  /** Tag of the logging sidecar (`loggingSidecar.image.tag`, 000 §3.1). */
  loggingSidecarTag: '1.6.1',
  source: '000 §1.1; 000 §3.1',
} as const;
