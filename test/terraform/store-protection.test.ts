import { Testing } from 'cdktf';
import { Json, baseProps, refusal, resources, stackOf } from './terraform-support';
import { GenesysApp, GroupTerraform, KubernetesPlatform, Platform, RedisCluster, UnitGroup, UnitRole } from '../../src';
import { testDelivery } from '../support/fixtures';

const { AKS, GKE } = KubernetesPlatform;
const byName = (stack: Json, type: string, name: string): Json => resources(stack, type).find((r) => r.name === name)!;

describe('Azure stores: private and protected by default', () => {
  const infra = stackOf(AKS, 'us-east-infra');

  test('Redis and PostgreSQL with public access off, each behind a private endpoint in the unit\'s VNet', () => {
    const redis = byName(infra, 'azurerm_redis_cache', 'acme-us-east-voice');
    const pg = byName(infra, 'azurerm_postgresql_flexible_server', 'acme-us-east-pg');
    expect(redis.public_network_access_enabled).toBe(false);
    expect(pg.public_network_access_enabled).toBe(false);
    const endpoints = resources(infra, 'azurerm_private_endpoint');
    const to = (name: string) => endpoints.find((e) => e.name === `${name}-private`)!;
    expect(to('acme-us-east-voice').private_service_connection).toMatchObject({ subresource_names: ['redisCache'], is_manual_connection: false });
    expect(to('acme-us-east-voice').private_service_connection.private_connection_resource_id).toMatch(/^\$\{azurerm_redis_cache\..*\.id\}$/);
    expect(to('acme-us-east-pg').private_service_connection).toMatchObject({ subresource_names: ['postgresqlServer'] });
    // One endpoint per provisioned store of the primary unit.
    expect(endpoints.length).toBe(resources(infra, 'azurerm_redis_cache').length + resources(infra, 'azurerm_postgresql_flexible_server').length);
  });

  test('the endpoints\' subnet lies outside the nodes\' range; the store names resolve privately in the VNet', () => {
    const subnets = resources(infra, 'azurerm_subnet');
    expect(subnets.find((s) => s.name === 'private-endpoints')!.address_prefixes).toEqual(['10.1.128.0/24']);
    expect(subnets.find((s) => s.name === 'nodes')!.address_prefixes).toEqual(['10.1.0.0/17']);
    expect(resources(infra, 'azurerm_private_dns_zone').map((z) => z.name).sort()).toEqual(['privatelink.postgres.database.azure.com', 'privatelink.redis.cache.windows.net']);
    for (const link of resources(infra, 'azurerm_private_dns_zone_virtual_network_link')) expect(link.virtual_network_id).toMatch(/azurerm_virtual_network\..*\.id/);
  });

  test('PostgreSQL keeps 14 days of backups (point-in-time restore over them); no store can be destroyed by a plan', () => {
    const pg = byName(infra, 'azurerm_postgresql_flexible_server', 'acme-us-east-pg');
    expect(pg.backup_retention_days).toBe(14);
    for (const store of [...resources(infra, 'azurerm_redis_cache'), ...resources(infra, 'azurerm_postgresql_flexible_server')]) {
      expect(store.lifecycle).toEqual({ prevent_destroy: true });
    }
  });

  test('relaxed: public access without endpoints, other retention, no deletion protection', () => {
    const open = stackOf(AKS, 'us-east-infra', { storeProtection: { privateAccess: false, backupRetentionDays: 35, deletionProtection: false } });
    expect(resources(open, 'azurerm_private_endpoint')).toEqual([]);
    expect(resources(open, 'azurerm_private_dns_zone')).toEqual([]);
    const pg = byName(open, 'azurerm_postgresql_flexible_server', 'acme-us-east-pg');
    expect(pg).toMatchObject({ public_network_access_enabled: true, backup_retention_days: 35 });
    expect(pg.lifecycle).toBeUndefined();
    expect(byName(open, 'azurerm_redis_cache', 'acme-us-east-voice').public_network_access_enabled).toBe(true);
  });
});

describe('Google stores: private and protected by default', () => {
  const infra = stackOf(GKE, 'eu-west-infra');
  const sql = resources(infra, 'google_sql_database_instance')[0];

  test('Cloud SQL: private IP only, TLS only, automated backups with point-in-time recovery, deletion protection', () => {
    expect(sql.settings.ip_configuration).toMatchObject({ ipv4_enabled: false, ssl_mode: 'ENCRYPTED_ONLY' });
    expect(sql.settings.backup_configuration).toEqual({
      enabled: true,
      point_in_time_recovery_enabled: true,
      transaction_log_retention_days: 7,
      backup_retention_settings: { retained_backups: 14, retention_unit: 'COUNT' },
    });
    expect(sql.deletion_protection).toBe(true);
    expect(sql.settings.deletion_protection_enabled).toBe(true);
    expect(sql.lifecycle).toEqual({ prevent_destroy: true });
  });

  test('Memorystore: reached over Private Service Connect in the VPC, with TLS, protected from deletion', () => {
    const redis = resources(infra, 'google_redis_cluster')[0];
    expect(redis).toMatchObject({ transit_encryption_mode: 'TRANSIT_ENCRYPTION_MODE_SERVER_AUTHENTICATION', deletion_protection_enabled: true });
    // The choice docs/security.md explains: cluster mode kept; the offer has no password authentication through this provider.
    expect(redis.authorization_mode).toBe('AUTH_MODE_DISABLED');
    expect(redis.psc_configs).toHaveLength(1);
  });

  test('relaxed: no deletion protection; backups kept for the retention given', () => {
    const storeProtection = { deletionProtection: false, backupRetentionDays: 3, redisWithoutPassword: true };
    const relaxed = resources(stackOf(GKE, 'eu-west-infra', { storeProtection }), 'google_sql_database_instance')[0];
    expect(relaxed.deletion_protection).toBe(false);
    expect(relaxed.settings.deletion_protection_enabled).toBe(false);
    expect(relaxed.lifecycle).toBeUndefined();
    expect(relaxed.settings.backup_configuration).toMatchObject({
      transaction_log_retention_days: 3,
      backup_retention_settings: { retained_backups: 3 },
    });
  });
});

