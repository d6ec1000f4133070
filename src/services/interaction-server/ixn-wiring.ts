import { InteractionServerProps } from './interaction-server-props';
import { ixnSid } from './ixn-names';
import { Catalog } from '../../catalog';
import { IXN_CONSUL, IXN_DATABASES, IXN_LOG_STORAGE, IXN_SECRETS } from '../../catalog/data/interaction-server-facts';
import { ServiceVolume, VolumeMountSpec } from '../../core';
import { SecretReference } from '../../datastores';

/** Volume names inside the pods: the sample's for Redis and Kafka, the library's for the rest. */
export const IXN_VOLUMES = {
  redis: IXN_SECRETS.redisSecretName,
  kafka: IXN_SECRETS.kafkaSecretName,
  serverDb: 'ixn-db-secret',
  nodeDb: 'ixn-node-db-secret',
  logs: IXN_LOG_STORAGE.volumeName,
  logSidecarConfig: 'log-sidecar-config',
} as const;

/** The Kafka credentials in namespace `ixn`. */
export function kafkaCredentials(props: InteractionServerProps): SecretReference {
  return props.kafkaCredentials ?? SecretReference.of(IXN_SECRETS.kafkaSecretName, IXN_SECRETS.kafkaSecretKey);
}

/** A catalogue port number by name. */
export function ixnPort(serviceId: string, name: string): number {
  return Catalog.service(serviceId).ports.find((p) => p.name === name)!.port;
}

/**
 * Settings of the Interaction Server pod (the chart's `tenant.*`, `ixnService.ixnServer.*` and
 * `ixnService.ixnNode.*` values, 004 §3.1, §3.2). The guide names the values, not the variables the
 * chart turns them into; these keys are the values' paths in upper snake case.
 */
export function serverPodConfig(props: InteractionServerProps): Record<string, string> {
  const server = props.serverPostgres;
  const node = props.nodePostgres;
  const redis = props.orsRedis;
  const consulTls = props.consulAgentTls ?? true;
  return {
    TENANT_ID: props.tenantId,
    TENANT_SID: ixnSid(props.tenantShortId),
    IXN_SERVER_PORTS_DEFAULT: String(ixnPort('ixn', 'server-default')),
    IXN_SERVER_PORTS_HEALTH: String(ixnPort('ixn', 'server-health')),
    IXN_SERVER_CONF_SERVER_HOST: IXN_CONSUL.upstreamHost,
    IXN_SERVER_CONF_SERVER_PORT: String(IXN_CONSUL.configServerLocalPort),
    IXN_SERVER_CONF_SERVER_APP_NAME: IXN_CONSUL.configServerAppName,
    IXN_SERVER_DB_ENGINE: IXN_DATABASES.engine,
    IXN_SERVER_DB_HOST: server.host,
    IXN_SERVER_DB_PORT: String(server.port),
    IXN_SERVER_DB_NAME: server.database,
    IXN_SERVER_DB_TLS: String(server.tls),
    IXN_SERVER_DB_CONNECTION_STRING: IXN_DATABASES.connectionString,
    IXN_SERVER_DBINIT_ENABLED: 'true',
    IXN_NODE_PORTS_DEFAULT: String(ixnPort('ixn', 'node-default')),
    IXN_NODE_CONFIG_NODE_HOST: IXN_CONSUL.upstreamHost,
    IXN_NODE_CONFIG_NODE_PORT: String(IXN_CONSUL.configNodeLocalPort),
    IXN_NODE_CONSUL_PORT: String(consulTls ? IXN_CONSUL.agentTlsPort : IXN_CONSUL.agentPort),
    IXN_NODE_CONSUL_SSL_MODE: String(consulTls),
    IXN_NODE_DB_HOST: node.host,
    IXN_NODE_DB_PORT: String(node.port),
    IXN_NODE_DB_NAME: node.database,
    IXN_NODE_DB_SSL: String(node.tls),
    IXN_NODE_DB_KEEP_ALIVE: String(IXN_DATABASES.nodeKeepAlive),
    IXN_NODE_DB_KEEP_ALIVE_INITIAL_DELAY_MILLIS: String(IXN_DATABASES.nodeKeepAliveInitialDelayMillis),
    IXN_NODE_DBINIT_ENABLED: 'true',
    IXN_NODE_STORING_SESSIONS_ENABLED: 'true',
    IXN_NODE_REDIS_HOST: redis.host,
    IXN_NODE_REDIS_PORT: String(redis.port),
    IXN_NODE_REDIS_IS_REDIS_CLUSTER: String(redis.clusterMode),
    IXN_NODE_REDIS_TLS_ENABLED: String(redis.tls),
    // Verify the server's certificate whenever TLS is on.
    IXN_NODE_REDIS_TLS_REJECT_UNAUTHORIZED: String(redis.tls),
  };
}

/** Settings of the VQ Node pod (`ixnVQNode.*`). */
export function vqNodePodConfig(props: InteractionServerProps): Record<string, string> {
  return {
    TENANT_ID: props.tenantId,
    TENANT_SID: ixnSid(props.tenantShortId),
    IXN_VQNODE_PORTS_DEFAULT: String(ixnPort('ixn-vqnode', 'vqnode-default')),
    IXN_VQNODE_PORTS_HEALTH: String(ixnPort('ixn-vqnode', 'vqnode-health')),
  };
}

/** The Interaction Server pod's volumes: the Secrets by reference, the log folder, the sidecar's configuration. */
export function serverPodVolumes(props: InteractionServerProps): ServiceVolume[] {
  const volumes = [
    ServiceVolume.fromSecret(IXN_VOLUMES.redis, props.orsRedis.credentials?.secretName ?? IXN_SECRETS.redisSecretName),
    ServiceVolume.fromSecret(IXN_VOLUMES.kafka, kafkaCredentials(props).secretName),
    ServiceVolume.fromSecret(IXN_VOLUMES.serverDb, props.serverPostgres.credentials.secretName),
    ServiceVolume.fromSecret(IXN_VOLUMES.nodeDb, props.nodePostgres.credentials.secretName),
    ServiceVolume.fromEmptyDir(IXN_VOLUMES.logs),
  ];
  if (props.logSidecar) volumes.push(ServiceVolume.fromConfigMap(IXN_VOLUMES.logSidecarConfig, props.logSidecar.configMapName));
  return volumes;
}

/** IXN Server's mounts: Kafka (the sample's path), its database credentials, its log folder. */
export function serverMounts(): VolumeMountSpec[] {
  return [
    { volume: IXN_VOLUMES.kafka, mountPath: IXN_SECRETS.kafkaMountPath },
    { volume: IXN_VOLUMES.serverDb, mountPath: IXN_SECRETS.serverDbMountPath },
    { volume: IXN_VOLUMES.logs, mountPath: IXN_LOG_STORAGE.mountPath },
  ];
}

/** IXN Node's mounts: the ORS Redis Secret (the sample's path) and its database credentials. */
export function nodeMounts(): VolumeMountSpec[] {
  return [
    { volume: IXN_VOLUMES.redis, mountPath: IXN_SECRETS.redisMountPath },
    { volume: IXN_VOLUMES.nodeDb, mountPath: IXN_SECRETS.nodeDbMountPath },
  ];
}
