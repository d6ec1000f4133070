import { CXC_PAGES, VOICE_PAGES, cxcGuideAlertCount, voiceGuideAlerts } from './guide-alerts';
import { CXC_COMPONENTS, VOICE_RELEASES, monitoringObjects, synthMonitored } from './support';
import { Catalog } from '../../src';
import { describeWithGuides } from '../support/guides';

const out = synthMonitored();
const rulesOf = (name: string, namespace: string) => {
  const groups = out.find('PrometheusRule', `${name}-alerts`, namespace).spec.groups;
  expect(groups).toHaveLength(1);
  expect(groups[0].name).toBe(name);
  return groups[0].rules as Array<{ alert: string; expr: string; for?: string; labels: Record<string, string>; annotations: Record<string, string> }>;
};
/** The names of the rules added from the vendor's rule set (their source names the vendor file). */
const fromVendor = new Set(Catalog.alerts().filter((a) => a.source.includes('vendor:')).map((a) => `${a.service}/${a.name}`));
const guideRulesOf = (name: string, namespace: string, service = name) => rulesOf(name, namespace).filter((r) => !fromVendor.has(`${service}/${r.alert}`));

describeWithGuides('PrometheusRules in the output: every alert of the guides, per service', () => {
  test.each(Object.keys(VOICE_PAGES))('%s: the names of its guide table, in order', (release) => {
    const rules = guideRulesOf(release, 'voice');
    expect(rules.map((r) => r.alert)).toEqual(voiceGuideAlerts(release).map((a) => a.name));
    expect(rules.map((r) => r.labels.severity)).toEqual(voiceGuideAlerts(release).map((a) => a.severity));
  });

  test.each(Object.keys(CXC_PAGES))('%s: one rule per alert row of its page', (id) => {
    expect(rulesOf(id, 'cxc')).toHaveLength(cxcGuideAlertCount(id));
  });
});

