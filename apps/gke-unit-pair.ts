// Example: a GKE unit pair. Synthesize it with
//   npx ts-node --project apps/tsconfig.json apps/gke-unit-pair.ts
// which writes the manifests to dist/examples/gke-unit-pair/ (or CDK8S_OUTDIR) and the Terraform to
// dist/examples/gke-unit-pair-terraform/stacks/<stack>/cdk.tf.json (or CDKTF_OUTDIR).
import {
  ChartDelivery,
  ChartRepository,
  clusterDnsAddress,
  ConsulMesh,
  ConsulSettings,
  GenesysApp,
  GenesysEngagementService,
  GesSecrets,
  GroupTerraform,
  GroupTerraformProps,
  KafkaCluster,
  Platform,
  PostgresServer,
  RedisCluster,
  SecretReference,
  StateBackend,
  TenantService,
  Unit,
  UnitGroup,
  UnitMonitoring,
  UnitRole,
  VoiceMicroservices,
  VoiceRedis,
  synthesize,
} from '../src';

/** The pair's tenant, homed in the primary unit and backed by the secondary. */
export const PAIR_TENANT = { tenantId: '7c9e6679-7425-40de-944b-e07fc1f90ae7', shortId: 't300' };

/**
 * A GKE unit pair: group `globex`, pair `eu` (geography `europe`) of `eu-west` (primary,
 * europe-west1) and `eu-north` (secondary, europe-north1), tenant t300 homed in eu-west. Both units
 * run Consul, the mesh, monitoring, the Voice Microservices and t300's Tenant Service on stores the
 * Terraform provisions; the primary also runs GES.
 */
export function defineGkeUnitPair(app: GenesysApp): UnitGroup {
  const group = new UnitGroup(app, 'globex', {
    platform: Platform.gke(),
    imageRegistry: 'europe-docker.pkg.dev/globex/genesys',
    // Argo CD installs the charts from globex's mirror in Artifact Registry (an OCI registry).
    charts: ChartDelivery.argoCd({ repository: ChartRepository.url('oci://europe-docker.pkg.dev/globex/genesys-charts') }),
  });
  const eu = group.addPair('eu', { geography: 'europe' });
  const euWest = eu.addUnit('eu-west', { role: UnitRole.PRIMARY, region: 'europe-west1' });
  eu.addUnit('eu-north', { role: UnitRole.SECONDARY, region: 'europe-north1' });
  group.addTenant({ ...PAIR_TENANT, home: euWest });

  for (const unit of group.units) {
    const stores = defineUnit(group, unit);
    if (unit.role === UnitRole.PRIMARY) defineGes(group, unit, stores);
  }
  return group;
}

interface UnitStores {
  readonly voiceRedis: VoiceRedis;
  readonly postgres: PostgresServer;
}

/** What both units run. */
function defineUnit(group: UnitGroup, unit: Unit): UnitStores {
  const name = (suffix: string) => `${group.groupId}-${unit.clusterId}-${suffix}`;
  // One datacenter per unit, named after it; GES names it as its regionAffinity.
  new ConsulSettings(unit, 'consul', { datacenter: unit.clusterId, storageClass: 'premium-rwo' });
  new ConsulMesh(unit, 'mesh');
  new UnitMonitoring(unit, 'monitoring', { platform: unit.platform });

  const voiceStore = RedisCluster.managed(unit, 'voice-redis', { platform: unit.platform, name: name('voice'), shards: 3, replicasPerShard: 1, serviceGroup: 'voice' });
  const voiceRedis = new VoiceRedis(unit, 'voice-redis-services', { cluster: voiceStore });
  const kafka = new KafkaCluster(unit, 'kafka', { bootstrapServers: ['infra-kafka-cp-kafka.infra.svc.cluster.local:9092'], version: '2.8' });
  const postgres = PostgresServer.managed(unit, 'tenant-postgres', { platform: unit.platform, name: name('pg') });

  new VoiceMicroservices(unit, 'voice', {
    platform: unit.platform,
    version: '100.0.100.0009',
    redis: voiceRedis,
    kafka,
    // On GKE: voicemail on Filestore (Azure Key Vault needs AKS), and SIP Cluster pointed at the
    // kube-dns address of the cluster GroupTerraform creates for this unit.
    voicemail: { gwsBaseUrl: 'https://gws.globex.example.com/auth/v3', fileSystem: {}, tenants: group.tenantsOf(unit) },
    sipCluster: { dnsServer: clusterDnsAddress(group.units.indexOf(unit)) },
  });

  // The Tenant Service of every tenant the unit serves: homed here, or backed up here.
  for (const tenant of group.tenantsOf(unit)) {
    new TenantService(unit, `tenant-${tenant.shortId}`, {
      tenantId: tenant.tenantId,
      shortId: tenant.shortId,
      version: '100.0.1000076',
      location: unit.region,
      sipDomain: `${tenant.shortId}.sip.globex.example.com`,
      redis: voiceRedis.binding('redis-tenant-stream'),
      kafka: kafka.binding,
      postgres: postgres.database({
        database: `tenant_${tenant.shortId}`,
        service: 'tenant',
        tenant: tenant.shortId,
        credentials: SecretReference.of(`tenant-${tenant.shortId}-postgres`, 'password'),
        user: SecretReference.of(`tenant-${tenant.shortId}-postgres`, 'user'),
      }),
    });
  }
  return { voiceRedis, postgres };
}

/** GES, primary unit only (003 §2.3), with its own Redis and database. */
function defineGes(group: UnitGroup, unit: Unit, stores: UnitStores): void {
  const gesRedis = RedisCluster.managed(unit, 'ges-redis', {
    platform: unit.platform,
    name: `${group.groupId}-${unit.clusterId}-ges`,
    shards: 2,
    replicasPerShard: 1,
    serviceGroup: 'ges',
  });
  new GenesysEngagementService(unit, 'ges', {
    version: '100.0.100.0050',
    redis: gesRedis.bind('ges', 'ges-redis', GesSecrets.redis()),
    orsRedis: stores.voiceRedis.crossNamespaceBinding('redis-ors-stream', GesSecrets.orsStream(), 'ges'),
    postgres: stores.postgres.database({ database: 'ges', service: 'ges', credentials: GesSecrets.database(), user: GesSecrets.databaseUser() }),
    gws: { publicAuth: 'https://gauth.globex.example.com' },
    regionAffinity: unit.clusterId,
    ingress: { domain: 'globex.example.com' },
  });
}

/**
 * The pair's Terraform options: state in a GCS bucket, the control plane open to the operators'
 * range only (the documentation range stands in for yours).
 */
export function gkeUnitPairTerraformProps(group: UnitGroup): GroupTerraformProps {
  return {
    group,
    kubernetesVersion: '1.29',
    gcpProject: 'globex-genesys',
    stateBackend: StateBackend.gcs({ bucket: 'globex-genesys-tfstate' }),
    gkeSecurity: { masterAuthorizedNetworks: ['203.0.113.0/24'] },
    // Memorystore for Redis Cluster has no password to give the services (docs/security.md).
    storeProtection: { redisWithoutPassword: true },
  };
}

// Both outputs are checked together and written only when both pass (synthesize).
if (require.main === module) {
  const result = synthesize(
    (app, tf) => {
      const group = defineGkeUnitPair(app);
      new GroupTerraform(tf, 'globex', gkeUnitPairTerraformProps(group));
    },
    { outdir: 'dist/examples/gke-unit-pair', terraformOutdir: 'dist/examples/gke-unit-pair-terraform' },
  );
  if (result.written.length > 0) console.log(`Wrote ${result.written.join('/ and ')}/`);
}
