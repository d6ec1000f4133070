import { CXC_COMPONENTS, VOICE_RELEASES, monitoringObjects, monitoredUnit, synthMonitored } from './support';
import { Catalog, GenericChartService, MetricsCollector, Platform, ScrapeMode, Unit, UnitMonitoring } from '../../src';
import { testApp, testUnit } from '../support/fixtures';
import { synth } from '../support/synth';
import { releaseValues } from '../support/values';

/**
 * The guides' scrape tables, transcribed (000 §6.1, 001 §6.1, 002 §6.1, 004 §6.1): mode, port
 * numbers with their paths, interval.
 */
const GUIDE: Array<[string, ScrapeMode, Array<[number, string]>, string | undefined]> = [
  ['voice-agent', ScrapeMode.POD_MONITOR, [[11000, '/metrics']], '30s'],
  ['voice-callthread', ScrapeMode.POD_MONITOR, [[11900, '/metrics']], '30s'],
  ['voice-config', ScrapeMode.POD_MONITOR, [[9100, '/metrics']], '30s'],
  ['voice-dialplan', ScrapeMode.POD_MONITOR, [[8800, '/metrics']], '30s'],
  ['voice-sipfe', ScrapeMode.POD_MONITOR, [[9101, '/metrics']], '30s'],
  ['voice-ors', ScrapeMode.POD_MONITOR, [[11200, '/metrics']], '30s'],
  ['voice-registrar', ScrapeMode.POD_MONITOR, [[11500, '/metrics']], '30s'],
  ['voice-rq', ScrapeMode.POD_MONITOR, [[12000, '/metrics']], '30s'],
  ['voice-sip', ScrapeMode.POD_MONITOR, [[11300, '/metrics']], '30s'],
  ['voice-sipproxy', ScrapeMode.POD_MONITOR, [[11400, '/metrics']], '30s'],
  ['voice-voicemail', ScrapeMode.POD_MONITOR, [[8081, '/metrics']], '30s'],
  ['ges', ScrapeMode.SERVICE_MONITOR, [[3050, '/metrics']], undefined],
  ['cxc-api-aggregator', ScrapeMode.SERVICE_MONITOR, [[9102, '/metrics']], '15s'],
  ['cxc-campaign-manager', ScrapeMode.SERVICE_MONITOR, [[3106, '/metrics']], '15s'],
  ['cxc-compliance-manager', ScrapeMode.SERVICE_MONITOR, [[3107, '/metrics']], '15s'],
  ['cxc-dial-manager', ScrapeMode.SERVICE_MONITOR, [[3109, '/metrics']], '15s'],
  ['cxc-job-scheduler', ScrapeMode.SERVICE_MONITOR, [[3108, '/metrics']], '15s'],
  ['cxc-list-builder', ScrapeMode.SERVICE_MONITOR, [[3104, '/metrics']], '15s'],
  ['cxc-list-manager', ScrapeMode.SERVICE_MONITOR, [[3105, '/metrics']], '15s'],
  ['ixn', ScrapeMode.POD_MONITOR, [[13131, '/health/prometheus/all'], [13133, '/metrics']], undefined],
  ['ixn-vqnode', ScrapeMode.POD_MONITOR, [[13139, '/metrics']], undefined],
];

describe('Scrape facts: the guides\' tables, on the catalogue\'s ports', () => {
  test.each(GUIDE)('%s: %s on %j every %s', (service, mode, endpoints, interval) => {
    const fact = Catalog.scrapeFact(service)!;
    expect(fact.mode).toBe(mode);
    expect(fact.interval).toBe(interval);
    const ports = Catalog.service(service).ports;
    expect(fact.endpoints.map((e) => [ports.find((p) => p.name === e.portName)?.port, e.path])).toEqual(endpoints);
    expect(fact.source).toMatch(/^00[0-4] §6\.1/);
  });

  test('only Agent State and Interaction Server lack the annotations alternative; GES and the other Voice services offer it', () => {
    const withAnnotations = Catalog.scrapeFacts().filter((f) => f.alternatives.includes(ScrapeMode.ANNOTATIONS)).map((f) => f.service);
    expect(withAnnotations).toEqual(VOICE_RELEASES.filter((r) => r !== 'voice-agent').concat('ges'));
  });

  test('no scrape fact for services without a metrics endpoint (Tenant Service, CX Contact UI)', () => {
    expect(Catalog.scrapeFact('tenant')).toBeUndefined();
    expect(Catalog.scrapeFact('cxc-ui')).toBeUndefined();
    expect(Catalog.scrapeFacts()).toHaveLength(GUIDE.length);
  });
});

