import {
  ChartDelivery,
  ChartRepository,
  clusterDnsAddress,
  CxContact,
  ElasticsearchCluster,
  EngagementCxContactOptions,
  EngagementServices,
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
 * eu-west. Every unit runs Voice and the Tenant Service of the tenants it serves; the primary
 * also GES, CX Contact and the Interaction Server of t100 (`EngagementServices`).
 */
export function defineReferenceTopology(
  app: GenesysApp, cloud: KubernetesPlatform = KubernetesPlatform.AKS, charts: ChartDelivery = referenceDelivery(),
): UnitGroup {
  const platform = cloud === KubernetesPlatform.AKS ? Platform.aks() : Platform.gke();
  const group = new UnitGroup(app, 'acme', {
    platform,
    charts,
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

  const stores = group.units.map((unit, index) => defineUnitServices(unit, contextOf(group, unit, index)));
  const primary = group.units.indexOf(usEast);
  defineEngagementServices(usEast, contextOf(group, usEast, primary), stores[primary]);
  return group;
}

/** The reference chart repository: acme's mirror of the Genesys charts, with a login Secret for the GitOps controller. */
export const REFERENCE_CHART_REPOSITORY = ChartRepository.url('https://charts.acme.example.com/genesys', { credentialsSecret: 'genesys-charts-login' });

/** The reference delivery: Flux, which needs no network at synth time. */
export function referenceDelivery(): ChartDelivery {
  return ChartDelivery.flux({ repository: REFERENCE_CHART_REPOSITORY });
}

/** A tenant as the per-unit services need it. */
export interface ReferenceTenant {
  /** Tenant UUID. */
  readonly tenantId: string;
  /** Short id (`t100`). */
  readonly shortId: string;
}

/** Where a unit sits, as the per-unit service definitions below need it. */
export interface ReferenceUnitContext {
  /** Id of the unit group (prefix of managed store names). */
  readonly groupId: string;
  /** The unit's position in its group: GKE units take their cluster DNS address from it. */
  readonly index: number;
  /** Tenants whose Tenant Service the unit runs: homed or backed up here. */
  readonly servedTenants: readonly ReferenceTenant[];
  /** Tenants homed in the unit: an Interaction Server each. */
  readonly homedTenants: readonly ReferenceTenant[];
}

function contextOf(group: UnitGroup, unit: Unit, index: number): ReferenceUnitContext {
  return { groupId: group.groupId, index, servedTenants: group.tenantsOf(unit), homedTenants: group.tenantsHomedIn(unit) };
}

/** The stores of a unit that its engagement services share with Voice. */
export interface UnitStores {
  /** The Voice Redis services (the ORS stream). */
  readonly voiceRedis: VoiceRedis;
  /** The unit's Kafka. */
  readonly kafka: KafkaCluster;
}

/**
 * What every reference unit runs: Consul settings and mesh, monitoring, its data stores, Voice, and
 * the Tenant Service per tenant it serves. The benchmark (scripts/bench) builds its units with it too.
 */
export function defineUnitServices(unit: Unit, context: ReferenceUnitContext): UnitStores {
  const gke = unit.platform.kind === KubernetesPlatform.GKE;
  new ConsulSettings(unit, 'consul', { datacenter: unit.clusterId, storageClass: gke ? 'premium-rwo' : 'disk-premium' });
  new ConsulMesh(unit, 'mesh');
  // Scrape objects and the guides' alerts for every service of the unit (95-monitoring.yaml).
  new UnitMonitoring(unit, 'monitoring', { platform: unit.platform });

  // Stores the Terraform provisions (Azure Cache for Redis / Memorystore, Azure Database for
  // PostgreSQL / Cloud SQL); their host names are known now, their credentials only to Terraform.
  const redisStore = RedisCluster.managed(unit, 'voice-redis', {
    platform: unit.platform,
    name: `${context.groupId}-${unit.clusterId}-voice`,
    shards: 3,
    replicasPerShard: 1,
    serviceGroup: 'voice',
  });
  const redis = new VoiceRedis(unit, 'voice-redis-services', { cluster: redisStore });
  // Kafka runs in the cluster (GroupTerraform prerequisites), at the guides' example address.
  const kafka = new KafkaCluster(unit, 'kafka', { bootstrapServers: ['infra-kafka-cp-kafka.infra.svc.cluster.local:9092'], version: '2.8' });
  const postgres = PostgresServer.managed(unit, 'tenant-postgres', { platform: unit.platform, name: `${context.groupId}-${unit.clusterId}-pg` });

  new VoiceMicroservices(unit, 'voice', {
    platform: unit.platform,
    version: '100.0.100.0009',
    redis,
    kafka,
    // No Google Cloud Storage option exists for Voicemail (000 §8.3): GKE units keep messages on Filestore.
    voicemail: {
      gwsBaseUrl: 'https://gws.acme.example.com/auth/v3',
      tenants: [...context.servedTenants],
      ...(gke ? { fileSystem: {} } : { azureBlob: {} }),
    },
    // GKE's cluster DNS address differs per cluster (000 §8.3): kube-dns takes the tenth address of
    // the services range GroupTerraform gives the unit.
    sipCluster: gke ? { dnsServer: clusterDnsAddress(context.index) } : undefined,
  });

  for (const tenant of context.servedTenants) {
    new TenantService(unit, `tenant-${tenant.shortId}`, {
      tenantId: tenant.tenantId,
      shortId: tenant.shortId,
      version: '100.0.1000076',
      location: unit.region,
      sipDomain: `${tenant.shortId}.sip.acme.example.com`,
      redis: redis.binding('redis-tenant-stream'),
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
  return { voiceRedis: redis, kafka };
}

/**
 * The primary unit's GES, CX Contact and Interaction Servers (one per tenant homed there), with
 * their stores: `EngagementServices`, on the stores of `defineUnitServices`.
 */
export function defineEngagementServices(unit: Unit, context: ReferenceUnitContext, stores: UnitStores): EngagementServices {
  return new EngagementServices(unit, 'engagement', {
    ...stores,
    tenants: [...context.homedTenants],
    storeNamePrefix: `${context.groupId}-${unit.clusterId}`,
    ges: {
      version: '100.0.100.0050',
      gws: { publicAuth: 'https://gauth.acme.example.com' },
      // The unit's Consul datacenter (001 §3.1), which defineUnitServices names after the unit.
      regionAffinity: unit.clusterId,
      ingress: { domain: 'acme.example.com' },
    },
    interactionServer: { version: '100.0.100.0070' },
    cxContact: referenceCxContact(unit),
  });
}

/**
 * CX Contact as the reference configures it: its Elasticsearch in the cluster, the Secrets of its
 * stores and credentials, and the chart's ingresses.
 */
function referenceCxContact(unit: Unit): EngagementCxContactOptions {
  return {
    // No managed Elasticsearch: CX Contact's runs in the cluster (003 §1.11: without authentication).
    elasticsearch: new ElasticsearchCluster(unit, 'cxc-elasticsearch', { url: 'https://cxc-es.infra.svc.cluster.local:9200', version: '7.17', serviceGroup: 'cxc' }),
    redisCredentials: SecretReference.of('cxc-redis', 'password'),
    postgresCredentials: SecretReference.of('cxc-postgres', 'password'),
    gws: {
      frontendUrl: 'https://gauth.acme.example.com',
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
    // The chart's front-end (UI and API, cookie stickiness) and internal ingresses (002 §1.3).
    ingress: { domain: 'acme.example.com' },
  };
}

/**
 * CX Contact on its own, with its Redis, PostgreSQL and Elasticsearch, in a unit without
 * `EngagementServices`: a secondary unit may run one (003 §2.3), as a deployment independent of the
 * primary's (002). The reference does not; the benchmark (scripts/bench) does, so that every unit
 * carries the same work.
 */
export function defineCxContact(unit: Unit, context: ReferenceUnitContext): CxContact {
  const { elasticsearch, redisCredentials, postgresCredentials, ...options } = referenceCxContact(unit);
  const name = `${context.groupId}-${unit.clusterId}`;
  const redis = RedisCluster.managed(unit, 'cxc-redis', { platform: unit.platform, name: `${name}-cxc`, shards: 2, replicasPerShard: 1, serviceGroup: 'cxc' });
  const postgres = PostgresServer.managed(unit, 'cxc-postgres', { platform: unit.platform, name: `${name}-cxc-pg` });
  return new CxContact(unit, 'cxc', {
    ...options,
    platform: unit.platform,
    redis: redis.bind('cxc', 'cxc-redis', redisCredentials),
    elasticsearch: elasticsearch.bind('cxc'),
    postgres: postgres.database({ database: 'cxc', service: 'cxc-list-manager', credentials: postgresCredentials }),
  });
}
