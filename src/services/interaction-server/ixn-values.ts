import { InteractionServerProps } from './interaction-server-props';
import { IXN_IDS, IxnNames, ixnSid } from './ixn-names';
import { Catalog } from '../../catalog';
import {
  IXN_CONSUL,
  IXN_CONTAINERS,
  IXN_DATABASES,
  IXN_JVM_OPTIONS,
  IXN_LOG_SIDECAR_TAG,
  IXN_LOG_STORAGE,
  IXN_REPLICAS,
  IXN_SECRETS,
  IxnResourcesFact,
} from '../../catalog/data/interaction-server-facts';
import { ChartContext } from '../../charts/chart-context';
import { ResourceLimits } from '../../core';
import { SecretReference } from '../../datastores';

/** A catalogue port number by name. */
export function ixnPort(serviceId: string, name: string): number {
  return Catalog.service(serviceId).ports.find((p) => p.name === name)!.port;
}

/** The Kafka credentials in namespace `ixn`. */
export function kafkaCredentials(props: InteractionServerProps): SecretReference {
  return props.kafkaCredentials ?? SecretReference.of(IXN_SECRETS.kafkaSecretName, IXN_SECRETS.kafkaSecretKey);
}

/**
 * A database Secret of the chart (`secrets.db`, 004 §2.3). With `enabled: true` the chart creates
 * the Secret from plain `username` and `password` values. The library never writes a secret value
 * (DESIGN.md, principle 4) and the binding's Secret already exists (the Terraform or the operator
 * creates it, and a second owner would make `helm install` fail), so creation is off and the Secret
 * is named. The guide does not say how the chart reads a Secret it did not create: the operator's
 * file (`ixn/<sid>-configuration.txt`) says how to let the chart create it instead.
 */
function existingSecret(credentials: SecretReference): { [key: string]: any } {
  return { enabled: false, secretName: credentials.secretName };
}

/** The Consul agent port and TLS mode IXN Node uses (004 §3.2 `ixnNode.consul.*`; see `IXN_CONSUL`). */
export function consulAgent(props: InteractionServerProps): { port: number; sslMode: boolean } {
  const tls = props.consulAgentTls ?? true;
  return { port: tls ? IXN_CONSUL.agentTlsPort : IXN_CONSUL.agentPort, sslMode: tls };
}

function resources(r: ResourceLimits | IxnResourcesFact): { [key: string]: any } {
  return { requests: { cpu: r.cpuRequest, memory: r.memoryRequest }, limits: { cpu: r.cpuLimit, memory: r.memoryLimit } };
}

/** A templated string value the chart parses (`ixnService.annotations`, `.volumes`: "must start with `|-`"). */
function yamlLines(entries: Array<[string, string]>): string {
  return entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join('\n');
}

function secretVolumes(names: string[]): string {
  return names.map((n) => `- name: ${n}\n  secret:\n    secretName: ${n}`).join('\n');
}

/**
 * The Consul annotations of the two pods, as the guide's sample writes them (004 §3.2), with the
 * services named as the Tenant Service's upstreams expect (`ixn-server-<uuid>`, `ixn-vqnode-<uuid>`):
 * the server pod registers its IXN port and reaches the Voice Config Service and the tenant's
 * Configuration Server through upstreams.
 */
export function ixnAnnotations(props: InteractionServerProps, names: IxnNames): { server: string; vqNode: string; upstreams: string[] } {
  const upstreams = [
    `${IXN_CONSUL.configNodeUpstream}:${IXN_CONSUL.configNodeLocalPort}`,
    `${IXN_CONSUL.configServerUpstreamPrefix}${props.tenantId}:${IXN_CONSUL.configServerLocalPort}`,
  ];
  const server = yamlLines([
    ['consul.hashicorp.com/connect-inject', 'true'],
    ['consul.hashicorp.com/connect-service', names.serverService],
    ['consul.hashicorp.com/connect-service-port', IXN_CONSUL.serverServicePort],
    ['consul.hashicorp.com/connect-service-upstreams', upstreams.join(',')],
    [IXN_CONSUL.serviceTagsAnnotation, IXN_CONSUL.serviceTags],
    [IXN_CONSUL.tenantIdAnnotation, props.tenantId],
    [IXN_CONSUL.tenantSidAnnotation, ixnSid(props.tenantShortId)],
  ]);
  const vqNode = yamlLines([
    ['consul.hashicorp.com/connect-inject', 'true'],
    ['consul.hashicorp.com/connect-service', names.vqNodeService],
    ['consul.hashicorp.com/connect-service-port', IXN_CONSUL.vqNodeServicePort],
  ]);
  return { server, vqNode, upstreams };
}

/**
 * The `ixn` chart's values for one tenant (004 §3.1, §3.2; the vendor's override values): tenant,
 * images, one pod of each (or none), the 500 security context, priority class and node selector of
 * both pods, the ports of the catalogue, the Consul annotations and service accounts, both
 * databases with the bindings' existing Secrets, the ORS Redis stream and Kafka
 * Secrets (`redis-ors-secret`, `kafka-shared-secret` in namespace `ixn`, 004 §3.3) mounted where the
 * sample mounts them, the Consul agent on the node, the JVM options, and the log storage.
 */
