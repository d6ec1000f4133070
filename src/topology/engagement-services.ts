import { Construct } from 'constructs';
import { Unit } from './unit';
import { Catalog } from '../catalog';
import { DATA_STORE_REQUIREMENTS } from '../catalog/data/data-stores';
import { GES_CONFIG_DEFAULTS } from '../catalog/data/ges-facts';
import { IXN_DATABASES, IXN_ORS_REDIS, IXN_SECRETS } from '../catalog/data/interaction-server-facts';
import { ClusterChart, addChecks, problem } from '../core';
import { checkProps } from '../core/check-props';
import { SynthProblemsError } from '../core/problems';
import { ElasticsearchCluster, KafkaCluster, PostgresServer, RedisCluster, SecretReference, VoiceRedis } from '../datastores';
import {
  CxContact,
  CxContactOptions,
  GenesysEngagementService,
  GenesysEngagementServiceOptions,
  GesSecrets,
  InteractionServer,
  InteractionServerOptions,
} from '../services';

/** A tenant homed in the unit, as `group.tenantsHomedIn(unit)` gives it. */
export interface HomedTenant {
  /** The tenant's UUID. */
  readonly tenantId: string;
  /** The tenant's short id, e.g. `t100`. */
  readonly shortId: string;
}

/** CX Contact in `EngagementServices`: its options, its Elasticsearch, and the Secrets of the stores the construct makes. */
export interface EngagementCxContactOptions extends CxContactOptions {
  /**
   * The Elasticsearch (7.x, without authentication, 003 §1.11) CX Contact keeps its data in, with
   * service group `cxc`, e.g. `new ElasticsearchCluster(unit, 'cxc-elasticsearch', { url, version: '7.17', serviceGroup: 'cxc' })`.
   * No cloud offers a managed one the Terraform could provision, so you make it.
   */
  readonly elasticsearch: ElasticsearchCluster;
  /**
   * The Secret key, in namespace `cxc`, with the password of CX Contact's Redis. The guide names no
   * Secret for it (CX Contact takes it as the chart value `redis.password`, 002 §3.4); the Terraform
   * writes the managed store's key there.
   */
  readonly redisCredentials: SecretReference;
  /** The Secret key, in namespace `cxc`, with the password of CX Contact's PostgreSQL database; the Terraform writes it. */
  readonly postgresCredentials: SecretReference;
}

/** Options of `EngagementServices`. */
export interface EngagementServicesProps {
  /**
   * The unit's Voice Redis services: GES writes callbacks to their ORS stream (001 §2.1), and each
   * Interaction Server reads it, "the same Redis for ORS and IXN Server" (004 §2.1).
   */
  readonly voiceRedis: VoiceRedis;
  /** The unit's Kafka, "the same Kafka for GIM and IXN Server" (004 §2.1). */
  readonly kafka: KafkaCluster;
  /**
   * The tenants homed in the unit (`group.tenantsHomedIn(unit)`): an Interaction Server each, on a
   * PostgreSQL server of its own ("IXN requires dedicated PostgreSQL deployment per customer",
   * 004 §2.1). A tenant homed elsewhere is an error of the unit group (003 §1.5).
   */
  readonly tenants: HomedTenant[];
  /** GES. */
  readonly ges: GenesysEngagementServiceOptions;
  /** Every tenant's Interaction Server. */
  readonly interactionServer: InteractionServerOptions;
  /**
   * CX Contact. It may also run in a secondary unit (003 §2.3), as a deployment of its own (002);
   * make it there with `CxContact` and stores of that unit.
   *
   * @default - no CX Contact
   */
  readonly cxContact?: EngagementCxContactOptions;
  /**
   * Prefix of the names of the managed stores: `<prefix>-ges` (GES's Redis), `<prefix>-ges-pg`,
   * `<prefix>-cxc`, `<prefix>-cxc-pg` and `<prefix>-ixn-<tenant short id>`.
   *
   * @default - `<unit group>-<unit id>`, e.g. `acme-us-east`
   */
  readonly storeNamePrefix?: string;
}

/** Namespaces (003 §6.4) of the three products, which are their stores' service groups. */
const NAMESPACE = { ges: Catalog.product('ges').namespace, cxc: Catalog.product('cxc').namespace, ixn: Catalog.product('ixn').namespace };

