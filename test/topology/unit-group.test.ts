import { parse as parseYaml } from 'yaml';
import { REFERENCE_TENANTS, defineReferenceTopology } from '../../apps/reference-topology';
import {
  ConsulMesh, ConsulSettings, GenericChartService, GenesysApp, KafkaCluster, KubernetesPlatform, Placement, Platform, PostgresServer, RedisCluster,
  SecretReference, TenantService, Unit, UnitGroup, UnitRole, VoiceRedis,
} from '../../src';
import { synthProblems, testApp, testDelivery } from '../support/fixtures';
import { synth } from '../support/synth';

function group(app: GenesysApp = testApp(), platform = Platform.aks()) {
  return new UnitGroup(app, 'acme', { platform, imageRegistry: 'registry.example.com', charts: testDelivery() });
}

/** A valid two-pair group to break one rule at a time. */
function validGroup() {
  const app = testApp();
  const g = group(app);
  const us = g.addPair('us', { geography: 'us' });
  const eu = g.addPair('eu', { geography: 'europe' });
  const usEast = us.addUnit('us-east', { role: UnitRole.PRIMARY, region: 'eastus2' });
  us.addUnit('us-central', { role: UnitRole.SECONDARY, region: 'centralus' });
  eu.addUnit('eu-west', { role: UnitRole.SECONDARY, region: 'westeurope' });
  eu.addUnit('eu-north', { role: UnitRole.SECONDARY, region: 'northeurope' });
  for (const unit of g.units) new ConsulMesh(unit, 'mesh');
  return { app, g, us, eu, usEast };
}

/** A Tenant Service in `unit` on stores of its own. */
function tenantService(unit: Unit, tenantId: string, shortId: string) {
  const store = new RedisCluster(unit, 'redis', { address: '10.0.5.5', version: '6.2', nodes: 3, replicasPerShard: 1, shards: 2, serviceGroup: 'voice' });
  const redis = new VoiceRedis(unit, 'voice-redis', { cluster: store });
  const kafka = new KafkaCluster(unit, 'kafka', { bootstrapServers: ['kafka.infra:9092'], version: '2.8' });
  const pg = new PostgresServer(unit, 'pg', { address: 'pg.infra', version: '14' });
  return new TenantService(unit, `tenant-${shortId}`, {
    tenantId,
    shortId,
    version: '100.0.100.0010',
    location: unit.region,
    sipDomain: `${shortId}.sip.acme.example.com`,
    redis: redis.binding('redis-tenant-stream'),
    kafka: kafka.binding,
    postgres: pg.database({ database: `tenant_${shortId}`, service: 'tenant', tenant: shortId, credentials: SecretReference.of(`tenant-${shortId}-postgres`, 'password') }),
  });
}

