import { defineSingleAksUnit } from '../../apps/single-aks-unit';
import { GenericChartService, GenericChartServiceProps, Unit, UnitRole } from '../../src';
import { testApp, testUnit } from '../support/fixtures';
import { synth } from '../support/synth';

/** A service of the catalogue as a release of a chart named after it. */
function chartService(scope: Unit, id: string, props: Partial<GenericChartServiceProps> = {}) {
  return new GenericChartService(scope, id, { serviceId: id, chart: id, chartVersion: '1.0.0', ...props });
}

describe('Unit', () => {
  test('creates the four priority classes of 003 §7.4 with their values', () => {
    const app = testApp();
    testUnit(app);
    const classes = synth(app).objects.filter((o) => o.kind === 'PriorityClass');
    expect(classes.map((c) => [c.metadata.name, c.value, c.globalDefault])).toEqual([
      ['genesysengage-critical-priority', 10000000, false],
      ['genesysengage-high-priority', 1000000, false],
      ['genesysengage-medium-priority', 100000, false],
      ['genesysengage-low-priority', 0, false],
    ]);
  });

  test('creates each namespace its services use, once, in 00-cluster.yaml', () => {
    const app = testApp();
    const unit = testUnit(app);
    for (const id of ['voice-config', 'voice-sip', 'tenant', 'ges']) {
      chartService(unit, id);
    }
    const out = synth(app);
    const namespaces = out.objects.filter((o) => o.kind === 'Namespace');
    expect(namespaces.map((n) => n.metadata.name)).toEqual(['voice', 'ges']);
    expect(new Set(namespaces.map((n) => n.file))).toEqual(new Set(['us-east/00-cluster.yaml']));
    expect(unit.namespaces).toEqual(['ges', 'voice']);
  });

  test('a unit with no services still has its cluster classes and no namespaces', () => {
    const app = testApp();
    testUnit(app, { role: UnitRole.SECONDARY });
    const out = synth(app);
    expect(out.objects.some((o) => o.kind === 'Namespace')).toBe(false);
    expect(out.objects.filter((o) => o.kind === 'PriorityClass')).toHaveLength(4);
  });

  test('meshed services without a ConsulMesh are refused; services outside the mesh need none', () => {
    const app = testApp();
    const unit = testUnit(app, {}, 'us-east', false);
    for (const id of ['voice-config', 'voice-sip', 'voice-ors', 'tenant']) {
      chartService(unit, id, { meshed: true });
    }
    expect(() => synth(app)).toThrow(
      "[us-east] unit us-east runs services in the Consul mesh (voice-config, voice-sip, voice-ors, and 1 more) but has no ConsulMesh, so no intention allows any call between them (000 §2.4). Fix: add new ConsulMesh(unit, 'mesh'), which derives the intentions from the guides' connection tables.",
    );
    const outside = testApp();
    chartService(testUnit(outside, {}, 'us-east', false), 'voice-config', { meshed: false });
    expect(() => synth(outside)).not.toThrow();
  });

  test('bad unit id and registry are refused with a fix', () => {
    const app = testApp();
    testUnit(app, { imageRegistry: 'https://x' }, 'US East');
    expect(() => app.synthFiles()).toThrow(/\[US East\] unit id "US East" is not a DNS label; .* Fix:/);
    expect(() => app.synthFiles()).toThrow(/imageRegistry "https:\/\/x" is not a registry host \(003 §7\.2\)/);
  });
});

/** The releases of the example: the eleven Voice services (000 §1.1) and tenant t100's Tenant Service, sorted. */
const RELEASES = [
  't100',
  'voice-agent', 'voice-callthread', 'voice-config', 'voice-dialplan', 'voice-ors', 'voice-registrar',
  'voice-rq', 'voice-sip', 'voice-sipfe', 'voice-sipproxy', 'voice-voicemail',
];

describe('the single AKS unit example (apps/single-aks-unit.ts)', () => {
  const app = testApp();
  defineSingleAksUnit(app);
  const out = synth(app);

  test('writes dist/us-east/ in wave order, with the Consul values and policy, the release values and the prerequisites in subfolders', () => {
    expect(Object.keys(out.files)).toEqual([
      'us-east/00-cluster.yaml',
      'us-east/01-infrastructure.yaml',
      'us-east/01-mesh.yaml',
      'us-east/03-voice.yaml',
      'us-east/04-tenant.yaml',
      'us-east/04-voicemail.yaml',
      'us-east/consul/voice-policy.hcl',
      'us-east/helm/README.md',
      'us-east/helm/consul-values.yaml',
      ...RELEASES.map((r) => `us-east/helm/${r}.values.yaml`),
      'us-east/mesh/intentions.md',
      'us-east/prerequisites/prerequisites.yaml',
    ]);
    const kinds = new Set(out.inUnit('us-east').map((o) => o.kind));
    for (const kind of ['Namespace', 'PriorityClass', 'StorageClass', 'Service', 'Endpoints', 'HelmRepository', 'HelmRelease', 'ServiceIntentions', 'NetworkPolicy']) {
      expect(kinds).toContain(kind);
    }
    // The charts render the workloads; the library writes none of the vendor's pods itself.
    for (const kind of ['Deployment', 'StatefulSet', 'HorizontalPodAutoscaler', 'PodDisruptionBudget']) expect(kinds).not.toContain(kind);
  });

  test('the primary unit runs all eleven Voice services and the Tenant Service of t100, each one Flux release of its chart', () => {
    const releases = out.objects.filter((o) => o.kind === 'HelmRelease');
    expect(releases.map((o) => o.metadata.name).sort()).toEqual(RELEASES);
    // Voice and the Tenant Service share the voice namespace (003 §6.4).
    expect(new Set(releases.map((o) => o.metadata.namespace))).toEqual(new Set(['voice']));
    expect(out.find('HelmRelease', 'voice-voicemail', 'voice').file).toBe('us-east/04-voicemail.yaml');
    expect(out.find('HelmRelease', 't100', 'voice').file).toBe('us-east/04-tenant.yaml');
  });

  test('no secret value appears anywhere in the output', () => {
    // The library takes no secret values at all; this guards against one slipping in through a default.
    expect(out.objects.some((o) => o.kind === 'Secret')).toBe(false);
    const text = Object.values(out.files).join('\n');
    for (const leak of [/password\s*[:=]\s*["']?\w/i, /BEGIN [A-Z ]*PRIVATE KEY/, /"token"\s*:/i]) expect(text).not.toMatch(leak);
  });
});

describe('Unit placement (003 §2.3)', () => {
  test('a primary-only service in a secondary unit is refused; primary-or-secondary services are fine', () => {
    const app = testApp();
    const unit = testUnit(app, { role: UnitRole.SECONDARY }, 'us-central');
    chartService(unit, 'ges');
    chartService(unit, 'voice-config');
    let message = '';
    try {
      app.synthFiles();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('[us-central] Genesys Engagement Service (ges) runs only in the primary unit, but us-central is a secondary unit (003 §2.3 #11). Fix: deploy it in the primary unit of the group.');
    expect(message).toMatch(/1 problem\(s\)/);
  });
});
