import { SecretReference, TenantService, TenantServiceProps } from '../../src';
import { testApp } from '../support/fixtures';
import { synth } from '../support/synth';
import { T100, tenantService } from '../support/tenant-unit';
import { releaseValues } from '../support/values';
import { voiceStores } from '../support/voice-unit';

describe('TenantService: the tenant chart with the values of the vendor\'s tenant release', () => {
  const app = testApp();
  const s = voiceStores(app);
  const service = tenantService(s);
  const out = synth(app);
  const v = releaseValues(out, 'us-east', 't100');

  test('release t100 (the vendor\'s release and the guide\'s pod t2100-0), Consul service tenant-<uuid>, in wave 4', () => {
    expect(service.name).toBe('t100');
    expect(service.serviceName).toBe(`tenant-${T100.tenantId}`);
    expect(service.namespace).toBe('voice');
    const release = out.find('HelmRelease', 't100', 'voice');
    expect(release.file).toBe('us-east/04-tenant.yaml');
    expect(release.spec.chart.spec.chart).toBe('tenant');
  });

  test('tenant id, image tag, location, SIP domain and upstreams to Voice and the tenant\'s Interaction Server', () => {
    expect(v.tenantid).toBe(T100.tenantId);
    expect(v.images).toMatchObject({ registry: 'registry.example.com', tenant: { tag: '100.0.1000076' }, pgdbInit: { tag: '100.0.1000076', enable: 'true' } });
    expect(v.tenant.general).toEqual({
      location: 'eastus2',
      sipDomain: 't100.sip.example.com',
      // voice-sipfe:9101 and voice-config:9100 (000 §1.2); IXN Server 7120 and VQ Node 7122 (004 §1.3),
      // named by the tenant UUID as the vendor's tenant values name them (`ixn-server-${TENANT_UUID}`).
      upstreamServices: `voice-sipfe:9101,voice-config:9100,ixn-server-${T100.tenantId}:7120,ixn-vqnode-${T100.tenantId}:7122`,
    });
  });

  test('GAuth endpoints and client credentials by the vendor\'s Secret names', () => {
    expect(v.tenant.gws).toEqual({ enable: 'true', authEndpoint: 'gauth-auth.gauth.svc.cluster.local', envEndpoint: 'gauth-environment.gauth.svc.cluster.local' });
    expect(v.tenant.secrets.gws.volumes).toEqual([
      { name: 'gauth-client-id', secret: { secretName: 'gauthclientid' } },
      { name: 'gauth-client-token', secret: { secretName: 'gauthclientsecret' } },
    ]);
    expect(v.tenant.secrets.gws.user.secretName).toBe('/opt/genesys/gauth-client-id/clientid');
  });

  test('the database: password from the store\'s Secret, host and name from a ConfigMap, read as the chart\'s files', () => {
    expect(v.tenant.pgdb).toEqual({ dbhost: '/opt/genesys/dbserver/dbserver', dbname: '/opt/genesys/dbname/dbname' });
    expect(v.tenant.secrets.pgdb.pwd).toEqual({ secretName: '/opt/genesys/dbpassword/dbpassword', secretKey: 'dbpassword' });
    expect(v.tenant.secrets.pgdb.volumes).toContain('secretName: tenant-pg');
    expect(out.find('ConfigMap', 't100-database', 'voice').data).toEqual({ dbserver: 'pg.infra', dbname: 'tenant_t100' });
    expect(out.find('ConfigMap', 't100-database', 'voice').file).toBe('us-east/04-tenant.yaml');
  });

  test('Consul datacenters, the Voice token, the config and tenant-stream Redis Secrets and Kafka by the guide\'s names', () => {
    expect(v.tenant.consul).toEqual({ homedc: 'us-east', masterdc: 'us-east' });
    expect(v.tenant.secrets.consul.volumes).toEqual([{ name: 'consul-shared-secret', secret: { secretName: 'consul-voice-token' } }]);
    expect(v.tenant.secrets.consul.acl.secretName).toBe('/opt/genesys/consul-shared-secret/consul-consul-voice-token');
    expect(v.tenant.secrets.redis.streamPwd.volumes[0].secret.secretName).toBe('redis-tenant-token');
    expect(v.tenant.secrets.redis.configPwd.volumes[0].secret.secretName).toBe('redis-config-token');
    expect(v.tenant.secrets.kafka.volumes).toEqual([{ name: 'kafka-secrets', secret: { secretName: 'kafka-secrets-token' } }]);
  });

  test('the vendor\'s resources, the critical priority and the real-time pool', () => {
    expect(v.tenant.resources.tenantContainer).toEqual({ requests: { cpu: '500m', memory: '600Mi' }, limits: { cpu: '900m', memory: '900Mi' } });
    expect(v.priorityClassName).toBe('genesysengage-critical-priority');
    expect(v.nodeSelector).toEqual({ 'genesys-pe.io/node-pool': 'realtime' });
  });
});

