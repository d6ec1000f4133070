import {
  ConsulMesh, CredentialFormat, EngagementServices, EngagementServicesProps, GenesysApp, HomedTenant, KafkaCluster,
  KubernetesPlatform, Platform, RedisCluster, SecretReference, Unit, UnitGroup, UnitRole, VoiceRedis,
} from '../../src';
import { synthProblems, testApp, testDelivery } from '../support/fixtures';
import { synth } from '../support/synth';
import { releaseValues } from '../support/values';
import { engagementProps } from '../support/wrong-input-model';

const T100 = { tenantId: '9350e2fc-a1dd-4c65-8d40-1f75a2e080dd', shortId: 't100' };
const T200 = { tenantId: '0f5c1d52-7a3e-4b8e-9a57-2b1c0d9e8f7a', shortId: 't200' };

/** A pair us-east (primary) + us-central with t100 homed in us-east and t200 in us-central, each unit with its Voice Redis and Kafka. */
function pair(platform: Platform = Platform.aks(), app: GenesysApp = testApp()) {
  const group = new UnitGroup(app, 'acme', { platform, imageRegistry: 'registry.example.com', charts: testDelivery() });
  const gke = platform.kind === KubernetesPlatform.GKE;
  const us = group.addPair('us', { geography: 'us' });
  const usEast = us.addUnit('us-east', { role: UnitRole.PRIMARY, region: gke ? 'us-east4' : 'eastus2' });
  const usCentral = us.addUnit('us-central', { role: UnitRole.SECONDARY, region: gke ? 'us-central1' : 'centralus' });
  group.addTenant({ ...T100, home: usEast });
  group.addTenant({ ...T200, home: usCentral });
  for (const unit of group.units) new ConsulMesh(unit, 'mesh');
  return { app, group, usEast, usCentral };
}

/** The unit's Voice Redis (on a managed store) and Kafka. */
function stores(unit: Unit): { voiceRedis: VoiceRedis; kafka: KafkaCluster } {
  const store = RedisCluster.managed(unit, 'voice-redis', { platform: unit.platform, name: `acme-${unit.clusterId}-voice`, shards: 3, replicasPerShard: 1, serviceGroup: 'voice' });
  return {
    voiceRedis: new VoiceRedis(unit, 'voice-redis-services', { cluster: store }),
    kafka: new KafkaCluster(unit, 'kafka', { bootstrapServers: ['kafka.infra:9092'], version: '2.8' }),
  };
}

/** The README's EngagementServices props for `unit`, on the unit's stores, any prop overridden. */
function props(unit: Unit, tenants: HomedTenant[], overrides: Partial<EngagementServicesProps> = {}): EngagementServicesProps {
  const { voiceRedis, kafka } = stores(unit);
  return { ...engagementProps(unit, tenants, voiceRedis, kafka), ...overrides };
}