/**
 * The engagement services of a primary unit, with their data stores, as one construct.
 *
 * It makes:
 *
 * - **GES** (`GenesysEngagementService`, 001) on a managed Redis (`<prefix>-ges`) and PostgreSQL
 *   server (`<prefix>-ges-pg`, database `ges`) of its own (001 §4.2 step 2), with the guide's Secrets
 *   (`GesSecrets`), writing callbacks to the unit's ORS stream;
 * - **an Interaction Server per tenant homed in the unit** (`InteractionServer`, 004), each on a
 *   managed PostgreSQL server of its own (`<prefix>-ixn-<tenant>`, databases `ixn-<tenant>` and
 *   `ixn-node-<tenant>`, Secrets `ixn-db-secret-<tenant>` and `ixn-node-db-secret-<tenant>` with
 *   keys `username` and `password`, `<tenant>` being the short id), reading the ORS stream through
 *   Secret `redis-ors-secret` and the unit's Kafka;
 * - **CX Contact** (`CxContact`, 002), when asked, on a managed Redis (`<prefix>-cxc`) and
 *   PostgreSQL server (`<prefix>-cxc-pg`, database `cxc`) and the Elasticsearch you give.
 *
 * The managed stores are made at the sizes 003 §1.11 requires at least (two shards, one replica);
 * `GroupTerraform` provisions them and writes their credentials Secrets. GES and Interaction Server
 * run only in the primary unit (003 §2.3): in a secondary unit the unit refuses this construct.
 * Every service and store it makes is exposed, for changes the props do not offer.
 */
export class EngagementServices extends Construct {
  /** GES. */
  public readonly ges: GenesysEngagementService;
  /** GES's Redis. */
  public readonly gesRedis: RedisCluster;
  /** GES's PostgreSQL server. */
  public readonly gesPostgres: PostgresServer;
  /** The Interaction Servers, one per tenant, in the order of `tenants`. */
  public readonly interactionServers: InteractionServer[];
  /** The PostgreSQL server of each Interaction Server, in the same order. */
  public readonly interactionServerPostgres: PostgresServer[];
  /** CX Contact, when asked for. */
  public readonly cxContact?: CxContact;
  /** CX Contact's Redis, when CX Contact is asked for. */
  public readonly cxContactRedis?: RedisCluster;
  /** CX Contact's PostgreSQL server, when CX Contact is asked for. */
  public readonly cxContactPostgres?: PostgresServer;

