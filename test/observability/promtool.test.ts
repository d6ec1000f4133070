import { stringify } from 'yaml';
import { describeWithPromtool, monitoringObjects, promtool, ruleFile, synthMonitored } from './support';
import { Catalog } from '../../src';

const out = synthMonitored();
const deploymentPod = (name: string) => `${name}-5d8f7c9b4-x2x7k`;
const statefulPod = (name: string, ordinal = 0) => `${name}-${ordinal}`;

/** One input series of a promtool unit test, in promtool's expanding notation (`0+10x15`, `1x5`, `_x3`). */
type Series = [series: string, values: string];

/** A series name with its labels, as promtool reads it. */
function series(metric: string, labels: Record<string, string>): string {
  return `${metric}{${Object.entries(labels).map(([k, v]) => `${k}="${v}"`).join(',')}}`;
}

/**
 * One alert of one service, shown to fire on synthetic series (`fires`, evaluated at `at`, with the
 * alert labels the series give) and to stay silent below its threshold (`silent`).
 */
interface AlertCase {
  readonly service: string;
  readonly name: string;
  readonly namespace: string;
  readonly alert: string;
  readonly fires: { readonly series: Series[]; readonly at: string; readonly labels: Record<string, string> };
  readonly silent: { readonly series: Series[]; readonly at: string };
}

function voice(pod: string) {
  return { namespace: 'voice', pod };
}

