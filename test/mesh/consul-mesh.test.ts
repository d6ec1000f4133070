import { defineReferenceTopology } from '../../apps/reference-topology';
import { Catalog, ConsulMesh, ConsulMeshProps, EndpointKind, GenesysApp, IntentionAction, MeshMode, TenantService, VoiceMicroservices, SecretReference } from '../../src';
import { testApp } from '../support/fixtures';
import { synth } from '../support/synth';
import { voiceProps, voiceStores } from '../support/voice-unit';

function meshUnit(props: ConsulMeshProps = {}, app: GenesysApp = testApp()) {
  const s = voiceStores(app, undefined, false);
  const mesh = new ConsulMesh(s.unit, 'mesh', props);
  new VoiceMicroservices(s.unit, 'voice', voiceProps(s));
  new TenantService(s.unit, 'tenant', {
    tenantId: '9350e2fc-a1dd-4c65-8d40-1f75a2e080dd',
    shortId: 't100',
    version: '1',
    redis: s.redis.binding('redis-tenant-stream'),
    kafka: s.kafka.binding,
    postgres: s.postgres.database({ database: 'tenant_t100', service: 'tenant', tenant: 't100', credentials: SecretReference.of('pg', 'password') }),
  });
  return { app, mesh, unit: s.unit };
}

const TENANT = 'tenant-9350e2fc-a1dd-4c65-8d40-1f75a2e080dd';

/** Allowed (source, destination) pairs read back from the synthesized ServiceIntentions. */
function allowedPairs(objects: any[]): Set<string> {
  const pairs = new Set<string>();
  for (const o of objects.filter((x) => x.kind === 'ServiceIntentions')) {
    for (const s of o.spec.sources) if (s.action === 'allow') pairs.add(`${s.name} -> ${o.spec.destination.name}`);
  }
  return pairs;
}

