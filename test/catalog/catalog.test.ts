import { Catalog, EndpointKind, NodePool, TransportProtocol } from '../../src';

describe('catalogue integrity', () => {
  const services = Catalog.services();

  test('service ids are unique DNS labels and product ids are unique', () => {
    const ids = services.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
    const products = Catalog.products().map((p) => p.id);
    expect(new Set(products).size).toBe(products.length);
  });

  test('every product has at least one service and every service a known product', () => {
    for (const product of Catalog.products()) expect(Catalog.servicesOf(product.id).length).toBeGreaterThan(0);
  });

  test('port names are unique per service, valid IANA names, and numbers are valid', () => {
    for (const s of services) {
      const keys = s.ports.map((p) => `${p.name}`);
      expect([s.id, new Set(keys).size]).toEqual([s.id, keys.length]);
      for (const p of s.ports) {
        expect(p.name).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
        expect(p.name.length).toBeLessThanOrEqual(15);
        expect(p.port).toBeGreaterThan(0);
        expect(p.port).toBeLessThan(65536);
        expect(Object.values(TransportProtocol)).toContain(p.protocol);
      }
    }
  });

  test('every fact cites a guide and section', () => {
    const citation = /^00[0-4] §\d/;
    for (const p of Catalog.products()) expect(p.source).toMatch(citation);
    for (const s of services) {
      expect(s.source).toMatch(citation);
      for (const port of s.ports) expect(port.source).toMatch(citation);
    }
    for (const c of Catalog.priorityClasses()) expect(c.source).toMatch(citation);
  });

  test('waves are 1 to 9', () => {
    for (const p of Catalog.products()) {
      expect(p.wave).toBeGreaterThanOrEqual(1);
      expect(p.wave).toBeLessThanOrEqual(9);
    }
  });

  test('every connection endpoint resolves to a service, a product or an external endpoint', () => {
    const external = Catalog.externalEndpoints();
    for (const row of Catalog.connections()) {
      for (const end of [row.from, row.to]) {
        if (end.kind === EndpointKind.SERVICE) expect(Catalog.hasService(end.id)).toBe(true);
        if (end.kind === EndpointKind.PRODUCT) expect(() => Catalog.product(end.id)).not.toThrow();
        if (end.kind === EndpointKind.EXTERNAL) expect(Object.keys(external)).toContain(end.id);
      }
    }
  });

  test('a row from a Genesys service targets a port the destination lists, where the destination lists ports', () => {
    const mismatches: string[] = [];
    for (const row of Catalog.connections()) {
      if (row.from.kind === EndpointKind.EXTERNAL || row.to.kind !== EndpointKind.SERVICE || row.ports.length === 0) continue;
      const listening = Catalog.service(row.to.id).ports.map((p) => p.port);
      if (listening.length === 0) continue;
      for (const port of row.ports) if (!listening.includes(port)) mismatches.push(`${row.source} → ${row.to.id}:${port}`);
    }
    // The one known disagreement: the Interaction Server guide has IXN Node reach voice-config on its
    // Config Node port (chart default 8888, sample 11100), which the Voice guide does not list (9100).
    expect(mismatches).toEqual(['004 §2.4 #14 → voice-config:8888']);
  });

  test('the real-time pool holds the stateful voice and media services', () => {
    const realtime = services.filter((s) => s.nodePool === NodePool.REALTIME).map((s) => s.id).sort();
    expect(realtime).toEqual(['gvp-mcp', 'gvp-rm', 'tenant', 'voice-ors', 'voice-rq', 'voice-sip', 'voice-sipproxy', 'webrtc-coturn', 'webrtc-gateway']);
  });

  test('unknown ids fail with the close matches', () => {
    expect(() => Catalog.service('voice-orz')).toThrow(/no service "voice-orz"/);
    expect(() => Catalog.service('ors')).toThrow(/did you mean "voice-ors"/);
    expect(() => Catalog.product('nope')).toThrow(/known products: gauth/);
    expect(() => Catalog.connections('009 §1')).toThrow(/no connection table "009 §1"/);
  });

  test('choices where the guides disagree on ports', () => {
    const tenant = Catalog.service('tenant').ports.map((p) => p.port);
    expect(tenant).toEqual(expect.arrayContaining([5050, 8888, 8000, 2060, 5080, 5580]));
    expect(Catalog.service('ges').ports.map((p) => p.port)).toEqual([3050, 2050]);
    expect(Catalog.service('ixn').ports.map((p) => p.port)).toEqual([7120, 13131, 13133]);
    expect(Catalog.service('ixn-vqnode').ports.map((p) => p.port)).toEqual([7122, 13139]);
  });
});
