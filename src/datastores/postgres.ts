import { Construct } from 'constructs';
import { Catalog } from '../catalog';
import { DATA_STORE_REQUIREMENTS, POSTGRES_DEFAULT_PORT } from '../catalog/data/data-stores';
import { nameProblem } from '../catalog/naming';
import { ClusterChart, addChecks, problem } from '../core';
import { Platform } from '../platform';
import { SecretReference } from './secret-reference';
import { isHost, majorVersion } from './versions';
import { checkProps } from '../core/check-props';

/** What a service receives to reach its database. */
export interface PostgresBinding {
  /** Server host. */
  readonly host: string;
  /** Server port. */
  readonly port: number;
  /** Database name. */
  readonly database: string;
  /** True when connections use TLS. */
  readonly tls: boolean;
  /** The Secret key with the credentials. */
  readonly credentials: SecretReference;
  /** The Secret key with the user name, when the service reads it from a Secret. @default - none */
  readonly user?: SecretReference;
}

/** A PostgreSQL server, dedicated to one service or shared by several. */
export interface PostgresServerProps {
  /** Host name or IPv4 address. */
  readonly address: string;
  /** Port. @default 5432 */
  readonly port?: number;
  /** PostgreSQL version, e.g. `11.19` or `14`. The guides require 11.x or later (003 §3.3). */
  readonly version: string;
  /** TLS on connections. @default true */
  readonly tls?: boolean;
  /** The cloud resource name, when the Terraform provisions the server (use `PostgresServer.managed`). @default - not provisioned */
  readonly managedName?: string;
}

/** A PostgreSQL server the Terraform provisions: Azure Database for PostgreSQL flexible server or Cloud SQL. */
export interface ManagedPostgresProps {
  /**
   * The platform of the unit the server is in (`unit.platform`): decides the cloud service and the
   * host name. Another platform than the unit's is an error.
   */
  readonly platform: Platform;
  /** Name of the cloud resource, a DNS label, e.g. `acme-us-east-pg`. */
  readonly name: string;
  /** PostgreSQL major version. @default '14' */
  readonly version?: string;
}

/** What a database is for: which service, and which tenant when the service is per tenant. */
export interface PostgresDatabaseOptions {
  /** Database name, as the service's guide names it. */
  readonly database: string;
  /**
   * Catalogue id of the service that owns the database: it decides the namespace the credentials
   * Secret must be in. E.g. `tenant` (Tenant Service), `ges`, `cxc-list-manager` (CX Contact),
   * `ixn` (Interaction Server); `Catalog.services()` lists every id.
   */
  readonly service: string;
  /**
   * The tenant whose data the database holds, by short id (e.g. `t100`), for per-tenant services;
   * two tenants on one database are an error (003 §1.11).
   *
   * @default - shared across tenants
   */
  readonly tenant?: string;
  /** The Secret key with the credentials, in the service's namespace. */
  readonly credentials: SecretReference;
  /**
   * The Secret key with the user name the service logs in as, in the service's namespace (GES:
   * `GesSecrets.databaseUser()`). For a server the Terraform provisions, the Terraform writes the
   * server's login there, as it writes the password into `credentials`.
   *
   * @default - the service reads no user name from a Secret
   */
  readonly user?: SecretReference;
}

/** A database on a server and where its credentials Secret must exist. */
export interface PostgresDatabaseUse {
  /** Database name. */
  readonly database: string;
  /** Namespace of the owning service. */
  readonly namespace: string;
  /** The credentials Secret and key. */
  readonly credentials: SecretReference;
  /** The Secret and key with the user name, if the service reads one. */
  readonly user?: SecretReference;
  /** The short id of the tenant whose data it holds, for a per-tenant database. */
  readonly tenant?: string;
}

/**
 * A PostgreSQL server. A server may be dedicated or shared, but "each service creates its own
 * databases" and "tenant data is never shared" (003 §1.11): two services, or two tenants, on one
 * database are errors.
 */