describe('PrometheusRules in the output', () => {
  test('one PrometheusRule per service with alerts, in the service\'s namespace; Interaction Server\'s from the vendor; none for the VQ Node or the Tenant Service', () => {
    expect(monitoringObjects(out, 'PrometheusRule').map((r) => `${r.metadata.namespace}/${r.metadata.name}`)).toEqual([
      ...VOICE_RELEASES.map((r) => `voice/${r}-alerts`),
      'ges/ges-alerts',
      ...CXC_COMPONENTS.map((c) => `cxc/${c}-alerts`),
      'ixn/ixn-t100-alerts',
    ]);
  });

  test('GES: the 28 alerts of its table and 7 of the vendor\'s; CX Contact: 61; Voice: 174 and 20 of the vendor\'s; Interaction Server: 10 of the vendor\'s 11', () => {
    expect(rulesOf('ges', 'ges').map((r) => r.alert)).toEqual(Catalog.alerts('ges').map((a) => a.name));
    expect(guideRulesOf('ges', 'ges')).toHaveLength(28);
    expect(rulesOf('ges', 'ges')).toHaveLength(28 + 7);
    expect(CXC_COMPONENTS.flatMap((c) => rulesOf(c, 'cxc'))).toHaveLength(61);
    expect(VOICE_RELEASES.flatMap((r) => guideRulesOf(r, 'voice'))).toHaveLength(174);
    expect(VOICE_RELEASES.flatMap((r) => rulesOf(r, 'voice'))).toHaveLength(174 + 20);
    expect(rulesOf('ixn-t100', 'ixn')).toHaveLength(10);
  });

  test('Interaction Server\'s rules are an option, on by default (004 §6.4 defines none; the vendor publishes them)', () => {
    const off = synthMonitored({ monitoring: { interactionServerAlerts: false } });
    expect(monitoringObjects(off, 'PrometheusRule').map((r) => r.metadata.name)).not.toContain('ixn-t100-alerts');
    expect(monitoringObjects(off, 'PrometheusRule')).toHaveLength(monitoringObjects(out, 'PrometheusRule').length - 1);
  });

  test('thresholds and durations reach the rules: a sample', () => {
    const rule = (name: string, ns: string, alert: string) => rulesOf(name, ns).find((r) => r.alert === alert)!;
    expect(rule('voice-config', 'voice', 'Pod Not ready for 10 minutes').for).toBe('10m');
    expect(rule('voice-sip', 'voice', 'Dial Plan Queue Increase')).toMatchObject({ for: '1m', expr: 'sips_dp_queue_size{namespace="voice",pod=~"voice-sip-[0-9]+"} > 10' });
    expect(rule('voice-voicemail', 'voice', 'VoicemailGWSHealthFailed').for).toBe('15m');
    expect(rule('ges', 'ges', 'GES_MEMORY_USAGE').for).toBe('90s');
    expect(rule('ges', 'ges', 'GES_ORS_REDIS_DOWN')).toMatchObject({ for: '5m', expr: 'ORS_REDIS_STATUS{namespace="ges",pod=~"ges-[a-z0-9]+-[a-z0-9]+"} > 0' });
    expect(rule('cxc-api-aggregator', 'cxc', 'CXC-PodsNotReadyPD').for).toBe('1m');
    expect(rule('voice-rq', 'voice', 'Number of Redis streams is too high').for).toBe('5m'); // the guide gives none: the vendor's
    expect(rule('voice-sip', 'voice', 'Pod Status Error').for).toBeUndefined();
  });

  test('every expression is scoped to its instance: each selector names the namespace, pods match by their own prefix', () => {
    for (const prometheusRule of monitoringObjects(out, 'PrometheusRule')) {
      const ns = prometheusRule.metadata.namespace!;
      const name = prometheusRule.spec.groups[0].name;
      for (const rule of prometheusRule.spec.groups[0].rules) {
        expect(rule.expr).not.toMatch(/__[A-Z]+__/);
        const selectors = [...rule.expr.matchAll(/\{([^}]*)\}/g)].map((m: RegExpMatchArray) => m[1]);
        expect(selectors.length).toBeGreaterThan(0);
        for (const s of selectors) {
          expect(s).toContain(`namespace="${ns}"`);
          expect(s).toMatch(new RegExp(`(pod=~"${name}-|deployment="${name}"|statefulset="${name}"|horizontalpodautoscaler="${name}")`));
        }
      }
    }
  });

  test('pod patterns follow the workload: StatefulSet ordinals, Deployment hashes', () => {
    expect(rulesOf('voice-sip', 'voice')[0].expr).toContain('pod=~"voice-sip-[0-9]+"');
    expect(rulesOf('voice-sipfe', 'voice')[0].expr).toContain('pod=~"voice-sipfe-[a-z0-9]+-[a-z0-9]+"');
    const sipPattern = /^voice-sip-[0-9]+$/;
    expect(['voice-sip-0', 'voice-sip-12'].every((p) => sipPattern.test(p))).toBe(true);
    expect(['voice-sipproxy-0', 'voice-sipfe-5d8f7c9b4-x2x7k'].some((p) => sipPattern.test(p))).toBe(false);
  });

  test('labels and annotations: severity, service, a summary and a description using only $labels', () => {
    for (const prometheusRule of monitoringObjects(out, 'PrometheusRule')) {
      for (const rule of prometheusRule.spec.groups[0].rules) {
        expect(Object.keys(rule.labels).sort()).toEqual(['service', 'severity']);
        expect(['critical', 'warning', 'info', 'high']).toContain(rule.labels.severity);
        expect(rule.labels.service).toBe(prometheusRule.metadata.labels?.['app.kubernetes.io/name']);
        expect(Object.keys(rule.annotations).sort()).toEqual(['description', 'summary']);
        for (const text of Object.values(rule.annotations) as string[]) {
          expect(text.length).toBeGreaterThan(10);
          for (const template of text.match(/\{\{[^}]*\}\}/g) ?? []) expect(template).toMatch(/^\{\{ \$labels\.[a-z_]+ \}\}$/);
        }
      }
    }
  });
});
