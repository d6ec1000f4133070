import { Construct } from 'constructs';
import { KubernetesPlatform } from '../catalog';
import { DATA_STORE_REQUIREMENTS, REDIS_DEFAULT_PORT } from '../catalog/data/data-stores';
import { ClusterChart, addChecks, problem } from '../core';
import { Platform } from '../platform';
import { checkArguments } from './argument-checks';
import { GroupOwnership } from './group-ownership';
import { SecretReference } from './secret-reference';
import { isHost, majorVersion } from './versions';
import { checkProps } from '../core/check-props';

/** What a service receives to reach a Redis store. */
export interface RedisBinding {
  /** Logical name of the store for this use, e.g. `redis-agent-state` or `ges-redis`. */
  readonly name: string;
  /** Host the service connects to. */
  readonly host: string;
  /** Port. */
  readonly port: number;
  /** True when connections use TLS. */
  readonly tls: boolean;
  /** True when the store runs in Redis cluster mode. */
  readonly clusterMode: boolean;
  /** The Secret key with the credentials, when the store needs them. */
  readonly credentials?: SecretReference;
}

/** How a Redis credentials Secret key holds the password, as each consumer's guide says. */
export enum CredentialFormat {
  /** The bare password. */
  PASSWORD = 'password',
  /** JSON `{"password": ...}`: the Voice Redis Secrets (000 §2.2). */
  VOICE_JSON = 'voice-json',
  /** JSON `{"password", "port", "rejectUnauthorized", "servername"}`: the ORS stream Secret of GES and Interaction Server (001 §3.3, 004 §3.3). */
  ORS_STREAM_JSON = 'ors-stream-json',
}

/** Where a credentials Secret must exist: the Terraform creates these for stores it provisions. */
export interface CredentialUse {
  /** Namespace of the consuming service. */
  readonly namespace: string;
  /** The Secret and key. */
  readonly secret: SecretReference;
  /** How the key holds the password. */
  readonly format: CredentialFormat;
}

/** A Redis store the Terraform provisions: Azure Cache for Redis (Premium, clustered, TLS) or Memorystore for Redis Cluster. */
export interface ManagedRedisProps {
  /**
   * The platform of the unit the store is in (`unit.platform`): decides the cloud service and the
   * host name. Another platform than the unit's is an error.
   */
  readonly platform: Platform;
  /** Name of the cloud resource, a DNS label, e.g. `acme-us-east-voice`. */
  readonly name: string;
  /** Shards; at least 2 (003 §1.11). */
  readonly shards: number;
  /** Replicas per shard; at least 1 (003 §1.11). */
  readonly replicasPerShard: number;
  /** The service group whose data it holds. */
  readonly serviceGroup: string;
  /** Let other service groups keep data here (non-production only). @default false */
  readonly allowSharingAcrossGroups?: boolean;
}

/** A Redis deployment: an existing one you point at, or one the Terraform provisions. */
export interface RedisClusterProps {
  /** Address the services connect to: an IPv4 address or a host name. */
  readonly address: string;
  /** Port. @default 6379 */
  readonly port?: number;
  /** Redis version, e.g. `6.2`. The guides require 6.x (003 §3.3). */
  readonly version: string;
  /** TLS on connections; required (003 §1.11). @default true */
  readonly tls?: boolean;
  /** Cluster mode; required (003 §1.11). @default true */
  readonly clusterMode?: boolean;
  /** Number of nodes; at least 3 (003 §1.11). */
  readonly nodes: number;
  /** Replicas per shard; at least 1 (003 §1.11). */
  readonly replicasPerShard: number;
  /** Shards; at least 2 (003 §1.11). */
  readonly shards: number;
  /**
   * The service group (namespace, 003 §6.4) whose data the store holds, e.g. `voice` or `ges`.
   * "Each service must have its own data store cluster ... which must not be shared in production
   * environments unless they are under the same service group" (003 §1.11).
   */
  readonly serviceGroup: string;
  /**
   * Let services of other groups keep their own data in this store. Only for non-production
   * environments (003 §1.11).
   *
   * @default false
   */
  readonly allowSharingAcrossGroups?: boolean;
  /** The cloud resource name, when the Terraform provisions the store (use `RedisCluster.managed`). @default - not provisioned */
  readonly managedName?: string;
}

/**
 * A Redis store, checked against the requirements of 003 §1.11 (cluster mode, TLS, at least three
 * nodes, one replica and two shards, version 6.x) and the rule that only one service group keeps
 * its data in it.
 */
export class RedisCluster extends Construct {
  /**
   * A store the Terraform provisions (see `GroupTerraform`). Its host name is known before it
   * exists (`Platform.managedHost`), so the manifests do not wait for the Terraform; it runs Redis
   * in cluster mode with TLS, with every node counted from shards and replicas.
   *
   * @param scope the unit
   * @param id construct id
   * @param props options
   */
  public static managed(scope: Construct, id: string, props: ManagedRedisProps): RedisCluster {
    checkProps(scope, 'ManagedRedisProps', props, id);
    const cluster = ClusterChart.enclosing(scope);
    const gke = props.platform.kind === KubernetesPlatform.GKE;
    return new RedisCluster(scope, id, {
      address: props.platform.managedHost('redis', props.name, cluster.clusterId, cluster.unitGroup ?? 'default'),
      // Azure Cache for Redis serves TLS on 6380; Memorystore for Redis Cluster on 6379.
      port: gke ? 6379 : 6380,
      // Azure Cache for Redis runs 6.x; Memorystore for Redis Cluster only runs 7.x.
      version: gke ? '7.2' : '6.0',
      nodes: props.shards * (1 + props.replicasPerShard),
      shards: props.shards,
      replicasPerShard: props.replicasPerShard,
      serviceGroup: props.serviceGroup,
      allowSharingAcrossGroups: props.allowSharingAcrossGroups,
      managedName: props.name,
    });
  }

