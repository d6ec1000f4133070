/**
 * Facts of the Interaction Server guide (004) that the `InteractionServer` construct reads: the two
 * workloads and their containers, images, resources, JVM options, replica rule, Consul
 * settings and service-account rule, databases and the Secrets mounted for Redis and Kafka. The
 * listening ports are in the service catalogue (`services-engagement.ts`), how their metrics are
 * scraped in `scrape.ts`.
 *
 * Each OCR slip or contradiction of the guide is resolved once, here, with the reading chosen.
 */

/** Requests and limits of one container. */
export interface IxnResourcesFact {
  /** CPU request. */
  readonly cpuRequest: string;
  /** CPU limit. */
  readonly cpuLimit: string;
  /** Memory request. */
  readonly memoryRequest: string;
  /** Memory limit. */
  readonly memoryLimit: string;
}

/** One container of the Interaction Server workloads (004 §1.1, §1.2, §1.5). */
export interface IxnContainerFact {
  /** Container name. */
  readonly name: string;
  /** Image repository in the registry. */
  readonly repository: string;
  /** Requests and limits: the parameter table's defaults. */
  readonly resources: IxnResourcesFact;
  /** Catalogue port names the container serves. */
  readonly portNames: string[];
}

/** Release name: one Helm release `ixn-<tenant sid>` per tenant (004 §1.2). */
export const IXN_RELEASE_PREFIX = 'ixn-';

/**
 * Pod and workload names (004 §1.1): the pods are `ixn-{sid}-sts-0` (a StatefulSet `ixn-{sid}-sts`)
 * and `ixn-{sid}-vqnode-deploy-<hash>` (a Deployment `ixn-{sid}-vqnode-deploy`).
 */
export const IXN_WORKLOAD_SUFFIXES = { server: '-sts', vqNode: '-vqnode-deploy', source: '004 §1.1' } as const;

/**
 * Resources: the parameter table's defaults (004 §1.5, §3.1).
 *
 * Reading chosen: for IXN Server the table gives 50m/1Gi requests and 1.25/6Gi limits, the sample
 * override 100m/512Mi and 200m/2Gi. The table is the chart's default, the sample one lab's override
 * (its other values are lab values too: a staging registry, `latest` tags): the table.
 */
export const IXN_CONTAINERS: { server: IxnContainerFact; node: IxnContainerFact; vqNode: IxnContainerFact; logSidecar: IxnContainerFact } = {
  server: {
    name: 'ixn-server',
    repository: 'ixn/interaction_server',
    resources: { cpuRequest: '50m', cpuLimit: '1.25', memoryRequest: '1Gi', memoryLimit: '6Gi' },
    portNames: ['server-default', 'server-health'],
  },
  node: {
    name: 'ixn-node',
    repository: 'ixn/ixn_node',
    resources: { cpuRequest: '40m', cpuLimit: '300m', memoryRequest: '128Mi', memoryLimit: '320Mi' },
    portNames: ['node-default'],
  },
  vqNode: {
    name: 'ixn-vqnode',
    repository: 'ixn/ixn_vq_node',
    resources: { cpuRequest: '30m', cpuLimit: '300m', memoryRequest: '128Mi', memoryLimit: '160Mi' },
    portNames: ['vqnode-default', 'vqnode-health'],
  },
  // "you have to provide fluent-bit 1.8.x image from the vendor and keep it in the same registry as
  // other images are pushed to"; its health port (13137) is off by default and not served here.
  logSidecar: {
    name: 'log-sidecar',
    repository: 'fluent/fluent-bit',
    resources: { cpuRequest: '40m', cpuLimit: '300m', memoryRequest: '128Mi', memoryLimit: '320Mi' },
    portNames: [],
  },
};

/** Tag of the log sidecar image in the guide's sample. */
export const IXN_LOG_SIDECAR_TAG = '1.8.5';

