import * as fs from 'fs';
import * as path from 'path';
import { rawCounters, seriesOf } from './promql';
import { Catalog } from '../../src';

const services = [...new Set(Catalog.alerts().map((a) => a.service))];

describe('Metric catalogue: every metric a rule reads is one its service exports', () => {
  test.each(services)('%s', (service) => {
    const unknown = Catalog.alerts(service).flatMap((a) => seriesOf(a.expr).filter((s) => !Catalog.metricOf(service, s)).map((s) => `${a.name}: ${s}`));
    expect(unknown).toEqual([]);
  });
});

describe('Metric catalogue: no counter is compared raw', () => {
  test.each(services)('%s', (service) => {
    expect(Catalog.alerts(service).flatMap((a) => rawCounters(service, a.expr).map((m) => `${a.name}: ${m}`))).toEqual([]);
  });
});

/** The series the vendor's rules and dashboards read, per product folder (derived by vendor/derive.sh). */
function vendorSeries(product: string): Set<string> {
  const text = fs.readFileSync(path.join(__dirname, 'vendor', 'metric-names.txt'), 'utf8');
  return new Set(text.split('\n').filter((l) => l.startsWith(`${product}\t`)).map((l) => l.split('\t')[1]));
}

describe('Metric catalogue: where the guide and the running service disagree, the exported name wins', () => {
  // [service, vendor product folder, name the catalogue must have (exported), name it must not (guide only)]
  const PINNED: Array<[string, string, string, string]> = [
    ['voice-sipproxy', 'voice', 'sipproxy_active_sip_nodes_count', 'siproxy_active_sip_nodes_count'],
    ['voice-sipproxy', 'voice', 'sipproxy_sip_node_is_capacity_available', 'siproxy_sip_node_is_capacity_available'],
    ['voice-sipproxy', 'voice', 'sipproxy_response_latency_bucket', 'siproxy_response_latency_bucket'],
    ['voice-sipproxy', 'voice', 'sipproxy_requests_total', 'siproxy_requests_total'],
    ['voice-sipfe', 'voice', 'sipfe_sip_node_request_duration_seconds_bucket', 'sipfe_sip_node_request_duration_us_total_bucket'],
    ['voice-agent', 'voice', 'kafka_consumer_recv_messages_total', 'kafka_consumer_rcv_messages_total'],
    ['voice-callthread', 'voice', 'callthread_redis_state', 'callthread_redis_status'],
    ['voice-voicemail', 'voice', 'voicemail_redis_connection_failure', 'voicemail_redis_connection_failed'],
    ['voice-registrar', 'voice', 'registrar_redis_state', 'redis_state'],
    ['ges', 'ges', 'application_ccecp_nodejs_eventloop_lag_seconds', 'ges_nodejs_eventloop_lag_seconds'],
    ['ges', 'ges', 'DNS_FAILURE', 'GES_DNS_FAILURE'],
  ];

  test.each(PINNED)('%s: %s (the vendor reads it), not %s', (service, product, exported, guideOnly) => {
    expect(vendorSeries(product).has(exported)).toBe(true);
    expect(Catalog.metricOf(service, exported)).toBeDefined();
    expect(Catalog.metricOf(service, guideOnly)).toBeUndefined();
  });

  test('every reconciled metric says why, and cites the vendor or a guide section', () => {
    const reconciled = Catalog.alerts().map((a) => a.service).flatMap((s) => Catalog.metrics(s)).filter((m) => m.reading);
    expect(reconciled.length).toBeGreaterThan(10);
    for (const m of reconciled) expect(m.reading).toMatch(/vendor|00[0-4] §/);
  });

  test('no SIP Proxy metric keeps the guide\'s siproxy_ spelling', () => {
    expect(Catalog.metrics('voice-sipproxy').filter((m) => m.name.startsWith('siproxy_'))).toEqual([]);
  });
});