  /** Address. */
  public readonly address: string;
  /** Port. */
  public readonly port: number;
  /** TLS on connections. */
  public readonly tls: boolean;
  /** Cluster mode. */
  public readonly clusterMode: boolean;
  /** Owning service group. */
  public readonly serviceGroup: string;
  /** Set when the Terraform provisions the store: its cloud resource name. */
  public readonly managedName?: string;
  /** Number of shards. */
  public readonly shards: number;
  /** Replicas per shard. */
  public readonly replicasPerShard: number;
  private readonly uses: CredentialUse[] = [];
  private readonly ownership: GroupOwnership;

  /**
   * @param scope the unit
   * @param id construct id
   * @param props options
   */

  public constructor(scope: Construct, id: string, props: RedisClusterProps) {

    checkProps(scope, 'RedisClusterProps', props, id);
    super(scope, id);
    this.managedName = props.managedName;
    this.shards = props.shards;
    this.replicasPerShard = props.replicasPerShard;
    this.address = props.address;
    this.port = props.port ?? REDIS_DEFAULT_PORT;
    this.tls = props.tls ?? true;
    this.clusterMode = props.clusterMode ?? true;
    this.serviceGroup = props.serviceGroup;
    this.ownership = new GroupOwnership('Redis', id, props.serviceGroup, props.allowSharingAcrossGroups ?? false);
    addChecks(this, () => this.check(props));
  }

  /**
   * A binding for a service group that keeps its own data here.
   *
   * @param serviceGroup the consuming service's group (namespace)
   * @param name logical name of the use, e.g. `ges-redis`
   * @param credentials the Secret key with the credentials, in the consumer's namespace
   * @param format how the key holds the password
   */
  public bind(serviceGroup: string, name: string, credentials?: SecretReference, format: CredentialFormat = CredentialFormat.PASSWORD): RedisBinding {
    checkArguments(this, 'RedisCluster.bind', [
      { name: 'serviceGroup', value: serviceGroup, kind: 'string' },
      { name: 'name', value: name, kind: 'string' },
      { name: 'credentials', value: credentials, kind: 'SecretReference', optional: true },
    ]);
    this.ownership.use(serviceGroup);
    if (credentials) this.recordCredentials(serviceGroup, credentials, format);
    return { name, host: this.address, port: this.port, tls: this.tls, clusterMode: this.clusterMode, credentials };
  }

  /**
   * Records that a Secret with this store's credentials must exist in a namespace.
   *
   * @param namespace the consuming service's namespace
   * @param secret the Secret and key
   * @param format how the key holds the password
   */
  public recordCredentials(namespace: string, secret: SecretReference, format: CredentialFormat = CredentialFormat.PASSWORD): void {
    if (!this.uses.some((u) => u.namespace === namespace && u.secret.secretName === secret.secretName && u.secret.key === secret.key)) {
      this.uses.push({ namespace, secret, format });
    }
  }

  /** Every Secret with this store's credentials the services expect. */
  public get credentialUses(): CredentialUse[] {
    return [...this.uses];
  }

  private check(props: RedisClusterProps): string[] {
    const req = DATA_STORE_REQUIREMENTS.redis;
    const found: string[] = [];
    const below = (what: string, fix: string) => found.push(problem(`Redis "${this.node.id}": ${what}`, fix, req.source));
    // A store the Terraform provisions has a host made from its name; the unit checks that name (cloud naming rules).
    if (!props.managedName && !isHost(props.address)) below(`address "${props.address}" is not an IPv4 address or host name`, 'give the host the services connect to, without scheme or port');
    const major = majorVersion(props.version);
    if (major === undefined || major < req.majorVersion) below(`version ${props.version} is below 6.x, which private edition requires`, 'use Redis 6.x or later');
    if (!this.clusterMode) below('cluster mode is off, but private edition requires Redis in cluster mode', 'turn clusterMode on');
    if (!this.tls) below('TLS is off, but private edition requires TLS to Redis', 'turn tls on');
    if (props.nodes < req.minNodes) below(`has ${props.nodes} node(s); the minimum is ${req.minNodes}`, `run at least ${req.minNodes} nodes`);
    if (props.replicasPerShard < req.minReplicas) below(`has ${props.replicasPerShard} replica(s) per shard; the minimum is ${req.minReplicas}`, 'add a replica per shard');
    if (props.shards < req.minShards) below(`has ${props.shards} shard(s); the minimum is ${req.minShards} per DB`, `run at least ${req.minShards} shards`);
    found.push(...this.ownership.problems());
    return found;
  }
}
