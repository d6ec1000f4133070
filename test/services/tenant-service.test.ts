import { SecretReference, TenantService, TenantServiceProps } from '../../src';
import { testApp } from '../support/fixtures';
import { synth } from '../support/synth';
import { VoiceStores, voiceStores } from '../support/voice-unit';

const T100 = { tenantId: '9350e2fc-a1dd-4c65-8d40-1f75a2e080dd', shortId: 't100' };

function tenant(s: VoiceStores, props: Partial<TenantServiceProps> = {}) {
  return new TenantService(s.unit, 'tenant', {
    ...T100,
    version: '100.0.100.0010',
    redis: s.redis.binding('redis-tenant-stream'),
    kafka: s.kafka.binding,
    postgres: s.postgres.database({ database: 'tenant_t100', service: 'tenant', tenant: 't100', credentials: SecretReference.of('tenant-pg', 'password') }),
    ...props,
  });
}

describe('TenantService', () => {
  test('one StatefulSet per tenant named tenant-<uuid>, on the guide\'s ports, in namespace voice', () => {
    const app = testApp();
    tenant(voiceStores(app));
    const out = synth(app);
    const name = `tenant-${T100.tenantId}`;
    const sts = out.find('StatefulSet', name, 'voice');
    expect(out.find('Service', name, 'voice').spec.ports.map((p: any) => p.port)).toEqual([5050, 8888, 8000, 2060, 5080, 5580]);
    expect(sts.spec.template.metadata.labels).toMatchObject({ 'app.kubernetes.io/name': 'tenant', 'app.kubernetes.io/instance': name, 'genesys-pe.io/tenant': 't100' });
    expect(sts.spec.replicas).toBe(3);
    expect(sts.spec.template.spec.priorityClassName).toBe('genesysengage-critical-priority');
    expect((out.objects.find((o) => o.kind === 'StatefulSet') as any).file).toBe('us-east/04-tenant.yaml');
  });

  test('Postgres, the tenant Redis stream and Kafka, all by reference', () => {
    const app = testApp();
    tenant(voiceStores(app));
    const out = synth(app);
    const pod = out.find('StatefulSet', `tenant-${T100.tenantId}`).spec.template.spec;
    expect(pod.volumes.map((v: any) => v.secret?.secretName).sort()).toEqual(['consul-voice-token', 'kafka-secrets-token', 'redis-tenant-token', 'tenant-pg']);
    expect(out.find('ConfigMap', `tenant-${T100.tenantId}-configmap`).data).toMatchObject({
      TENANT_ID: T100.tenantId,
      TENANT_SHORT_ID: 't100',
      POSTGRES_HOST: 'pg.infra',
      POSTGRES_PORT: '5432',
      POSTGRES_DATABASE: 'tenant_t100',
      POSTGRES_TLS: 'true',
      REDIS_TENANT_STREAM_HOST: 'redis-tenant-stream.voice.svc.cluster.local',
    });
  });

  test('a database user key is mounted beside the password, by reference', () => {
    const app = testApp();
    const s = voiceStores(app);
    const credentials = SecretReference.of('tenant-pg', 'password');
    tenant(s, { postgres: s.postgres.database({ database: 'tenant_t100', service: 'tenant', tenant: 't100', credentials, user: SecretReference.of('tenant-pg', 'user') }) });
    const pod = synth(app).find('StatefulSet', `tenant-${T100.tenantId}`).spec.template.spec;
    expect(pod.volumes.find((v: any) => v.name === 'postgres-user').secret).toEqual({ secretName: 'tenant-pg', items: [{ key: 'user', path: 'user' }] });
    expect(pod.containers[0].volumeMounts.map((m: any) => m.mountPath)).toEqual(expect.arrayContaining(['/opt/genesys/secrets/postgres', '/opt/genesys/secrets/postgres-user']));
  });

  test('two tenants make two services', () => {
    const app = testApp();
    const s = voiceStores(app);
    tenant(s);
    new TenantService(s.unit, 'tenant-t200', {
      tenantId: '0f5c1d52-7a3e-4b8e-9a57-2b1c0d9e8f7a',
      shortId: 't200',
      version: '1',
      redis: s.redis.binding('redis-tenant-stream'),
      kafka: s.kafka.binding,
      postgres: s.postgres.database({ database: 'tenant_t200', service: 'tenant', tenant: 't200', credentials: SecretReference.of('t200-pg', 'password') }),
    });
    expect(synth(app).objects.filter((o) => o.kind === 'StatefulSet')).toHaveLength(2);
  });

  test.each([
    ['a tenant id that is not a UUID', { tenantId: 't100' }, 'tenant id "t100" is not a UUID'],
    ['a bad short id', { shortId: 'T-100' }, 'tenant short id "T-100" is not valid'],
    ['zero replicas', { replicas: 0 }, 'Tenant Service replicas is 0'],
  ])('%s is refused', (_name, props, message) => {
    const app = testApp();
    tenant(voiceStores(app), props as Partial<TenantServiceProps>);
    expect(() => app.synthFiles()).toThrow(message);
  });

  test('a binding left out (JavaScript, or a cast) names the construct, the rule and the fix instead of a TypeError', () => {
    const app = testApp();
    const s = voiceStores(app);
    // The props check (schemas generated from TenantServiceProps) runs before the constructor reads them.
    expect(() => tenant(s, { redis: undefined as any, kafka: undefined as any })).toThrow(
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
    tenant(s, { redis: s.redis.binding('redis-config-state') });
    expect(() => app.synthFiles()).toThrow('the Tenant Service was given Redis "redis-config-state"; it uses the tenant stream (000 §2.2)');
  });
});
