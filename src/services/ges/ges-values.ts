import { GenesysEngagementServiceProps, GesLogLevel } from './ges-props';
import { gesIngressValues } from './ges-routes';
import { Catalog, ServiceInfo } from '../../catalog';
import { GES_CONFIG_DEFAULTS, GES_ENDPOINTS, GES_IMAGE, GES_RESOURCES, GES_SCALING, GES_SECRETS, GES_SERVICE_PORTS, GesSecretFact } from '../../catalog/data/ges-facts';
import { ChartContext } from '../../charts/chart-context';

/**
 * `host:port` of a service GES calls, from the GES connection table (001 §2.4): the row from `ges`
 * to `serviceId` gives the port, the catalogue the namespace.
 */
export function gesPeer(serviceId: string): string {
  const row = Catalog.connections('001 §2.4').find((r) => r.from.id === 'ges' && r.to.id === serviceId);
  if (!row) throw new Error(`GES connection table has no row to ${serviceId}`);
  return `${serviceId}.${Catalog.service(serviceId).namespace}:${row.ports[0]}`;
}

/** The three Secrets GES reads, as named here: the infra Secret is the one the database binding names. */
export function gesSecretFolders(props: GenesysEngagementServiceProps): Array<GesSecretFact & { actualName: string }> {
  return [
    { ...GES_SECRETS.infra, actualName: props.postgres.credentials.secretName },
    { ...GES_SECRETS.orsStream, actualName: props.orsRedis.credentials?.secretName ?? GES_SECRETS.orsStream.secretName },
    { ...GES_SECRETS.gwsClient, actualName: props.gwsClientSecretName ?? GES_SECRETS.gwsClient.secretName },
  ];
}

/** A catalogue port of GES by name. */
function port(info: ServiceInfo, name: string): number {
  return info.ports.find((p) => p.name === name)!.port;
}

/**
 * The GES chart's values (all under `ges.`, 001 §3.1, §3.2; the vendor's override values), computed
 * from the props and the unit:
 *
 * - image, pull secrets, node selector, tolerations and priority class from the unit; the pods
 *   spread across zones;
 * - 2 to 5 pods at 50% CPU with the guide's scale-up and scale-down pace, `minAvailable: 1`,
 *   `min_ready_seconds: 300`, rolling updates of up to 100% surge, `ndots: 3`, no service links;
 * - the ports (3050, 2050; Service 80 and 8080), the Redis, database, GWS and ORS stream
 *   connections (`configMap.*`), and the three Secrets mounted at the folders `configFolders` lists;
 * - the external and internal routes (`ingress.ingressext`, `ingress.ingressint`) when asked.
 *
 * The GES chart has no security-context key (001 "Security context configuration" gives none), so
 * the 500 user is the image's.
 */
export function gesValues(
  info: ServiceInfo,
  serviceName: string,
  selector: { [key: string]: string },
  ctx: ChartContext,
  props: GenesysEngagementServiceProps,
): { [key: string]: any } {
  const a = props.autoscaling ?? {};
  const minReplicas = a.minReplicas ?? GES_SCALING.minReplicas;
  const r = props.resources ?? GES_RESOURCES;
  const folders = gesSecretFolders(props);
  const ors = props.orsRedis;
  const pace = (rule: { stabilizationWindowSeconds: number; pods: number; periodSeconds: number }) => ({
    stabilizationWindowSeconds: rule.stabilizationWindowSeconds,
    policies: [{ type: 'Pods', value: rule.pods, periodSeconds: rule.periodSeconds }],
  });
  return {
    ges: {
      servicename: serviceName,
      deployment: {
        image: {
          registry: props.imageRegistry ?? ctx.imageRegistry,
          name: props.imageRepository ?? GES_IMAGE.repository,
          version: props.version,
          ...(ctx.imagePullSecrets.length > 0 ? { imagePullSecrets: ctx.imagePullSecrets.map((name) => ({ name })) } : {}),
        },
        replicas: minReplicas,
        hpa: {
          enabled: true,
          // The table's spelling and the sample's and vendor's (`mimimumReplicas`): the chart reads one of them.
          minimumReplicas: minReplicas,
          mimimumReplicas: minReplicas,
          maximumReplicas: a.maxReplicas ?? GES_SCALING.maxReplicas,
          targetMetrics: [
            { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: a.cpuUtilization ?? GES_SCALING.cpuUtilization } } },
          ],
          behavior: {
            scaleDown: pace(GES_SCALING.scaleDown),
            scaleUp: { ...pace(GES_SCALING.scaleUp), selectPolicy: 'Max' },
          },
        },
        min_ready_seconds: GES_SCALING.minReadySeconds,
        update_strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: GES_SCALING.maxUnavailable, maxSurge: GES_SCALING.maxSurge } },
        dnsConfig: { options: [{ name: 'ndots', value: GES_SCALING.dnsNdots }] },
        enableServiceLinks: GES_SCALING.enableServiceLinks,
        nodeSelector: ctx.nodeSelector,
      },
      priorityClassName: ctx.priorityClassName,
      ...(ctx.tolerations.length > 0 ? { tolerations: ctx.tolerations } : {}),
      // "at least two GES nodes spread across availability zones" (001 §1.1, §5), through `ges.affinity`.
      affinity: {
        podAntiAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            { weight: 100, podAffinityTerm: { topologyKey: GES_SCALING.spreadTopologyKey, labelSelector: { matchLabels: selector } } },
          ],
        },
      },
      resources: {
        requests: { cpu: r.cpuRequest, memory: r.memoryRequest },
        limits: { cpu: r.cpuLimit, memory: r.memoryLimit },
      },
      podDisruptionBudget: { enabled: true, strategy: { minAvailable: GES_SCALING.minAvailable } },
      configMap: {
        env: {
          regionAffinity: props.regionAffinity,
          devOpsAccessGroups: props.devopsAccessGroups?.join(',') ?? GES_CONFIG_DEFAULTS.devopsAccessGroups,
          log: { level: props.logLevel ?? GesLogLevel.INFO, max_len: GES_CONFIG_DEFAULTS.logMaxLength },
          server: {
            internal_port: port(info, GES_ENDPOINTS.portName),
            external_port: port(info, GES_ENDPOINTS.externalPortName),
            internal_url: `${serviceName}.${info.namespace}`,
          },
        },
        integrations: {
          redis: { host: props.redis.host, port: props.redis.port, secure: String(props.redis.tls) },
          db: { host: props.postgres.host, name: props.postgres.database, secure: String(props.postgres.tls) },
          gws: {
            auth: props.gws.auth ?? gesPeer('gauth-auth'),
            env: props.gws.env ?? gesPeer('gauth-environment'),
            conf: props.gws.conf ?? gesPeer('gws-configuration'),
            public_auth: props.gws.publicAuth,
          },
          vmcs: {
            redis_host: ors.host,
            redis_port: String(ors.port),
            redis_cluster_mode: String(ors.clusterMode),
            redis_stream_name: GES_CONFIG_DEFAULTS.redisStreamName,
          },
        },
      },
      secrets: {
        configFolders: folders.map((f) => f.mountPath).join(','),
        volumes: { enabled: true, list: folders.map((f) => ({ name: f.volumeName, secret: { secretName: f.actualName } })) },
        volumeMounts: { enabled: true, list: folders.map((f) => ({ mountPath: f.mountPath, name: f.volumeName, readOnly: true })) },
      },
      service: { port_internal: GES_SERVICE_PORTS.internal, port_external: GES_SERVICE_PORTS.external },
      ...(props.ingress ? { ingress: gesIngressValues(props.ingress) } : {}),
    },
  };
}
