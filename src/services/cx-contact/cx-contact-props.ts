import { StorageRole } from '../../catalog';
import { ElasticsearchBinding, PostgresBinding, RedisBinding, SecretReference } from '../../datastores';
import { Platform } from '../../platform';

/** The GWS client and the GWS and Genesys Authentication endpoints CX Contact uses (002 §3.2, §3.3). */
export interface CxContactGwsOptions {
  /** The external Genesys Authentication URL CX Contact redirects to at login (`gws.frontend_host`), e.g. `https://gauth.example.com`. */
  readonly frontendUrl: string;
  /** Its port (`gws.frontend_port`). @default 443 */
  readonly frontendPort?: number;
  /** The GWS client id (`gws.client_id`). */
  readonly clientId: SecretReference;
  /** The GWS client secret (`gws.client_secret`). */
  readonly clientSecret: SecretReference;
  /** Authentication Service (`gws.core.auth.host` and `.port`), as `<scheme>://<host>:<port>`. @default 'http://gauth-auth.gauth:80' */
  readonly coreAuthUrl?: string;
  /** Environment Service (`gws.core.environment.*`), as `<scheme>://<host>:<port>`. @default 'http://gauth-environment.gauth:80' */
  readonly coreEnvironmentUrl?: string;
  /** GWS services (`gws.platform.ocs`, `configuration`, `statistics`, `setting`, `voice`), as `<scheme>://<host>:<port>`. @default 'http://gws-service-proxy.gws:80' */
  readonly platformUrl?: string;
}

/** The system account of CX Contact in Configuration Server (`configserver.user_name`, `user_password`). */
export interface CxContactConfigServerCredentials {
  /** User name. */
  readonly userName: SecretReference;
  /** Password; also the password of each provisioned tenant's test user (002 §4.2). */
  readonly password: SecretReference;
}

/** Which Compliance Data Provider List Builder uses (002 §3.2). */
export enum CxContactComplianceProvider {
  /** CDP Next Generation, the default since CX Contact 9.0.025; needs an id and a secret from Genesys Customer Care. */
  NEXT_GENERATION = 'ng',
  /** The legacy provider. */
  LEGACY = 'legacy',
}

/** Compliance Data Provider settings (`cxcontact.compliance_data`, 002 §3.2). */
export interface CxContactComplianceDataOptions {
  /** The provider. @default CxContactComplianceProvider.NEXT_GENERATION */
  readonly provider?: CxContactComplianceProvider;
  /** CDP NG client id (`cdp_ng.gcloud_id`); required for CDP NG. @default - none */
  readonly clientId?: SecretReference;
  /** CDP NG client secret (`cdp_ng.gcloud_secret`); required for CDP NG. @default - none */
  readonly clientSecret?: SecretReference;
  /** CDP NG API URL. @default 'https://api.usw2.pure.cloud/api/v2/outbound/compliancedata' */
  readonly url?: string;
  /** CDP NG token URL. @default 'https://login.usw2.pure.cloud/oauth/token' */
  readonly authUrl?: string;
  /** Countries per rule set (`areacode`, `geo`, `postal`, `dnc`). @default - the guide's */
  readonly ruleSet?: Record<string, string>;
}

/** Nexus, for SMS and email through Dial Manager (002 §3.2 `cxcontact.override.dial-manager`). */
export interface CxContactNexusOptions {
  /** Nexus host. */
  readonly host: string;
  /** Nexus port. */
  readonly port: number;
  /** The Nexus API key ("required"). */
  readonly apiKey: SecretReference;
}

/** The shared ReadWriteMany volume (002 §1.2). */
export interface CxContactStorageOptions {
  /** Requested size. @default '100Gi' (the guide's recommended minimum) */
  readonly size?: string;
  /** Which of the platform's storage classes to use; it must be ReadWriteMany. @default StorageRole.RWX_REDUNDANT */
  readonly storageRole?: StorageRole;
}

/**
 * The chart's CX Contact ingresses (002 §1.3 `ingress.*`, `internal_ingress.*`): the frontend one for
 * the Web UI and the API, with ingress-nginx cookie stickiness, and the internal one for OCS, GWS and
 * Designer.
 */
export interface CxContactIngressOptions {
  /** DNS domain: the hosts are `cxc.<domain>` and `cxc-int.<domain>`. */
  readonly domain: string;
  /** Create the internal ingress; without it every endpoint is on the frontend host. @default true */
  readonly internalIngress?: boolean;
  /**
   * TLS Secret of the frontend host. Chrome needs the session cookie's Secure flag, so the guide
   * recommends TLS on the ingress.
   *
   * @default 'cxc-tls'
   */
  readonly tlsSecretName?: string;
  /** cert-manager ClusterIssuer that issues the TLS Secret. @default - none: the Secret exists */
  readonly clusterIssuer?: string;
}

