import {
  CONNECTION_TABLES,
  CX_CONTACT_CONNECTIONS,
  GES_CONNECTIONS,
  INTERACTION_SERVER_CONNECTIONS,
  VOICE_CONNECTIONS,
  VOICE_CONNECTIVITY,
} from '../../src/catalog/data/connections';
import { EXTERNAL_ENDPOINTS } from '../../src/catalog/data/external-endpoints';
import { PRODUCTS } from '../../src/catalog/data/products';
import { ENGAGEMENT_SERVICES } from '../../src/catalog/data/services-engagement';
import { PLATFORM_SERVICES } from '../../src/catalog/data/services-platform';
import { VOICE_SERVICES } from '../../src/catalog/data/services-voice';
import { ConnectionClass, ConnectionSpec, EndpointKind, EndpointRef } from '../../src/catalog/types';

const SERVICE_IDS = new Set([...VOICE_SERVICES, ...ENGAGEMENT_SERVICES, ...PLATFORM_SERVICES].map((s) => s.id));
const PRODUCT_IDS = new Set(PRODUCTS.map((p) => p.id));
const EXTERNAL_IDS = new Set(Object.keys(EXTERNAL_ENDPOINTS));

const IDS_BY_KIND: Record<EndpointKind, Set<string>> = {
  [EndpointKind.SERVICE]: SERVICE_IDS,
  [EndpointKind.PRODUCT]: PRODUCT_IDS,
  [EndpointKind.EXTERNAL]: EXTERNAL_IDS,
};

const EXPECTED_COUNTS: Record<string, number> = {
  '000 §1.2': 60,
  // The brief said 17; the table prints 18 rows: "Not applicable", 1, 2, 2, 3 ... 16.
  '003 §5.3': 18,
  '001 §2.4': 17,
  '002 §2.3': 13,
  '004 §2.4': 19,
};

const TABLES = Object.entries(CONNECTION_TABLES);

describe('connection tables', () => {
  test('the five tables are indexed under their guide and section', () => {
    expect(Object.keys(CONNECTION_TABLES).sort()).toEqual(Object.keys(EXPECTED_COUNTS).sort());
    expect(CONNECTION_TABLES['000 §1.2']).toBe(VOICE_CONNECTIONS);
    expect(CONNECTION_TABLES['003 §5.3']).toBe(VOICE_CONNECTIVITY);
    expect(CONNECTION_TABLES['001 §2.4']).toBe(GES_CONNECTIONS);
    expect(CONNECTION_TABLES['002 §2.3']).toBe(CX_CONTACT_CONNECTIONS);
    expect(CONNECTION_TABLES['004 §2.4']).toBe(INTERACTION_SERVER_CONNECTIONS);
  });

  test.each(TABLES)('%s has every row of the table, each once', (key, rows) => {
    expect(rows).toHaveLength(EXPECTED_COUNTS[key]);
    expect(new Set(rows.map((r) => r.row)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.source)).size).toBe(rows.length);
  });

  test('numbered tables keep the printed order #1 to #N', () => {
    for (const rows of [VOICE_CONNECTIONS, GES_CONNECTIONS, CX_CONTACT_CONNECTIONS, INTERACTION_SERVER_CONNECTIONS]) {
      expect(rows.map((r) => r.row)).toEqual(rows.map((_, i) => `#${i + 1}`));
    }
    expect(VOICE_CONNECTIVITY.map((r) => r.row)).toEqual([
      '#NA', '#1', '#2a', '#2b', '#3', '#4', '#5', '#6', '#7', '#8', '#9', '#10', '#11', '#12', '#13', '#14', '#15', '#16',
    ]);
  });

  test.each(TABLES)('%s: every endpoint id exists in the list its kind names', (_key, rows) => {
    for (const r of rows) {
      for (const end of [r.from, r.to]) {
        expect({ row: r.row, kind: end.kind, id: end.id, known: IDS_BY_KIND[end.kind].has(end.id) })
          .toEqual({ row: r.row, kind: end.kind, id: end.id, known: true });
        expect(end.label.trim()).not.toBe('');
      }
    }
  });

  test.each(TABLES)('%s: sources name the table and the row', (key, rows) => {
    for (const r of rows) {
      expect(r.source).toMatch(/^00[0-4] §\d+\.\d+ #\S+$/);
      expect(r.source).toBe(`${key} ${r.row}`);
    }
  });

  test.each(TABLES)('%s: cells are well formed', (_key, rows) => {
    for (const r of rows) {
      expect(Object.values(ConnectionClass)).toContain(r.classification);
      expect(r.ports.every((p) => Number.isInteger(p) && p > 0 && p < 65536)).toBe(true);
      // A row without numbers must say why.
      if (r.ports.length === 0) expect(r.portNote).toBeTruthy();
      expect(r.purpose.split(/\s+/).length).toBeLessThanOrEqual(12);
    }
  });

  test('003 §5.3 has no printed class, so every row says the class is derived', () => {
    for (const r of VOICE_CONNECTIVITY) {
      expect(r.note).toMatch(/derived from the network columns/);
    }
  });
});

