import { VoiceStores } from './voice-unit';
import { ConsulSettings, SecretReference, TenantService, TenantServiceProps } from '../../src';

/** Tenant t100 of the tests. */
export const T100 = { tenantId: '9350e2fc-a1dd-4c65-8d40-1f75a2e080dd', shortId: 't100' };

/** The Tenant Service of t100 on the stores' unit (with the unit's ConsulSettings), any prop overridden. */
export function tenantService(s: VoiceStores, props: Partial<TenantServiceProps> = {}, id = 'tenant'): TenantService {
  if (!ConsulSettings.of(s.unit)) new ConsulSettings(s.unit, 'consul', { datacenter: s.unit.clusterId });
  return new TenantService(s.unit, id, {
    ...T100,
    version: '100.0.1000076',
    location: 'eastus2',
    sipDomain: 't100.sip.example.com',
    redis: s.redis.binding('redis-tenant-stream'),
    kafka: s.kafka.binding,
    postgres: s.postgres.database({ database: 'tenant_t100', service: 'tenant', tenant: 't100', credentials: SecretReference.of('tenant-pg', 'password') }),
    ...props,
  });
}