describe('UnitMonitoring on AKS (Prometheus operator): each service as its guide says', () => {
  const out = synthMonitored();

  test('a PodMonitor per Voice and Interaction Server instance, on the catalogue port names and paths', () => {
    const podMonitors = monitoringObjects(out, 'PodMonitor');
    expect(podMonitors.map((m) => m.metadata.name)).toEqual([...VOICE_RELEASES, 'ixn-t100', 'ixn-vqnode-t100']);
    const agent = out.find('PodMonitor', 'voice-agent', 'voice');
    expect(agent.spec).toEqual({
      selector: { matchLabels: { 'app.kubernetes.io/name': 'voice-agent', 'app.kubernetes.io/instance': 'voice-agent' } },
      podMetricsEndpoints: [{ port: 'http', path: '/metrics', interval: '30s' }],
    });
    expect(out.find('PodMonitor', 'voice-rq', 'voice').spec.podMetricsEndpoints).toEqual([{ port: 'metrics', path: '/metrics', interval: '30s' }]);
    const ixn = out.find('PodMonitor', 'ixn-t100');
    expect(ixn.spec.selector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'ixn', 'app.kubernetes.io/instance': 'ixn-t100' });
    expect(ixn.spec.podMetricsEndpoints).toEqual([
      { port: 'server-health', path: '/health/prometheus/all' },
      { port: 'node-default', path: '/metrics' },
    ]);
  });

  test('every PodMonitor selects the pods of one service of the unit and names a port they serve', () => {
    // The charts render the pods; the unit knows them from its services' model (the same the unit's
    // consistency check reads at synth).
    const services = (out.monitoring.node.scope as Unit).services;
    for (const monitor of monitoringObjects(out, 'PodMonitor')) {
      const selected = services.filter((s) => s.namespace === monitor.metadata.namespace
        && Object.entries(monitor.spec.selector.matchLabels).every(([k, v]) => s.releaseWorkload.podLabels[k] === v));
      expect(selected.map((s) => s.name)).toEqual([monitor.metadata.name]);
      for (const e of monitor.spec.podMetricsEndpoints) expect(selected[0].containerPortNames).toContain(e.port);
    }
  });

  test('a ServiceMonitor for GES and each CX Contact component, on their Services\' ports', () => {
    const serviceMonitors = monitoringObjects(out, 'ServiceMonitor');
    expect(serviceMonitors.map((m) => m.metadata.name)).toEqual(['ges', ...CXC_COMPONENTS]);
    const services = (out.monitoring.node.scope as Unit).services;
    for (const monitor of serviceMonitors) {
      // The chart's Service carries the release's standard labels.
      const selected = services.filter((s) => s.namespace === monitor.metadata.namespace
        && Object.entries(monitor.spec.selector.matchLabels).every(([k, v]) => s.releaseWorkload.podLabels[k] === v));
      expect(selected.map((s) => s.name)).toEqual([monitor.metadata.name]);
      expect(selected[0].servicePortNames).toContain(monitor.spec.endpoints[0].port);
    }
    expect(out.find('ServiceMonitor', 'ges', 'ges').spec.endpoints).toEqual([{ port: 'http', path: '/metrics' }]);
    expect(out.find('ServiceMonitor', 'cxc-dial-manager', 'cxc').spec.endpoints).toEqual([{ port: 'metrics', path: '/metrics', interval: '15s' }]);
  });

  test('GES\'s chart ServiceMonitor is turned off when the unit\'s monitoring scrapes it, so it is not scraped twice (001 §3.1)', () => {
    expect(releaseValues(out, 'us-east', 'ges').ges.monitoring.prometheus.use_service_monitor).toBe(false);
    const unscraped = synthMonitored({ monitoring: { scrape: false } });
    expect(releaseValues(unscraped, 'us-east', 'ges').ges.monitoring?.prometheus?.use_service_monitor).not.toBe(false);
  });

  test('no scrape object for the Tenant Service, which has no metrics endpoint in the guides', () => {
    expect(out.objects.filter((o) => ['PodMonitor', 'ServiceMonitor'].includes(o.kind) && o.metadata.namespace === 'voice' && o.metadata.name.startsWith('tenant'))).toEqual([]);
  });

  test('the monitoring objects go to 95-monitoring.yaml, after every service wave, and carry the standard labels', () => {
    expect(UnitMonitoring.FILE).toBe('95-monitoring.yaml');
    const files = Object.keys(out.files).filter((f) => f.startsWith('us-east/') && /^us-east\/[0-9]{2}-/.test(f)).sort();
    expect(files[files.length - 1]).toBe('us-east/95-monitoring.yaml');
    for (const o of out.objects.filter((x) => x.file === 'us-east/95-monitoring.yaml')) {
      expect(o.metadata.labels).toMatchObject({
        'app.kubernetes.io/part-of': 'genesys-multicloud-cx',
        'app.kubernetes.io/managed-by': 'genesys-pe-constructs',
        'genesys-pe.io/unit': 'us-east',
        'genesys-pe.io/unit-group': 'acme',
      });
      expect(['PodMonitor', 'ServiceMonitor', 'PrometheusRule', 'ConfigMap']).toContain(o.kind);
    }
  });

  test('services are found at synth, so those created after the construct count', () => {
    // monitoredUnit creates the monitoring construct first.
    expect(out.monitoring.scrapeObjects).toHaveLength(VOICE_RELEASES.length + 1 + CXC_COMPONENTS.length + 2);
    // Interaction Server's rules are the vendor's (004 §6.4 defines none); its VQ Node has none.
    expect(out.monitoring.ruleObjects).toHaveLength(VOICE_RELEASES.length + 1 + CXC_COMPONENTS.length + 1);
  });
});