  /**
   * @param scope the primary unit
   * @param id construct id, e.g. `engagement`
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: EngagementServicesProps) {
    checkProps(scope, 'EngagementServicesProps', props, id);
    const unit = enclosingUnit(scope, id);
    super(scope, id);
    const prefix = props.storeNamePrefix ?? `${unit.unitGroup}-${unit.clusterId}`;
    const managedRedis = (storeId: string, suffix: string, serviceGroup: string) =>
      RedisCluster.managed(this, storeId, {
        platform: unit.platform,
        name: `${prefix}-${suffix}`,
        shards: DATA_STORE_REQUIREMENTS.redis.minShards,
        replicasPerShard: DATA_STORE_REQUIREMENTS.redis.minReplicas,
        serviceGroup,
      });
    const managedPostgres = (storeId: string, suffix: string) => PostgresServer.managed(this, storeId, { platform: unit.platform, name: `${prefix}-${suffix}` });

    this.gesRedis = managedRedis('ges-redis', 'ges', NAMESPACE.ges);
    this.gesPostgres = managedPostgres('ges-postgres', 'ges-pg');
    this.ges = new GenesysEngagementService(this, 'ges', {
      ...props.ges,
      redis: this.gesRedis.bind(NAMESPACE.ges, 'ges-redis', GesSecrets.redis()),
      orsRedis: props.voiceRedis.crossNamespaceBinding(GES_CONFIG_DEFAULTS.orsRedisName, GesSecrets.orsStream(), NAMESPACE.ges),
      postgres: this.gesPostgres.database({ database: 'ges', service: 'ges', credentials: GesSecrets.database(), user: GesSecrets.databaseUser() }),
    });

    if (props.cxContact) {
      const { elasticsearch, redisCredentials, postgresCredentials, ...options } = props.cxContact;
      this.cxContactRedis = managedRedis('cxc-redis', 'cxc', NAMESPACE.cxc);
      this.cxContactPostgres = managedPostgres('cxc-postgres', 'cxc-pg');
      this.cxContact = new CxContact(this, 'cxc', {
        ...options,
        platform: unit.platform,
        redis: this.cxContactRedis.bind(NAMESPACE.cxc, 'cxc-redis', redisCredentials),
        elasticsearch: elasticsearch.bind(NAMESPACE.cxc),
        postgres: this.cxContactPostgres.database({ database: 'cxc', service: 'cxc-list-manager', credentials: postgresCredentials }),
      });
    }

    this.interactionServers = [];
    this.interactionServerPostgres = [];
    // IXN Node's Secret with the ORS stream connection, in namespace ixn (004 §3.3).
    const ixnOrsStream = SecretReference.of(IXN_SECRETS.redisSecretName, IXN_SECRETS.redisSecretKey);
    for (const tenant of props.tenants) {
      const postgres = managedPostgres(`ixn-postgres-${tenant.shortId}`, `ixn-${tenant.shortId}`);
      const database = (name: string, secretName: string) =>
        postgres.database({
          database: name,
          service: 'ixn',
          tenant: tenant.shortId,
          credentials: SecretReference.of(secretName, IXN_DATABASES.secretPasswordKey),
          user: SecretReference.of(secretName, IXN_DATABASES.secretUserKey),
        });
      this.interactionServerPostgres.push(postgres);
      this.interactionServers.push(
        new InteractionServer(this, `ixn-${tenant.shortId}`, {
          ...props.interactionServer,
          tenantId: tenant.tenantId,
          tenantShortId: tenant.shortId,
          serverPostgres: database(`${IXN_DATABASES.serverNamePrefix}${tenant.shortId}`, `${IXN_DATABASES.serverSecretPrefix}${tenant.shortId}`),
          nodePostgres: database(`${IXN_DATABASES.nodeNamePrefix}${tenant.shortId}`, `${IXN_DATABASES.nodeSecretPrefix}${tenant.shortId}`),
          orsRedis: props.voiceRedis.crossNamespaceBinding(IXN_ORS_REDIS.name, ixnOrsStream, NAMESPACE.ixn),
          kafka: props.kafka.binding,
        }),
      );
    }
    addChecks(this, () => storesOfOtherUnits(unit, props));
  }
}

/** The unit the construct is made in; anything else stops construction with the fix. */
function enclosingUnit(scope: Construct, id: string): Unit {
  const found = [scope, ...scope.node.scopes.slice().reverse()].find((c): c is Unit => c instanceof Unit);
  if (found) return found;
  const at = [scope.node.path, id].filter(Boolean).join('/');
  throw new SynthProblemsError([
    `[${at}] ${problem(
      'EngagementServices is not inside a unit; GES, CX Contact and Interaction Server run in the primary unit of a unit group',
      "create it in the primary unit: new EngagementServices(unit, 'engagement', { ... })",
      '003 §2.3',
    )}`,
  ]);
}

/**
 * The Voice Redis and the Kafka must be the unit's own: the Secrets the bindings need are written
 * in the stores' cluster, and the services reach the stores of their own unit.
 */
function storesOfOtherUnits(unit: Unit, props: EngagementServicesProps): string[] {
  const given: Array<[string, Construct]> = [
    ['voiceRedis', props.voiceRedis],
    ['kafka', props.kafka],
  ];
  const clusterOf = (store: Construct) => [store, ...store.node.scopes.slice().reverse()].find((c): c is ClusterChart => c instanceof ClusterChart);
  return given
    .filter(([, store]) => clusterOf(store) !== unit)
    .map(([name, store]) => {
      const other = clusterOf(store);
      return problem(
        `EngagementServices: ${name} is "${store.node.path}", ${other ? `a store of unit ${other.clusterId}` : 'outside any unit'}, not of ${unit.clusterId}`,
        `pass the ${store.constructor.name} made in ${unit.clusterId}`,
      );
    });
}
