import * as fs from 'fs';
import * as path from 'path';
import { stringify } from 'yaml';
import { Comparison, EVAL_TIME, Instance, Scenario, generatedSeries } from './generated-series';
import { describeWithPromtool, monitoringObjects, promtool, ruleFile, synthMonitored } from './support';
import { AlertFact, Catalog, Unit, WorkloadKind } from '../../src';

const out = synthMonitored();
/** The unit's services: the charts render the workloads, so their kinds come from the model. */
const SERVICES = (out.monitoring.node.scope as Unit).services;

/** The deployed instance behind each PrometheusRule of the monitored unit. */
const INSTANCES: Instance[] = monitoringObjects(out, 'PrometheusRule').map((r) => {
  const name = r.metadata.name.replace(/-alerts$/, '');
  const namespace = r.metadata.namespace!;
  return {
    serviceId: r.metadata.labels!['app.kubernetes.io/name'],
    name,
    namespace,
    statefulSet: SERVICES.some((s) => s.workloadKind === WorkloadKind.STATEFUL_SET && s.name === name && s.namespace === namespace),
  };
});

/** The comparison of an alert with its catalogue threshold (the first, where it has more than one). */
function comparison(a: AlertFact): Comparison | undefined {
  const match = new RegExp(`(>=|<=|>|<|==|!=)\\s*${String(a.threshold).replace('.', '\\.')}(?![0-9.])`).exec(a.expr);
  return match ? { op: match[1], threshold: a.threshold } : undefined;
}

const quoted = (name: string) => name.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
const FIRING = (name: string) => `ALERTS{alertname="${quoted(name)}",alertstate="firing"}`;

/** The check of one alert in one case: ALERTS has it firing (fire), or not (silent). */
function check(a: AlertFact, scenario: Scenario) {
  return {
    expr: scenario === 'fire' ? `clamp_max(count(${FIRING(a.name)}), 1)` : `vector(1) unless on() count(${FIRING(a.name)})`,
    eval_time: EVAL_TIME,
    exp_samples: [{ labels: '{}', value: 1 }],
  };
}

/**
 * Runs the generated cases of `alerts` against `rules`, one fire and one silent case per alert;
 * alerts whose cases have the same input series share a promtool test. Returns `<case>: <alert>`
 * for each case that failed.
 */