describe('EngagementServices in the primary unit', () => {
  const { app, group, usEast } = pair();
  const engagement = new EngagementServices(usEast, 'engagement', props(usEast, group.tenantsHomedIn(usEast)));
  const out = synth(app);

  test('GES, CX Contact and an Interaction Server per tenant homed there, each in its wave file of the primary unit', () => {
    expect(engagement.ges.name).toBe('ges');
    expect(engagement.cxContact?.release.releaseName).toBe('cxc');
    expect(engagement.interactionServers.map((s) => s.tenantShortId)).toEqual(['t100']);
    for (const file of ['us-east/07-ges.yaml', 'us-east/07-cxc.yaml', 'us-east/08-ixn.yaml', 'us-east/ixn/100-configuration.txt']) expect(out.files[file]).toBeDefined();
    expect(Object.keys(out.files).filter((f) => f.startsWith('us-central/') && /ges|cxc|ixn/.test(f))).toEqual([]);
  });

  test('managed stores named <group>-<unit>-<suffix>, at the minimum size of 003 §1.11', () => {
    expect([engagement.gesRedis, engagement.cxContactRedis!].map((r) => [r.managedName, r.shards, r.replicasPerShard, r.serviceGroup])).toEqual([
      ['acme-us-east-ges', 2, 1, 'ges'],
      ['acme-us-east-cxc', 2, 1, 'cxc'],
    ]);
    expect([engagement.gesPostgres, engagement.cxContactPostgres!, ...engagement.interactionServerPostgres].map((p) => p.managedName)).toEqual([
      'acme-us-east-ges-pg',
      'acme-us-east-cxc-pg',
      'acme-us-east-ixn-t100',
    ]);
  });

  test('GES reads its own stores and the ORS stream, through the guide\'s Secrets (001 §3.3)', () => {
    const ges = releaseValues(out, 'us-east', 'ges').ges.configMap.integrations;
    expect([ges.db.host, ges.db.name]).toEqual([engagement.gesPostgres.address, 'ges']);
    expect(ges.redis.host).toBe(engagement.gesRedis.address);
    expect(ges.vmcs.redis_host).toBe('redis-ors-stream.voice.svc.cluster.local');
    expect(engagement.gesPostgres.databaseUses).toEqual([
      {
        database: 'ges',
        namespace: 'ges',
        credentials: SecretReference.of('ges-secrets-infra', 'DB-PASSWORD'),
        user: SecretReference.of('ges-secrets-infra', 'DB-USER'),
        tenant: undefined,
      },
    ]);
  });

  test('each Interaction Server on a PostgreSQL server of its own, with the guide\'s per-tenant databases and Secrets (004 §2.1, §3.2)', () => {
    const values = releaseValues(out, 'us-east', 'ixn-100').ixnService;
    expect([values.ixnServer.db.name, values.ixnServer.secrets.db.secretName]).toEqual(['ixn-t100', 'ixn-db-secret-t100']);
    expect([values.ixnNode.db.name, values.ixnNode.secrets.db.secretName]).toEqual(['ixn-node-t100', 'ixn-node-db-secret-t100']);
    expect(values.ixnServer.db.host).toBe(engagement.interactionServerPostgres[0].address);
    const uses = engagement.interactionServerPostgres[0].databaseUses;
    expect(uses.map((u) => [u.database, u.namespace, u.tenant, u.user?.key, u.credentials.key])).toEqual([
      ['ixn-t100', 'ixn', 't100', 'username', 'password'],
      ['ixn-node-t100', 'ixn', 't100', 'username', 'password'],
    ]);
  });

  test('the ORS stream Secret is recorded in namespaces ges and ixn, so that the Terraform writes it there', () => {
    const store = usEast.node.findChild('voice-redis') as RedisCluster;
    const ors = store.credentialUses.filter((u) => u.format === CredentialFormat.ORS_STREAM_JSON);
    expect(ors.map((u) => [u.namespace, u.secret.secretName, u.secret.key])).toEqual([
      ['ges', 'voice-redis-ors-stream', 'voice-redis-ors-stream'],
      ['ixn', 'redis-ors-secret', 'voice-redis-ors-stream'],
    ]);
  });

  test('CX Contact on its stores and the Elasticsearch given, with the Secrets given', () => {
    expect(out.files['us-east/cxc/secret-values.txt']).toContain('redis.password  <- Secret cxc-redis, key password');
    expect(engagement.cxContactPostgres!.databaseUses.map((u) => [u.database, u.namespace, u.credentials.secretName])).toEqual([['cxc', 'cxc', 'cxc-postgres']]);
  });
});

