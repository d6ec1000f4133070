import { Catalog, Guide } from '../../src';
import { describeWithGuides, guideText } from '../support/guides';

const find = (service: string, name: string) => Catalog.alerts(service).find((a) => a.name === name)!;
const exprsOf = (service: string) => Catalog.alerts(service).map((a) => a.expr).join('\n');

/** The metric names an expression reads: identifiers followed by a label matcher. */
function metricsOf(expr: string): string[] {
  return [...expr.matchAll(/([A-Za-z_:][A-Za-z0-9_:]*)\{/g)].map((m) => m[1]);
}

/** A histogram's or summary's series name without its _bucket, _sum or _count suffix. */
const base = (metric: string) => metric.replace(/_(bucket|sum|count)$/, '');

/** Metrics of Kubernetes itself (kube-state-metrics, cAdvisor), which the service guides do not list. */
const PLATFORM_METRIC = /^(kube_|container_)/;

describe('Readings where the Voice guide names metrics its own lists do not have (000 §6.4)', () => {
  // [service, alert, the guide's metric (not used), the listed metric (used)]; BARE is the guide's generic redis_state.
  const BARE = 'redis_state';
  const RENAMED: Array<[string, string, string, string]> = [
    ['voice-agent', 'Possible messages lost', 'kafka_consumer_received_messages_total', 'kafka_consumer_recv_messages_total'],
    ['voice-agent', 'Possible messages lost', 'kafka_producer_sent_messages_total', 'kafka_producer_messages_total'],
    ['voice-agent', 'Kafka not available', 'kafka_producer_status', 'kafka_producer_state'],
    ['voice-callthread', 'Kafka not available', 'kafka_consumer_status', 'kafka_consumer_state'],
    ['voice-callthread', 'Redis not available', 'callthread_redis_status', 'callthread_redis_state'],
    ['voice-config', 'Redis disconnected for 5 minutes', BARE, 'config_redis_state'],
    ['voice-dialplan', 'Redis disconnected for 10 minutes', BARE, 'dialplan_redis_state'],
    ['voice-ors', 'Redis disconnected for 5 minutes', BARE, 'orsnode_redis_state'],
    ['voice-rq', 'Redis disconnected for 10 minutes', BARE, 'rqnode_redis_state'],
    ['voice-registrar', 'Redis disconnected for 5 minutes', BARE, 'registrar_redis_state'],
    ['voice-sip', 'Redis not available', BARE, 'sipnode_redis_state'],
    ['voice-sip', 'SIP Proxy overloaded', 'sips_sip_response_time_millis', 'sips_sip_response_time_ms_sum'],
    ['voice-voicemail', 'VoicemailRedisConnectionFailure', 'voicemail_redis_connection_failure', 'voicemail_redis_request_failed_total'],
    ['voice-agent', 'Max replicas is not sufficient for 5 mins', 'kube_statefulset_', 'kube_deployment_status_replicas_available'],
    ['voice-sipfe', 'Pods scaled up greater than 80%', 'kube_hpa_', 'kube_horizontalpodautoscaler_spec_max_replicas'],
    ['voice-config', 'Pod memory greater than 80%', 'kubernetes_requests_memory_bytes', 'kube_pod_container_resource_requests{__POD__,resource="memory"}'],
    ['voice-sip', 'Pod CPU greater than 80%', 'container_spec_cpu_cores', 'kube_pod_container_resource_limits{__POD__,resource="cpu"}'],
  ];

  test.each(RENAMED)('%s "%s" reads %s as %s, and says why', (service, name, printed, used) => {
    const a = find(service, name);
    if (printed === BARE) expect(a.expr).not.toMatch(/(^|[^a-z_])redis_state\{/);
    else expect(a.expr).not.toContain(printed);
    expect(a.expr).toContain(used);
    expect(a.reading).toBeDefined();
    // A renamed Voice metric cites the inconsistency list, or states the reason inline.
    expect(`${a.source} ${a.reading}`).toMatch(/000 §6\.4|kube-state-metrics|limit|no cAdvisor|no exporter|Deployment/);
  });

  test('no Voice alert reads a guide-only name anywhere', () => {
    const all = Catalog.alerts().filter((a) => a.service.startsWith('voice-')).map((a) => a.expr).join('\n');
    for (const printed of ['kafka_producer_status', 'kafka_consumer_status', 'callthread_redis_status', 'redis_connection_failure', 'response_time_millis', 'siproxy_', 'duration_us_total', 'kube_hpa_', 'container_spec_cpu_cores', 'kubernetes_requests']) {
      expect(all).not.toContain(printed);
    }
    expect(all).not.toMatch(/[^_a-z]redis_state\{/);
  });

  test('ORS "5 consecutive seconds" is read as 5 minutes', () => {
    for (const name of ['Number of running strategies is too high', 'Number of running strategies is critical']) {
      expect(find('voice-ors', name).duration).toBe('5m');
      expect(find('voice-ors', name).reading).toMatch(/5 consecutive seconds/);
    }
  });

  test('Front End "Pods scaled up greater than 80%" compares a percentage, not a 0-to-1 ratio, with 80', () => {
    expect(find('voice-sipfe', 'Pods scaled up greater than 80%').expr).toMatch(/^100 \* \(.*\) > 80$/);
  });

  test('Front End "No requests received" restores the "<" the export dropped', () => {
    const a = find('voice-sipfe', 'No requests received');
    expect(a.expr).toMatch(/^sum by \(namespace, pod\) \(increase\(sipfe_requests_total\{__POD__\}\[5m\]\)\) < 100 and /);
    // ... and only while the Front End as a whole is busy, so that a quiet hour does not page.
    expect(a.expr).toMatch(/>= 100\)$/);
  });

  test('units: Dial Plan in milliseconds, Front End latency in seconds (the exported _seconds histogram)', () => {
    expect(find('voice-dialplan', 'DialPlan processing time > 0.5 seconds').expr).toMatch(/> 500$/);
    expect(find('voice-sipfe', 'SIP Cluster Service response latency is too high').expr).toMatch(/sipfe_sip_node_request_duration_seconds_bucket.* > 0\.5$/);
  });

  test('the Deployments (Agent State, Call State, Front End) use Deployment series, SIP Cluster its StatefulSet\'s', () => {
    for (const service of ['voice-agent', 'voice-callthread', 'voice-sipfe']) expect(exprsOf(service)).not.toContain('kube_statefulset_');
    expect(find('voice-sip', 'Ready Pods below 60%').expr).toContain('kube_statefulset_status_replicas_ready{__STATEFULSET__}');
  });
});

describe('Readings of the GES and CX Contact alerts (001 §6, 002 §6)', () => {
  test('GES status gauges are down at 1, as the printed rule ORS_REDIS_STATUS > 0 says', () => {
    for (const [name, metric] of [['GES_HEALTH', 'GES_HEALTH'], ['GES_GWS_AUTH_DOWN', 'GWS_AUTH_STATUS'], ['GES_GWS_ENVIRONMENT_DOWN', 'GWS_ENV_STATUS'], ['GES_GWS_CONFIG_DOWN', 'GWS_CONFIG_STATUS']]) {
      expect(find('ges', name).expr).toBe(`${metric}{__POD__} > 0`);
    }
  });

  test('GES alert counters count their first appearance, since they do not exist before it', () => {
    expect(find('ges', 'GES_DNS_FAILURE').expr).toBe('increase(DNS_FAILURE{__POD__}[30m]) > 0 or (DNS_FAILURE{__POD__} unless DNS_FAILURE{__POD__} offset 30m)');
    expect(find('ges', 'GES_CB_SUBMIT_FAILED').expr).toContain('offset 2m');
  });

  test('CX Contact: ASCII metric names only (the seed spells one with a Cyrillic "с")', () => {
    for (const a of Catalog.alerts()) expect(a.expr).toMatch(/^[\x20-\x7e]+$/);
  });

  test('CX Contact: every alert says that the guide gives no expression', () => {
    for (const id of ['cxc-api-aggregator', 'cxc-list-manager']) {
      for (const a of Catalog.alerts(id)) expect(a.reading).toMatch(/no metrics or expressions/);
    }
  });

  test('Interaction Server: 004 §6.4 defines no alerts, so every one is the vendor\'s, labelled so', () => {
    const ixn = Catalog.alerts('ixn');
    expect(ixn.map((a) => a.name)).toEqual([
      'ixn Container Has Failed', 'ixn Pod Has Been In Pending State For Too Long', 'ixn Pod Has Start Up Issue', 'ixn High Memory Usage of Container',
      'ixn ODBC Connections Hang', 'ixn High DB Stack Size', 'ixn Long Request Queue Wait Time',
      'ixn Connection To Redis Failed', 'ixn Connection To RQ Node Failed', 'ixn No Connection To Config Server',
    ]);
    for (const a of ixn) expect(a.source).toMatch(/^004 §6\.4; vendor: ixn\/02_chart_ixn-cpe-monitoring\//);
    expect(Catalog.alerts('ixn-vqnode')).toEqual([]);
  });
});

describeWithGuides('Every service metric an alert reads is in its guide, unless the alert says why not', () => {
  const GUIDES: Array<[string, Guide]> = [['voice-', Guide.VOICE], ['ges', Guide.GES], ['cxc-', Guide.CX_CONTACT]];

  test.each(GUIDES)('%s*', (prefix, guide) => {
    const text = guideText(guide);
    const missing: string[] = [];
    for (const a of Catalog.alerts().filter((x) => x.service.startsWith(prefix))) {
      for (const metric of metricsOf(a.expr).filter((m) => !PLATFORM_METRIC.test(m))) {
        if (text.includes(base(metric)) || text.includes(metric)) continue;
        // The exported name differs from the guide's, on the vendor's evidence: the catalogue says why.
        if (Catalog.metricOf(a.service, metric)?.reading) continue;
        // The GES seed's OCR garbled the ends of long names ("ges_process_cpu_secdffs Reess_cpu_seconds_total");
        // shared/spec/001-ges.md §6.2 rebuilt them. Their first 14 characters are intact.
        if (guide === Guide.GES && text.includes(metric.slice(0, 14))) continue;
        // Not printed: the alert's reading must name the metric it uses.
        if (a.reading?.includes(base(metric))) continue;
        missing.push(`${a.service} "${a.name}": ${metric}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
