import { KafkaRoleFact, VoiceRedisFact } from '../types';

/**
 * What 003 requires of the data stores (003 §1.11 "Data stores", §3.3 third-party versions).
 */
export const DATA_STORE_REQUIREMENTS = {
  redis: {
    majorVersion: 6, // "Redis 6.x"
    clusterMode: true, // "Must support cluster mode"
    tls: true, // "TLS provisioning"
    minNodes: 3, // "A minimum of three nodes"
    minReplicas: 1, // "A minimum of one replica"
    minShards: 2, // "A minimum of two shards per DB"
    source: '003 §1.11; 003 §3.3',
  },
  kafka: { majorVersion: 2, source: '003 §3.3' }, // "Kafka 2.x"
  postgres: { minMajorVersion: 11, source: '003 §3.3' }, // "PostgreSQL 11.x"
  elasticsearch: {
    majorVersion: 7, // "Elasticsearch 7.x"
    // "Private edition does not currently support authentication for Elasticsearch or OpenSearch."
    authentication: false,
    source: '003 §1.11; 003 §3.3',
  },
  consul: { version: '1.13', source: '003 §3.3; 000 §2.1' }, // "Consul 1.13.x"
} as const;

/** Default Redis port of the Voice charts (`context.envs.redis.port`, 000 §2.2). */
export const REDIS_DEFAULT_PORT = 6379;
/** Default PostgreSQL port (000 §1.2 #13). */
export const POSTGRES_DEFAULT_PORT = 5432;

/**
 * The nine Voice Redis services, their credentials Secrets and keys (000 §2.2), and who uses each.
 * Consumers marked [inferred] in the extraction are kept: the guide's table gives the Redis
 * services and secrets but says which service uses which only through the connections table and
 * the metrics; the choices are the extraction's, checked against 000 §1.2.
 */
export const VOICE_REDIS: VoiceRedisFact[] = [
  { name: 'redis-agent-state', secretName: 'redis-agent-token', secretKey: 'redis-agent-state', consumers: ['voice-agent'], source: '000 §2.2; 000 §1.2 #37' },
  { name: 'redis-call-state', secretName: 'redis-callthread-token', secretKey: 'redis-call-state', consumers: ['voice-callthread'], source: '000 §2.2; 000 §1.2 #42' },
  { name: 'redis-config-state', secretName: 'redis-config-token', secretKey: 'redis-config-state', consumers: ['voice-config'], source: '000 §2.2; 000 §1.2 #17' },
  {
    name: 'redis-ors-state',
    secretName: 'redis-ors-token',
    secretKey: 'redis-ors-state',
    consumers: ['voice-ors'],
    source: '000 §2.2; 000 §1.2 #47',
  },
  {
    name: 'redis-ors-stream',
    secretName: 'redis-ors-stream-token',
    secretKey: 'redis-ors-stream',
    // SIP Cluster writes new calls to the stream (#40, #49); GES and Interaction Server use the same
    // Redis (001 §2.4 #11; 004 §2.1) through their own secrets in their namespaces.
    consumers: ['voice-ors', 'voice-sip'],
    source: '000 §2.2; 000 §1.2 #40 #45 #46 #49',
  },
  {
    name: 'redis-registrar-state',
    secretName: 'redis-registrar-token',
    secretKey: 'redis-registrar-state',
    // Dial Plan caches registration details (#12).
    consumers: ['voice-registrar', 'voice-dialplan'],
    source: '000 §2.2; 000 §1.2 #12 #36',
  },
  { name: 'redis-rq-state', secretName: 'redis-rq-token', secretKey: 'redis-rq-state', consumers: ['voice-rq'], source: '000 §2.2; 000 §1.2 #6' },
  { name: 'redis-sip-state', secretName: 'redis-sip-token', secretKey: 'redis-sip-state', consumers: ['voice-sip'], source: '000 §2.2; 000 §1.2 #41' },
  {
    name: 'redis-tenant-stream',
    secretName: 'redis-tenant-token',
    secretKey: 'redis-tenant-stream',
    // Tenant Service (#9, #14); Agent State and Registrar stream their events (#52, #54); ORS sends
    // requests to URS through the tenant stream (000 §1.1).
    consumers: ['tenant', 'voice-agent', 'voice-registrar', 'voice-ors'],
    source: '000 §2.2; 000 §1.2 #9 #14 #52 #54; 000 §1.1',
  },
];

/** The Kafka credentials Secret of the Voice services: JSON `{"bootstrap":..., "username":..., "password":...}` (000 §2.3). */
export const KAFKA_SECRET = { name: 'kafka-secrets-token', key: 'kafka-secrets', source: '000 §2.3' } as const;

/** Kafka producers and consumers among the Voice services and the Tenant Service (000 §2.3). */
export const KAFKA_ROLES: KafkaRoleFact[] = [
  { service: 'tenant', produces: true, consumes: false, source: '000 §2.3; 000 §1.2 #11' },
  { service: 'voice-sipfe', produces: true, consumes: false, source: '000 §2.3; 000 §1.2 #48' },
  { service: 'voice-sip', produces: true, consumes: false, source: '000 §2.3; 000 §1.2 #50' },
  { service: 'voice-registrar', produces: true, consumes: true, source: '000 §2.3; 000 §1.2 #53' },
  { service: 'voice-agent', produces: true, consumes: true, source: '000 §2.3; 000 §1.2 #55' },
  { service: 'voice-callthread', produces: true, consumes: true, source: '000 §2.3; 000 §1.2 #56' },
  { service: 'voice-sipproxy', produces: true, consumes: true, source: '000 §2.3; 000 §1.2 #60' },
];

/** Consul facts of the Voice guide (000 §2.4). */
export const CONSUL_FACTS = {
  /** Secret with the Voice ACL token, in namespace `voice`. */
  tokenSecretName: 'consul-voice-token',
  /** Key of the token within that Secret. */
  tokenSecretKey: 'consul-consul-voice-token',
  /** Volume name the Voice charts mount the token under (`secrets.consulACL.volumes`). */
  tokenVolumeName: 'consul-shared-secret',
  /**
   * Port of the sidecar's inbound (public) listener, which mesh callers connect to under transparent
   * proxy: consul-k8s's default. Not in the guides, which leave the mesh settings to Consul's chart.
   */
  sidecarInboundPort: 20000,
  /** Port where the sidecar serves the pod's merged Prometheus metrics (consul-k8s default). */
  mergedMetricsPort: 20200,
  /** Name of the ACL policy attached to the token. */
  policyName: 'voice-policy',
  /** CA certificate Secret and key of the Consul TLS settings. */
  caCertSecretName: 'consul-ca-cert',
  caCertSecretKey: 'tls.crt',
  /** CA key Secret and key. */
  caKeySecretName: 'consul-ca-key',
  caKeySecretKey: 'tls.key',
  /** Annotation that makes Consul catalog sync register a Kubernetes Service. */
  syncAnnotation: 'consul.hashicorp.com/service-sync',
  source: '000 §2.2; 000 §2.4',
} as const;
