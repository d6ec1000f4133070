import { CxContactComplianceProvider, CxContactProps } from './cx-contact-props';
import { CXC_COMPLIANCE_DATA, CXC_GWS_DEFAULTS, CXC_LOG_LEVEL } from '../../catalog/data/cx-contact-facts';
import { SecretEnv } from '../../core';
import { SecretReference } from '../../datastores';

/**
 * The configuration a CX Contact component receives. The guide gives the chart's values
 * (`redis.*`, `elasticsearch.*`, `gws.*`, `cxcontact.compliance_data.*`, 002 §3.2) but only one of
 * the variables the chart turns them into (`LIST_BUILDER_DATA_EMBEDDED_BASEPATH`); the others are
 * the values' names in upper snake case. Secrets are read by reference (`secretKeyRef`).
 */
export interface ComponentEnv {
  readonly config: Record<string, string>;
  readonly secrets: SecretEnv[];
}

function secret(name: string, ref: SecretReference): SecretEnv {
  return { name, secretName: ref.secretName, key: ref.key };
}

/** Settings every back-end component shares: the data stores, GWS, Configuration Server, logging. */
export function backendEnv(props: CxContactProps): ComponentEnv {
  const redis = props.redis;
  const es = elasticsearchParts(props.elasticsearch.url);
  const pg = props.postgres;
  const platform = props.gws.platformUrl ?? CXC_GWS_DEFAULTS.platform;
  const config: Record<string, string> = {
    LOG_LEVEL: CXC_LOG_LEVEL,
    LOG_TO_FILE: 'false',
    REDIS_ENABLED: 'true',
    REDIS_CLUSTER: String(redis.clusterMode),
    REDIS_NODES: `${redis.tls ? 'rediss' : 'redis'}://${redis.host}:${redis.port}`,
    REDIS_USE_TLS: String(redis.tls),
    REDIS_REQUIREPASS: String(redis.credentials !== undefined),
    ELASTICSEARCH_ENABLED: 'true',
    ELASTICSEARCH_HOST: es.host,
    ELASTICSEARCH_PORT: es.port,
    POSTGRES_HOST: pg.host,
    POSTGRES_PORT: String(pg.port),
    POSTGRES_DATABASE: pg.database,
    POSTGRES_TLS: String(pg.tls),
    ...gwsConfig(props),
    GWS_CORE_AUTH: props.gws.coreAuthUrl ?? CXC_GWS_DEFAULTS.coreAuth,
    GWS_CORE_ENVIRONMENT: props.gws.coreEnvironmentUrl ?? CXC_GWS_DEFAULTS.coreEnvironment,
    GWS_PLATFORM_OCS: platform,
    GWS_PLATFORM_CONFIGURATION: platform,
    GWS_PLATFORM_STATISTICS: platform,
    GWS_PLATFORM_SETTING: platform,
    GWS_PLATFORM_VOICE: platform,
  };
  const secrets = [
    secret('GWS_CLIENT_ID', props.gws.clientId),
    secret('GWS_CLIENT_SECRET', props.gws.clientSecret),
    secret('CONFIGSERVER_USER_NAME', props.configServer.userName),
    secret('CONFIGSERVER_USER_PASSWORD', props.configServer.password),
    secret('POSTGRES_PASSWORD', pg.credentials),
  ];
  if (redis.credentials) secrets.push(secret('REDIS_PASSWORD', redis.credentials));
  return { config, secrets };
}

/**
 * `elasticsearch.host` (scheme and host) and `elasticsearch.port` of a URL. A URL that does not parse
 * is passed through whole: `ElasticsearchCluster` reports it at synth, and nothing is thrown here.
 */
export function elasticsearchParts(url: string): { host: string; port: string } {
  const match = /^(https?):\/\/([^/:\s]+)(?::(\d+))?/.exec(url);
  if (!match) return { host: url, port: '' };
  return { host: `${match[1]}://${match[2]}`, port: match[3] ?? (match[1] === 'https' ? '443' : '80') };
}

/** The SSO redirect the UI and the back end both use. */
export function gwsConfig(props: CxContactProps): Record<string, string> {
  return {
    GWS_FRONTEND_HOST: props.gws.frontendUrl,
    GWS_FRONTEND_PORT: String(props.gws.frontendPort ?? CXC_GWS_DEFAULTS.frontendPort),
  };
}

/** List Builder's Compliance Data Provider settings (002 §3.2), which it alone reads (002 §2.3 #3). */
export function complianceEnv(props: CxContactProps): ComponentEnv {
  const cdp = props.complianceData ?? {};
  if ((cdp.provider ?? CxContactComplianceProvider.NEXT_GENERATION) === CxContactComplianceProvider.LEGACY) {
    return {
      config: {
        CDP_NG_URL: 'false',
        CDP_NG_GCLOUD_AUTH: 'false',
        LIST_BUILDER_DATA_EMBEDDED_BASEPATH: CXC_COMPLIANCE_DATA.legacyEmbeddedBasePath,
      },
      secrets: [],
    };
  }
  const rules = { ...CXC_COMPLIANCE_DATA.ruleSet, ...cdp.ruleSet };
  const config: Record<string, string> = {
    CDP_NG_URL: cdp.url ?? CXC_COMPLIANCE_DATA.ngUrl,
    CDP_NG_GCLOUD_AUTH: cdp.authUrl ?? CXC_COMPLIANCE_DATA.ngAuthUrl,
    LIST_BUILDER_DATA_EMBEDDED_BASEPATH: CXC_COMPLIANCE_DATA.ngEmbeddedBasePath,
  };
  for (const [set, countries] of Object.entries(rules)) config[`CDP_NG_RULE_SET_${set.toUpperCase()}`] = countries;
  const secrets: SecretEnv[] = [];
  if (cdp.clientId) secrets.push(secret('CDP_NG_GCLOUD_ID', cdp.clientId));
  if (cdp.clientSecret) secrets.push(secret('CDP_NG_GCLOUD_SECRET', cdp.clientSecret));
  return { config, secrets };
}

/** Dial Manager's Nexus settings. */
export function nexusEnv(props: CxContactProps): ComponentEnv {
  const nexus = props.nexus;
  if (!nexus) return { config: {}, secrets: [] };
  return {
    config: { DIAL_MANAGER_ENABLED: 'true', NEXUS_HOST: nexus.host, NEXUS_PORT: String(nexus.port) },
    secrets: [secret('NEXUS_API_KEY', nexus.apiKey)],
  };
}