export function runGenerated(instance: Instance, alerts: AlertFact[], rules: string): string[] {
  const groups = new Map<string, { c: Comparison; scenario: Scenario; alerts: AlertFact[] }>();
  for (const a of alerts) {
    const c = comparison(a);
    if (!c) continue;
    for (const scenario of ['fire', 'silent'] as const) {
      // Above-threshold cases do not depend on the threshold (see generated-series.ts).
      const key = ['>', '>='].includes(c.op) ? `${scenario} above` : `${scenario} ${c.op} ${c.threshold}`;
      const group = groups.get(key) ?? { c, scenario, alerts: [] };
      group.alerts.push(a);
      groups.set(key, group);
    }
  }
  const tests = [...groups.values()].map((g) => ({
    interval: '1m',
    input_series: generatedSeries(instance, g.c, g.scenario),
    promql_expr_test: g.alerts.map((a) => check(a, g.scenario)),
  }));
  const run = promtool(['test', 'rules', 'test.yaml'], { 'rules.yaml': rules, 'test.yaml': stringify({ rule_files: ['rules.yaml'], evaluation_interval: '1m', tests }) });
  if (run.status === 0) return [];
  const failed = [...run.output.matchAll(/expr: "(clamp_max|vector\(1\) unless)[^\n]*?alertname=\\"(.*?)\\",alertstate/g)]
    .map((m) => `${m[1] === 'clamp_max' ? 'fire' : 'silent'}: ${m[2]}`);
  if (failed.length === 0) throw new Error(`promtool failed without a failing case:\n${run.output}`);
  return [...new Set(failed)].sort();
}

/**
 * Alerts that weigh one observation against another (a difference, a share, success against
 * failure), which series moving together cannot make fire, or stay silent: those cases are written
 * by hand in promtool.test.ts.
 */
const NOT_GENERATED: Record<string, Record<string, string>> = {
  'voice-agent': {
    'fire: Config node fail': 'failures without any success: hand case in promtool.test.ts',
    'fire: Max replicas is not sufficient for 5 mins': 'desired less available replicas: hand case in promtool.test.ts',
    'fire: Possible messages lost': 'messages sent against twice those received: hand case in promtool.test.ts',
  },
  'voice-callthread': { 'fire: Max replicas is not sufficient for 5 mins': 'desired less available replicas: hand case in promtool.test.ts' },
  'voice-sipfe': {
    'fire: Max replicas is not sufficient for 5 mins': 'desired less available replicas: hand case in promtool.test.ts',
    'fire: Too many received requests without a response': 'requests less responses: hand case in promtool.test.ts',
    'fire: No requests received': 'this pod against the Front End\'s average: hand case in promtool.test.ts',
  },
  'voice-sip': {
    'fire: Calls activity drop': 'a fall of one gauge while another stays: hand case in promtool.test.ts',
    'fire: Config node fail': 'failures without any success: hand case in promtool.test.ts',
    'fire: Ready Pods below 60%': 'ready over current replicas: hand case in promtool.test.ts',
  },
  'voice-sipproxy': { 'fire: Config node fail': 'failures without any success: hand case in promtool.test.ts' },
  'ges': {
    'fire: GES_NOT_READY_CRITICAL': 'the share of pods whose readiness is 0: hand case in promtool.test.ts',
    'fire: GES_NOT_READY_WARNING': 'the share of pods whose readiness is 0: hand case in promtool.test.ts',
    'silent: GES_NOT_READY_CRITICAL': 'the share of pods whose readiness is 0: hand case in promtool.test.ts',
    'silent: GES_NOT_READY_WARNING': 'the share of pods whose readiness is 0: hand case in promtool.test.ts',
  },
  'cxc-compliance-manager': { 'silent: CXC-CoM-Redis-no-active-connections': 'connections made less closed: hand case in promtool.test.ts' },
  'ixn-t100': { 'fire: ixn ODBC Connections Hang': 'connections and queued requests while the processed counter stands still: hand case in promtool.test.ts' },
};

describeWithPromtool('promtool test rules, with series generated from the catalogue: each alert fires on its catalogue metrics and stays silent', () => {
  test('every case the generator cannot decide has a hand-written case', () => {
    const hand = fs.readFileSync(path.join(__dirname, 'promtool.test.ts'), 'utf8');
    for (const [name, known] of Object.entries(NOT_GENERATED)) {
      for (const [key, reason] of Object.entries(known)) {
        expect(reason).toMatch(/hand case in promtool\.test\.ts$/);
        const alert = key.replace(/^(fire|silent): /, '');
        expect({ name, alert, written: hand.includes(`'${alert}'`) }).toEqual({ name, alert, written: true });
      }
    }
  });

  test.each(INSTANCES.map((i) => [i.name, i] as const))('%s', (_name, instance) => {
    const alerts = Catalog.alerts(instance.serviceId);
    const failed = runGenerated(instance, alerts, ruleFile(out, instance.name, instance.namespace));
    const known = NOT_GENERATED[instance.name] ?? {};
    // An alert without a comparison at its end has no generated case at all.
    const ungenerated = alerts.filter((a) => !comparison(a)).map((a) => a.name);
    expect({ failed, ungenerated }).toEqual({
      failed: Object.keys(known).filter((k) => /^(fire|silent): /.test(k)).sort(),
      ungenerated: Object.keys(known).filter((k) => !/^(fire|silent): /.test(k)),
    });
  });

  test('a misspelt metric fails: SIP Proxy\'s "No sip-nodes available" read as the guide\'s siproxy_ spelling never fires', () => {
    const instance = INSTANCES.find((i) => i.name === 'voice-sipproxy')!;
    const alerts = Catalog.alerts('voice-sipproxy').filter((a) => a.name === 'No sip-nodes available for 2 minutes');
    const rules = ruleFile(out, instance.name, instance.namespace);
    expect(rules).toContain('sipproxy_active_sip_nodes_count');
    expect(runGenerated(instance, alerts, rules)).toEqual([]);
    const misspelt = rules.split('sipproxy_active_sip_nodes_count').join('siproxy_active_sip_nodes_count');
    expect(runGenerated(instance, alerts, misspelt)).toEqual(['fire: No sip-nodes available for 2 minutes']);
  });

  test('a misspelt metric fails: the Front End latency rule on the guide list\'s _us_total histogram never fires', () => {
    const instance = INSTANCES.find((i) => i.name === 'voice-sipfe')!;
    const alerts = Catalog.alerts('voice-sipfe').filter((a) => a.name === 'SIP Cluster Service response latency is too high');
    const misspelt = ruleFile(out, instance.name, instance.namespace).split('sipfe_sip_node_request_duration_seconds_bucket').join('sipfe_sip_node_request_duration_us_total_bucket');
    expect(runGenerated(instance, alerts, misspelt)).toEqual(['fire: SIP Cluster Service response latency is too high']);
  });
});