describe('UnitGroup rules (003 §1, §9), each with its own error', () => {
  test('a valid group passes', () => {
    expect(synthProblems(validGroup().app)).toBe('');
  });

  test('no unit pair', () => {
    const app = testApp();
    group(app);
    expect(synthProblems(app)).toContain('unit group "acme" has no unit pair; a unit group must contain at least one unit pair (003 §1.6). Fix: add a pair');
  });

  test('no primary unit', () => {
    const app = testApp();
    const p = group(app).addPair('us', { geography: 'us' });
    p.addUnit('a', { role: UnitRole.SECONDARY, region: 'eastus2' });
    p.addUnit('b', { role: UnitRole.SECONDARY, region: 'centralus' });
    expect(synthProblems(app)).toContain('unit group "acme" has no primary unit; each group contains exactly one (003 §1.4; 003 §1.6)');
  });

  test('two primary units', () => {
    const { app, eu } = validGroup();
    eu.addUnit('eu-south', { role: UnitRole.PRIMARY, region: 'francecentral' });
    expect(synthProblems(app)).toContain('unit group "acme" has 2 primary units (us-east, eu-south); there is only one primary unit in a unit group (003 §1.4)');
  });

  test('a pair of one unit (a new geography needs a full pair)', () => {
    const { app, g } = validGroup();
    g.addPair('asia', { geography: 'japan' }).addUnit('jp-east', { role: UnitRole.SECONDARY, region: 'japaneast' });
    expect(synthProblems(app)).toContain('pair "asia" has 1 unit(s); a unit pair consists of two units');
  });

  test('a pair across two geographies', () => {
    const app = testApp();
    const p = group(app).addPair('us', { geography: 'us' });
    p.addUnit('us-east', { role: UnitRole.PRIMARY, region: 'eastus2' });
    p.addUnit('eu-west', { role: UnitRole.SECONDARY, region: 'westeurope' });
    expect(synthProblems(app)).toContain(
      'pair "us" is in geography "us", but unit eu-west is in westeurope ("europe"); both units of a pair are in one geographical region (003 §1.2; 003 §1.6). Fix: move the unit to a pair in "europe"',
    );
  });

  test('an unknown region, unless its geography is given', () => {
    const app = testApp();
    const p = group(app).addPair('us', { geography: 'us' });
    p.addUnit('us-east', { role: UnitRole.PRIMARY, region: 'eastus2' });
    p.addUnit('dc2', { role: UnitRole.SECONDARY, region: 'onprem-dc2' });
    expect(synthProblems(app)).toContain('pair "us": the geography of region "onprem-dc2" (unit dc2) is unknown (003 §1.5)');
    const ok = testApp();
    const q = group(ok).addPair('us', { geography: 'us' });
    q.addUnit('us-east', { role: UnitRole.PRIMARY, region: 'eastus2' });
    q.addUnit('dc2', { role: UnitRole.SECONDARY, region: 'onprem-dc2', geography: 'us' });
    expect(synthProblems(ok)).toBe('');
  });

  test('a primary-only service in a secondary unit', () => {
    const { app, g } = validGroup();
    new GenericChartService(g.units[2], 'ges', { serviceId: 'ges', chart: 'ges', chartVersion: '1.0.0' });
    expect(synthProblems(app)).toContain(
      '[acme/eu/eu-west] Genesys Engagement Service (ges) runs only in the primary unit, but eu-west is a secondary unit (003 §2.3 #11). Fix: deploy it in the primary unit of the group, us-east.',
    );
  });

  test('two units naming one Consul datacenter (federation tells them apart by name)', () => {
    const { app, g } = validGroup();
    g.units.forEach((unit) => new ConsulSettings(unit, 'consul', { datacenter: unit.clusterId.startsWith('us') ? 'dc1' : unit.clusterId }));
    expect(synthProblems(app)).toContain(
      '[acme] units us-east and us-central both name their Consul datacenter "dc1"; every unit\'s datacenter federates with the primary unit\'s, and federated datacenters need distinct names (000 §2.4; 003 §1.6). '
        + "Fix: give each unit its own datacenter, e.g. its unit id: new ConsulSettings(unit, 'consul', { datacenter: unit.clusterId }).",
    );
  });

  test('a provisioned store given another cloud\'s platform than its unit\'s', () => {
    const { app, usEast } = validGroup();
    RedisCluster.managed(usEast, 'voice-redis', { platform: Platform.gke(), name: 'acme-us-east-voice', shards: 2, replicasPerShard: 1, serviceGroup: 'voice' });
    PostgresServer.managed(usEast, 'pg', { platform: usEast.platform, name: 'acme-us-east-pg' });
    const text = synthProblems(app);
    expect(text).toContain(
      '[acme/us/us-east] Redis "voice-redis", which the Terraform provisions, was given the GKE platform (host "acme-us-east-voice.us-east.acme.internal"), but unit us-east runs on AKS, where the Terraform names it "acme-us-east-voice.redis.cache.windows.net". '
        + "Fix: create it with RedisCluster.managed(unit, 'voice-redis', { platform: unit.platform, ... }), the platform of the unit it is in.",
    );
    expect(text).not.toContain('PostgreSQL "pg"');
  });

  test('a tenant id that is not a UUID is reported once, by the group, however many units run its Tenant Service', () => {
    const { app, g, usEast } = validGroup();
    const tenant = g.addTenant({ tenantId: 't100', shortId: 't100', home: usEast });
    for (const unit of tenant.units) {
      // The Tenant Service names its Consul datacenters (000 §2.4).
      new ConsulSettings(unit, 'consul', { datacenter: unit.clusterId });
      tenantService(unit, tenant.tenantId, tenant.shortId);
    }
    const text = synthProblems(app);
    expect(text).toMatch(/^Synthesis stopped: 1 problem\(s\) found/);
    expect(text).toContain(
      '[acme] tenant t100: id "t100" is not a UUID (that looks like a short id, which goes in shortId). Fix: give the tenant\'s UUID in lower case as tenantId, e.g. "9350e2fc-a1dd-4c65-8d40-1f75a2e080dd".',
    );
  });

  test('a unit that runs Voice without the Tenant Service of a tenant it backs up', () => {
    const app = testApp();
    const g = defineReferenceTopology(app);
    const usCentral = g.units.find((u) => u.clusterId === 'us-central')!;
    expect(usCentral.node.tryRemoveChild('tenant-t100')).toBe(true);
    expect(synthProblems(app)).toContain(
      `[acme] tenant t100 is backed up by us-central, which runs Voice but no Tenant Service for it (003 §1.5). Fix: add new TenantService(unit, 'tenant-t100', { tenantId: '${REFERENCE_TENANTS.t100.tenantId}', shortId: 't100', ... }) `
        + 'to us-central; every unit of group.tenantsOf(unit) needs one.',
    );
  });

  test('two units with one id (one cluster, one private edition)', () => {
    const app2 = testApp();
    const g2 = group(app2);
    g2.addPair('us', { geography: 'us' }).addUnit('same', { role: UnitRole.PRIMARY, region: 'eastus2' });
    g2.addPair('us2', { geography: 'us' }).addUnit('same', { role: UnitRole.SECONDARY, region: 'centralus' });
    expect(synthProblems(app2)).toContain('unit id "same" is used twice; each unit is its own cluster and output folder, and one cluster runs one private edition (003 §1.10)');
  });

  test('GKE Autopilot, Sandbox, Istio and GKE Ingress', () => {
    const app = testApp();
    const g = group(app, Platform.gke({ autopilot: true, sandbox: true, istioAddon: true, gkeIngress: true }));
    const p = g.addPair('us', { geography: 'us' });
    p.addUnit('us-east', { role: UnitRole.PRIMARY, region: 'us-east4' });
    p.addUnit('us-central', { role: UnitRole.SECONDARY, region: 'us-central1' });
    const text = synthProblems(app);
    for (const m of ['Autopilot mode are not supported', 'GKE Sandbox (gVisor) is not supported', 'Istio) add-on is not supported', 'GKE Ingress is not supported']) {
      expect(text).toContain(m);
    }
  });

  test('tenants: bad id, repeated short id, home outside the group', () => {
    const { app, g, usEast } = validGroup();
    const outsider = group(testApp()).addPair('x', { geography: 'us' }).addUnit('elsewhere', { role: UnitRole.PRIMARY, region: 'eastus2' });
    g.addTenant({ tenantId: 'not-a-uuid', shortId: 't100', home: usEast });
    g.addTenant({ ...REFERENCE_TENANTS.t200, shortId: 't100', home: outsider });
    const text = synthProblems(app);
    expect(text).toContain('tenant t100: id "not-a-uuid" is not a UUID');
    expect(text).toContain('unit group "acme": two tenants share the short id "t100"');
    expect(text).toContain('tenant t100 is homed in elsewhere, which is not a unit of unit group "acme"');
  });

  test('several mistakes come back in one report', () => {
    const app = testApp();
    const g = group(app);
    const p = g.addPair('us', { geography: 'us' });
    p.addUnit('us-east', { role: UnitRole.SECONDARY, region: 'eastus2' });
    const eu = p.addUnit('eu-west', { role: UnitRole.SECONDARY, region: 'westeurope' });
    new GenericChartService(eu, 'ges', { serviceId: 'ges', chart: 'ges', chartVersion: '1.0.0' });
    // Voice requires the mesh (000 §2.4), and the unit has no ConsulMesh.
    new GenericChartService(eu, 'voice-config', { serviceId: 'voice-config', chart: 'voice-config', chartVersion: '1.0.0', meshed: true });
    g.addTenant({ tenantId: 'x', shortId: 'T1', home: eu });
    const text = synthProblems(app);
    expect(text).toMatch(/7 problem\(s\) found; nothing was written/);
    for (const m of [
      'has no primary unit', 'both units of a pair are in one geographical region', 'runs only in the primary unit', 'has no ConsulMesh', 'is not a UUID', 'short id "T1" is not valid',
      'runs Voice but no Tenant Service for it',
    ]) {
      expect(text).toContain(m);
    }
  });
});