describe('TenantService: more cases and wrong input', () => {
  test('a database user key is mounted as the chart\'s dbuser file', () => {
    const app = testApp();
    const s = voiceStores(app);
    const credentials = SecretReference.of('tenant-pg', 'password');
    tenantService(s, { postgres: s.postgres.database({ database: 'tenant_t100', service: 'tenant', tenant: 't100', credentials, user: SecretReference.of('tenant-pg', 'user') }) });
    const v = releaseValues(synth(app), 'us-east', 't100');
    expect(v.tenant.pgdb.dbuser).toBe('/opt/genesys/dbuser/dbuser');
    expect(v.tenant.secrets.pgdb.volumes).toContain('- key: user\n        path: dbuser');
  });

  test('two tenants make two releases', () => {
    const app = testApp();
    const s = voiceStores(app);
    tenantService(s);
    tenantService(s, { tenantId: '0f5c1d52-7a3e-4b8e-9a57-2b1c0d9e8f7a', shortId: 't200' }, 'tenant-t200');
    expect(synth(app).objects.filter((o) => o.kind === 'HelmRelease' && o.spec.chart.spec.chart === 'tenant').map((o) => o.metadata.name)).toEqual(['t100', 't200']);
  });

  test('without an Interaction Server the upstreams are Voice\'s only', () => {
    const app = testApp();
    tenantService(voiceStores(app), { interactionServer: false });
    expect(releaseValues(synth(app), 'us-east', 't100').tenant.general.upstreamServices).toBe('voice-sipfe:9101,voice-config:9100');
  });

  test.each([
    ['a tenant id that is not a UUID', { tenantId: 't100' }, 'tenant id "t100" is not a UUID'],
    ['a bad short id', { shortId: 'T-100' }, 'tenant short id "T-100" is not valid'],
    ['a SIP domain with spaces', { sipDomain: 'my domain' }, 'sipDomain "my domain" is not a domain name'],
    ['a version that is no image tag', { version: 'a/b' }, 'Tenant Service version (images.tenant.tag): container image tag "a/b" has characters or a form the rule does not allow'],
  ])('%s is refused', (_name, props, message) => {
    const app = testApp();
    tenantService(voiceStores(app), props as Partial<TenantServiceProps>);
    expect(() => app.synthFiles()).toThrow(message);
  });

  test('a unit without ConsulSettings is refused: the chart names its Consul datacenters', () => {
    const app = testApp();
    const s = voiceStores(app);
    new TenantService(s.unit, 'tenant', {
      ...T100,
      version: '1',
      location: 'eastus2',
      sipDomain: 't100.example.com',
      redis: s.redis.binding('redis-tenant-stream'),
      kafka: s.kafka.binding,
      postgres: s.postgres.database({ database: 'tenant_t100', service: 'tenant', tenant: 't100', credentials: SecretReference.of('tenant-pg', 'password') }),
    });
    expect(() => app.synthFiles()).toThrow("the Tenant Service names its Consul home and master datacenters (tenant.consul), but the unit has no ConsulSettings (000 §2.4). Fix: add new ConsulSettings(unit, 'consul', { datacenter }) to the unit.");
  });

  test('a binding left out (JavaScript, or a cast) names the construct, the rule and the fix instead of a TypeError', () => {
    const app = testApp();
    const s = voiceStores(app);
    // The props check (schemas generated from TenantServiceProps) runs before the constructor reads them.
    expect(() => tenantService(s, { redis: undefined as any, kafka: undefined as any })).toThrow(
      'Synthesis stopped: 2 problem(s) found; nothing was written.\n'
        + "  [us-east/tenant] TenantServiceProps: redis is missing; it is required (a RedisBinding object): The tenant Redis stream, `voiceRedis.binding('redis-tenant-stream')` (000 §2.2) (the props interface in API.md). Fix: give redis.\n"
        + '  [us-east/tenant] TenantServiceProps: kafka is missing; it is required (a KafkaBinding object): Kafka, for reporting (000 §1.2 #11) (the props interface in API.md). Fix: give kafka.',
    );
  });

  test('a misspelt Voice Redis service names the construct, the guide section and the nine names', () => {
    const s = voiceStores(testApp());
    expect(() => s.redis.binding('redis-tenant-streams')).toThrow(
      '[us-east/voice-redis] VoiceRedis: no Voice Redis service "redis-tenant-streams" (000 §2.2). Fix: ask for one of the nine: redis-agent-state, redis-call-state, redis-config-state, redis-ors-state, redis-ors-stream, redis-registrar-state, redis-rq-state, redis-sip-state, redis-tenant-stream.',
    );
  });

  test('a Redis binding other than the tenant stream is refused', () => {
    const app = testApp();
    const s = voiceStores(app);
    tenantService(s, { redis: s.redis.binding('redis-config-state') });
    expect(() => app.synthFiles()).toThrow('the Tenant Service was given Redis "redis-config-state"; it uses the tenant stream (000 §2.2)');
  });
});