describe('UnitMonitoring on GKE: workload metrics read PodMonitors only (003 §6.6)', () => {
  const out = synthMonitored({ platform: Platform.gke() });

  test('the default collector on GKE is GKE workload metrics, on AKS a Prometheus operator', () => {
    expect(Platform.gke().metricsCollector).toBe(MetricsCollector.GKE_WORKLOAD_METRICS);
    expect(Platform.aks().metricsCollector).toBe(MetricsCollector.PROMETHEUS_OPERATOR);
    expect(out.monitoring.collector).toBe(MetricsCollector.GKE_WORKLOAD_METRICS);
  });

  test('every service gets a PodMonitor, GES and CX Contact included; no ServiceMonitor', () => {
    expect(monitoringObjects(out, 'ServiceMonitor')).toEqual([]);
    expect(monitoringObjects(out, 'PodMonitor').map((m) => m.metadata.name)).toEqual([...VOICE_RELEASES, 'ges', ...CXC_COMPONENTS, 'ixn-t100', 'ixn-vqnode-t100']);
    expect(out.find('PodMonitor', 'cxc-list-builder', 'cxc').spec.podMetricsEndpoints).toEqual([{ port: 'metrics', path: '/metrics', interval: '15s' }]);
  });

  test('the alerts are the same on both platforms', () => {
    const aks = synthMonitored();
    const rules = (o: typeof out) => monitoringObjects(o, 'PrometheusRule').map((r) => [r.metadata.name, r.spec.groups[0].rules.length]);
    expect(rules(out)).toEqual(rules(aks));
  });

  test('a Prometheus operator on GKE brings back each guide\'s mode', () => {
    const own = synthMonitored({ platform: Platform.gke({ metricsCollector: MetricsCollector.PROMETHEUS_OPERATOR }) });
    expect(monitoringObjects(own, 'ServiceMonitor')).toHaveLength(1 + CXC_COMPONENTS.length);
  });
});