export function ixnValues(props: InteractionServerProps, names: IxnNames, ctx: ChartContext): { [key: string]: any } {
  const tags = props.imageTags ?? {};
  const annotations = ixnAnnotations(props, names);
  const securityContext = { runAsNonRoot: true, runAsUser: ctx.runAsId, runAsGroup: ctx.runAsId, fsGroup: ctx.runAsId };
  const redisSecret = props.orsRedis.credentials?.secretName ?? IXN_SECRETS.redisSecretName;
  const kafkaSecret = kafkaCredentials(props).secretName;
  const placement = { priorityClassName: ctx.priorityClassName, nodeSelector: ctx.nodeSelector, securityContext };
  const server = props.serverPostgres;
  const node = props.nodePostgres;
  const jvm = props.jvmOptions ?? IXN_JVM_OPTIONS.options;
  const sidecar = props.logSidecar;
  return {
    tenant: { id: props.tenantId, sid: ixnSid(props.tenantShortId) },
    image: {
      registry: props.imageRegistry ?? ctx.imageRegistry,
      ...(ctx.imagePullSecrets.length > 0 ? { imagePullSecrets: ctx.imagePullSecrets.map((name) => ({ name })) } : {}),
    },
    replicaCount: props.replicas ?? IXN_REPLICAS.default,
    ixnService: {
      ...placement,
      service: { enabled: true },
      annotations: annotations.server,
      volumes: secretVolumes([redisSecret, kafkaSecret]),
      image: {
        ixnServer: { repository: IXN_CONTAINERS.server.repository, tag: tags.server ?? props.version },
        ixnNode: { repository: IXN_CONTAINERS.node.repository, tag: tags.node ?? props.version },
        logSidecar: sidecar
          ? {
            enabled: true,
            repository: sidecar.imageRepository ?? IXN_CONTAINERS.logSidecar.repository,
            tag: sidecar.version ?? IXN_LOG_SIDECAR_TAG,
          }
          : { enabled: false },
      },
      ixnServer: {
        serviceAccount: { create: true, name: names.serverService },
        ports: { default: ixnPort(IXN_IDS.server, 'server-default'), health: ixnPort(IXN_IDS.server, 'server-health') },
        confServer: { host: IXN_CONSUL.upstreamHost, port: IXN_CONSUL.configServerLocalPort, appName: IXN_CONSUL.configServerAppName },
        db: {
          engine: IXN_DATABASES.engine,
          host: server.host,
          port: server.port,
          name: server.database,
          connectionString: IXN_DATABASES.connectionString,
        },
        secrets: { db: existingSecret(server.credentials) },
        dbinit: { enabled: true },
        logStorage: { mountPath: IXN_LOG_STORAGE.mountPath, volume: { emptyDir: {} } },
        resources: resources(props.serverResources ?? IXN_CONTAINERS.server.resources),
        jvmOptions: Object.fromEntries(jvm.map((option, i) => [String(i + 1), option])),
        volumeMounts: { [kafkaSecret]: { readOnly: true, mountPath: IXN_SECRETS.kafkaMountPath } },
      },
      ixnNode: {
        ports: { default: ixnPort(IXN_IDS.server, 'node-default') },
        configNode: { host: IXN_CONSUL.upstreamHost, port: IXN_CONSUL.configNodeLocalPort },
        consul: { host: { valueFrom: { fieldRef: { fieldPath: 'status.hostIP' } } }, ...consulAgent(props) },
        redis: [{ host: props.orsRedis.host, port: props.orsRedis.port, is_redis_cluster: String(props.orsRedis.clusterMode) }],
        redisOptions: { tls: { enabled: props.orsRedis.tls } },
        db: {
          host: node.host,
          port: node.port,
          name: node.database,
          options: {
            keepAlive: IXN_DATABASES.nodeKeepAlive,
            keepAliveInitialDelayMillis: IXN_DATABASES.nodeKeepAliveInitialDelayMillis,
            // "just 'ssl' property with empty object as value is required" for TLS (004 §3.2).
            ...(node.tls ? { ssl: {} } : {}),
          },
        },
        secrets: { db: existingSecret(node.credentials) },
        dbinit: { enabled: true },
        storingSessions: { enabled: true },
        resources: resources(props.nodeResources ?? IXN_CONTAINERS.node.resources),
        volumeMounts: { [redisSecret]: { readOnly: true, mountPath: IXN_SECRETS.redisMountPath } },
      },
    },
    ixnVQNode: {
      ...placement,
      annotations: annotations.vqNode,
      image: { ixnVQNode: { repository: IXN_CONTAINERS.vqNode.repository, tag: tags.vqNode ?? props.version } },
      serviceAccount: { create: true, name: names.vqNodeService },
      ports: { default: ixnPort(IXN_IDS.vqNode, 'vqnode-default'), health: ixnPort(IXN_IDS.vqNode, 'vqnode-health') },
      resources: resources(props.vqNodeResources ?? IXN_CONTAINERS.vqNode.resources),
      volumes: secretVolumes([kafkaSecret]),
      volumeMounts: { [kafkaSecret]: { readOnly: true, mountPath: IXN_SECRETS.kafkaMountPath } },
    },
  };
}