test('a backup retention the cloud does not accept is refused', () => {
  expect(refusal(AKS, { storeProtection: { backupRetentionDays: 3 } })).toContain(
    '[acme] GroupTerraform: storeProtection.backupRetentionDays is 3, but Azure Database for PostgreSQL keeps backups for 7 to 35 days. Fix: give a whole number from 7 to 35.',
  );
  expect(refusal(GKE, { storeProtection: { backupRetentionDays: 3, redisWithoutPassword: true } })).toBe('');
  expect(refusal(GKE, { storeProtection: { backupRetentionDays: 400 } })).toContain('but Cloud SQL keeps backups for 1 to 365 days');
});

describe('Redis without a password on GKE only when accepted', () => {
  test('refused by default, naming every managed Redis and both ways out', () => {
    const message = refusal(GKE, { storeProtection: {} });
    expect(message).toContain(
      '[acme] GroupTerraform: managed Redis us-east/voice-redis, us-east/ges-redis, us-east/cxc-redis, us-central/voice-redis, eu-west/voice-redis, eu-north/voice-redis would run on Memorystore for Redis Cluster, '
        + "which gives no password (IAM or no authentication), so the services' Redis Secrets would carry an empty password (003 §1.11). Fix: set storeProtection: { redisWithoutPassword: true }",
    );
    expect(message).toContain('or bind the services to a Redis with a password');
  });

  test('accepted: the Secrets say so, with an empty password; on AKS every Redis Secret carries the cache\'s access key', () => {
    const gke = resources(stackOf(GKE, 'eu-west-workloads'), 'kubernetes_secret_v1').find((s) => s.metadata.name === 'redis-agent-token')!;
    expect(gke.data['redis-agent-state']).toBe('${jsonencode({"password" = ""})}');
    const aks = resources(stackOf(AKS, 'eu-west-workloads'), 'kubernetes_secret_v1').filter((s) => s.metadata.name.startsWith('redis-'));
    expect(aks.length).toBeGreaterThan(0);
    for (const secret of aks) for (const value of Object.values<string>(secret.data)) expect(value).toMatch(/primary_access_key/);
  });
});

describe('Memorystore\'s Private Service Connect', () => {
  test('a service connection policy per region, in the unit\'s subnet; the region\'s clusters wait for it', () => {
    const infra = stackOf(GKE, 'us-east-infra');
    const policy = resources(infra, 'google_network_connectivity_service_connection_policy');
    expect(policy).toEqual([expect.objectContaining({ name: 'acme-us-east4-memorystore', location: 'us-east4', service_class: 'gcp-memorystore-redis' })]);
    expect(policy[0].psc_config.subnetworks).toEqual([expect.stringMatching(/^\$\{google_compute_subnetwork\..*\.id\}$/)]);
    for (const redis of resources(infra, 'google_redis_cluster')) {
      expect(redis.depends_on).toEqual([expect.stringMatching(/^google_network_connectivity_service_connection_policy\./)]);
    }
  });
});

test('two GKE units in one region share the policy of the first; the second\'s infra stack waits for it', () => {
  const model = new GenesysApp({ outdir: '/nonexistent' });
  const group = new UnitGroup(model, 'acme', { platform: Platform.gke(), imageRegistry: 'registry.example.com', charts: testDelivery() });
  const pair = group.addPair('us', { geography: 'us' });
  for (const [id, role] of [['us-a', UnitRole.PRIMARY], ['us-b', UnitRole.SECONDARY]] as const) {
    const unit = pair.addUnit(id, { role, region: 'us-east4' });
    RedisCluster.managed(unit, 'cache', { platform: unit.platform, name: `acme-${id}-cache`, shards: 2, replicasPerShard: 1, serviceGroup: 'voice' });
  }
  const app = Testing.app();
  const tf = new GroupTerraform(app, 'acme', baseProps(group));
  const infra = (unit: string) => JSON.parse(Testing.synth(tf.infraStacks[unit]));
  expect(resources(infra('us-a'), 'google_network_connectivity_service_connection_policy')).toHaveLength(1);
  expect(resources(infra('us-b'), 'google_network_connectivity_service_connection_policy')).toEqual([]);
  expect(tf.infraStacks['us-b'].dependencies).toContain(tf.infraStacks['us-a']);
});
