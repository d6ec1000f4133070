import { PostgresqlFlexibleServer } from '@cdktf/provider-azurerm/lib/postgresql-flexible-server';
import { PostgresqlFlexibleServerDatabase } from '@cdktf/provider-azurerm/lib/postgresql-flexible-server-database';
import { RedisCache } from '@cdktf/provider-azurerm/lib/redis-cache';
import { DnsRecordSet } from '@cdktf/provider-google/lib/dns-record-set';
import { RedisCluster as MemorystoreCluster } from '@cdktf/provider-google/lib/redis-cluster';
import { SqlDatabase } from '@cdktf/provider-google/lib/sql-database';
import { SqlDatabaseInstance } from '@cdktf/provider-google/lib/sql-database-instance';
import { SqlUser } from '@cdktf/provider-google/lib/sql-user';
import { Password } from '@cdktf/provider-random/lib/password';
import { Fn } from 'cdktf';
import { Construct } from 'constructs';
import { CredentialFormat, PostgresServer, RedisCluster } from '../datastores';

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

/**
 * Azure Cache for Redis for a `RedisCluster.managed` store: Premium, clustered with the store's
 * shards and replicas, TLS only (port 6380), Redis 6, across zones (003 §1.11).
 */
export function azureRedis(scope: Construct, store: RedisCluster, resourceGroupName: string, location: string): StoreCredentials {
  const cache = new RedisCache(scope, `redis-${store.node.id}`, {
    name: store.managedName!,
    resourceGroupName,
    location,
    skuName: 'Premium',
    family: 'P',
    capacity: 1,
    shardCount: store.shards,
    replicasPerMaster: store.replicasPerShard,
    nonSslPortEnabled: false,
    minimumTlsVersion: '1.2',
    redisVersion: '6',
    zones: ['1', '2', '3'],
  });
  return { redisPassword: cache.primaryAccessKey };
}

/** Azure Database for PostgreSQL flexible server for a `PostgresServer.managed` server, zone-redundant, with its databases. */
export function azurePostgres(scope: Construct, server: PostgresServer, resourceGroupName: string, location: string): StoreCredentials {
  const password = new Password(scope, `postgres-${server.node.id}-password`, { length: 32, special: false });
  const flexible = new PostgresqlFlexibleServer(scope, `postgres-${server.node.id}`, {
    name: server.managedName!,
    resourceGroupName,
    location,
    version: server.version.split('.')[0],
    administratorLogin: ADMIN,
    administratorPassword: password.result,
    skuName: 'GP_Standard_D2ds_v5',
    storageMb: 131072,
    zone: '1',
    highAvailability: { mode: 'ZoneRedundant', standbyAvailabilityZone: '2' },
  });
  for (const db of uniqueDatabases(server)) {
    new PostgresqlFlexibleServerDatabase(scope, `postgres-${server.node.id}-${db}`, { name: db, serverId: flexible.id });
  }
  return { postgresPassword: password.result, postgresUser: ADMIN };
}

/**
 * Memorystore for Redis Cluster for a `RedisCluster.managed` store, with TLS (server
 * authentication), and an A record in the unit's private zone that the manifests use.
 */
export function gcpRedis(scope: Construct, store: RedisCluster, region: string, networkId: string, zoneName: string, host: string): StoreCredentials {
  const cluster = new MemorystoreCluster(scope, `redis-${store.node.id}`, {
    name: store.managedName!,
    region,
    shardCount: store.shards,
    replicaCount: store.replicasPerShard,
    transitEncryptionMode: 'TRANSIT_ENCRYPTION_MODE_SERVER_AUTHENTICATION',
    // Memorystore for Redis Cluster authenticates with IAM or not at all; the Genesys services use
    // passwords, so access is limited to the VPC and the password is empty.
    authorizationMode: 'AUTH_MODE_DISABLED',
    pscConfigs: [{ network: networkId }],
  });
  new DnsRecordSet(scope, `redis-${store.node.id}-dns`, {
    name: `${host}.`,
    managedZone: zoneName,
    type: 'A',
    ttl: 300,
    rrdatas: [cluster.discoveryEndpoints.get(0).address],
  });
  return { redisPassword: '' };
}

/** Cloud SQL for PostgreSQL for a `PostgresServer.managed` server: regional, private IP, TLS only, with its databases. */
export function gcpPostgres(
  scope: Construct,
  server: PostgresServer,
  region: string,
  networkId: string,
  zoneName: string,
  host: string,
): StoreCredentials {
  const password = new Password(scope, `postgres-${server.node.id}-password`, { length: 32, special: false });
  const instance = new SqlDatabaseInstance(scope, `postgres-${server.node.id}`, {
    name: server.managedName!,
    region,
    databaseVersion: `POSTGRES_${server.version.split('.')[0]}`,
    deletionProtection: true,
    settings: {
      tier: 'db-custom-2-7680',
      availabilityType: 'REGIONAL',
      ipConfiguration: { ipv4Enabled: false, privateNetwork: networkId, sslMode: 'ENCRYPTED_ONLY' },
    },
  });
  new SqlUser(scope, `postgres-${server.node.id}-user`, { name: ADMIN, instance: instance.name, password: password.result });
  for (const db of uniqueDatabases(server)) {
    new SqlDatabase(scope, `postgres-${server.node.id}-${db}`, { name: db, instance: instance.name });
  }
  new DnsRecordSet(scope, `postgres-${server.node.id}-dns`, { name: `${host}.`, managedZone: zoneName, type: 'A', ttl: 300, rrdatas: [instance.privateIpAddress] });
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
