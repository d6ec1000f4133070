import { rawCounters, seriesOf } from './promql';
import { CXC_COMPONENTS, VOICE_RELEASES, monitoringObjects, synthMonitored } from './support';
import { Catalog } from '../../src';

const out = synthMonitored();
/** Every deployed service of the monitored unit: its instance name, catalogue id and namespace. */
const DEPLOYED: Array<[string, string, string]> = [
  ...VOICE_RELEASES.map((r): [string, string, string] => [r, r, 'voice']),
  ['ges', 'ges', 'ges'],
  ...CXC_COMPONENTS.map((c): [string, string, string] => [c, c, 'cxc']),
  ['ixn-t100', 'ixn', 'ixn'],
  ['ixn-vqnode-t100', 'ixn-vqnode', 'ixn'],
];

const dashboardOf = (name: string) => JSON.parse(out.files[`us-east/dashboards/${name}.json`]);
const panelsOf = (d: any) => (d.panels as any[]).filter((p) => p.type !== 'row');

describe('Dashboards: one per deployed service, as a ConfigMap for the Grafana sidecar and as a JSON file', () => {
  test('a JSON file per deployed service in dist/<unit>/dashboards/', () => {
    const files = Object.keys(out.files).filter((f) => f.startsWith('us-east/dashboards/')).sort();
    expect(files).toEqual(DEPLOYED.map(([name]) => `us-east/dashboards/${name}.json`).sort());
  });

  test.each(DEPLOYED)('%s: a ConfigMap labelled grafana_dashboard "1" in its namespace, holding the same JSON', (name, _id, namespace) => {
    const map = out.find('ConfigMap', `${name}-dashboard`, namespace);
    expect(map.metadata.labels).toMatchObject({ grafana_dashboard: '1' });
    expect(map.file).toBe('us-east/95-monitoring.yaml');
    expect(map.data).toEqual({ [`${name}.json`]: out.files[`us-east/dashboards/${name}.json`] });
  });

  test('the ConfigMaps are the only ones in the monitoring file, one per service', () => {
    expect(monitoringObjects(out, 'ConfigMap')).toHaveLength(DEPLOYED.length);
  });
});

describe('Dashboards: well-formed', () => {
  test.each(DEPLOYED)('%s', (name, id, namespace) => {
    const d = dashboardOf(name);
    expect(d.uid.length).toBeLessThanOrEqual(40);
    expect(d.title).toContain(name);
    expect(d.tags).toContain(id);
    expect(d.templating.list).toEqual([expect.objectContaining({ name: 'datasource', type: 'datasource', query: 'prometheus' })]);
    const ids = (d.panels as any[]).map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of d.panels) {
      expect(p.gridPos.w).toBeGreaterThan(0);
      expect(p.gridPos.x + p.gridPos.w).toBeLessThanOrEqual(24);
      if (p.type === 'row') continue;
      expect(p.type).toBe('timeseries');
      expect(p.title.length).toBeGreaterThan(0);
      expect(p.gridPos.h).toBeGreaterThan(0);
      expect(p.datasource).toEqual({ type: 'prometheus', uid: '${datasource}' });
      expect(p.targets.length).toBeGreaterThan(0);
      for (const t of p.targets) {
        expect(t.expr).not.toMatch(/__[A-Z]+__/);
        expect(t.expr).toContain(`namespace="${namespace}"`);
      }
    }
  });

  test('uids differ between dashboards', () => {
    const uids = DEPLOYED.map(([name]) => dashboardOf(name).uid);
    expect(new Set(uids).size).toBe(uids.length);
  });
});

describe('Dashboards: every query reads a metric the catalogue lists for the service', () => {
  test.each(DEPLOYED)('%s', (name, id) => {
    const unknown: string[] = [];
    for (const p of panelsOf(dashboardOf(name))) {
      for (const t of p.targets) for (const s of seriesOf(t.expr)) if (!Catalog.metricOf(id, s)) unknown.push(`${p.title}: ${s}`);
    }
    expect(unknown).toEqual([]);
  });

  test.each(DEPLOYED)('%s: counters only through rate() or increase()', (name, id) => {
    const raw = panelsOf(dashboardOf(name)).flatMap((p) => p.targets.flatMap((t: any) => rawCounters(id, t.expr).map((m) => `${p.title}: ${m}`)));
    expect(raw).toEqual([]);
  });

  test('each service\'s own metrics are all plotted', () => {
    for (const [name, id] of DEPLOYED) {
      const queries = panelsOf(dashboardOf(name)).flatMap((p) => p.targets.map((t: any) => t.expr)).join('\n');
      const missing = Catalog.metrics(id).filter((m) => !queries.includes(m.name)).map((m) => `${name}: ${m.name}`);
      expect(missing).toEqual([]);
    }
  });
});

describe('Dashboards: the rules\' thresholds, as the guides give them', () => {
  /** [dashboard, panel title prefix, threshold the guide gives, alert fires above it] */
  const THRESHOLDS: Array<[string, string, number, boolean]> = [
    ['voice-ors', 'Number of running strategies is too high', 400, true], // 000 §6.3
    ['voice-ors', 'Number of running strategies is critical', 600, true], // 000 §6.3
    ['voice-rq', 'Number of Redis streams is too high', 10000, true], // 000 §6.3
    ['voice-sip', 'Dial Plan Queue Increase', 10, true], // 000 §6.3
    ['voice-sipfe', 'SIP Cluster Service response latency is too high', 0.5, true], // 000 §6.3: 0.5 seconds
    ['ges', 'GES_CPU_USAGE', 90, true], // 001 §6.4
    ['cxc-dial-manager', 'CXC-DM-LatencyHigh', 5000, true], // 002 §6.3
    ['voice-agent', 'Agent service fail', 2, false], // 000 §6.1: below pass
  ];

  test.each(THRESHOLDS)('%s "%s": drawn at %s', (name, title, value, above) => {
    const panel = panelsOf(dashboardOf(name)).find((p) => p.title.startsWith(`${title} (`));
    expect(panel).toBeDefined();
    const steps = panel.fieldConfig.defaults.thresholds.steps;
    expect(steps).toHaveLength(2);
    expect(steps[1].value).toBe(value);
    expect(steps[1].color === 'green').toBe(!above);
  });
});

describe('Dashboards: options', () => {
  test('dashboardNamespace puts every ConfigMap in one namespace; dashboards: false writes none', () => {
    const one = synthMonitored({ monitoring: { dashboardNamespace: 'monitoring', dashboardLabels: { release: 'grafana' } } });
    const maps = monitoringObjects(one, 'ConfigMap');
    expect(maps.map((m) => m.metadata.namespace)).toEqual(DEPLOYED.map(() => 'monitoring'));
    expect(maps.every((m) => m.metadata.labels?.release === 'grafana')).toBe(true);
    const none = synthMonitored({ monitoring: { dashboards: false } });
    expect(monitoringObjects(none, 'ConfigMap')).toEqual([]);
    expect(Object.keys(none.files).filter((f) => f.includes('/dashboards/'))).toEqual([]);
  });
});