/** `kind:id` of an endpoint, for compact expectations. */
function ref(end: EndpointRef): string {
  return `${end.kind}:${end.id}`;
}

function find(rows: ConnectionSpec[], row: string): ConnectionSpec {
  const found = rows.find((r) => r.row === row);
  if (!found) throw new Error(`no row ${row}`);
  return found;
}

type Spot = [row: string, from: string, to: string, protocol: string, ports: number[], portNote?: string];

/** Rows written out again from the guides' tables, independently of the data files. */
const SPOTS: Record<string, Spot[]> = {
  '000 §1.2': [
    ['#1', 'product:cxc', 'service:tenant', 'TCP', [5050, 8888]],
    ['#4', 'product:gws', 'service:tenant', 'TCP', [8888, 8000, 2060]],
    ['#6', 'service:voice-rq', 'external:redis', 'Redis', [6379], 'configurable'],
    ['#7', 'service:ixn', 'external:redis', 'Redis', [6379], undefined],
    ['#8', 'service:ges', 'service:tenant', 'HTTP', [5080]],
    ['#11', 'service:tenant', 'external:kafka', 'Kafka', [9092, 9093], 'configurable'],
    // Printed backwards: the data store as the client.
    ['#14', 'external:redis', 'service:tenant', 'Redis', [6379], 'configurable'],
    ['#24', 'service:voice-voicemail', 'external:object-storage', 'HTTP', [], 'N/A'],
    ['#33', 'service:das', 'product:nexus', 'HTTP', [80]],
    ['#39', 'service:voice-sipfe', 'service:voice-sip', 'HTTP', [11300]],
    ['#44', 'service:das', 'external:external-api', 'HTTPS', [443]],
    ['#55', 'external:kafka', 'service:voice-agent', 'Kafka', [9092, 9093], 'configurable'],
    ['#57', 'service:voice-sipproxy', 'product:webrtc', 'SIP/UDP', [5070]],
    ['#58', 'product:gvp', 'service:voice-sipproxy', 'SIP/TCP', [5080]],
    ['#59', 'service:voice-sipproxy', 'external:sbc', 'SIP/TCP', [], 'Not known (configured as trunk DN level in customer CME)'],
  ],
  '003 §5.3': [
    ['#NA', 'service:voice-sipproxy', 'service:voice-config', 'SIP/TCP', [9100]],
    ['#1', 'external:sbc', 'service:voice-sipproxy', 'SIP', [5080]],
    ['#2a', 'service:voice-sipproxy', 'external:sbc', 'SIP/UDP', [5060]],
    ['#2b', 'service:voice-sipproxy', 'external:sbc', 'SIP/UDP', [5060]],
    ['#3', 'service:voice-sipproxy', 'service:voice-sip', 'SIP/TCP', [5090]],
    ['#5', 'service:voice-sipproxy', 'service:gvp-rm', 'SIP/TCP', [5060]],
    ['#7', 'service:gvp-rm', 'service:gvp-mcp', 'SIP/TCP', [5070]],
    ['#9', 'service:gvp-mcp', 'service:webrtc-coturn', 'RTP', [], 'Negotiated'],
    ['#12', 'external:sbc', 'service:gvp-mcp', 'RTP', [], 'Negotiated'],
    ['#14', 'service:webrtc-coturn', 'service:voice-sipproxy', 'SIP/UDP', [5080]],
  ],
  '001 §2.4': [
    ['#1', 'external:internet-client', 'external:internet-client', 'HTTPS', [443]],
    ['#3', 'service:ges', 'external:recaptcha', 'HTTPS', [443]],
    ['#4', 'service:ges', 'external:fcm', 'HTTPS', [443]],
    ['#5', 'external:internet-client', 'external:ingress-gateway', 'HTTPS', [443]],
    ['#7', 'external:ingress-gateway', 'service:ges', 'HTTP', [3050]],
    ['#8', 'service:ges', 'service:gauth-auth', 'HTTP', [8095]],
    ['#9', 'service:ges', 'service:gauth-environment', 'HTTP', [8091]],
    ['#10', 'service:ges', 'service:gws-configuration', 'HTTP', [8092]],
    ['#11', 'service:ges', 'service:voice-ors', 'HTTP', [9098]],
    ['#12', 'product:voice', 'service:ges', 'HTTP', [3050]],
    ['#13', 'service:ges', 'service:tenant', 'HTTP', [5580]],
    ['#14', 'service:designer', 'service:ges', 'HTTP', [3050]],
    ['#17', 'external:prometheus', 'service:ges', 'HTTP', [3050]],
  ],
  '002 §2.3': [
    ['#1', 'external:internet-client', 'external:ingress-gateway', 'RTP/RTCP', [443]],
    ['#2', 'service:cxc-job-scheduler', 'external:sftp', 'TCP', [20, 21, 22]],
    // Printed backwards: the provider as the client of an Egress row.
    ['#3', 'external:compliance-data-provider', 'service:cxc-list-builder', 'HTTP', [443]],
    ['#4', 'service:cxc-ui', 'product:cxc', 'HTTP', [3004, 3005, 3006, 3007, 3008]],
    ['#6', 'product:cxc', 'external:nfs', 'TCP', [2049]],
    ['#8', 'service:tenant', 'product:cxc', 'TCP', [8888]],
    ['#9', 'product:gws', 'service:tenant', 'TCP', [5050]],
    ['#10', 'product:gws', 'service:tenant', 'TCP', [8888]],
    ['#12', 'product:cxc', 'product:nexus', 'HTTP/HTTPS', [443]],
    ['#13', 'service:tenant', 'external:postgres', 'TCP', [5432]],
  ],
  '004 §2.4': [
    ['#1', 'service:ixn', 'external:consul', 'TCP', [8500]],
    ['#2', 'service:ixn', 'service:ixn', 'TCP', [7120]],
    ['#3', 'service:gws-interaction', 'service:ixn', 'TCP', [7120]],
    ['#4', 'service:tenant', 'service:ixn', 'TCP', [7120]],
    ['#6', 'service:ixn', 'external:kafka', 'TCP', []],
    ['#8', 'service:tenant', 'service:ixn-vqnode', 'TCP', [7122]],
    ['#10', 'external:prometheus', 'service:ixn-vqnode', 'HTTP', [13139]],
    ['#13', 'service:ixn', 'service:voice-rq', 'TCP', []],
    ['#14', 'service:ixn', 'service:voice-config', 'HTTP', [8888]],
    ['#15', 'service:ixn', 'external:redis', 'TCP', []],
    ['#17', 'service:ixn', 'external:postgres', 'TCP', []],
    ['#18', 'service:pulse-dcu', 'service:ixn', 'TCP', [7120]],
    ['#19', 'service:ixn', 'service:pulse-dcu', 'TCP', [2060]],
  ],
};