const CASES: AlertCase[] = [
  (() => {
    const l = { ...voice(deploymentPod('voice-agent')), location: 'us-east', redis_cluster_name: 'agent' };
    return {
      service: 'voice-agent',
      name: 'voice-agent',
      namespace: 'voice',
      alert: 'Redis not available',
      fires: { series: [[series('agent_redis_state', l), '0x10']], at: '6m', labels: l },
      silent: { series: [[series('agent_redis_state', l), '2x10'], [series('agent_stream_redis_state', l), '1x10']], at: '6m' },
    };
  })(),
  (() => {
    const l = { namespace: 'voice', deployment: 'voice-agent' };
    return {
      service: 'voice-agent',
      name: 'voice-agent',
      namespace: 'voice',
      alert: 'Max replicas is not sufficient for 5 mins',
      fires: { series: [[series('kube_deployment_spec_replicas', l), '3x10'], [series('kube_deployment_status_replicas_available', l), '2x10']], at: '6m', labels: l },
      silent: { series: [[series('kube_deployment_spec_replicas', l), '3x10'], [series('kube_deployment_status_replicas_available', l), '3x10']], at: '6m' },
    };
  })(),
  (() => {
    const l = voice(deploymentPod('voice-callthread'));
    return {
      // The guide's callthread_redis_status does not exist; the listed callthread_redis_state is read.
      service: 'voice-callthread',
      name: 'voice-callthread',
      namespace: 'voice',
      alert: 'Redis not available',
      fires: { series: [[series('callthread_redis_state', l), '0x10']], at: '6m', labels: l },
      silent: { series: [[series('callthread_redis_state', l), '2x10']], at: '6m' },
    };
  })(),
  (() => {
    const l = voice(deploymentPod('voice-config'));
    const canary = voice(deploymentPod('voice-config-canary'));
    return {
      service: 'voice-config',
      name: 'voice-config',
      namespace: 'voice',
      alert: 'Pod Not ready for 10 minutes',
      fires: { series: [[series('kube_pod_status_ready', { ...l, condition: 'false' }), '1x15']], at: '11m', labels: l },
      // Not ready for 8 minutes only; and a canary Deployment's pod, which the pattern does not match.
      silent: { series: [[series('kube_pod_status_ready', { ...l, condition: 'false' }), '1x7 0x8'], [series('kube_pod_status_ready', { ...canary, condition: 'false' }), '1x15']], at: '11m' },
    };
  })(),
  (() => {
    const l = voice(deploymentPod('voice-dialplan'));
    const bucket = (le: string, values: string): Series => [series('dialplan_response_time_bucket', { ...l, le }), values];
    return {
      // Milliseconds: every request takes 500-1000 ms (fires); every one under 100 ms (silent).
      service: 'voice-dialplan',
      name: 'voice-dialplan',
      namespace: 'voice',
      alert: 'DialPlan processing time > 0.5 seconds',
      fires: { series: [bucket('100', '0x15'), bucket('500', '0x15'), bucket('1000', '0+60x15'), bucket('+Inf', '0+60x15')], at: '10m', labels: l },
      silent: { series: [bucket('100', '0+60x15'), bucket('500', '0+60x15'), bucket('1000', '0+60x15'), bucket('+Inf', '0+60x15')], at: '10m' },
    };
  })(),
  (() => {
    const starved = voice(deploymentPod('voice-sipfe'));
    const busy = voice('voice-sipfe-5d8f7c9b4-abcde');
    const requests = (l: Record<string, string>, values: string): Series => [series('sipfe_requests_total', { ...l, tenant: 't100' }), values];
    return {
      // One pod gets 50 requests in 5 minutes while the other gets 1500 (fires); in a quiet hour both get 50 (silent).
      service: 'voice-sipfe',
      name: 'voice-sipfe',
      namespace: 'voice',
      alert: 'No requests received',
      fires: { series: [requests(starved, '0+10x30'), requests(busy, '0+300x30')], at: '20m', labels: starved },
      silent: { series: [requests(starved, '0+10x30'), requests(busy, '0+10x30')], at: '20m' },
    };
  })(),
  (() => {
    const l = { namespace: 'voice', horizontalpodautoscaler: 'voice-sipfe' };
    const hpa = (current: string): Series[] => [
      [series('kube_horizontalpodautoscaler_status_current_replicas', l), current],
      [series('kube_horizontalpodautoscaler_spec_min_replicas', l), '3x10'],
      [series('kube_horizontalpodautoscaler_spec_max_replicas', l), '10x10'],
    ];
    return {
      // 9 of 3..10 is 86% of the range (fires); 8 is 71% (silent). The guide's ratio would never reach 80.
      service: 'voice-sipfe',
      name: 'voice-sipfe',
      namespace: 'voice',
      alert: 'Pods scaled up greater than 80%',
      fires: { series: hpa('9x10'), at: '6m', labels: l },
      silent: { series: hpa('8x10'), at: '6m' },
    };
  })(),
  (() => {
    const l = voice(statefulPod('voice-ors'));
    return {
      // Above 400 for 5 minutes fires; above 400 for 3 minutes only, then 400, does not.
      service: 'voice-ors',
      name: 'voice-ors',
      namespace: 'voice',
      alert: 'Number of running strategies is too high',
      fires: { series: [[series('orsnode_strategies', l), '450x10']], at: '6m', labels: l },
      silent: { series: [[series('orsnode_strategies', l), '450x3 400x7']], at: '6m' },
    };
  })(),
  (() => {
    const l = voice(deploymentPod('voice-registrar'));
    return {
      service: 'voice-registrar',
      name: 'voice-registrar',
      namespace: 'voice',
      alert: 'Redis disconnected for 10 minutes',
      fires: { series: [[series('registrar_redis_state', l), '0x15']], at: '11m', labels: l },
      silent: { series: [[series('registrar_redis_state', l), '0x8 2x7']], at: '11m' },
    };
  })(),
  (() => {
    const l = voice(statefulPod('voice-rq'));
    return {
      service: 'voice-rq',
      name: 'voice-rq',
      namespace: 'voice',
      alert: 'Number of Redis streams is too high',
      fires: { series: [[series('rqnode_streams', l), '10001x10']], at: '6m', labels: l },
      silent: { series: [[series('rqnode_streams', l), '10000x10']], at: '6m' },
    };
  })(),
  (() => {
    const l = { namespace: 'voice', statefulset: 'voice-sip' };
    return {
      service: 'voice-sip',
      name: 'voice-sip',
      namespace: 'voice',
      alert: 'Ready Pods below 60%',
      fires: { series: [[series('kube_statefulset_status_replicas_ready', l), '1x10'], [series('kube_statefulset_status_replicas_current', l), '3x10']], at: '6m', labels: l },
      silent: { series: [[series('kube_statefulset_status_replicas_ready', l), '2x10'], [series('kube_statefulset_status_replicas_current', l), '3x10']], at: '6m' },
    };
  })(),
  (() => {
    const l = { ...voice(statefulPod('voice-sip', 1)), phase: 'Pending' };
    return {
      // The SIP Cluster's pattern takes voice-sip-1, not SIP Proxy's or Front End's pods.
      service: 'voice-sip',
      name: 'voice-sip',
      namespace: 'voice',
      alert: 'Pod Status Error',
      fires: { series: [[series('kube_pod_status_phase', l), '1x3']], at: '1m', labels: l },
      silent: {
        series: [
          [series('kube_pod_status_phase', { ...voice(statefulPod('voice-sipproxy')), phase: 'Failed' }), '1x3'],
          [series('kube_pod_status_phase', { ...voice(deploymentPod('voice-sipfe')), phase: 'Failed' }), '1x3'],
          [series('kube_pod_status_phase', { ...voice(statefulPod('voice-sip', 1)), phase: 'Running' }), '1x3'],
        ],
        at: '1m',
      },
    };
  })(),
  (() => {
    const l = voice(statefulPod('voice-sipproxy'));
    return {
      service: 'voice-sipproxy',
      name: 'voice-sipproxy',
      namespace: 'voice',
      alert: 'No sip-nodes available for 2 minutes',
      fires: { series: [[series('sipproxy_active_sip_nodes_count', l), '0x5']], at: '3m', labels: l },
      silent: { series: [[series('sipproxy_active_sip_nodes_count', l), '2x5']], at: '3m' },
    };
  })(),
  (() => {
    const l = voice(deploymentPod('voice-voicemail'));
    return {
      // 10 failed Redis requests a minute for 20 minutes fires; 3 a minute does not.
      service: 'voice-voicemail',
      name: 'voice-voicemail',
      namespace: 'voice',
      alert: 'VoicemailRedisConnectionFailure',
      fires: { series: [[series('voicemail_redis_request_failed_total', l), '0+10x30']], at: '20m', labels: l },
      silent: { series: [[series('voicemail_redis_request_failed_total', l), '0+3x30']], at: '20m' },
    };
  })(),
  (() => {
    const l = { namespace: 'ges', pod: deploymentPod('ges'), host: deploymentPod('ges'), version: '100.0.000.0000' };
    return {
      service: 'ges',
      name: 'ges',
      namespace: 'ges',
      alert: 'GES_ORS_REDIS_DOWN',
      fires: { series: [[series('ORS_REDIS_STATUS', l), '1x10']], at: '6m', labels: l },
      silent: { series: [[series('ORS_REDIS_STATUS', l), '0x10']], at: '6m' },
    };
  })(),
  (() => {
    const l = { namespace: 'ges', pod: deploymentPod('ges') };
    return {
      // The counter appears at 1 on the first failure (001 §6.1): that is an occurrence. One that has stood still for 30 minutes is not.
      service: 'ges',
      name: 'ges',
      namespace: 'ges',
      alert: 'GES_DNS_FAILURE',
      fires: { series: [[series('DNS_FAILURE', l), '_x5 1x10']], at: '8m', labels: l },
      silent: { series: [[series('DNS_FAILURE', l), '1x40']], at: '40m' },
    };
  })(),
  (() => {
    const l = { namespace: 'cxc', pod: deploymentPod('cxc-api-aggregator'), ccid: '1', tenant_name: 't100' };
    return {
      service: 'cxc-api-aggregator',
      name: 'cxc-api-aggregator',
      namespace: 'cxc',
      alert: 'CXC-API-Redis-Connection-Failed',
      fires: { series: [[series('cxc_api_aggregator_redis_connection_failed', l), '1x5']], at: '3m', labels: l },
      silent: { series: [[series('cxc_api_aggregator_redis_connection_failed', l), '0x5']], at: '3m' },
    };
  })(),
  (() => {
    const l = { namespace: 'cxc', pod: deploymentPod('cxc-campaign-manager') };
    return {
      service: 'cxc-campaign-manager',
      name: 'cxc-campaign-manager',
      namespace: 'cxc',
      alert: 'CXC-CM-Redis-Connection-Failed',
      fires: { series: [[series('cxc_cm_healthy_instance', l), '0x5']], at: '3m', labels: l },
      silent: { series: [[series('cxc_cm_healthy_instance', l), '1x5']], at: '3m' },
    };
  })(),
  (() => {
    const l = { namespace: 'cxc', pod: deploymentPod('cxc-compliance-manager') };
    return {
      service: 'cxc-compliance-manager',
      name: 'cxc-compliance-manager',
      namespace: 'cxc',
      alert: 'CXC-CoM-Redis-no-active-connections',
      fires: { series: [[series('compliance_redis_connections_made', l), '5x10'], [series('compliance_redis_connections_closed', l), '5x10']], at: '4m', labels: l },
      silent: { series: [[series('compliance_redis_connections_made', l), '6x10'], [series('compliance_redis_connections_closed', l), '5x10']], at: '4m' },
    };
  })(),
  (() => {
    const l = { namespace: 'cxc', pod: deploymentPod('cxc-dial-manager') };
    return {
      // 6000 ms on average fires; 4000 ms does not (threshold 5000 ms).
      service: 'cxc-dial-manager',
      name: 'cxc-dial-manager',
      namespace: 'cxc',
      alert: 'CXC-DM-LatencyHigh',
      fires: { series: [[series('cxc_dm_request_latencies_ms_sum', l), '0+360000x15'], [series('cxc_dm_request_latencies_ms_count', l), '0+60x15']], at: '10m', labels: l },
      silent: { series: [[series('cxc_dm_request_latencies_ms_sum', l), '0+240000x15'], [series('cxc_dm_request_latencies_ms_count', l), '0+60x15']], at: '10m' },
    };
  })(),
  (() => {
    const l = { namespace: 'cxc', pod: deploymentPod('cxc-job-scheduler'), condition: 'true' };
    return {
      service: 'cxc-job-scheduler',
      name: 'cxc-job-scheduler',
      namespace: 'cxc',
      alert: 'CXC-PodsNotReadyPD',
      fires: { series: [[series('kube_pod_status_ready', l), '0x5']], at: '3m', labels: {} },
      silent: { series: [[series('kube_pod_status_ready', l), '1x5']], at: '3m' },
    };
  })(),
  (() => {
    const l = { namespace: 'cxc', pod: deploymentPod('cxc-list-builder') };
    const cpu = { ...l, container: 'cxc-list-builder' };
    return {
      // 3.5 CPUs fires; 2 CPUs does not (threshold 300% of one CPU).
      service: 'cxc-list-builder',
      name: 'cxc-list-builder',
      namespace: 'cxc',
      alert: 'CXC-CPUUsage',
      fires: { series: [[series('container_cpu_usage_seconds_total', cpu), '0+210x15']], at: '10m', labels: l },
      silent: { series: [[series('container_cpu_usage_seconds_total', cpu), '0+120x15']], at: '10m' },
    };
  })(),
  (() => {
    const l = { namespace: 'cxc', pod: deploymentPod('cxc-list-manager') };
    return {
      service: 'cxc-list-manager',
      name: 'cxc-list-manager',
      namespace: 'cxc',
      alert: 'CXC-LM-LatencyHigh',
      fires: { series: [[series('cxc_list_manager_responses_summary_sum', l), '0+360000x15'], [series('cxc_list_manager_responses_summary_count', l), '0+60x15']], at: '10m', labels: l },
      silent: { series: [[series('cxc_list_manager_responses_summary_sum', l), '0+60000x15'], [series('cxc_list_manager_responses_summary_count', l), '0+60x15']], at: '10m' },
    };
  })(),
  (() => {
    const l = { namespace: 'ixn', pod: deploymentPod('ixn-t100') };
    return {
      // Redis not ready for 25 minutes fires (for 20m); ready does not (004 §6.3: 0 Not Ready, 1 Ready).
      service: 'ixn',
      name: 'ixn-t100',
      namespace: 'ixn',
      alert: 'ixn Connection To Redis Failed',
      fires: { series: [[series('ixnnode_redis_client_status', { ...l, redis_client: 'writer' }), '0x30']], at: '25m', labels: l },
      silent: { series: [[series('ixnnode_redis_client_status', { ...l, redis_client: 'writer' }), '1x30']], at: '25m' },
    };
  })(),
  ...['voice-agent', 'voice-sip', 'voice-sipproxy'].map((service): AlertCase => {
    const pod = ['voice-sip', 'voice-sipproxy'].includes(service) ? statefulPod(service) : deploymentPod(service);
    const l = voice(pod);
    const responses = (status: string, values: string): Series => [series('http_client_response_count', { ...l, target_service_name: 'voice-config', status }), values];
    return {
      // Every request to the config node fails for 10 minutes (fires); failures while some succeed (silent).
      service,
      name: service,
      namespace: 'voice',
      alert: 'Config node fail',
      fires: { series: [responses('500', '0+5x15')], at: '11m', labels: l },
      silent: { series: [responses('500', '0+5x15'), responses('200', '0+5x15')], at: '11m' },
    };
  }),
  (() => {
    const l = { ...voice(deploymentPod('voice-agent')), topic: 'voice-agent' };
    return {
      // 30 messages sent a minute against 10 received (fires); 20 against 10 (silent).
      service: 'voice-agent',
      name: 'voice-agent',
      namespace: 'voice',
      alert: 'Possible messages lost',
      fires: { series: [[series('kafka_producer_messages_total', l), '0+30x15'], [series('kafka_consumer_recv_messages_total', l), '0+10x15']], at: '10m', labels: l },
      silent: { series: [[series('kafka_producer_messages_total', l), '0+20x15'], [series('kafka_consumer_recv_messages_total', l), '0+10x15']], at: '10m' },
    };
  })(),
  ...['voice-callthread', 'voice-sipfe'].map((service): AlertCase => {
    const l = { namespace: 'voice', deployment: service };
    return {
      service,
      name: service,
      namespace: 'voice',
      alert: 'Max replicas is not sufficient for 5 mins',
      fires: { series: [[series('kube_deployment_spec_replicas', l), '3x10'], [series('kube_deployment_status_replicas_available', l), '2x10']], at: '6m', labels: l },
      silent: { series: [[series('kube_deployment_spec_replicas', l), '3x10'], [series('kube_deployment_status_replicas_available', l), '3x10']], at: '6m' },
    };
  }),
  (() => {
    const l = voice(deploymentPod('voice-sipfe'));
    const counts = (requests: string, responses: string): Series[] => [
      [series('sipfe_requests_total', { ...l, tenant: 't100' }), requests],
      [series('sipfe_responses_total', { ...l, tenant: 't100', status: '200' }), responses],
    ];
    return {
      // 100 requests a minute, 50 answered: 250 unanswered in 5 minutes (fires); 90 answered: 50 (silent).
      service: 'voice-sipfe',
      name: 'voice-sipfe',
      namespace: 'voice',
      alert: 'Too many received requests without a response',
      fires: { series: counts('0+100x15', '0+50x15'), at: '10m', labels: l },
      silent: { series: counts('0+100x15', '0+90x15'), at: '10m' },
    };
  })(),
  (() => {
    const l = voice(statefulPod('voice-sip'));
    return {
      // Active calls fall from 100 to 0 while no call is created (fires); they fall as much while calls are created (silent).
      service: 'voice-sip',
      name: 'voice-sip',
      namespace: 'voice',
      alert: 'Calls activity drop',
      fires: { series: [[series('sips_calls', l), '100x5 50 0x5'], [series('sips_calls_created', l), '500x12']], at: '7m', labels: l },
      silent: { series: [[series('sips_calls', l), '100x5 50 0x5'], [series('sips_calls_created', l), '500x5 520 540x5']], at: '7m' },
    };
  })(),
  ...(['GES_NOT_READY_CRITICAL', 'GES_NOT_READY_WARNING'] as const).map((alert): AlertCase => {
    const ready = (suffix: string, values: string): Series => [series('kube_pod_container_status_ready', { namespace: 'ges', pod: `ges-5d8f7c9b4-${suffix}`, container: 'ges' }), values];
    return {
      // Two of three pods not ready, 67% (both fire); all ready (silent).
      service: 'ges',
      name: 'ges',
      namespace: 'ges',
      alert,
      fires: { series: [ready('aaaaa', '0x10'), ready('bbbbb', '0x10'), ready('ccccc', '1x10')], at: '6m', labels: { namespace: 'ges' } },
      silent: { series: [ready('aaaaa', '1x10'), ready('bbbbb', '1x10'), ready('ccccc', '1x10')], at: '6m' },
    };
  }),
  (() => {
    const l = { namespace: 'ixn', pod: deploymentPod('ixn-t100') };
    const db = (processed: string): Series[] => [
      [series('ixn_health_info_current_database_connections', l), '5x15'],
      [series('ixn_health_info_current_database_requests', l), '3x15'],
      [series('ixn_health_info_total_database_requests', l), processed],
    ];
    return {
      // Connections and queued requests while nothing is processed for 10 minutes (fires); processing goes on (silent).
      service: 'ixn',
      name: 'ixn-t100',
      namespace: 'ixn',
      alert: 'ixn ODBC Connections Hang',
      fires: { series: db('75x15'), at: '12m', labels: l },
      silent: { series: db('75+1x15'), at: '12m' },
    };
  })(),
];

