import { testUnit } from './fixtures';
import {
  GenesysApp,
  KafkaCluster,
  Platform,
  PostgresServer,
  RedisCluster,
  Unit,
  UnitProps,
  VoiceMicroservicesProps,
  VoiceRedis,
} from '../../src';

/** A unit with the data stores the Voice services bind to. */
export interface VoiceStores {
  readonly unit: Unit;
  readonly redis: VoiceRedis;
  readonly kafka: KafkaCluster;
  readonly postgres: PostgresServer;
}

/** An AKS (or given-platform) unit with Redis, Kafka and Postgres ready to bind; `withMesh` as for testUnit. */
export function voiceStores(app: GenesysApp, platform: Platform = Platform.aks(), withMesh = true, overrides: Partial<UnitProps> = {}): VoiceStores {
  const unit = testUnit(app, { platform, ...overrides }, 'us-east', withMesh);
  const store = new RedisCluster(unit, 'redis', { address: '10.0.5.5', version: '6.2', nodes: 3, replicasPerShard: 1, shards: 2, serviceGroup: 'voice' });
  return {
    unit,
    redis: new VoiceRedis(unit, 'voice-redis', { cluster: store }),
    kafka: new KafkaCluster(unit, 'kafka', { bootstrapServers: ['kafka.infra:9092'], version: '2.8' }),
    postgres: new PostgresServer(unit, 'pg', { address: 'pg.infra', version: '14' }),
  };
}

/** The props of a whole Voice Microservices set on those stores. */
export function voiceProps(stores: VoiceStores, overrides: Partial<VoiceMicroservicesProps> = {}): VoiceMicroservicesProps {
  return {
    platform: stores.unit.platform,
    version: '100.0.100.0009',
    redis: stores.redis,
    kafka: stores.kafka,
    voicemail: { gwsBaseUrl: 'https://gws.example.com/auth/v3', fileSystem: {}, tenants: [{ shortId: 't100', tenantId: '9350e2fc-a1dd-4c65-8d40-1f75a2e080dd' }] },
    ...overrides,
  };
}