describe.each(Object.entries(SPOTS))('spot check of %s', (key, spots) => {
  test.each(spots)('%s', (row, from, to, protocol, ports, ...rest) => {
    const r = find(CONNECTION_TABLES[key], row);
    expect([ref(r.from), ref(r.to), r.protocol, r.ports]).toEqual([from, to, protocol, ports]);
    // A spot with a sixth element also checks the port note (undefined: no note).
    if (rest.length > 0) expect(r.portNote).toBe(rest[0]);
  });
});

describe('labels keep the printed cell', () => {
  test.each([
    ['000 §1.2', '#8', 'Genesys Engagement Service', 'Tenant Service'],
    ['000 §1.2', '#14', 'Redis 6.x', 'Tenant Service'],
    ['000 §1.2', '#36', 'Voice Registrar Service', 'Redis'],
    ['000 §1.2', '#55', 'Kafka 2.x', 'Agent State Service'],
    ['003 §5.3', '#2b', 'voice-sipproxy', 'SBC (Cross-Region)'],
    ['003 §5.3', '#6', 'gvp (RM)', 'voice-sipproxy'],
    ['001 §2.4', '#1', 'Callback', 'Internet'],
    ['001 §2.4', '#9', 'Genesys Engagement Service', 'Genesys Authentication'],
    ['002 §2.3', '#1', 'Customer Browser/API', 'CXC Front-end Ingress'],
    ['002 §2.3', '#10', 'GWS', 'Config server'],
    ['004 §2.4', '#11', 'Prometheus', 'IXN Node'],
    ['004 §2.4', '#18', 'Pulse Stat Server(s)', 'IXN'],
  ])('%s %s', (key, row, from, to) => {
    const r = find(CONNECTION_TABLES[key], row);
    expect([r.from.label, r.to.label]).toEqual([from, to]);
  });
});

describe('notes explain the readings', () => {
  test.each([
    ['000 §1.2', '#14', /backwards/],
    ['000 §1.2', '#55', /backwards/],
    ['002 §2.3', '#3', /backwards/],
    ['002 §2.3', '#1', /RTP\/RTCP/],
    ['002 §2.3', '#8', /Tenant Service/],
    ['002 §2.3', '#9', /Tenant Service/],
    ['004 §2.4', '#4', /Tenant Service/],
    ['004 §2.4', '#8', /Tenant Service/],
    ['004 §2.4', '#18', /pulse-dcu/],
    ['004 §2.4', '#11', /container/],
    ['001 §2.4', '#1', /Internet/],
  ])('%s %s', (key, row, pattern) => {
    expect(find(CONNECTION_TABLES[key], row).note).toMatch(pattern);
  });

  test('derived voice connectivity classes follow the networks', () => {
    const cls = Object.fromEntries(VOICE_CONNECTIVITY.map((r) => [r.row, r.classification]));
    expect(cls['#NA']).toBe(ConnectionClass.INTRA_CLUSTER);
    expect(cls['#1']).toBe(ConnectionClass.INGRESS);
    expect(cls['#2b']).toBe(ConnectionClass.EGRESS);
    expect(cls['#9']).toBe(ConnectionClass.INTRA_CLUSTER);
    expect(cls['#15']).toBe(ConnectionClass.EGRESS);
    expect(cls['#16']).toBe(ConnectionClass.INGRESS);
  });
});
