import { ResourceLimits } from '../../core';
import { PostgresBinding, RedisBinding } from '../../datastores';

/** GES log levels (`configMap.env.log.level`, 001 §3.1). */
export enum GesLogLevel {
  /** Everything, including each callback's data. */
  TRACE = 'TRACE',
  /** Debugging detail; the chart's default. */
  DEBUG = 'DEBUG',
  /** Normal operation. */
  INFO = 'INFO',
  /** Warnings and worse. */
  WARN = 'WARN',
  /** Errors and worse. */
  ERROR = 'ERROR',
  /** Fatal errors only. */
  FATAL = 'FATAL',
}

/** Where GES reaches Genesys Authentication and GWS (`configMap.integrations.gws`, 001 §3.1). */
export interface GesGwsEndpoints {
  /**
   * The public-facing Genesys Authentication address (`gws.public_auth`), which the Callback UI
   * redirects browsers to, e.g. `https://gauth.example.com`.
   */
  readonly publicAuth: string;
  /** Authentication Service, `host:port` (`gws.auth`). @default - `gauth-auth.gauth:8095` (001 §2.4 #8) */
  readonly auth?: string;
  /** Environment Service, `host:port` (`gws.env`). @default - `gauth-environment.gauth:8091` (001 §2.4 #9) */
  readonly env?: string;
  /** GWS Configuration Service, `host:port` (`gws.conf`). @default - `gws-configuration.gws:8092` (001 §2.4 #10) */
  readonly conf?: string;
}

/** Autoscaling of GES; unset fields keep the guide's values. */
export interface GesAutoscalingProps {
  /** Fewest pods; at least two (001 §1.1). @default 2 */
  readonly minReplicas?: number;
  /** Most pods. @default 5 (001 §3.2) */
  readonly maxReplicas?: number;
  /** Target CPU utilisation, percent. @default 50 (001 §3.2) */
  readonly cpuUtilization?: number;
}

/**
 * The GES routes (001 §1.5), made by the chart (`ges.ingress.ingressext`, `ges.ingress.ingressint`):
 * the external one on `ges.<domain>`, forwarding only the allow-listed paths with the Contact Center
 * ID headers cleared, and the internal one on `ges-int.<domain>`. Both through ingress-nginx.
 */
export interface GesIngressOptions {
  /** DNS domain of the two hosts, e.g. `example.com` for `ges.example.com` and `ges-int.example.com`. */
  readonly domain: string;
  /**
   * Paths the external route forwards. Each must be one of the guide's allow-listed paths, and every
   * one of those must be there; the option exists so that a list copied from elsewhere is checked.
   *
   * @default - the guide's ten allow-listed paths
   */
  readonly externalPaths?: string[];
  /** Create the internal route too. @default true */
  readonly internalRoute?: boolean;
  /** Ingress class. @default 'nginx' */
  readonly ingressClassName?: string;
  /** cert-manager ClusterIssuer that issues the two TLS Secrets. @default - none: the Secrets exist */
  readonly clusterIssuer?: string;
  /**
   * Redirect plain HTTP to HTTPS on the external route. The guide's sample turns it off; the Callback
   * UI and the API key would then cross the internet unencrypted, so the library turns it on. Turn it
   * off when TLS ends in front of the ingress controller.
   *
   * @default true
   */
  readonly sslRedirect?: boolean;
  /**
   * Empty the `ccid` and `ContactCenterID` request headers on the external route (001 §1.5), with an
   * ingress-nginx `configuration-snippet`. The controller must allow snippet annotations; turn this
   * off only when a firewall in front does the same.
   *
   * @default true
   */
  readonly clearContactCenterHeaders?: boolean;
}

/**
 * Options of the Genesys Engagement Service other than its data stores: what
 * `EngagementServicesProps.ges` takes, which binds the stores itself.
 */
export interface GenesysEngagementServiceOptions {
  /** Image tag (`ges.deployment.image.version`), which must match the chart version you follow. */
  readonly version: string;
  /**
   * Chart version; the guide (001 §4.6): "Ensure that the version of GES and the Helm chart match".
   *
   * @default - the catalogue's, the vendor's published `chart.ver`
   */
  readonly chartVersion?: string;
  /** Image repository. @default 'genesys/ges' */
  readonly imageRepository?: string;
  /** Image registry. @default - the unit's */
  readonly imageRegistry?: string;
  /** Genesys Authentication and GWS endpoints. */
  readonly gws: GesGwsEndpoints;
  /**
   * The Consul data center of this region (`regionAffinity`, 001 §3.1, §4.2 step 8): ORS and URS
   * there are preferred. Give the `datacenter` of the unit's `ConsulSettings` (e.g. `us-east`), not
   * the cloud region; when the app has `ConsulSettings`, a name that is none of their datacenters
   * is an error.
   */
  readonly regionAffinity: string;
  /**
   * The Secret with the GWS client, keys `AUTHENTICATION-CLIENT-ID` and
   * `AUTHENTICATION-CLIENT-SECRET` (001 §3.3).
   *
   * @default 'gws-client-credentials'
   */
  readonly gwsClientSecretName?: string;
  /** Roles with DevOps permission in GES. @default - the guide's three Platform roles */
  readonly devopsAccessGroups?: string[];
  /**
   * Log level. The chart's default is DEBUG, which writes every callback's data (16 lines per
   * callback); the library defaults to INFO.
   *
   * @default GesLogLevel.INFO
   */
  readonly logLevel?: GesLogLevel;
  /** Autoscaling. @default - 2 to 5 pods at 50% CPU (001 §3.2) */
  readonly autoscaling?: GesAutoscalingProps;
  /** Requests and limits. @default - 500m/512Mi to 1250m/2048Mi (001 §1.4) */
  readonly resources?: ResourceLimits;
  /** The chart's external and internal routes. @default - none; GES is reached inside the cluster only */
  readonly ingress?: GesIngressOptions;
  /**
   * Your own values for the GES chart, deep-merged over those the library computes (arrays replace,
   * `null` removes a key), e.g. `{ ges: { configMap: { env: { log: { level: 'DEBUG' } } } } }`. A key
   * the chart does not take is a problem naming the key.
   *
   * @default - none
   */
  readonly values?: { [key: string]: any };
}

/** Options of the Genesys Engagement Service. */
export interface GenesysEngagementServiceProps extends GenesysEngagementServiceOptions {
  /**
   * GES's own Redis: a dedicated store (001 §4.2 step 2), e.g.
   * `gesRedis.bind('ges', 'ges-redis', GesSecrets.redis())`. Its credentials, when it needs them, are
   * key `REDIS-CACHEKEY` of the same Secret as the database credentials.
   */
  readonly redis: RedisBinding;
  /**
   * The Voice ORS Redis stream GES writes callbacks to (001 §2.1), e.g.
   * `voiceRedis.crossNamespaceBinding('redis-ors-stream', GesSecrets.orsStream())`. Its credentials
   * Secret holds the connection JSON (001 §3.3).
   */
  readonly orsRedis: RedisBinding;
  /**
   * GES's own database (001 §4.2 step 2), e.g. `pg.database({ database: 'ges', service: 'ges',
   * credentials: GesSecrets.database(), user: GesSecrets.databaseUser() })`: keys `DB-PASSWORD`
   * and `DB-USER` of one Secret (001 §3.3).
   */
  readonly postgres: PostgresBinding;
}
