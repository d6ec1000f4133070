import { CXC_PAGES, VOICE_PAGES, cxcGuideAlertCount, voiceGuideAlerts } from './guide-alerts';
import { CXC_COMPONENTS } from './support';
import { AlertSeverity, Catalog, Guide } from '../../src';
import { describeWithGuides, guideText } from '../support/guides';

/** The alerts a guide defines: those not added from the vendor's rule set. */
const guideAlerts = (service?: string) => Catalog.alerts(service).filter((a) => !a.source.includes('vendor:'));
const names = (service: string) => guideAlerts(service).map((a) => a.name);
const find = (service: string, name: string) => {
  const found = Catalog.alerts(service).filter((a) => a.name === name);
  if (found.length !== 1) throw new Error(`expected one alert "${name}" of ${service}, found ${found.length}`);
  return found[0];
};

describeWithGuides('Alert catalogue: every Voice alert of the guide, read from the guide text (000 §6.3)', () => {
  test.each(Object.keys(VOICE_PAGES))('%s: the names and severities of its alert table, in order', (release) => {
    const rows = voiceGuideAlerts(release);
    expect(rows.length).toBeGreaterThan(0);
    expect(guideAlerts(release).map((a) => ({ name: a.name, severity: a.severity as string }))).toEqual(rows);
  });

  test('the counts per service are those of the guide: 174 in all', () => {
    const counts = Object.fromEntries(Object.keys(VOICE_PAGES).map((r) => [r, names(r).length]));
    expect(counts).toEqual({
      'voice-agent': 20,
      'voice-callthread': 17,
      'voice-config': 11,
      'voice-dialplan': 13,
      'voice-sipfe': 21,
      'voice-ors': 13,
      'voice-registrar': 16,
      'voice-rq': 12,
      'voice-sip': 27,
      'voice-sipproxy': 14,
      'voice-voicemail': 10,
    });
  });
});

describeWithGuides('Alert catalogue: CX Contact, one alert per HIGH row of each component page (002 §6.3)', () => {
  test.each(Object.keys(CXC_PAGES))('%s', (id) => {
    expect(names(id)).toHaveLength(cxcGuideAlertCount(id));
    expect(Catalog.alerts(id).every((a) => a.severity === AlertSeverity.HIGH)).toBe(true);
  });

  test('each component has the seven common alerts and its own, with the names the pages print', () => {
    const common = ['CXC-CPUUsage', 'CXC-MemoryUsage', 'CXC-PodNotReadyCount', 'CXC-PodRestartsCount', 'CXC-MemoryUsagePD', 'CXC-PodRestartsCountPD', 'CXC-PodsNotReadyPD'];
    const own: Record<string, string[]> = {
      'cxc-api-aggregator': ['CXC-API-LatencyHigh', 'CXC-API-Redis-Connection-Failed', 'CXC-EXT-Ingress-Error-Rate', 'cxc_api_too_many_errors_from_auth'],
      'cxc-campaign-manager': ['CXC-CM-Redis-Connection-Failed'],
      'cxc-compliance-manager': ['CXC-Compliance-LatencyHigh', 'CXC-CoM-Redis-no-active-connections'],
      'cxc-dial-manager': ['CXC-DM-LatencyHigh'],
      'cxc-job-scheduler': ['CXC-JS-LatencyHigh'],
      'cxc-list-builder': ['CXC-LB-LatencyHigh'],
      'cxc-list-manager': ['CXC-LM-LatencyHigh', 'cxc_list_manager_too_many_errors_from_auth'],
    };
    for (const id of CXC_COMPONENTS) {
      expect(names(id)).toEqual([...own[id], ...common]);
      // The page prints each name (some broken over lines: compare without whitespace).
      const page = guideText(Guide.CX_CONTACT).replace(/\s+/g, '');
      for (const name of names(id)) expect(page).toContain(name);
    }
    expect(CXC_COMPONENTS.flatMap(names)).toHaveLength(61);
  });
});