describe('UnitMonitoring switches', () => {
  test('scrapeMode ANNOTATIONS: the charts annotate the pods through their values where the guide offers it, PodMonitor where it does not', () => {
    // The CX Contact components and Interaction Server are GenericChartServices here; the guides
    // give CX Contact ServiceMonitors only and Interaction Server PodMonitors only, so their modes stay.
    const out = synthMonitored({ monitoring: { scrapeMode: ScrapeMode.ANNOTATIONS } });
    // Voice charts put the prometheus.io annotations on their pods themselves (000 §3.1 prometheus.metricServer).
    expect(releaseValues(out, 'us-east', 'voice-ors').prometheus.metricServer).toEqual({ enabled: true, path: '/metrics' });
    // GES takes pod annotations in its values (001 §3.1 ges.annotations.podAnnotations, 001 §6.1).
    expect(releaseValues(out, 'us-east', 'ges').ges.annotations.podAnnotations).toEqual({
      'prometheus.io/scrape': 'true',
      'prometheus.io/port': '3050',
      'prometheus.io/path': '/metrics',
    });
    // Agent State is PodMonitor only; Interaction Server too; CX Contact is ServiceMonitor only.
    expect(monitoringObjects(out, 'PodMonitor').map((m) => m.metadata.name)).toEqual(['voice-agent', 'ixn-t100', 'ixn-vqnode-t100']);
    expect(monitoringObjects(out, 'ServiceMonitor').map((m) => m.metadata.name)).toEqual(CXC_COMPONENTS);
    expect(releaseValues(out, 'us-east', 'voice-agent').prometheus?.metricServer).toBeUndefined();
    expect(out.monitoring.scrapeModeFor('voice-config')).toBe(ScrapeMode.ANNOTATIONS);
    expect(out.monitoring.scrapeModeFor('voice-agent')).toBe(ScrapeMode.POD_MONITOR);
    // In the guides' own mode, no chart is asked for annotations.
    expect(releaseValues(synthMonitored(), 'us-east', 'voice-ors').prometheus?.metricServer).toBeUndefined();
  });

  test('scrapeMode ANNOTATIONS on a chart whose values the library does not know is a problem with the fix', () => {
    const app = testApp();
    const unit = testUnit(app);
    new UnitMonitoring(unit, 'monitoring', { platform: unit.platform, scrapeMode: ScrapeMode.ANNOTATIONS });
    new GenericChartService(unit, 'ges', { serviceId: 'ges', chart: 'ges', chartVersion: '1.0.0' });
    expect(() => app.synthFiles()).toThrow(
      '[us-east/monitoring] ges: the ges chart documents no pod annotations, so Prometheus annotations (prometheus.io/scrape, prometheus.io/port, prometheus.io/path) cannot be set (GenericChartServiceProps: the user\'s chart). '
        + 'Fix: scrape it with a PodMonitor or ServiceMonitor (ScrapeMode.POD_MONITOR or SERVICE_MONITOR)',
    );
  });

  test('scrape: false and alerts: false turn each half off; exclude leaves services out', () => {
    const noScrape = synthMonitored({ monitoring: { scrape: false } });
    expect(monitoringObjects(noScrape, 'PodMonitor')).toEqual([]);
    expect(monitoringObjects(noScrape, 'PrometheusRule')).not.toEqual([]);
    const noAlerts = synthMonitored({ monitoring: { alerts: false, exclude: ['voice-voicemail', 'ixn'] } });
    expect(monitoringObjects(noAlerts, 'PrometheusRule')).toEqual([]);
    expect(monitoringObjects(noAlerts, 'PodMonitor').map((m) => m.metadata.name)).not.toContain('voice-voicemail');
    expect(monitoringObjects(noAlerts, 'PodMonitor').map((m) => m.metadata.name)).not.toContain('ixn-t100');
  });

  test('monitorLabels and ruleLabels reach the objects, for the Prometheus selectors', () => {
    const out = synthMonitored({ monitoring: { monitorLabels: { release: 'prometheus' }, ruleLabels: { role: 'alert-rules' } } });
    expect(out.find('PodMonitor', 'voice-sip', 'voice').metadata.labels?.release).toBe('prometheus');
    expect(out.find('ServiceMonitor', 'ges', 'ges').metadata.labels?.release).toBe('prometheus');
    expect(out.find('PrometheusRule', 'voice-sip-alerts', 'voice').metadata.labels?.role).toBe('alert-rules');
    expect(out.find('PrometheusRule', 'voice-sip-alerts', 'voice').metadata.labels?.release).toBeUndefined();
  });

  test('output is deterministic', () => {
    expect(synthMonitored().files).toEqual(synthMonitored().files);
  });
});

describe('UnitMonitoring problems, reported at synth with the rule and the fix', () => {
  test('a scrape mode GKE workload metrics cannot read', () => {
    const { app } = monitoredUnit({ platform: Platform.gke(), monitoring: { scrapeMode: ScrapeMode.SERVICE_MONITOR } });
    expect(() => app.synthFiles()).toThrow(/scrapeMode is ServiceMonitor, but GKE workload metrics read only PodMonitor resources \(003 §6\.6\)\. Fix: /);
  });

  test('GKE workload metrics on AKS', () => {
    const { app } = monitoredUnit({ platform: Platform.aks({ metricsCollector: MetricsCollector.GKE_WORKLOAD_METRICS }) });
    expect(() => app.synthFiles()).toThrow(/GKE workload metrics is a Google Cloud feature, but this unit runs on AKS \(003 §6\.6\)/);
  });

  test('an unknown id in exclude, and a metrics port no container serves, together', () => {
    const app = testApp();
    const unit = testUnit(app);
    new UnitMonitoring(unit, 'monitoring', { platform: unit.platform, exclude: ['voice-agents'] });
    // The chart serves only the GES external port, not the metrics port `http`.
    new GenericChartService(unit, 'ges', { serviceId: 'ges', chart: 'ges', chartVersion: '1.0.0', portNames: ['http-external'] });
    expect(() => app.synthFiles()).toThrow(/2 problem\(s\)[\s\S]*exclude names "voice-agents"[\s\S]*ges: the metrics port "http" is not among the Service' ports \(http-external\)/);
  });

  test('a unit without services synthesizes no monitoring objects', () => {
    const app = testApp();
    const unit = testUnit(app);
    new UnitMonitoring(unit, 'monitoring', { platform: unit.platform });
    expect(synth(app).objects.filter((o) => o.file.endsWith(UnitMonitoring.FILE))).toEqual([]);
  });
});
