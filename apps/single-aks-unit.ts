import {
  ChartDelivery,
  ChartRepository,
  ConsulMesh,
  ConsulSettings,
  GenesysApp,
  KafkaCluster,
  Platform,
  PostgresServer,
  RedisCluster,
  SecretReference,
  TenantService,
  Unit,
  UnitRole,
  VoiceMicroservices,
  VoiceRedis,
} from '../src';

/** Tenant t100 of the reference topology. */
export const T100 = { tenantId: '9350e2fc-a1dd-4c65-8d40-1f75a2e080dd', shortId: 't100' };

/**
 * Example: a single AKS unit, `us-east`, outside any unit group, with its data stores, the Voice
 * Microservices and the Tenant Service of tenant t100.
 */
export function defineSingleAksUnit(app: GenesysApp): Unit {
  const platform = Platform.aks();
  const unit = new Unit(app, 'us-east', {
    platform,
    role: UnitRole.PRIMARY,
    region: 'eastus2',
    unitGroup: 'acme',
    imageRegistry: 'acmegenesys.azurecr.io',
    // Flux installs the charts from acme's mirror of the Genesys chart repository.
    charts: ChartDelivery.flux({ repository: ChartRepository.url('https://charts.acme.example.com/genesys', { credentialsSecret: 'genesys-charts-login' }) }),
  });

  new ConsulSettings(unit, 'consul', { datacenter: 'us-east', storageClass: 'disk-premium' });
  new ConsulMesh(unit, 'mesh');
  const voiceRedisStore = new RedisCluster(unit, 'voice-redis', {
    address: '10.20.0.15',
    version: '6.2',
    nodes: 6,
    replicasPerShard: 1,
    shards: 3,
    serviceGroup: 'voice',
  });
  const redis = new VoiceRedis(unit, 'voice-redis-services', { cluster: voiceRedisStore });
  const kafka = new KafkaCluster(unit, 'kafka', {
    bootstrapServers: ['infra-kafka-cp-kafka.infra.svc.cluster.local:9092'],
    version: '2.8',
  });
  const tenantDb = new PostgresServer(unit, 'tenant-postgres', { address: 'acme-us-east-pg.postgres.database.azure.com', version: '14' });

  new VoiceMicroservices(unit, 'voice', {
    platform,
    version: '100.0.100.0009',
    redis,
    kafka,
    voicemail: { gwsBaseUrl: 'https://gws.acme.example.com/auth/v3', azureBlob: {}, tenants: [T100] },
  });

  new TenantService(unit, 'tenant-t100', {
    ...T100,
    version: '100.0.1000076',
    location: 'eastus2',
    sipDomain: 't100.sip.acme.example.com',
    redis: redis.binding('redis-tenant-stream'),
    kafka: kafka.binding,
    postgres: tenantDb.database({
      database: 'tenant_t100',
      service: 'tenant',
      tenant: T100.shortId,
      credentials: SecretReference.of('tenant-t100-postgres', 'password'),
      user: SecretReference.of('tenant-t100-postgres', 'user'),
    }),
  });
  return unit;
}

// Synthesize it with `npx ts-node --project apps/tsconfig.json apps/single-aks-unit.ts`, which writes
// dist/examples/single-aks-unit/us-east/ (or CDK8S_OUTDIR).
if (require.main === module) {
  const app = new GenesysApp({ outdir: process.env.CDK8S_OUTDIR ?? 'dist/examples/single-aks-unit' });
  defineSingleAksUnit(app);
  app.synthOrReport();
  if (!process.exitCode) console.log(`Wrote ${app.outdir}/`);
}