describe('Alert catalogue: GES, the 28 rows of the damaged alerts table (001 §6.4)', () => {
  // Transcribed from shared/spec/001-ges.md §6.4, which rebuilt the table from the OCR fragments.
  const GES: Array<[string, AlertSeverity]> = [
    ['GES_UP', AlertSeverity.CRITICAL],
    ['GES_CPU_USAGE', AlertSeverity.INFO],
    ['GES_MEMORY_USAGE', AlertSeverity.INFO],
    ['GES-NODE-JS-DELAY-WARNING', AlertSeverity.WARNING],
    ['GES_NOT_READY_CRITICAL', AlertSeverity.CRITICAL],
    ['GES_NOT_READY_WARNING', AlertSeverity.WARNING],
    ['GES_PODS_RESTART', AlertSeverity.CRITICAL],
    ['GES_HEALTH', AlertSeverity.CRITICAL],
    ['GES_ORS_REDIS_DOWN', AlertSeverity.CRITICAL],
    ['GES_GWS_AUTH_DOWN', AlertSeverity.WARNING],
    ['GES_GWS_ENVIRONMENT_DOWN', AlertSeverity.WARNING], // reconstructed
    ['GES_GWS_CONFIG_DOWN', AlertSeverity.WARNING],
    ['GES_GWS_SERVER_ERROR', AlertSeverity.WARNING],
    ['GES_HTTP_400_POD', AlertSeverity.INFO],
    ['GES_HTTP_404_POD', AlertSeverity.INFO],
    ['GES_HTTP_500_POD', AlertSeverity.INFO],
    ['GES_HTTP_401_POD', AlertSeverity.INFO],
    ['GES_SLOW_HTTP_RESPONSE_TIME', AlertSeverity.WARNING], // illegible: the reading
    ['GES_RBAC_CREATE_VQ_PROXY_ERROR', AlertSeverity.INFO],
    ['GES_LOGGING_FAILURE', AlertSeverity.WARNING],
    ['GES_UNCAUGHT_EXCEPTION', AlertSeverity.WARNING],
    ['GES_INVALID_CONTENT_LENGTH', AlertSeverity.INFO], // illegible: the reading
    ['GES_DNS_FAILURE', AlertSeverity.WARNING],
    ['GES_CB_TTL_LIMIT_REACHED', AlertSeverity.INFO], // illegible: the reading
    ['GES_CB_ENQUEUE_LIMIT_REACHED', AlertSeverity.INFO],
    ['GES_CB_SUBMIT_FAILED', AlertSeverity.INFO],
    ['GES_GWS_INCORRECT_CLIENT_CREDENTIALS', AlertSeverity.WARNING], // illegible: the reading
    ['GES_NEXUS_ACCESS_FAILURE', AlertSeverity.WARNING],
  ];

  test('names and severities, in the table\'s order', () => {
    expect(guideAlerts('ges').map((a) => [a.name, a.severity])).toEqual(GES);
  });

  test('every severity or duration the table lost is a reading that says so', () => {
    for (const name of ['GES_SLOW_HTTP_RESPONSE_TIME', 'GES_INVALID_CONTENT_LENGTH', 'GES_CB_TTL_LIMIT_REACHED', 'GES_GWS_INCORRECT_CLIENT_CREDENTIALS', 'GES_GWS_ENVIRONMENT_DOWN']) {
      expect(find('ges', name).reading).toMatch(/severity/i);
    }
    for (const name of ['GES-NODE-JS-DELAY-WARNING', 'GES_NOT_READY_CRITICAL', 'GES_NOT_READY_WARNING']) {
      expect(find('ges', name).reading).toMatch(/duration is illegible/);
    }
  });

  test('the rule the guide prints is kept: GES_ORS_REDIS_DOWN is ORS_REDIS_STATUS > 0 for 5m', () => {
    const a = find('ges', 'GES_ORS_REDIS_DOWN');
    expect(a.expr).toBe('ORS_REDIS_STATUS{__POD__} > 0');
    expect(a.duration).toBe('5m');
  });

  test('GES_RBAC_CREATE_VQ_PROXY_ERROR: the printed rule (increase over 10m above 5) wins over the table\'s 1000', () => {
    const a = find('ges', 'GES_RBAC_CREATE_VQ_PROXY_ERROR');
    expect(a.expr).toBe('increase(RBAC_CREATE_VQ_PROXY_ERROR{__POD__}[10m]) > 5');
    expect(a.reading).toMatch(/1000/);
  });
});

