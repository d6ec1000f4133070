import { GenesysEngagementServiceProps, GesLogLevel } from './ges-props';
import { Catalog, ServiceInfo } from '../../catalog';
import { GES_CONFIG_DEFAULTS, GES_CONFIG_KEYS, GES_ENDPOINTS, GES_SECRETS, GesSecretFact } from '../../catalog/data/ges-facts';
import { ServiceVolume, VolumeMountSpec } from '../../core';

/** What the GES pod is configured with: ConfigMap entries, and the three Secret folders. */
export interface GesWiring {
  readonly config: Record<string, string>;
  readonly volumes: ServiceVolume[];
  readonly mounts: VolumeMountSpec[];
}

/**
 * `host:port` of a service GES calls, from the GES connection table (001 §2.4): the row from `ges`
 * to `serviceId` gives the port, the catalogue the namespace.
 */
export function gesPeer(serviceId: string): string {
  const row = Catalog.connections('001 §2.4').find((r) => r.from.id === 'ges' && r.to.id === serviceId);
  if (!row) throw new Error(`GES connection table has no row to ${serviceId}`);
  return `${serviceId}.${Catalog.service(serviceId).namespace}:${row.ports[0]}`;
}

/** The three Secrets GES reads, as mounted here: the infra Secret is the one the database binding names. */
export function gesSecretFolders(props: GenesysEngagementServiceProps): Array<GesSecretFact & { actualName: string }> {
  return [
    { ...GES_SECRETS.infra, actualName: props.postgres.credentials.secretName },
    { ...GES_SECRETS.orsStream, actualName: props.orsRedis.credentials?.secretName ?? GES_SECRETS.orsStream.secretName },
    { ...GES_SECRETS.gwsClient, actualName: props.gwsClientSecretName ?? GES_SECRETS.gwsClient.secretName },
  ];
}

/**
 * The ConfigMap entries (the chart's `configMap.env` and `configMap.integrations`, 001 §3.1) and the
 * three Secrets mounted whole at the folders `secrets.configFolders` lists (001 §3.2, §3.3).
 */
export function gesWiring(info: ServiceInfo, serviceName: string, props: GenesysEngagementServiceProps): GesWiring {
  const port = (name: string) => String(info.ports.find((p) => p.name === name)!.port);
  const folders = gesSecretFolders(props);
  const k = GES_CONFIG_KEYS;
  const ors = props.orsRedis;
  const config: Record<string, string> = {
    [k.internalPort]: port(GES_ENDPOINTS.portName),
    [k.externalPort]: port(GES_ENDPOINTS.externalPortName),
    [k.internalUrl]: `${serviceName}.${info.namespace}`,
    [k.regionAffinity]: props.regionAffinity,
    [k.devopsAccessGroups]: props.devopsAccessGroups?.join(',') ?? GES_CONFIG_DEFAULTS.devopsAccessGroups,
    [k.logLevel]: props.logLevel ?? GesLogLevel.INFO,
    [k.logMaxLength]: String(GES_CONFIG_DEFAULTS.logMaxLength),
    [k.redisHost]: props.redis.host,
    [k.redisPort]: String(props.redis.port),
    [k.redisSecure]: String(props.redis.tls),
    [k.dbHost]: props.postgres.host,
    [k.dbPort]: String(props.postgres.port),
    [k.dbName]: props.postgres.database,
    [k.dbSecure]: String(props.postgres.tls),
    [k.gwsAuth]: props.gws.auth ?? gesPeer('gauth-auth'),
    [k.gwsEnv]: props.gws.env ?? gesPeer('gauth-environment'),
    [k.gwsConf]: props.gws.conf ?? gesPeer('gws-configuration'),
    [k.gwsPublicAuth]: props.gws.publicAuth,
    [k.vmcsRedisHost]: ors.host,
    [k.vmcsRedisPort]: String(ors.port),
    [k.vmcsRedisClusterMode]: String(ors.clusterMode),
    [k.vmcsRedisStreamName]: GES_CONFIG_DEFAULTS.redisStreamName,
    [k.vmcsOrsRedisLocation]: `${ors.host}:${ors.port}`,
    [k.configFolders]: folders.map((f) => f.mountPath).join(','),
  };
  return {
    config,
    volumes: folders.map((f) => ServiceVolume.fromSecret(f.volumeName, f.actualName)),
    mounts: folders.map((f) => ({ volume: f.volumeName, mountPath: f.mountPath, readOnly: true })),
  };
}
