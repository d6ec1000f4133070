import { testDelivery, testUnit } from './fixtures';
import {
  CxContactProps,
  ChartDelivery,
  ElasticsearchCluster,
  GenesysApp,
  GenesysEngagementServiceProps,
  GesSecrets,
  InteractionServerProps,
  KafkaCluster,
  Platform,
  PostgresServer,
  RedisCluster,
  SecretReference,
  Unit,
  UnitProps,
  VoiceRedis,
} from '../../src';

/** A unit with the data stores GES, CX Contact and Interaction Server bind to. */
export interface EngagementStores {
  readonly unit: Unit;
  /** The Voice Redis services (the ORS stream is shared with GES and Interaction Server). */
  readonly voiceRedis: VoiceRedis;
  /** GES's dedicated Redis. */
  readonly gesRedis: RedisCluster;
  /** GES's dedicated PostgreSQL. */
  readonly gesPostgres: PostgresServer;
  /** CX Contact's Redis. */
  readonly cxcRedis: RedisCluster;
  /** CX Contact's Elasticsearch. */
  readonly cxcElasticsearch: ElasticsearchCluster;
  /** CX Contact's PostgreSQL. */
  readonly cxcPostgres: PostgresServer;
  /** The customer's PostgreSQL for Interaction Server. */
  readonly ixnPostgres: PostgresServer;
  /** The Kafka GIM and Interaction Server share. */
  readonly kafka: KafkaCluster;
}

/** An AKS (or given-platform) primary unit with every store the three services need. */
export function engagementStores(app: GenesysApp, overrides: Partial<UnitProps> = {}, delivery: ChartDelivery = testDelivery()): EngagementStores {
  const unit = testUnit(app, { platform: Platform.aks(), charts: delivery, ...overrides });
  const redis = (id: string, address: string, serviceGroup: string) =>
    new RedisCluster(unit, id, { address, version: '6.2', nodes: 3, replicasPerShard: 1, shards: 2, serviceGroup });
  return {
    unit,
    voiceRedis: new VoiceRedis(unit, 'voice-redis', { cluster: redis('voice-redis-store', '10.0.5.5', 'voice') }),
    gesRedis: redis('ges-redis', 'ges-redis.infra.svc.cluster.local', 'ges'),
    gesPostgres: new PostgresServer(unit, 'ges-pg', { address: 'ges-pg.infra', version: '14' }),
    cxcRedis: redis('cxc-redis', 'cxc-redis.infra.svc.cluster.local', 'cxc'),
    cxcElasticsearch: new ElasticsearchCluster(unit, 'cxc-es', { url: 'https://cxc-es.infra.svc.cluster.local:9200', version: '7.17', serviceGroup: 'cxc' }),
    cxcPostgres: new PostgresServer(unit, 'cxc-pg', { address: 'cxc-pg.infra', version: '14' }),
    ixnPostgres: new PostgresServer(unit, 'ixn-pg', { address: 'ixn-pg.infra', version: '14' }),
    kafka: new KafkaCluster(unit, 'kafka', { bootstrapServers: ['kafka.infra:9092'], version: '2.8' }),
  };
}

/** GES props on those stores, with any prop overridden. */
export function gesProps(s: EngagementStores, overrides: Partial<GenesysEngagementServiceProps> = {}): GenesysEngagementServiceProps {
  return {
    version: '100.0.100.0050',
    redis: s.gesRedis.bind('ges', 'ges-redis', GesSecrets.redis()),
    orsRedis: s.voiceRedis.crossNamespaceBinding('redis-ors-stream', GesSecrets.orsStream()),
    postgres: s.gesPostgres.database({ database: 'ges', service: 'ges', credentials: GesSecrets.database(), user: GesSecrets.databaseUser() }),
    gws: { publicAuth: 'https://gauth.example.com' },
    regionAffinity: 'eastus2',
    ...overrides,
  };
}

/** The tenant of the guides' samples (003, 002 §4.2, 004 §3.2). */
export const T100 = { tenantId: '9350e2fc-a1dd-4c65-8d40-1f75a2e080dd', sid: '100' } as const;

/** CX Contact props on those stores, with any prop overridden. */
export function cxcProps(s: EngagementStores, overrides: Partial<CxContactProps> = {}): CxContactProps {
  return {
    platform: s.unit.platform,
    redis: s.cxcRedis.bind('cxc', 'cxc-redis', SecretReference.of('cxc-redis', 'password')),
    elasticsearch: s.cxcElasticsearch.bind('cxc'),
    postgres: s.cxcPostgres.database({ database: 'cxc', service: 'cxc-list-manager', credentials: SecretReference.of('cxc-postgres', 'password') }),
    gws: {
      frontendUrl: 'https://gauth.example.com',
      clientId: SecretReference.of('cxc-gws-client', 'client_id'),
      clientSecret: SecretReference.of('cxc-gws-client', 'client_secret'),
    },
    configServer: {
      userName: SecretReference.of('cxc-configserver', 'user_name'),
      password: SecretReference.of('cxc-configserver', 'user_password'),
    },
    complianceData: {
      clientId: SecretReference.of('cxc-cdp', 'gcloud_id'),
      clientSecret: SecretReference.of('cxc-cdp', 'gcloud_secret'),
    },
    ...overrides,
  };
}

/** Interaction Server props for tenant 100 on those stores, with any prop overridden. */
export function ixnProps(s: EngagementStores, overrides: Partial<InteractionServerProps> = {}): InteractionServerProps {
  return {
    tenantId: T100.tenantId,
    tenantShortId: T100.sid,
    version: '100.0.100.0070',
    serverPostgres: s.ixnPostgres.database({ database: 'ixn-100', service: 'ixn', tenant: T100.sid, credentials: SecretReference.of('ixn-db-secret-100', 'password') }),
    nodePostgres: s.ixnPostgres.database({ database: 'ixn-node-100', service: 'ixn', tenant: T100.sid, credentials: SecretReference.of('ixn-node-db-secret-100', 'password') }),
    orsRedis: s.voiceRedis.crossNamespaceBinding('redis-ors-stream', SecretReference.of('redis-ors-secret', 'voice-redis-ors-stream')),
    kafka: s.kafka.binding,
    ...overrides,
  };
}