describe('EngagementServices options', () => {
  test('without cxContact: no CX Contact and none of its stores', () => {
    const { app, usEast } = pair();
    const { cxContact: _, ...withoutCxContact } = props(usEast, [T100]);
    const engagement = new EngagementServices(usEast, 'engagement', withoutCxContact);
    expect([engagement.cxContact, engagement.cxContactRedis, engagement.cxContactPostgres]).toEqual([undefined, undefined, undefined]);
    const out = synth(app);
    expect(out.files['us-east/07-ges.yaml']).toBeDefined();
    expect(Object.keys(out.files).filter((f) => f.includes('cxc'))).toEqual([]);
  });

  test('without tenants: no Interaction Server', () => {
    const { app, usEast } = pair();
    const engagement = new EngagementServices(usEast, 'engagement', props(usEast, []));
    expect(engagement.interactionServers).toEqual([]);
    expect(Object.keys(synth(app).files).filter((f) => f.includes('ixn'))).toEqual([]);
  });

  test('storeNamePrefix names every managed store', () => {
    const { usEast } = pair();
    const engagement = new EngagementServices(usEast, 'engagement', props(usEast, [T100], { storeNamePrefix: 'acme-prod' }));
    const { gesRedis, gesPostgres, cxContactRedis, cxContactPostgres, interactionServerPostgres } = engagement;
    const made = [gesRedis, gesPostgres, cxContactRedis!, cxContactPostgres!, ...interactionServerPostgres];
    expect(made.map((store) => store.managedName)).toEqual(['acme-prod-ges', 'acme-prod-ges-pg', 'acme-prod-cxc', 'acme-prod-cxc-pg', 'acme-prod-ixn-t100']);
  });

  test.each([KubernetesPlatform.AKS, KubernetesPlatform.GKE])('the stores are the unit\'s platform\'s managed stores (%s)', (kind) => {
    const { app, usEast } = pair(kind === KubernetesPlatform.AKS ? Platform.aks() : Platform.gke());
    const engagement = new EngagementServices(usEast, 'engagement', props(usEast, [T100]));
    expect(engagement.gesRedis.address).toBe(usEast.platform.managedHost('redis', 'acme-us-east-ges', 'us-east', 'acme'));
    expect(engagement.interactionServerPostgres[0].address).toBe(usEast.platform.managedHost('postgres', 'acme-us-east-ixn-t100', 'us-east', 'acme'));
    expect(synthProblems(app)).toBe('');
  });

  test('a unit outside a group names its stores after its unitGroup', () => {
    const app = testApp();
    const unit = new Unit(app, 'solo', { platform: Platform.aks(), role: UnitRole.PRIMARY, region: 'eastus2', unitGroup: 'lone', imageRegistry: 'registry.example.com', charts: testDelivery() });
    new ConsulMesh(unit, 'mesh');
    const engagement = new EngagementServices(unit, 'engagement', props(unit, [T100]));
    expect(engagement.gesRedis.managedName).toBe('lone-solo-ges');
    expect(Object.keys(synth(app).files)).toContain('solo/08-ixn.yaml');
  });
});

describe('EngagementServices refused', () => {
  test('in a secondary unit: one problem naming the construct, what it makes, the rule and the primary unit', () => {
    const { app, group, usCentral } = pair();
    new EngagementServices(usCentral, 'engagement', props(usCentral, group.tenantsHomedIn(usCentral)));
    const text = synthProblems(app);
    expect(text).toContain(
      '[acme/us/us-central] EngagementServices "engagement" makes Genesys Engagement Service (ges), Interaction Server (IXN Server and IXN Node) (ixn-200), '
      + 'Interaction Server VQ Node (ixn-200-vqnode-deploy), which run only in the primary unit, but us-central is a secondary unit (003 §2.3 #11; ',
    );
    expect(text).toContain('Fix: create EngagementServices "engagement" in the primary unit of the group, us-east.');
    // One problem for the construct, none per service inside it.
    expect(text.match(/runs? only in the primary unit/g)).toHaveLength(1);
  });

  test('outside a unit, before anything is made', () => {
    const { group, usEast } = pair();
    expect(() => new EngagementServices(group, 'engagement', props(usEast, [T100]))).toThrow(
      '[acme/engagement] EngagementServices is not inside a unit; GES, CX Contact and Interaction Server run in the primary unit of a unit group (003 §2.3). Fix: create it in the primary unit',
    );
  });

  test('with the Kafka of another unit', () => {
    const { app, usEast, usCentral } = pair();
    const other = stores(usCentral);
    new EngagementServices(usEast, 'engagement', props(usEast, [T100], { kafka: other.kafka }));
    expect(synthProblems(app)).toContain(
      '[acme/us/us-east/engagement] EngagementServices: kafka is "acme/us/us-central/kafka", a store of unit us-central, not of us-east. Fix: pass the KafkaCluster made in us-east.',
    );
  });

  test('a tenant homed elsewhere: the group\'s rule (003 §1.5)', () => {
    const { app, usEast } = pair();
    new EngagementServices(usEast, 'engagement', props(usEast, [T200]));
    expect(synthProblems(app)).toContain('Interaction Server of tenant t200 runs in us-east, but the tenant is homed in us-central');
  });
});
