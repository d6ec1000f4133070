import { JsonPatch } from 'cdk8s';
import { Construct } from 'constructs';
import { checkGesProps } from './ges-checks';
import { gesWiring } from './ges-config';
import { GenesysEngagementServiceProps } from './ges-props';
import { addGesRoutes } from './ges-routes';
import { Catalog } from '../../catalog';
import { GES_ENDPOINTS, GES_IMAGE, GES_RESOURCES, GES_SCALING, GES_SERVICE_PORTS } from '../../catalog/data/ges-facts';
import { ClusterChart, GenesysService, GenesysServiceProps, ServiceIngress, ServiceProbe, addChecks, problem } from '../../core';
import { checkProps } from '../../core/check-props';
import { IntOrString } from '../../core/k8s';
import { requireOptions } from '../../core/problems';
import { ConsulSettings } from '../../datastores';

const SERVICE_ID = 'ges';
/** Probe timing: the guide gives the health path but no probe settings (001 §1.3), so these are the library's. */
const LIVENESS = { initialDelaySeconds: 10, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3 };
const READINESS = { periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3 };
/** Five minutes to become healthy, the same as `minReadySeconds`. */
const STARTUP = { periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 30 };

/**
 * The Genesys Engagement Service (001): the callback service, one Deployment `ges` in namespace
 * `ges`, primary unit only (003 §2.3).
 *
 * As the guide runs it: the internal API, health and metrics on 3050 and the external API on 2050;
 * readiness on `/ges/v1/health/detail`; 2 to 5 pods at 50% CPU with the guide's scale-up and
 * scale-down pace; `minAvailable: 1`; `minReadySeconds: 300`; rolling updates of up to 100% surge;
 * its Redis and database, the ORS Redis stream and the GWS client read from the guide's three Secrets
 * mounted at `/secrets-infra`, `/secrets-ors` and `/secrets-gws`; and, when asked, the external route
 * (allow-listed paths only) and the internal route.
 *
 * The Service `ges` serves 3050 and 2050, and 80 and 8080 for the routes (001 §1.2).
 */
export class GenesysEngagementService extends GenesysService {
  /** The external route, when `ingress` was given. */
  public readonly externalIngress?: ServiceIngress;
  /** The internal route, when `ingress` was given and `internalRoute` not turned off. */
  public readonly internalIngress?: ServiceIngress;
  /** Path of the health endpoint, on the internal port. */
  public readonly healthPath: string;
  /** The internal port, which serves the API, health and metrics (3050). */
  public readonly internalPort: number;

  /**
   * @param scope the primary unit
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: GenesysEngagementServiceProps) {
    checkProps(scope, 'GenesysEngagementServiceProps', props, id);
    super(scope, id, gesServiceProps(scope, id, props));
    this.healthPath = GES_ENDPOINTS.healthPath;
    this.internalPort = this.info.ports.find((p) => p.name === GES_ENDPOINTS.portName)!.port;
    this.applyGuideRollout();
    if (props.ingress) {
      const routes = addGesRoutes(this, props.ingress, this.name, this.namespace);
      this.externalIngress = routes.external;
      this.internalIngress = routes.internal;
      // The ingress controller is not in the mesh: it reaches the ports behind both routes directly.
      this.allowOutsideMesh(this.info.ports.find((p) => p.name === GES_ENDPOINTS.externalPortName)!.port, 'external route (ingress controller, 001 §1.5)');
      if (routes.internal) this.allowOutsideMesh(this.internalPort, 'internal route (ingress controller, 001 §1.5)');
    }
    addChecks(this, () => [...checkGesProps(props), ...this.regionAffinityProblems(props.regionAffinity)]);
  }

  /**
   * `regionAffinity` names a Consul datacenter (001 §3.1, §4.2 step 8); when the app declares its
   * datacenters with `ConsulSettings`, it must be one of them.
   */
  private regionAffinityProblems(regionAffinity: string): string[] {
    const datacenters = this.node.root.node.findAll().filter((c): c is ConsulSettings => c instanceof ConsulSettings).map((c) => c.datacenter);
    if (datacenters.length === 0 || datacenters.includes(regionAffinity)) return [];
    const own = ClusterChart.enclosing(this).node.findAll().find((c): c is ConsulSettings => c instanceof ConsulSettings)?.datacenter;
    return [
      problem(
        `ges: regionAffinity "${regionAffinity}" is not one of the Consul datacenters (${[...new Set(datacenters)].join(', ')}); GES prefers the ORS and URS nodes of that datacenter`,
        own ? `give this unit's datacenter, regionAffinity: '${own}'` : 'give the Consul datacenter of this region, as named in its ConsulSettings',
        '001 §3.1',
      ),
    ];
  }

