import {
  ConsulMesh,
  ConsulSettings,
  GenesysApp,
  KafkaCluster,
  KubernetesPlatform,
  Platform,
  PostgresServer,
  RedisCluster,
  SecretReference,
  TenantService,
  Unit,
  UnitGroup,
  UnitMonitoring,
  UnitRole,
  VoiceMicroservices,
  VoiceRedis,
} from '../src';

/** The reference tenants: t100 homed in us-east, t200 homed in eu-west. */
export const REFERENCE_TENANTS = {
  t100: { tenantId: '9350e2fc-a1dd-4c65-8d40-1f75a2e080dd', shortId: 't100' },
  t200: { tenantId: '0f5c1d52-7a3e-4b8e-9a57-2b1c0d9e8f7a', shortId: 't200' },
};

/** Cloud regions of the reference units on each platform. */
const REGIONS: Record<KubernetesPlatform, Record<string, string>> = {
  [KubernetesPlatform.AKS]: { 'us-east': 'eastus2', 'us-central': 'centralus', 'eu-west': 'westeurope', 'eu-north': 'northeurope' },
  [KubernetesPlatform.GKE]: { 'us-east': 'us-east4', 'us-central': 'us-central1', 'eu-west': 'europe-west1', 'eu-north': 'europe-north1' },
};

/**
 * The reference topology: unit group `acme`; pair `us` = `us-east` (primary) + `us-central`;
 * pair `eu` = `eu-west` + `eu-north`, both secondary; tenant t100 homed in us-east, t200 in
 * eu-west. Every unit runs Voice and the Tenant Service of the tenants it serves.
 */
export function defineReferenceTopology(app: GenesysApp, cloud: KubernetesPlatform = KubernetesPlatform.AKS): UnitGroup {
  const platform = cloud === KubernetesPlatform.AKS ? Platform.aks() : Platform.gke();
  const group = new UnitGroup(app, 'acme', {
    platform,
    imageRegistry: cloud === KubernetesPlatform.AKS ? 'acmegenesys.azurecr.io' : 'us-docker.pkg.dev/acme/genesys',
  });
  const regions = REGIONS[cloud];
  const us = group.addPair('us', { geography: 'us' });
  const eu = group.addPair('eu', { geography: 'europe' });
  const usEast = us.addUnit('us-east', { role: UnitRole.PRIMARY, region: regions['us-east'] });
  us.addUnit('us-central', { role: UnitRole.SECONDARY, region: regions['us-central'] });
  const euWest = eu.addUnit('eu-west', { role: UnitRole.SECONDARY, region: regions['eu-west'] });
  eu.addUnit('eu-north', { role: UnitRole.SECONDARY, region: regions['eu-north'] });

  group.addTenant({ ...REFERENCE_TENANTS.t100, home: usEast });
  group.addTenant({ ...REFERENCE_TENANTS.t200, home: euWest });

  group.units.forEach((unit, index) => defineUnitServices(group, unit, index + 1));
  return group;
}

/** What every reference unit runs: Consul settings and mesh, monitoring, its data stores, Voice, and the Tenant Service per tenant it serves. */
function defineUnitServices(group: UnitGroup, unit: Unit, n: number): void {
  const gke = unit.platform.kind === KubernetesPlatform.GKE;
  new ConsulSettings(unit, 'consul', { datacenter: unit.clusterId, storageClass: gke ? 'premium-rwo' : 'disk-premium' });
  new ConsulMesh(unit, 'mesh');
  // Scrape objects and the guides' alerts for every service of the unit (95-monitoring.yaml).
  new UnitMonitoring(unit, 'monitoring', { platform: unit.platform });

  // Stores the Terraform provisions (Azure Cache for Redis / Memorystore, Azure Database for
  // PostgreSQL / Cloud SQL); their host names are known now, their credentials only to Terraform.
  const redisStore = RedisCluster.managed(unit, 'voice-redis', {
    platform: unit.platform,
    name: `${group.groupId}-${unit.clusterId}-voice`,
    shards: 3,
    replicasPerShard: 1,
    serviceGroup: 'voice',
  });
  const redis = new VoiceRedis(unit, 'voice-redis-services', { cluster: redisStore });
  // Kafka runs in the cluster (GroupTerraform prerequisites), at the guides' example address.
  const kafka = new KafkaCluster(unit, 'kafka', { bootstrapServers: ['infra-kafka-cp-kafka.infra.svc.cluster.local:9092'], version: '2.8' });
  const postgres = PostgresServer.managed(unit, 'tenant-postgres', { platform: unit.platform, name: `${group.groupId}-${unit.clusterId}-pg` });

  new VoiceMicroservices(unit, 'voice', {
    platform: unit.platform,
    version: '100.0.100.0009',
    redis,
    kafka,
    // No Google Cloud Storage option exists for Voicemail (000 §8.3): GKE units keep messages on Filestore.
    voicemail: gke ? { gwsBaseUrl: 'https://gws.acme.example.com/auth/v3', fileSystem: {} } : { gwsBaseUrl: 'https://gws.acme.example.com/auth/v3', azureBlob: {} },
    // GKE's cluster DNS address differs per cluster (000 §8.3).
    sipCluster: gke ? { dnsServer: `10.${100 + n}.0.10` } : undefined,
  });

  for (const tenant of group.tenantsOf(unit)) {
    new TenantService(unit, `tenant-${tenant.shortId}`, {
      tenantId: tenant.tenantId,
      shortId: tenant.shortId,
      version: '100.0.100.0010',
      redis: redis.binding('redis-tenant-stream'),
      kafka: kafka.binding,
      postgres: postgres.database({
        database: `tenant_${tenant.shortId}`,
        service: 'tenant',
        tenant: tenant.shortId,
        credentials: SecretReference.of(`tenant-${tenant.shortId}-postgres`, 'password'),
      }),
    });
  }
}