describe('Alert catalogue: thresholds and durations, transcribed from the guides', () => {
  // [service, alert, threshold in the metric's unit, duration]; the guide's words in the comment.
  const SAMPLES: Array<[string, string, number, string | undefined]> = [
    ['voice-agent', 'Container restarted repeatedly', 5, undefined], // "5 or more times within 15 minutes"
    ['voice-agent', 'Too many Kafka consumer crashes', 3, undefined], // "More than 3 ... in 5 minutes"
    ['voice-agent', 'Kafka events latency is too high', 0.5, undefined], // "more than 0.5 seconds"
    ['voice-agent', 'Pod status NotReady', 0, '5m'],
    ['voice-agent', 'Pod memory greater than 65%', 65, '5m'],
    ['voice-callthread', 'Too many Kafka pending events', 100, '5m'], // "more than 100 in 5 minutes"
    ['voice-config', 'Redis disconnected for 10 minutes', 1, '10m'],
    ['voice-config', 'Pod Not ready for 10 minutes', 0, '10m'],
    ['voice-dialplan', 'DialPlan processing time > 0.5 seconds', 500, '5m'], // milliseconds
    ['voice-dialplan', 'DialPlan processing time > 2 seconds', 2000, '5m'],
    ['voice-sipfe', 'Too many received requests without a response', 100, undefined],
    ['voice-sipfe', 'SIP Cluster Service response latency is too high', 0.5, '5m'], // seconds: the exported _seconds histogram (vendor alerts/sipfe.yaml)
    ['voice-sipfe', 'Pods scaled up greater than 80%', 80, '5m'],
    ['voice-ors', 'Number of running strategies is too high', 400, '5m'],
    ['voice-ors', 'Number of running strategies is critical', 600, '5m'],
    ['voice-registrar', 'Pod CPU greater than 80%', 80, '5m'],
    ['voice-rq', 'Number of Redis streams is too high', 10000, '5m'], // no duration in the guide: the vendor's (alerts/rq.yaml)
    ['voice-sip', 'Dial Plan node is overloaded', 1000, '5m'], // no duration in the guide: the vendor's (alerts/sip.yaml)
    ['voice-sip', 'Dial Plan Queue Increase', 10, '1m'],
    ['voice-sip', 'SIP Proxy overloaded', 20, '1m'],
    ['voice-sip', 'Ready Pods below 60%', 60, '5m'],
    ['voice-sip', 'Calls activity drop', 30, undefined],
    ['voice-sip', 'Routing timeout counter growth', 20, undefined],
    ['voice-sip', 'SIP trunk is out of service', 0, '1m'],
    ['voice-sipproxy', 'No sip-nodes available for 2 minutes', 1, '2m'],
    ['voice-sipproxy', 'sip-node capacity limit reached', 0, '3m'],
    ['voice-voicemail', 'VoicemailConfigRequestFailure', 6, '10m'],
    ['voice-voicemail', 'VoicemailGWSHealthFailed', 0, '15m'],
    ['voice-voicemail', 'PodStatusNotReadyforCritical', 0, '10m'],
    ['ges', 'GES_UP', 2, '15m'],
    ['ges', 'GES_CPU_USAGE', 90, '1m'],
    ['ges', 'GES_MEMORY_USAGE', 80, '90s'],
    ['ges', 'GES_NOT_READY_CRITICAL', 50, '5m'],
    ['ges', 'GES_NOT_READY_WARNING', 25, '5m'],
    ['ges', 'GES_PODS_RESTART', 5, undefined],
    ['ges', 'GES_HTTP_404_POD', 2, undefined],
    ['ges', 'GES_NEXUS_ACCESS_FAILURE', 30, undefined],
    ['cxc-api-aggregator', 'CXC-API-LatencyHigh', 2500, '5m'],
    ['cxc-api-aggregator', 'CXC-EXT-Ingress-Error-Rate', 20, '5m'],
    ['cxc-api-aggregator', 'CXC-API-Redis-Connection-Failed', 0, '1m'],
    ['cxc-compliance-manager', 'CXC-CoM-Redis-no-active-connections', 0, '2m'],
    ['cxc-list-manager', 'CXC-LM-LatencyHigh', 5000, '5m'],
    ...CXC_COMPONENTS.flatMap((id): Array<[string, string, number, string]> => [
      [id, 'CXC-CPUUsage', 300, '5m'],
      [id, 'CXC-MemoryUsage', 70, '5m'],
      [id, 'CXC-PodNotReadyCount', 1, '5m'],
      [id, 'CXC-PodRestartsCount', 1, '5m'],
      [id, 'CXC-MemoryUsagePD', 90, '5m'],
      [id, 'CXC-PodRestartsCountPD', 5, '5m'],
      [id, 'CXC-PodsNotReadyPD', 0, '1m'],
    ]),
  ];

  test.each(SAMPLES)('%s "%s": threshold %s, for %s', (service, name, threshold, duration) => {
    const a = find(service, name);
    expect(a.threshold).toBe(threshold);
    expect(a.duration).toBe(duration);
  });

  test('every expression compares with its threshold', () => {
    for (const a of Catalog.alerts()) {
      const compared = new RegExp(`(>|<|>=|<=|==|!=)\\s*${String(a.threshold).replace('.', '\\.')}(?![0-9.])`);
      expect({ alert: `${a.service}: ${a.name}`, matches: compared.test(a.expr) }).toEqual({ alert: `${a.service}: ${a.name}`, matches: true });
    }
  });

  test('every alert cites its section, and every duration is a Prometheus duration', () => {
    for (const a of Catalog.alerts()) {
      expect(a.source).toMatch(/^00[0-4] §6\.[34]/);
      if (a.duration !== undefined) expect(a.duration).toMatch(/^[0-9]+[smh]$/);
    }
  });
});