/**
 * JVM options of IXN Server (`ixnService.ixnServer.jvmOptions.1`–`.7`, 004 §1.5).
 *
 * Reading chosen: the seventh is printed `-XX:AdaptiveSizePol`, cut off. The JVM refuses to start on
 * an option it does not know, so it cannot be passed as printed. The six before it are, in order, the
 * JVM settings of the Red Hat OpenJDK container images, whose next entry is
 * `-XX:AdaptiveSizePolicyWeight=90`: that is the seventh.
 */
export const IXN_JVM_OPTIONS = {
  options: [
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+UseCGroupMemoryLimitForHeap',
    '-XX:+UseG1GC',
    '-XX:MinHeapFreeRatio=5',
    '-XX:MaxHeapFreeRatio=10',
    '-XX:GCTimeRatio=4',
    '-XX:AdaptiveSizePolicyWeight=90',
  ],
  source: '004 §1.5; 004 §3.1',
} as const;

/**
 * Replicas: "Applied to both Interaction Service and Interaction Server VQ node pods. Can only be 1
 * or 0. Other values are not supported" (004 §1.6, §3.1 `replicaCount`).
 */
export const IXN_REPLICAS = { allowed: [0, 1], default: 1, source: '004 §1.6; 004 §3.1' } as const;

/**
 * Consul settings of the two pods (004 §3.2 `ixnService.annotations`, `ixnVQNode.annotations`,
 * `ixnNode.consul.*`, `ixnServer.confServer.*`, `ixnNode.configNode.*`).
 *
 * Reading chosen: `ixnNode.configNode.port` is 8888 in the parameter table and in connection #14, and
 * 11100 in the sample. The port is the local end of the Consul upstream `voice-config:<port>`, and the
 * other upstream, `tenant-<uuid>:<confServer.port>`, already binds local port 8888; two upstreams
 * cannot share a local port. The sample's 11100.
 */
export const IXN_CONSUL = {
  /** Consul agent HTTP port (the DaemonSet on the node, reached at `status.hostIP`). */
  agentPort: 8500,
  /**
   * Consul agent HTTPS port (003 §5.2: the by-port table lists "8500/8501 TCP" for Interaction
   * Server, HTTP and HTTPS; the by-service table only 8500). The guide's sample
   * uses 8500 with `sslMode: false`, but with the TLS the Voice guide turns on in Consul (000 §2.4)
   * the chart serves the agent API over HTTPS only, so by default IXN Node uses this port with
   * `sslMode: true`.
   */
  agentTlsPort: 8501,
  /** Upstream to the tenant's Configuration Server: `tenant-<uuid>:8888`. */
  configServerUpstreamPrefix: 'tenant-',
  configServerLocalPort: 8888,
  /** Upstream to the Voice Config Service: `voice-config:11100`. */
  configNodeUpstream: 'voice-config',
  configNodeLocalPort: 11100,
  /** Both upstreams are reached on localhost. */
  upstreamHost: 'localhost',
  /** `confServer.appName`: the IXN Server application in Configuration Server. */
  configServerAppName: 'InteractionServer',
  /** `consul.hashicorp.com/connect-service-port` of each pod. */
  serverServicePort: 'server-default',
  vqNodeServicePort: 'vqnode-default',
  /** `consul.hashicorp.com/service-tags`. */
  serviceTags: 'service-ixn',
  /** Annotations carrying the tenant. */
  tenantIdAnnotation: 'consul.hashicorp.com/service-meta-tenant-id',
  tenantSidAnnotation: 'consul.hashicorp.com/service-meta-tenant-sid',
  serviceTagsAnnotation: 'consul.hashicorp.com/service-tags',
  source: '004 §1.3; 004 §3.2; 004 §2.4 #5 #14',
} as const;