describe('ConsulMesh, least privilege (the default)', () => {
  const { app, mesh } = meshUnit();
  const out = synth(app);
  const intentions = out.objects.filter((o) => o.kind === 'ServiceIntentions');
  const allowed = allowedPairs(out.objects);
  const present = out.objects.filter((o) => o.kind === 'Service' && o.metadata.namespace === 'voice' && !o.metadata.name.startsWith('redis-')).map((o) => o.metadata.name);
  const consulNameOf = (serviceId: string) =>
    serviceId === 'tenant' ? [TENANT] : serviceId === 'voice-voicemail' ? ['voice-voicemail-service'] : present.includes(serviceId) ? [serviceId] : [];

  test('one ServiceIntentions per meshed service, in its namespace, in 01-mesh.yaml', () => {
    expect(intentions.map((i) => i.metadata.name).sort()).toEqual([...present].sort());
    for (const i of intentions) {
      expect(i.metadata.namespace).toBe('voice');
      expect((i as any).file).toBe('us-east/01-mesh.yaml');
      expect(i.spec.destination.name).toBe(i.metadata.name);
    }
  });

  test('every connection-table row between two services present is allowed', () => {
    const rows = Catalog.connections().filter((r) => r.from.kind === EndpointKind.SERVICE && r.to.kind === EndpointKind.SERVICE);
    let checked = 0;
    for (const row of rows) {
      for (const source of consulNameOf(row.from.id)) {
        for (const destination of consulNameOf(row.to.id)) {
          if (source === destination) continue;
          expect([row.source, allowed.has(`${source} -> ${destination}`)]).toEqual([row.source, true]);
          checked++;
        }
      }
    }
    // e.g. 000 §1.2 #27 SIP Cluster → Dial Plan, #31 Tenant → Front End, 003 §5.3 #3 SIP Proxy → SIP Cluster
    expect(allowed).toContain('voice-sip -> voice-dialplan');
    expect(allowed).toContain(`${TENANT} -> voice-sipfe`);
    expect(allowed).toContain('voice-sipproxy -> voice-sip');
    expect(checked).toBeGreaterThan(15);
  });

  test('every allowed pair comes from a row, and the rows are recorded', () => {
    for (const e of mesh.edges) {
      expect(e.reasons.length).toBeGreaterThan(0);
      for (const reason of e.reasons) expect(reason).toMatch(/^00[0-4] §\d+\.\d+ #/);
    }
    expect(mesh.edges.map((e) => `${e.source} -> ${e.destination}`).sort()).toEqual([...allowed].sort());
  });

  test('nothing else is allowed: e.g. Config Service may not call SIP Cluster', () => {
    expect(allowed.has('voice-config -> voice-sip')).toBe(false);
    expect(allowed.has('voice-agent -> voice-ors')).toBe(false);
  });

  test('each destination ends with an explicit deny of every other source', () => {
    for (const i of intentions) {
      const last = i.spec.sources[i.spec.sources.length - 1];
      expect(last).toEqual({ name: '*', action: 'deny', description: 'default deny: no connection table row allows it' });
    }
  });

  test('a destination no row reaches denies everything', () => {
    const agent = intentions.find((i) => i.metadata.name === 'voice-agent')!;
    expect(agent.spec.sources.map((s: any) => s.action)).toEqual(['deny']);
  });

  test('the review table lists each allowed path with its port and guide row', () => {
    const table = out.files['us-east/mesh/intentions.md'];
    expect(table).toContain('| voice-dialplan | voice-sip | 8800 | 000 §1.2 #27 |');
    expect(table).toContain('| voice-sip | voice-sipproxy | 5090 | 003 §5.3 #3 |');
    expect(table).toContain('denies every other source');
  });

  test('ports reached from outside the mesh bypass the sidecar: the SBC\'s SIP port, the metrics ports', () => {
    const exclusions = (name: string) =>
      out.objects.find((o) => ['Deployment', 'StatefulSet'].includes(o.kind) && o.metadata.name === name)!.spec.template.metadata.annotations[
        'consul.hashicorp.com/transparent-proxy-exclude-inbound-ports'
      ];
    expect(exclusions('voice-sipproxy')).toBe('5080,11400');
    expect(exclusions('voice-config')).toBe('9100');
    // A port no outside caller reaches stays behind the sidecar: SIP Cluster's SIP port (5090) is called from the mesh.
    expect(exclusions('voice-sip').split(',')).not.toContain('5090');
    const table = out.files['us-east/mesh/intentions.md'];
    expect(table).toContain('| voice-sipproxy | 5080, 11400 | 5080: 003 §5.3 #1 (SBC); 11400: ');
  });
});

describe('ConsulMesh, user intentions', () => {
  test('an intention that repeats a derived one adds nothing; a new one is added and marked', () => {
    const { app, mesh } = meshUnit({
      intentions: [
        { source: 'voice-sip', destination: 'voice-dialplan', reason: 'same as the table' },
        { source: 'voice-agent', destination: 'voice-config', reason: 'already allowed' },
        { source: 'voice-callthread', destination: 'voice-rq', reason: 'site-specific diagnostics' },
      ],
    });
    const out = synth(app);
    const dialplan = out.find('ServiceIntentions', 'voice-dialplan');
    expect(dialplan.spec.sources.filter((s: any) => s.name === 'voice-sip')).toHaveLength(1);
    const rq = out.find('ServiceIntentions', 'voice-rq');
    expect(rq.spec.sources).toContainEqual({ name: 'voice-callthread', action: 'allow', description: 'added: site-specific diagnostics' });
    expect(mesh.edges.find((e) => e.source === 'voice-callthread' && e.destination === 'voice-rq')!.origin).toBe('user');
  });

  test('a deny that contradicts a connection row is an error naming the rows', () => {
    const { app } = meshUnit({ intentions: [{ source: 'voice-sip', destination: 'voice-dialplan', action: IntentionAction.DENY, reason: 'no' }] });
    expect(() => app.synthFiles()).toThrow('intention voice-sip → voice-dialplan (deny) contradicts the connection table rows 000 §1.2 #27, which allow it');
  });

  test('contradicting additions and unknown destinations are errors', () => {
    const { app, mesh } = meshUnit();
    mesh.addIntention({ source: 'gws-chat', destination: 'voice-config', reason: 'a' });
    mesh.addIntention({ source: 'gws-chat', destination: 'voice-config', action: IntentionAction.DENY, reason: 'b' });
    mesh.addIntention({ source: 'x', destination: 'ges', reason: 'c' });
    let text = '';
    try {
      app.synthFiles();
    } catch (e) {
      text = (e as Error).message;
    }
    expect(text).toContain('intention gws-chat → voice-config (deny) contradicts an allow you added for the same pair');
    expect(text).toContain('intention x → ges (allow): no meshed service "ges" in this unit');
  });
});

describe('ConsulMesh, allow-all (the Voice guide\'s advice, 000 §2.4)', () => {
  test('produces exactly the guide\'s single intention: all services to all services, allow', () => {
    const { app } = meshUnit({ mode: MeshMode.ALLOW_ALL });
    const out = synth(app);
    const intentions = out.objects.filter((o) => o.kind === 'ServiceIntentions');
    expect(intentions).toHaveLength(1);
    expect(intentions[0].spec).toEqual({ destination: { name: '*' }, sources: [{ name: '*', action: 'allow', description: 'All services to all services (000 §2.4)' }] });
    expect(out.files['us-east/mesh/intentions.md']).toContain('allow-all');
    // Transparent proxy applies in either mode: outside callers still need their ports.
    expect(out.find('StatefulSet', 'voice-sipproxy').spec.template.metadata.annotations['consul.hashicorp.com/transparent-proxy-exclude-inbound-ports']).toBe('5080,11400');
    expect(out.files['us-east/mesh/intentions.md']).toContain('| voice-sipproxy | 5080, 11400 |');
  });

  test('adding intentions in allow-all mode is an error', () => {
    const { app } = meshUnit({ mode: MeshMode.ALLOW_ALL, intentions: [{ source: 'a', destination: 'voice-config', reason: 'x' }] });
    expect(() => app.synthFiles()).toThrow('intentions were added in allow-all mode');
  });
});

describe('the default app (the reference topology) has a least-privilege mesh in every unit', () => {
  test('one ServiceIntentions per meshed service of each unit, all passing the CRD schema', () => {
    const app = testApp();
    const group = defineReferenceTopology(app);
    const out = synth(app);
    for (const unit of group.units) {
      const intentions = out.inUnit(unit.clusterId).filter((o) => o.kind === 'ServiceIntentions');
      expect(intentions.map((i) => i.metadata.name).sort()).toEqual(unit.services.filter((s) => s.meshed).map((s) => s.serviceName).sort());
    }
  });
});
