import { RedisCluster, RedisClusterProps, SecretReference, VoiceRedis } from '../../src';
import { testApp, testUnit } from '../support/fixtures';
import { synth } from '../support/synth';

const GOOD: RedisClusterProps = { address: '10.1.2.3', version: '6.2', nodes: 3, replicasPerShard: 1, shards: 2, serviceGroup: 'voice' };

function withRedis(props: Partial<RedisClusterProps> = {}) {
  const app = testApp();
  const unit = testUnit(app);
  const cluster = new RedisCluster(unit, 'redis', { ...GOOD, ...props });
  return { app, unit, cluster };
}

describe('RedisCluster requirements (003 §1.11)', () => {
  test('a store at the minimums passes', () => {
    expect(() => withRedis().app.synthFiles()).not.toThrow();
  });

  test.each([
    ['version 5', { version: '5.0.7' }, 'version 5.0.7 is below 6.x, which private edition requires (003 §1.11; 003 §3.3). Fix: use Redis 6.x or later.'],
    ['version 4', { version: '4.0.14' }, 'version 4.0.14 is below 6.x'],
    ['no cluster mode', { clusterMode: false }, 'cluster mode is off, but private edition requires Redis in cluster mode'],
    ['no TLS', { tls: false }, 'TLS is off, but private edition requires TLS to Redis'],
    ['two nodes', { nodes: 2 }, 'has 2 node(s); the minimum is 3'],
    ['no replica', { replicasPerShard: 0 }, 'has 0 replica(s) per shard; the minimum is 1'],
    ['one shard', { shards: 1 }, 'has 1 shard(s); the minimum is 2 per DB'],
    ['bad address', { address: 'redis://x:6379' }, 'address "redis://x:6379" is not an IPv4 address or host name'],
  ])('%s is refused', (_name, props, message) => {
    expect(() => withRedis(props).app.synthFiles()).toThrow(message);
  });

  test('all violations of one store are reported together', () => {
    expect(() => withRedis({ nodes: 1, shards: 1, tls: false }).app.synthFiles()).toThrow(/3 problem\(s\)/);
  });

  test('another service group keeping its data in the store is refused unless allowed for non-production', () => {
    const { app, cluster } = withRedis();
    cluster.bind('ges', 'ges-redis');
    expect(() => app.synthFiles()).toThrow(
      'Redis "redis" belongs to service group "voice" but also holds data of "ges"; each service group needs its own data store in production (003 §1.11)',
    );
    const shared = withRedis({ allowSharingAcrossGroups: true });
    shared.cluster.bind('ges', 'ges-redis');
    expect(() => shared.app.synthFiles()).not.toThrow();
  });
});

describe('VoiceRedis (000 §2.2)', () => {
  test('registers the nine Redis services as headless Service + Endpoints with the catalog-sync annotation', () => {
    const { app, unit, cluster } = withRedis({ port: 6380 });
    new VoiceRedis(unit, 'voice-redis', { cluster });
    const out = synth(app);
    const names = [
      'redis-agent-state', 'redis-call-state', 'redis-config-state', 'redis-ors-state', 'redis-ors-stream',
      'redis-registrar-state', 'redis-rq-state', 'redis-sip-state', 'redis-tenant-stream',
    ];
    expect(VoiceRedis.names()).toEqual(names);
    for (const name of names) {
      const service = out.find('Service', name, 'voice');
      expect(service.metadata.annotations).toEqual({ 'consul.hashicorp.com/service-sync': 'true' });
      expect(service.spec).toEqual({ clusterIP: 'None' });
      const endpoints = out.find('Endpoints', name, 'voice');
      expect(endpoints.subsets).toEqual([{ addresses: [{ ip: '10.1.2.3' }], ports: [{ port: 6380, name: 'redisport', protocol: 'TCP' }] }]);
      expect((out.objects.find((o) => o.kind === 'Endpoints' && o.metadata.name === name) as any).file).toBe('us-east/01-infrastructure.yaml');
    }
    expect(out.objects.filter((o) => o.kind === 'Service')).toHaveLength(9);
  });

  test('bindings carry the guide\'s Secret names and keys', () => {
    const { unit, cluster } = withRedis();
    const redis = new VoiceRedis(unit, 'voice-redis', { cluster });
    const secrets = VoiceRedis.names().map((n) => [n, redis.binding(n).credentials!.secretName, redis.binding(n).credentials!.key]);
    expect(secrets).toEqual([
      ['redis-agent-state', 'redis-agent-token', 'redis-agent-state'],
      ['redis-call-state', 'redis-callthread-token', 'redis-call-state'],
      ['redis-config-state', 'redis-config-token', 'redis-config-state'],
      ['redis-ors-state', 'redis-ors-token', 'redis-ors-state'],
      ['redis-ors-stream', 'redis-ors-stream-token', 'redis-ors-stream'],
      ['redis-registrar-state', 'redis-registrar-token', 'redis-registrar-state'],
      ['redis-rq-state', 'redis-rq-token', 'redis-rq-state'],
      ['redis-sip-state', 'redis-sip-token', 'redis-sip-state'],
      ['redis-tenant-stream', 'redis-tenant-token', 'redis-tenant-stream'],
    ]);
    expect(redis.binding('redis-agent-state')).toMatchObject({ host: 'redis-agent-state.voice.svc.cluster.local', port: 6379, tls: true, clusterMode: true });
    expect(() => redis.binding('redis-nope')).toThrow(/no Voice Redis service "redis-nope"/);
    // GES and Interaction Server use the ORS stream from their own namespaces, with their own copy of the Secret.
    const ges = redis.crossNamespaceBinding('redis-ors-stream', SecretReference.of('voice-redis-ors-stream', 'voice-redis-ors-stream'));
    expect(ges).toMatchObject({ host: 'redis-ors-stream.voice.svc.cluster.local', credentials: { secretName: 'voice-redis-ors-stream' } });
  });

  test('a store given by host name gets an ExternalName Service instead of Endpoints', () => {
    const { app, unit, cluster } = withRedis({ address: 'acme.redis.cache.windows.net' });
    new VoiceRedis(unit, 'voice-redis', { cluster });
    const out = synth(app);
    expect(out.find('Service', 'redis-sip-state').spec).toEqual({ type: 'ExternalName', externalName: 'acme.redis.cache.windows.net' });
    expect(out.objects.some((o) => o.kind === 'Endpoints')).toBe(false);
  });

  test('services can live in separate stores; an unknown name is refused', () => {
    const { app, unit, cluster } = withRedis();
    const streams = new RedisCluster(unit, 'streams', { ...GOOD, address: '10.9.9.9' });
    new VoiceRedis(unit, 'voice-redis', { cluster, clusters: { 'redis-ors-stream': streams, 'redis-orz': streams } });
    expect(() => app.synthFiles()).toThrow('"redis-orz" is not one of the Voice Redis services (000 §2.2)');
  });
});
