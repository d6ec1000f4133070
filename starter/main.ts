// Your platform: one unit group of Genesys Multicloud CX private edition, written with
// genesys-pe-constructs. `npx cdk8s synth` writes its manifests to dist/, `npx cdktf synth` its
// Terraform to cdktf.out/; both check the whole model first and write nothing when it is wrong.
import {
  ChartDelivery, ChartRepository, ConsulMesh, ConsulSettings, GroupTerraform, KafkaCluster, Platform, PostgresServer,
  RedisCluster, SecretReference, StateBackend, TenantService, Unit, UnitGroup, UnitMonitoring, UnitRole,
  VoiceMicroservices, VoiceRedis, synthesize,
} from 'genesys-pe-constructs';

synthesize((app, terraform) => {
  const group = new UnitGroup(app, 'acme', {
    platform: Platform.aks(),
    imageRegistry: 'acmegenesys.azurecr.io', // your mirror of the Genesys images (003 §7.2)
    // Flux installs each service's Genesys chart from your mirror of the chart repository.
    charts: ChartDelivery.flux({ repository: ChartRepository.url('https://charts.acme.example.com/genesys') }),
  });
  const us = group.addPair('us', { geography: 'us' });
  const usEast = us.addUnit('us-east', { role: UnitRole.PRIMARY, region: 'eastus2' });
  us.addUnit('us-central', { role: UnitRole.SECONDARY, region: 'centralus' });
  group.addTenant({ tenantId: '9350e2fc-a1dd-4c65-8d40-1f75a2e080dd', shortId: 't100', home: usEast });

  const defineUnit = (unit: Unit): void => {
    new ConsulSettings(unit, 'consul', { datacenter: unit.clusterId });
    new ConsulMesh(unit, 'mesh');
    new UnitMonitoring(unit, 'monitoring', { platform: unit.platform });
    const store = RedisCluster.managed(unit, 'voice-redis', {
      platform: unit.platform, name: `acme-${unit.clusterId}-voice`, shards: 3, replicasPerShard: 1, serviceGroup: 'voice',
    });
    const redis = new VoiceRedis(unit, 'voice-redis-services', { cluster: store });
    const kafka = new KafkaCluster(unit, 'kafka', { bootstrapServers: ['kafka.infra:9092'], version: '2.8' });
    const pg = PostgresServer.managed(unit, 'pg', { platform: unit.platform, name: `acme-${unit.clusterId}-pg` });
    new VoiceMicroservices(unit, 'voice', {
      platform: unit.platform, version: '100.0.100.0009', redis, kafka,
      voicemail: { gwsBaseUrl: 'https://gws.acme.example.com/auth/v3', azureBlob: {}, tenants: group.tenantsOf(unit) },
    });
    for (const t of group.tenantsOf(unit)) {
      new TenantService(unit, `tenant-${t.shortId}`, {
        tenantId: t.tenantId, shortId: t.shortId, version: '100.0.1000076',
        location: unit.region, sipDomain: `${t.shortId}.sip.acme.example.com`,
        redis: redis.binding('redis-tenant-stream'), kafka: kafka.binding,
        postgres: pg.database({ database: `tenant_${t.shortId}`, service: 'tenant', tenant: t.shortId,
          credentials: SecretReference.of(`tenant-${t.shortId}-postgres`, 'password') }),
      });
    }
  };
  group.units.forEach(defineUnit);

  new GroupTerraform(terraform, 'acme', {
    group, kubernetesVersion: '1.29',
    stateBackend: StateBackend.azureStorage({ resourceGroupName: 'acme-tfstate', storageAccountName: 'acmetfstate', containerName: 'tfstate' }),
    aksSecurity: { apiServerAuthorizedIpRanges: ['203.0.113.0/24'] },
  });
});
