import { Fn, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { CredentialFormat, PostgresServer, RedisCluster } from '../datastores';
import { AzurePrivateLink, PRIVATE_LINK } from './azure-private-link';
import { azurerm, google, random } from './providers';
import { StoreProtectionProps } from './security-props';

/** What the workloads stack needs to create a store's credentials Secrets. */
export interface StoreCredentials {
  /** The value Redis clients authenticate with (empty when the store has no password). */
  readonly redisPassword?: string;
  /** The PostgreSQL password. */
  readonly postgresPassword?: string;
  /** The PostgreSQL login the password belongs to. */
  readonly postgresUser?: string;
}

/** The login of the servers the Terraform provisions (the guides name none). */
const ADMIN = 'genesys';
/** Days of automated backups kept when `StoreProtectionProps.backupRetentionDays` is not given. */
const DEFAULT_BACKUP_DAYS = 14;

/** Where a unit's Azure stores go and how they are protected. */
export interface AzureStoreContext {
  /** Resource group. */
  readonly resourceGroupName: string;
  /** Azure region. */
  readonly location: string;
  /** The unit's private endpoints; none when private access is relaxed. */
  readonly privateLink?: AzurePrivateLink;
  /** Protection settings. */
  readonly protection: StoreProtectionProps;
}

/** Where a unit's Google stores go and how they are protected. */
export interface GcpStoreContext {
  /** GCP region. */
  readonly region: string;
  /** The group's VPC, which the stores are reached from. */
  readonly networkId: string;
  /** The unit's private Cloud DNS zone, where each store's name (its `address`) points at it. */
  readonly zoneName: string;
  /** Protection settings. */
  readonly protection: StoreProtectionProps;
  /** The Memorystore connection policy, when this stack holds it: the clusters wait for it. */
  readonly connectionPolicy?: TerraformResource;
}

/** Terraform's `prevent_destroy`, unless deletion protection is relaxed. */
function lifecycleOf(protection: StoreProtectionProps) {
  return (protection.deletionProtection ?? true) ? { preventDestroy: true } : undefined;
}

/**
 * Azure Cache for Redis for a `RedisCluster.managed` store: Premium, clustered with the store's
 * shards and replicas, TLS only (port 6380), Redis 6, across zones (003 §1.11); reached through a
 * private endpoint with public access off.
 */
export function azureRedis(scope: Construct, store: RedisCluster, at: AzureStoreContext): StoreCredentials {
  const { RedisCache } = azurerm('redis-cache');
  const cache = new RedisCache(scope, `redis-${store.node.id}`, {
    name: store.managedName!,
    resourceGroupName: at.resourceGroupName,
    location: at.location,
    skuName: 'Premium',
    family: 'P',
    capacity: 1,
    shardCount: store.shards,
    replicasPerMaster: store.replicasPerShard,
    nonSslPortEnabled: false,
    minimumTlsVersion: '1.2',
    redisVersion: '6',
    zones: ['1', '2', '3'],
    publicNetworkAccessEnabled: !at.privateLink,
    lifecycle: lifecycleOf(at.protection),
  });
  at.privateLink?.connect(store.managedName!, cache.id, PRIVATE_LINK.redis);
  return { redisPassword: cache.primaryAccessKey };
}

/**
 * Azure Database for PostgreSQL flexible server for a `PostgresServer.managed` server,
 * zone-redundant, with its databases; automated backups with point-in-time restore; reached
 * through a private endpoint with public access off, so the unit's pods reach it over the VNet.
 */
export function azurePostgres(scope: Construct, server: PostgresServer, at: AzureStoreContext): StoreCredentials {
  const { Password } = random('password');
  const { PostgresqlFlexibleServer } = azurerm('postgresql-flexible-server');
  const { PostgresqlFlexibleServerDatabase } = azurerm('postgresql-flexible-server-database');
  const password = new Password(scope, `postgres-${server.node.id}-password`, { length: 32, special: false });
  const flexible = new PostgresqlFlexibleServer(scope, `postgres-${server.node.id}`, {
    name: server.managedName!,
    resourceGroupName: at.resourceGroupName,
    location: at.location,
    version: server.version.split('.')[0],
    administratorLogin: ADMIN,
    administratorPassword: password.result,
    skuName: 'GP_Standard_D2ds_v5',
    storageMb: 131072,
    zone: '1',
    highAvailability: { mode: 'ZoneRedundant', standbyAvailabilityZone: '2' },
    backupRetentionDays: at.protection.backupRetentionDays ?? DEFAULT_BACKUP_DAYS,
    publicNetworkAccessEnabled: !at.privateLink,
    lifecycle: lifecycleOf(at.protection),
  });
  at.privateLink?.connect(server.managedName!, flexible.id, PRIVATE_LINK.postgres);
  for (const db of uniqueDatabases(server)) {
    new PostgresqlFlexibleServerDatabase(scope, `postgres-${server.node.id}-${db}`, { name: db, serverId: flexible.id });
  }
  return { postgresPassword: password.result, postgresUser: ADMIN };
}

/**
 * Memorystore for Redis Cluster for a `RedisCluster.managed` store, with TLS (server
 * authentication), and an A record in the unit's private zone that the manifests use.
 */
export function gcpRedis(scope: Construct, store: RedisCluster, at: GcpStoreContext): StoreCredentials {
  const { RedisCluster: MemorystoreCluster } = google('redis-cluster');
  const { DnsRecordSet } = google('dns-record-set');
  const cluster = new MemorystoreCluster(scope, `redis-${store.node.id}`, {
    name: store.managedName!,
    region: at.region,
    shardCount: store.shards,
    replicaCount: store.replicasPerShard,
    transitEncryptionMode: 'TRANSIT_ENCRYPTION_MODE_SERVER_AUTHENTICATION',
    // Memorystore for Redis Cluster authenticates with IAM or not at all through this provider; the
    // Genesys services use a password when the store has one (optional in 003 §1.11 and 001), so
    // access is limited to the VPC and the password is empty. docs/security.md explains the choice
    // against Memorystore for Redis, which has AUTH but no cluster mode.
    authorizationMode: 'AUTH_MODE_DISABLED',
    pscConfigs: [{ network: at.networkId }],
    deletionProtectionEnabled: at.protection.deletionProtection ?? true,
    lifecycle: lifecycleOf(at.protection),
    dependsOn: at.connectionPolicy ? [at.connectionPolicy] : undefined,
  });
  new DnsRecordSet(scope, `redis-${store.node.id}-dns`, {
    name: `${store.address}.`,
    managedZone: at.zoneName,
    type: 'A',
    ttl: 300,
    rrdatas: [cluster.discoveryEndpoints.get(0).address],
  });
  return { redisPassword: '' };
}

/**
 * The service connection policy through which Memorystore for Redis Cluster creates its Private
 * Service Connect endpoints in the group's VPC: one per region, endpoints in the given subnet.
 *
 * @param scope the infra stack of the region's first unit with a managed Redis
 * @param name policy name
 * @param region the region
 * @param networkId the group's VPC
 * @param subnetId a subnet of the region (the unit's nodes subnet)
 */
export function memorystoreConnectionPolicy(scope: Construct, name: string, region: string, networkId: string, subnetId: string): TerraformResource {
  const { NetworkConnectivityServiceConnectionPolicy } = google('network-connectivity-service-connection-policy');
  return new NetworkConnectivityServiceConnectionPolicy(scope, 'memorystore-connection-policy', {
    name,
    location: region,
    serviceClass: 'gcp-memorystore-redis',
    network: networkId,
    pscConfig: { subnetworks: [subnetId] },
  });
}

/**
 * Cloud SQL for PostgreSQL for a `PostgresServer.managed` server: regional, private IP only, TLS
 * only, automated backups with point-in-time recovery, deletion protection, with its databases.
 */
export function gcpPostgres(scope: Construct, server: PostgresServer, at: GcpStoreContext): StoreCredentials {
  const retained = at.protection.backupRetentionDays ?? DEFAULT_BACKUP_DAYS;
  const protect = at.protection.deletionProtection ?? true;
  const { Password } = random('password');
  const { SqlDatabaseInstance } = google('sql-database-instance');
  const { SqlUser } = google('sql-user');
  const { SqlDatabase } = google('sql-database');
  const { DnsRecordSet } = google('dns-record-set');
  const password = new Password(scope, `postgres-${server.node.id}-password`, { length: 32, special: false });
  const instance = new SqlDatabaseInstance(scope, `postgres-${server.node.id}`, {
    name: server.managedName!,
    region: at.region,
    databaseVersion: `POSTGRES_${server.version.split('.')[0]}`,
    deletionProtection: protect,
    settings: {
      tier: 'db-custom-2-7680',
      availabilityType: 'REGIONAL',
      ipConfiguration: { ipv4Enabled: false, privateNetwork: at.networkId, sslMode: 'ENCRYPTED_ONLY' },
      backupConfiguration: {
        enabled: true,
        pointInTimeRecoveryEnabled: true,
        // Point-in-time recovery reaches back at most 7 days on Cloud SQL.
        transactionLogRetentionDays: Math.min(retained, 7),
        backupRetentionSettings: { retainedBackups: retained, retentionUnit: 'COUNT' },
      },
      deletionProtectionEnabled: protect,
    },
    lifecycle: lifecycleOf(at.protection),
  });
  new SqlUser(scope, `postgres-${server.node.id}-user`, { name: ADMIN, instance: instance.name, password: password.result });
  for (const db of uniqueDatabases(server)) {
    new SqlDatabase(scope, `postgres-${server.node.id}-${db}`, { name: db, instance: instance.name });
  }
  new DnsRecordSet(scope, `postgres-${server.node.id}-dns`, { name: `${server.address}.`, managedZone: at.zoneName, type: 'A', ttl: 300, rrdatas: [instance.privateIpAddress] });
  return { postgresPassword: password.result, postgresUser: ADMIN };
}

/** A Redis credentials value in the form its consumer reads (CredentialFormat). */
export function redisSecretValue(password: string, format: CredentialFormat, store: RedisCluster): string {
  switch (format) {
    case CredentialFormat.VOICE_JSON:
      return Fn.jsonencode({ password });
    case CredentialFormat.ORS_STREAM_JSON:
      return Fn.jsonencode({ password, port: String(store.port), rejectUnauthorized: 'true', servername: store.address });
    default:
      return password;
  }
}

function uniqueDatabases(server: PostgresServer): string[] {
  return [...new Set(server.databaseUses.map((d) => d.database))];
}