  /**
   * What the base does not set: the guide's Service ports for the routes, autoscaler pace,
   * disruption budget, rolling update, DNS options and service links (001 §1.2, §1.4).
   */
  private applyGuideRollout(): void {
    // The bindings serialize patched objects field by field: int-or-string fields need IntOrString.
    const int = (value: number) => IntOrString.fromNumber(value);
    const port = (name: string) => this.info.ports.find((p) => p.name === name)!.port;
    if (this.service) {
      this.addServicePort(GES_SERVICE_PORTS.internalName, GES_SERVICE_PORTS.internal, port(GES_ENDPOINTS.portName));
      this.addServicePort(GES_SERVICE_PORTS.externalName, GES_SERVICE_PORTS.external, port(GES_ENDPOINTS.externalPortName));
    }
    const pace = (rule: { stabilizationWindowSeconds: number; pods: number; periodSeconds: number }) => ({
      stabilizationWindowSeconds: rule.stabilizationWindowSeconds,
      selectPolicy: 'Max',
      policies: [{ type: 'Pods', value: rule.pods, periodSeconds: rule.periodSeconds }],
    });
    this.autoscaler?.addJsonPatch(JsonPatch.add('/spec/behavior', { scaleUp: pace(GES_SCALING.scaleUp), scaleDown: pace(GES_SCALING.scaleDown) }));
    this.disruptionBudget.addJsonPatch(JsonPatch.remove('/spec/maxUnavailable'), JsonPatch.add('/spec/minAvailable', int(GES_SCALING.minAvailable)));
    this.workload.addJsonPatch(
      JsonPatch.add('/spec/strategy/rollingUpdate', { maxSurge: IntOrString.fromString(GES_SCALING.maxSurge), maxUnavailable: int(GES_SCALING.maxUnavailable) }),
      JsonPatch.add('/spec/template/spec/dnsConfig', { options: [{ name: 'ndots', value: GES_SCALING.dnsNdots }] }),
      JsonPatch.add('/spec/template/spec/enableServiceLinks', GES_SCALING.enableServiceLinks),
    );
  }
}

function gesServiceProps(scope: Construct, id: string, props: GenesysEngagementServiceProps): GenesysServiceProps {
  requireOptions(scope, id, 'GenesysEngagementService', props, [
    { name: 'redis', what: 'GES keeps its data in a dedicated Redis', fix: "pass redis: gesRedis.bind('ges', 'ges-redis', GesSecrets.redis()) on a RedisCluster with serviceGroup 'ges'", source: '001 §4.2' },
    { name: 'orsRedis', what: 'GES writes callbacks to the Voice ORS Redis stream', fix: "pass orsRedis: voiceRedis.crossNamespaceBinding('redis-ors-stream', GesSecrets.orsStream(), 'ges')", source: '001 §2.1' },
    { name: 'postgres', what: 'GES keeps its data in its own database', fix: "pass postgres: pg.database({ database: 'ges', service: 'ges', credentials: GesSecrets.database(), user: GesSecrets.databaseUser() })", source: '001 §4.2' },
    { name: 'gws', what: 'GES signs users in through Genesys Authentication', fix: "pass gws: { publicAuth: 'https://gauth.<your domain>' }", source: '001 §3.1' },
  ]);
  const info = Catalog.service(SERVICE_ID);
  const wiring = gesWiring(info, SERVICE_ID, props);
  const port = info.ports.find((p) => p.name === GES_ENDPOINTS.portName)!.port;
  const a = props.autoscaling ?? {};
  return {
    serviceId: SERVICE_ID,
    minReadySeconds: GES_SCALING.minReadySeconds,
    autoscaling: {
      minReplicas: a.minReplicas ?? GES_SCALING.minReplicas,
      maxReplicas: a.maxReplicas ?? GES_SCALING.maxReplicas,
      cpuUtilization: a.cpuUtilization ?? GES_SCALING.cpuUtilization,
    },
    configData: wiring.config,
    volumes: wiring.volumes,
    containers: [
      {
        name: SERVICE_ID,
        image: { repository: props.imageRepository ?? GES_IMAGE.repository, tag: props.version, registry: props.imageRegistry },
        resources: props.resources ?? GES_RESOURCES,
        // Liveness only asks whether the process answers: the health detail also reports Postgres,
        // GWS and ORS, and restarting every pod when one of those is down would not bring it back.
        liveness: ServiceProbe.tcp(port, LIVENESS),
        readiness: ServiceProbe.http(GES_ENDPOINTS.healthPath, port, READINESS),
        startup: ServiceProbe.http(GES_ENDPOINTS.healthPath, port, STARTUP),
        envFromConfigMap: true,
        volumeMounts: wiring.mounts,
      },
    ],
  };
}