describe('tenants: homed in a unit, backed by its pair partner (003 §1.5)', () => {
  test('home and backup', () => {
    const { g, usEast } = validGroup();
    const t = g.addTenant({ ...REFERENCE_TENANTS.t100, home: usEast });
    expect(t.units.map((u) => u.clusterId)).toEqual(['us-east', 'us-central']);
    expect(g.tenantsOf(g.units[1]).map((x) => x.shortId)).toEqual(['t100']);
    expect(g.tenantsHomedIn(g.units[1])).toEqual([]);
  });
});

describe.each([KubernetesPlatform.AKS, KubernetesPlatform.GKE])('the reference topology on %s', (cloud) => {
  const app = testApp();
  const g = defineReferenceTopology(app, cloud);
  const out = synth(app);
  const releases = (unit: string) => out.inUnit(unit).filter((o) => o.kind === 'HelmRelease').map((o) => o.metadata.name).sort();
  const serviceNames = (unit: string) => g.units.find((u) => u.clusterId === unit)!.services.map((s) => s.serviceName);
  const T100 = `tenant-${REFERENCE_TENANTS.t100.tenantId}`;
  const T200 = `tenant-${REFERENCE_TENANTS.t200.tenantId}`;

  test('a folder for each of the four units', () => {
    for (const unit of ['us-east', 'us-central', 'eu-west', 'eu-north']) expect(Object.keys(out.files)).toContain(`${unit}/00-cluster.yaml`);
  });

  test('every unit runs the eleven Voice services; tenants run in their home and backup units', () => {
    const voice = ['voice-agent', 'voice-callthread', 'voice-config', 'voice-dialplan', 'voice-ors', 'voice-registrar', 'voice-rq', 'voice-sip', 'voice-sipfe', 'voice-sipproxy', 'voice-voicemail'];
    // One release per service, named as the guides' releases; a tenant's Tenant Service is the
    // release of its short id. The primary unit adds GES, CX Contact (one release of its chart for
    // the seven back-end components and the UI) and Interaction Server for t100, homed there.
    expect(releases('us-east')).toEqual(['t100', ...voice, 'ges', 'cxc', 'ixn-100'].sort());
    expect(releases('us-central')).toEqual(['t100', ...voice].sort());
    expect(releases('eu-west')).toEqual(['t200', ...voice].sort());
    expect(releases('eu-north')).toEqual(['t200', ...voice].sort());
    // The Tenant Service's Consul name is tenant-<uuid>, as other guides call it (002 §2.2, 004 §1.3).
    expect(serviceNames('us-central')).toContain(T100);
    expect(serviceNames('eu-north')).toContain(T200);
    expect(serviceNames('eu-north')).not.toContain(T100);
    // Each release's values are written beside the manifests.
    for (const unit of ['us-east', 'us-central', 'eu-west', 'eu-north']) {
      for (const release of releases(unit)) expect(Object.keys(out.files)).toContain(`${unit}/helm/${release}.values.yaml`);
    }
    // No native workload: the charts render the pods.
    expect(out.objects.filter((o) => o.kind === 'Deployment' || o.kind === 'StatefulSet')).toEqual([]);
  });

  test('nothing primary-only lands in a secondary unit', () => {
    for (const unit of g.units.filter((u) => u.role === UnitRole.SECONDARY)) {
      expect(unit.services.filter((s) => s.info.placement === Placement.PRIMARY_ONLY)).toEqual([]);
    }
  });

  test('every Consul datacenter federates with the primary unit\'s', () => {
    const values = (unit: string) => parseYaml(out.files[`${unit}/helm/consul-values.yaml`]);
    expect(values('us-east').global.federation).toEqual({ enabled: true, createFederationSecret: true });
    for (const unit of ['us-central', 'eu-west', 'eu-north']) {
      expect(values(unit).global.federation).toEqual({ enabled: true, primaryDatacenter: 'us-east' });
      expect(values(unit).meshGateway).toEqual({ enabled: true });
    }
  });

  test('cross-region access only where the guides allow it', () => {
    const sources = (unit: string, destination: string) =>
      out.inUnit(unit).find((o) => o.kind === 'ServiceIntentions' && o.metadata.name === destination)!.spec.sources.map((s: any) => s.name);
    // The same tenant's Tenant Service in the other regions, and Voicemail MWI pushes (000 §2.1).
    expect(sources('us-central', T100)).toContain(T100);
    expect(sources('us-central', T100)).not.toContain(T200);
    expect(sources('eu-west', 'voice-voicemail-service')).toContain('voice-voicemail-service');
    // Nothing else crosses: SIP Proxy is reached only by its own unit's callers.
    expect(sources('eu-west', 'voice-sipproxy')).toEqual(['voice-sip', '*']);
  });

  test('the topology diagram is written beside the unit folders', () => {
    const mmd = out.files['acme-topology.mmd'];
    expect(mmd).toContain('flowchart LR');
    expect(mmd).toContain(`us-east (primary, ${cloud === KubernetesPlatform.AKS ? 'eastus2, AKS' : 'us-east4, GKE'})`);
    expect(mmd).toContain('tenant_t100 -->|home| us_east');
    expect(mmd).toContain('tenant_t200 -.->|backup| eu_north');
    expect(mmd).toContain('eu_north <-.->|Consul federation, callback| us_east');
  });
});
