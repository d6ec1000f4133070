import { ResourceLimits } from '../../core';
import { KafkaBinding, PostgresBinding, RedisBinding, SecretReference } from '../../datastores';

/**
 * The optional fluent-bit log sidecar of the Interaction Server pod (004 §1.1, §6.5), which the chart
 * adds (`ixnService.image.logSidecar.*`).
 */
export interface InteractionServerLogSidecarOptions {
  /** Image tag; fluent-bit 1.8.x. @default '1.8.5' */
  readonly version?: string;
  /** Image repository, in the same registry as the Interaction Server images. @default 'fluent/fluent-bit' */
  readonly imageRepository?: string;
}

/** Image tags of the three Interaction Server images ("see versions.yaml"); unset ones take `version`. */
export interface InteractionServerImageTags {
  /** `ixn/interaction_server`. @default - `InteractionServerOptions.version` */
  readonly server?: string;
  /** `ixn/ixn_node`. @default - `InteractionServerOptions.version` */
  readonly node?: string;
  /** `ixn/ixn_vq_node`. @default - `InteractionServerOptions.version` */
  readonly vqNode?: string;
}

/**
 * Options of an Interaction Server other than its tenant and data stores: what
 * `EngagementServicesProps.interactionServer` takes for every tenant homed in the unit.
 */
export interface InteractionServerOptions {
  /** Image tag of the three images, unless `imageTags` says otherwise. */
  readonly version: string;
  /** Chart version of the `ixn` chart. @default - the catalogue's, the vendor's published `chart.ver` */
  readonly chartVersion?: string;
  /** Per-image tags. @default - `version` for all three */
  readonly imageTags?: InteractionServerImageTags;
  /** Image registry of every image, the log sidecar's included (004 §1.2). @default - the unit's */
  readonly imageRegistry?: string;
  /**
   * The Kafka connection JSON in namespace `ixn` (Secrets are per namespace).
   *
   * @default - `kafka-shared-secret`, key `kafka-secrets` (004 §3.3)
   */
  readonly kafkaCredentials?: SecretReference;
  /** Pods of each workload: "Can only be 1 or 0" (004 §1.6). @default 1 */
  readonly replicas?: number;
  /** IXN Server requests and limits. @default - 50m/1Gi to 1.25 CPU/6Gi (004 §3.1) */
  readonly serverResources?: ResourceLimits;
  /** IXN Node requests and limits. @default - 40m/128Mi to 300m/320Mi (004 §3.1) */
  readonly nodeResources?: ResourceLimits;
  /** VQ Node requests and limits. @default - 30m/128Mi to 300m/160Mi (004 §3.1) */
  readonly vqNodeResources?: ResourceLimits;
  /** JVM options of IXN Server (`ixnService.ixnServer.jvmOptions`). @default - the guide's seven (004 §1.5) */
  readonly jvmOptions?: string[];
  /** The fluent-bit log sidecar. @default - none */
  readonly logSidecar?: InteractionServerLogSidecarOptions;
  /**
   * Reach the node's Consul agent over HTTPS (port 8501, `sslMode: true`). Consul with TLS, as
   * `ConsulSettings` configures it (000 §2.4), serves the agent API over HTTPS only; set false for
   * a Consul without TLS, as in the guide's sample (port 8500, `sslMode: false`; 004 §3.2).
   *
   * @default true
   */
  readonly consulAgentTls?: boolean;
  /**
   * Your own values for the `ixn` chart, deep-merged over those the library computes (arrays
   * replace, `null` removes a key). A key the chart does not take is a problem naming the key.
   *
   * @default - none
   */
  readonly values?: { [key: string]: any };
}

/** Options of one tenant's Interaction Server. */
export interface InteractionServerProps extends InteractionServerOptions {
  /** The tenant's UUID (`tenant.id`): names its Configuration Server upstream `tenant-<uuid>`. */
  readonly tenantId: string;
  /**
   * The tenant's short id: the guide's `tenant.sid`, a "short 4-digit ID" such as `100`, which names
   * the release `ixn-<sid>` and every per-tenant object. The `t100` form (the Voice guide's tenant pod
   * `t2100-0`, the library's `Tenant.shortId`) names the same tenant and gives sid `100`.
   */
  readonly tenantShortId: string;
  /**
   * IXN Server's database (`ixnService.ixnServer.db`), on the customer's dedicated PostgreSQL
   * (004 §2.1), e.g. `ixn-<sid>`.
   */
  readonly serverPostgres: PostgresBinding;
  /** IXN Node's database (`ixnService.ixnNode.db`), a second database, e.g. `ixn-node-<sid>`. */
  readonly nodePostgres: PostgresBinding;
  /**
   * The ORS Redis stream, "the same Redis for ORS and IXN Server" (004 §2.1), with IXN Node's Secret
   * `redis-ors-secret` (key `voice-redis-ors-stream`) in namespace `ixn` (004 §3.3):
   * `voiceRedis.crossNamespaceBinding('redis-ors-stream', SecretReference.of('redis-ors-secret', 'voice-redis-ors-stream'), 'ixn')`.
   */
  readonly orsRedis: RedisBinding;
  /** The Kafka Genesys Info Mart reads, "the same Kafka for GIM and IXN Server" (004 §2.1). */
  readonly kafka: KafkaBinding;
}