/**
 * Consul services and service accounts (004 §1.6): "it must be named as `ixn-server-<…>` for consul
 * injection working"; the suffix is lost in the seed. Reading chosen: the tenant's UUID (`tenant.id`).
 * The vendor's Tenant Service values name the upstreams `ixn-server-${TENANT_UUID}:7120` and
 * `ixn-vqnode-${TENANT_UUID}:7122` (vendor: services/tenant/02_chart_tenant/override_values.yaml),
 * so the Consul services must carry the UUID for the Tenant Service to reach them; Consul's injector
 * requires a pod's account name to equal its Consul service name when ACLs are on, so each account
 * takes the same name.
 */
export const IXN_SERVICE_ACCOUNTS = {
  serverPrefix: 'ixn-server-',
  vqNodePrefix: 'ixn-vqnode-',
  source: '004 §1.6; vendor: services/tenant/02_chart_tenant/override_values.yaml',
} as const;

/**
 * Databases (004 §2.1, §2.3): "IXN requires two PostgreSQL databases to be created: for IXN and IXN
 * Node", on a "dedicated PostgreSQL deployment per customer". Only PostgreSQL (`engine: postgre`).
 *
 * Reading chosen: the sample names them `ixn-${TENANT_ID}` and `ixn-node-${TENANT_ID}`, the deploy
 * snippet `ixn-db` and `ixn-node`. One release runs per tenant and tenant data is never shared
 * (003 §1.11): the per-tenant names of the sample.
 */
export const IXN_DATABASES = {
  engine: 'postgre',
  serverNamePrefix: 'ixn-',
  nodeNamePrefix: 'ixn-node-',
  serverSecretPrefix: 'ixn-db-secret-',
  nodeSecretPrefix: 'ixn-node-db-secret-',
  /**
   * Keys of those Secrets. The guide gives the Secret's contents only as the chart values that fill
   * it, `secrets.db.username` and `secrets.db.password` (004 §3.2; the vendor's override values
   * carry the same two keys): reading chosen, the keys are named as those values.
   */
  secretUserKey: 'username',
  secretPasswordKey: 'password',
  /** `ixnServer.db.connectionString`. */
  connectionString: 'KeepaliveInterval=1;KeepaliveTime=60;',
  /** `ixnNode.db.options`. */
  nodeKeepAlive: true,
  nodeKeepAliveInitialDelayMillis: 300000,
  source: '004 §2.1; 004 §2.3; 004 §3.2',
} as const;

/** The Secrets of the sample's `volumes` and where each container mounts them (004 §3.3). */
export const IXN_SECRETS = {
  /** ORS Redis stream credentials: key `voice-redis-ors-stream`, JSON; mounted in IXN Node. */
  redisSecretName: 'redis-ors-secret',
  redisSecretKey: 'voice-redis-ors-stream',
  redisMountPath: '/mnt/env-secrets/redis-secrets',
  /** Kafka connection JSON `{"bootstrap", "username"?, "password"?}`; mounted in IXN Server and VQ Node. */
  kafkaSecretName: 'kafka-shared-secret',
  kafkaSecretKey: 'kafka-secrets',
  kafkaMountPath: '/mnt/env-secrets/kafka-secrets',
  source: '004 §3.2; 004 §3.3',
} as const;

/** IXN Server log storage (`ixnServer.logStorage`, 004 §6.5): an emptyDir at `/mnt/logs`. */
export const IXN_LOG_STORAGE = { mountPath: '/mnt/logs', source: '004 §6.5; 004 §3.2' } as const;

/**
 * The IXN Server application in Configuration Server must name its health endpoint (004 §3.1,
 * "Configuration Server settings"): `[health-service] soap-endpoint = http://localhost:<port>/health`.
 * The guide's example uses 9100, the sample's health port; the endpoint must be the health port the
 * server actually serves, which is the catalogue's 13131 (see `services-engagement.ts`).
 */
export const IXN_HEALTH_SERVICE = { section: 'health-service', option: 'soap-endpoint', path: '/health', source: '004 §3.1' } as const;

/** "The same Redis for ORS and IXN Server" (004 §2.1): the Voice ORS stream. */
export const IXN_ORS_REDIS = { name: 'redis-ors-stream', source: '004 §2.1' } as const;