/** One tenant to provision (`tenant_provisioning.tenants[]`, 002 §4.2). */
export interface CxContactTenantProps {
  /** The tenant's UUID; its Configuration Server is `tenant-<uuid>.voice.svc.cluster.local`. */
  readonly tenantId: string;
  /** Short tenant name, unique (`short_tenant_name`, e.g. `ten100`). */
  readonly shortTenantName: string;
  /** Customer name, unique (`customer_name`, e.g. `Tenant100`). */
  readonly customerName: string;
  /** Login domain, unique (`domain`, e.g. `t100`). */
  readonly domain: string;
  /** Password of the Configuration Server user that creates the environment. */
  readonly configServerPassword: SecretReference;
  /** That user, which must exist. @default 'default' */
  readonly configServerUser?: string;
  /** Configuration Server location, as GWS's `GWS_CONFIGURATION_COMMON_LOCATION`. @default '/USW1' */
  readonly location?: string;
  /** Create the GWS environment when it does not exist. @default true */
  readonly createEnvironment?: boolean;
  /** Backup Configuration Server host. @default - none */
  readonly backupHost?: string;
  /** Backup Configuration Server port. @default - none */
  readonly backupPort?: number;
  /** GWS server application. @default 'CloudCluster' */
  readonly serverAppName?: string;
  /** GWS client application. @default 'Cloud' */
  readonly clientAppName?: string;
  /** Outbound Contact Server application. @default 'OCS' */
  readonly ocsName?: string;
  /** Database Access Point application. @default 'OCSDAP' */
  readonly ocsDapName?: string;
  /** Set the options CX Contact needs on the OCS and CloudCluster applications. @default true */
  readonly updateAppOptions?: boolean;
}

/** Tenant provisioning by the chart (`tenant_provisioning.*`): one Job `cxc-provisioning-<index>` per tenant (002 §4.2). */
export interface CxContactProvisioningOptions {
  /** The tenants, in order; the index names the Job. */
  readonly tenants: CxContactTenantProps[];
  /** GWS basic-auth user (`gws_basic_auth_user`). */
  readonly gwsBasicAuthUser: SecretReference;
  /** GWS basic-auth password (`gws_basic_auth_pass`). */
  readonly gwsBasicAuthPassword: SecretReference;
}

/**
 * Options of CX Contact other than the unit's platform and its data stores: what
 * `EngagementServicesProps.cxContact` takes, which binds the stores itself.
 */
export interface CxContactOptions {
  /**
   * Image tags by the chart's component keys (`cxc-amark-app`, `cxc-amark-ui`, `cxc-campaign-manager`,
   * `cxc-compliance`, `cxc-dial-manager`, `cxc-job-scheduler`, `cxc-list-builder`, `cxc-list-manager`).
   *
   * @default - the chart's own tags ("Will take default versions from Helm chart")
   */
  readonly imageTags?: { [component: string]: string };
  /** Chart version of the `cxcontact` chart. @default - the catalogue's, the vendor's published `chart.ver` */
  readonly chartVersion?: string;
  /**
   * Image registry, as the chart's `image.registry`.
   *
   * @default - the unit's, followed by `/cxcontact` as in the vendor's values
   */
  readonly imageRegistry?: string;
  /** GWS client and endpoints. */
  readonly gws: CxContactGwsOptions;
  /** The Configuration Server system account. */
  readonly configServer: CxContactConfigServerCredentials;
  /** Compliance Data Provider; CDP NG needs its credentials. @default - none, which is an error for CDP NG */
  readonly complianceData?: CxContactComplianceDataOptions;
  /** Nexus; Dial Manager runs only with it (the "7 components" case without). @default - no Nexus, no Dial Manager */
  readonly nexus?: CxContactNexusOptions;
  /** The shared volume, which the chart creates. @default - 100Gi on the platform's zone-redundant ReadWriteMany class */
  readonly storage?: CxContactStorageOptions;
  /** Pods of every component (`cxcontact.replicas`). @default 2 (002 §3.3) */
  readonly replicas?: number;
  /** The chart's ingresses. @default - none */
  readonly ingress?: CxContactIngressOptions;
  /** Tenant provisioning by the chart. @default - none */
  readonly provisioning?: CxContactProvisioningOptions;
  /**
   * Your own values for the `cxcontact` chart, deep-merged over those the library computes (arrays
   * replace, `null` removes a key). A key the chart does not take is a problem naming the key.
   *
   * @default - none
   */
  readonly values?: { [key: string]: any };
}

/** Options of CX Contact. */
export interface CxContactProps extends CxContactOptions {
  /** The unit's platform: decides the storage class of the shared volume. */
  readonly platform: Platform;
  /** Redis, for user sessions and dialling history: `cxcRedis.bind('cxc', ...)`, with TLS (002 §2.1). */
  readonly redis: RedisBinding;
  /** Elasticsearch, over https (002 §2.1): `elasticsearch.bind('cxc')`. */
  readonly elasticsearch: ElasticsearchBinding;
  /**
   * PostgreSQL, for contact and suppression lists (002 §2.3 #7), with TLS. The chart documents no
   * PostgreSQL value; the binding provisions the database and is checked for TLS.
   */
  readonly postgres: PostgresBinding;
}