/** The rule's annotations with `{{ $labels.x }}` filled in from the alert's series labels. */
function expandedAnnotations(c: AlertCase): Record<string, string> {
  const rule = out.find('PrometheusRule', `${c.name}-alerts`, c.namespace).spec.groups[0].rules.find((r: any) => r.alert === c.alert);
  const fill = (text: string) => text.replace(/\{\{ \$labels\.([a-z_]+) \}\}/g, (_, label: string) => {
    if (!(label in c.fires.labels)) throw new Error(`${c.alert}: annotation uses $labels.${label}, which the firing alert does not have`);
    return c.fires.labels[label];
  });
  return Object.fromEntries(Object.entries(rule.annotations as Record<string, string>).map(([k, v]) => [k, fill(v)]));
}

/** Throws unless every series of the case is one the catalogue lists for its service: the inputs come from the catalogue, not the rule. */
function fromCatalogue(c: AlertCase): void {
  for (const [s] of [...c.fires.series, ...c.silent.series]) {
    const name = s.slice(0, s.indexOf('{'));
    if (!Catalog.metricOf(c.service, name)) throw new Error(`${c.service} "${c.alert}": ${name} is not in the catalogue's metrics of the service`);
  }
}

/** A promtool unit-test file for one case: the alert fires on `fires`, and not on `silent`. */
function unitTest(c: AlertCase): string {
  fromCatalogue(c);
  const fact = Catalog.alerts(c.service).find((a) => a.name === c.alert)!;
  const inputs = (list: Series[]) => list.map(([s, values]) => ({ series: s, values }));
  return stringify({
    rule_files: ['rules.yaml'],
    evaluation_interval: '1m',
    tests: [
      {
        interval: '1m',
        input_series: inputs(c.fires.series),
        alert_rule_test: [{
          eval_time: c.fires.at,
          alertname: c.alert,
          exp_alerts: [{
            exp_labels: { ...c.fires.labels, severity: fact.severity, service: fact.service },
            exp_annotations: expandedAnnotations(c),
          }],
        }],
      },
      {
        interval: '1m',
        input_series: inputs(c.silent.series),
        alert_rule_test: [{ eval_time: c.silent.at, alertname: c.alert, exp_alerts: [] }],
      },
    ],
  });
}