export class PostgresServer extends Construct {
  /**
   * A server the Terraform provisions; its host name is known before it exists (`Platform.managedHost`).
   *
   * @param scope the unit
   * @param id construct id
   * @param props options
   */
  public static managed(scope: Construct, id: string, props: ManagedPostgresProps): PostgresServer {
    checkProps(scope, 'ManagedPostgresProps', props, id);
    const cluster = ClusterChart.enclosing(scope);
    return new PostgresServer(scope, id, {
      address: props.platform.managedHost('postgres', props.name, cluster.clusterId, cluster.unitGroup ?? 'default'),
      version: props.version ?? '14',
      managedName: props.name,
    });
  }

  /** Host. */
  public readonly address: string;
  /** Port. */
  public readonly port: number;
  /** TLS on connections. */
  public readonly tls: boolean;
  /** Set when the Terraform provisions the server: its cloud resource name. */
  public readonly managedName?: string;
  /** PostgreSQL version. */
  public readonly version: string;
  private readonly databases: PostgresDatabaseOptions[] = [];

  /**
   * @param scope the unit
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: PostgresServerProps) {
    checkProps(scope, 'PostgresServerProps', props, id);
    super(scope, id);
    this.address = props.address;
    this.port = props.port ?? POSTGRES_DEFAULT_PORT;
    this.tls = props.tls ?? true;
    this.managedName = props.managedName;
    this.version = props.version;
    addChecks(this, () => this.check(id, props));
  }

  /** A database on this server for one service (and tenant). */
  public database(options: PostgresDatabaseOptions): PostgresBinding {
    checkProps(this, 'PostgresDatabaseOptions', options);
    this.databases.push(options);
    return { host: this.address, port: this.port, database: options.database, tls: this.tls, credentials: options.credentials, user: options.user };
  }

  /** The databases on this server, with the namespace of the service that owns each. */
  public get databaseUses(): PostgresDatabaseUse[] {
    return this.databases.map((d) => ({
      database: d.database,
      namespace: Catalog.service(d.service).namespace,
      credentials: d.credentials,
      user: d.user,
      tenant: d.tenant,
    }));
  }

  private check(id: string, props: PostgresServerProps): string[] {
    const req = DATA_STORE_REQUIREMENTS.postgres;
    const found: string[] = [];
    const major = majorVersion(props.version);
    if (major === undefined || major < req.minMajorVersion) {
      found.push(problem(`PostgreSQL "${id}": version ${props.version} is older than 11.x, which private edition requires`, 'use PostgreSQL 11 or later', req.source));
    }
    // A server the Terraform provisions has a host made from its name; the unit checks that name (cloud naming rules).
    if (!props.managedName && !isHost(props.address)) {
      found.push(problem(`PostgreSQL "${id}": address "${props.address}" is not an IPv4 address or host name`, 'give the server host, without scheme or port'));
    }
    for (const db of this.databases.filter((d) => d.user && d.user.secretName === d.credentials.secretName && d.user.key === d.credentials.key)) {
      found.push(
        problem(
          `PostgreSQL "${id}": database "${db.database}" reads the user name and the password from the same key "${db.credentials.key}" of Secret "${db.credentials.secretName}"`,
          'give the user name its own key, e.g. user: SecretReference.of(secret, \'user\') beside credentials: SecretReference.of(secret, \'password\')',
        ),
      );
    }
    for (const db of this.databases) {
      const wrong = nameProblem('postgres-database', db.database, `PostgreSQL "${id}": database of ${db.service}`);
      if (wrong) found.push(wrong);
    }
    const byName = new Map<string, PostgresDatabaseOptions[]>();
    for (const db of this.databases) byName.set(db.database, [...(byName.get(db.database) ?? []), db]);
    for (const [name, uses] of byName) {
      const services = [...new Set(uses.map((u) => u.service))];
      const tenants = [...new Set(uses.map((u) => u.tenant ?? '(shared)'))];
      if (services.length > 1) {
        found.push(problem(`PostgreSQL "${id}": database "${name}" is used by ${services.join(' and ')}; each service creates its own databases`, 'give each service its own database name', '003 §1.11'));
      } else if (tenants.length > 1) {
        found.push(problem(`PostgreSQL "${id}": database "${name}" holds data of tenants ${tenants.join(' and ')}; tenant data is never shared`, 'give each tenant its own database', '003 §1.11'));
      }
    }
    return found;
  }
}
