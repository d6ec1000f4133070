import { defineDefaultApp } from '../../apps/default-app';
import { GenesysService, UnitRole } from '../../src';
import { container, testApp, testUnit } from '../support/fixtures';
import { synth } from '../support/synth';

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
      new GenesysService(unit, id, { serviceId: id, containers: [container()] });
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

  test('bad unit id and registry are refused with a fix', () => {
    const app = testApp();
    testUnit(app, { imageRegistry: 'https://x' }, 'US East');
    expect(() => app.synthFiles()).toThrow(/\[US East\] unit id "US East" is not a DNS label\. Fix:/);
    expect(() => app.synthFiles()).toThrow(/imageRegistry "https:\/\/x" is not a registry host \(003 §7\.2\)/);
  });
});

describe('default app (apps/default-app.ts, what `cdk8s synth` runs)', () => {
  test('writes dist/us-east/ with namespaces, priority classes and storage classes, all schema-valid', () => {
    const app = testApp();
    defineDefaultApp(app);
    const out = synth(app);
    expect(Object.keys(out.files)).toEqual(['us-east/00-cluster.yaml', 'us-east/03-voice.yaml']);
    const kinds = new Set(out.inUnit('us-east').map((o) => o.kind));
    for (const kind of ['Namespace', 'PriorityClass', 'StorageClass', 'Deployment', 'Service', 'HorizontalPodAutoscaler', 'PodDisruptionBudget']) {
      expect(kinds).toContain(kind);
    }
  });
});
