import { defineReferenceTopology } from '../../apps/reference-topology';
import { Catalog, ConsulMesh, ConsulMeshProps, EndpointKind, GenesysApp, GenesysService, IntentionAction, MeshMode, VoiceMicroservices } from '../../src';
import { testApp } from '../support/fixtures';
import { Synthesized, synth } from '../support/synth';
import { tenantService } from '../support/tenant-unit';
import { voiceProps, voiceStores } from '../support/voice-unit';

function meshUnit(props: ConsulMeshProps = {}, app: GenesysApp = testApp()) {
  const s = voiceStores(app, undefined, false);
  const mesh = new ConsulMesh(s.unit, 'mesh', props);
  new VoiceMicroservices(s.unit, 'voice', voiceProps(s));
  tenantService(s);
  return { app, mesh, unit: s.unit };
}

const TENANT = 'tenant-9350e2fc-a1dd-4c65-8d40-1f75a2e080dd';

/** The Consul names of the meshed services of the app's units. */
function meshUnitServices(app: GenesysApp): string[] {
  return app.node.findAll().filter((c): c is GenesysService => c instanceof GenesysService && c.meshed).map((c) => c.serviceName);
}

/** The NetworkPolicy that admits callers to a service. */
function admits(out: Synthesized, service: string): any[] {
  return out.find('NetworkPolicy', `allow-to-${service}`.slice(0, 63), 'voice').spec.ingress;
}

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
  const present = meshUnitServices(app);
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

  test('NetworkPolicies: default-deny in the namespace; mesh callers admitted to the sidecar only', () => {
    expect(out.find('NetworkPolicy', 'default-deny-ingress', 'voice').spec).toEqual({ podSelector: {}, policyTypes: ['Ingress'] });
    // 000 §1.2 #27: SIP Cluster → Dial Plan, through the sidecars (Consul's inbound listener, 20000).
    const dialplan = admits(out, 'voice-dialplan');
    const fromSip = dialplan.find((r: any) => r.from[0].podSelector?.matchLabels['app.kubernetes.io/instance'] === 'voice-sip');
    expect(fromSip).toEqual({
      from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'voice-sip', 'app.kubernetes.io/instance': 'voice-sip' } }, namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'voice' } } }],
      ports: [{ port: 20000, protocol: 'TCP' }],
    });
    // Config may not call SIP Cluster: no rule admits it.
    const sip = admits(out, 'voice-sip');
    expect(sip.some((r: any) => r.from[0].podSelector?.matchLabels['app.kubernetes.io/instance'] === 'voice-config')).toBe(false);
  });

  test('outside callers: Prometheus by namespace to the metrics and merged-metrics ports; SBCs only with their ranges', () => {
    const config = admits(out, 'voice-config');
    expect(config).toContainEqual({ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }], ports: [{ port: 9100, protocol: 'TCP' }, { port: 20200, protocol: 'TCP' }] });
    // No SBC range given: SIP Proxy admits no SBC, and the review table says so.
    expect(admits(out, 'voice-sipproxy').some((r: any) => r.from[0].ipBlock)).toBe(false);
    const table = out.files['us-east/mesh/intentions.md'];
    expect(table).toContain('| voice-sipproxy | sbc | 5080 | not admitted: give ConsulMesh networkPolicies.sbcCidrs |');
    // The library excludes no port from the sidecar: intentions decide every mesh call.
    expect(Object.values(out.files).join('\n')).not.toContain('transparent-proxy-exclude-inbound-ports');

    const { app: withSbc } = meshUnit({ networkPolicies: { sbcCidrs: ['203.0.113.0/24'] } });
    const sbcRule = admits(synth(withSbc), 'voice-sipproxy').find((r: any) => r.from[0].ipBlock);
    expect(sbcRule).toEqual({ from: [{ ipBlock: { cidr: '203.0.113.0/24' } }], ports: [{ port: 5080, protocol: 'TCP' }] });
  });

  test('NetworkPolicies can be turned off', () => {
    const { app: open } = meshUnit({ networkPolicies: { enabled: false } });
    expect(synth(open).objects.some((o) => o.kind === 'NetworkPolicy')).toBe(false);
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
    // The guide's allow-all opens the mesh on purpose: no NetworkPolicy unless asked for.
    expect(out.objects.some((o) => o.kind === 'NetworkPolicy')).toBe(false);
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