describeWithPromtool('promtool check rules: every generated rule group', () => {
  const rules = monitoringObjects(out, 'PrometheusRule');

  test('there is a rule group for each of the 20 services with alerts (Interaction Server\'s from the vendor)', () => {
    expect(rules).toHaveLength(20);
  });

  test.each(rules.map((r) => [r.metadata.name, r.metadata.namespace!] as const))('%s', (name, namespace) => {
    const file = ruleFile(out, name.replace(/-alerts$/, ''), namespace);
    const run = promtool(['check', 'rules', 'rules.yaml'], { 'rules.yaml': file });
    expect(run.output).toContain('SUCCESS');
    expect(run.status).toBe(0);
  });
});

describeWithPromtool('promtool test rules: an alert of each service fires above its threshold and stays silent below it', () => {
  test('every service with alerts has a case', () => {
    const withAlerts = [...new Set(Catalog.alerts().map((a) => a.service))].sort();
    expect([...new Set(CASES.map((c) => c.service))].sort()).toEqual(withAlerts);
  });

  test.each(CASES.map((c) => [c.service, c.alert, c] as const))('%s: %s', (_service, _alert, c) => {
    const run = promtool(['test', 'rules', 'test.yaml'], { 'rules.yaml': ruleFile(out, c.name, c.namespace), 'test.yaml': unitTest(c) });
    expect(run.output).toContain('SUCCESS');
    expect(run.status).toBe(0);
  });
});
