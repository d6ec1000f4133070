import { Construct } from 'constructs';
import { checkGesProps } from './ges-checks';
import { GenesysEngagementServiceProps } from './ges-props';
import { gesSecretFolders, gesValues } from './ges-values';
import { GES_ENDPOINTS, GES_SERVICE_PORTS } from '../../catalog/data/ges-facts';
import { GenesysService } from '../../charts';
import { ClusterChart, addChecks, problem } from '../../core';
import { checkProps } from '../../core/check-props';
import { ConsulSettings } from '../../datastores';

const SERVICE_ID = 'ges';

/**
 * The Genesys Engagement Service (001): the callback service, Helm release `ges` of the GES chart in
 * namespace `ges`, primary unit only (003 §2.3).
 *
 * The construct computes the chart's values (`release.values`, written to `helm/ges.values.yaml`)
 * as the guide runs GES: the internal API, health and metrics on 3050 and the external API on 2050
 * (Service ports 80 and 8080); 2 to 5 pods at 50% CPU with the guide's scale-up and scale-down
 * pace; `minAvailable: 1`; `min_ready_seconds: 300`; rolling updates of up to 100% surge; its Redis
 * and database, the ORS Redis stream and the GWS client, read from the guide's three Secrets
 * mounted at `/secrets-infra`, `/secrets-ors` and `/secrets-gws`; and, when asked, the chart's
 * external route (allow-listed paths only) and internal route. The chart renders the objects; the
 * guide's hand-made routes are "only if routes were not created using the Helm chart" (001 §1.5,
 * §4.3), so the library makes none.
 */
export class GenesysEngagementService extends GenesysService {
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
    super(scope, id, { serviceId: SERVICE_ID, imageRegistry: props.imageRegistry, chartVersion: props.chartVersion, values: props.values });
    this.healthPath = GES_ENDPOINTS.healthPath;
    this.internalPort = this.containerPort(GES_ENDPOINTS.portName)!;
    this.addServicePort(GES_SERVICE_PORTS.internalName, GES_SERVICE_PORTS.internal, this.internalPort);
    this.addServicePort(GES_SERVICE_PORTS.externalName, GES_SERVICE_PORTS.external, this.containerPort(GES_ENDPOINTS.externalPortName)!);
    this.release.addValues(gesValues(this.info, this.serviceName, this.selector, this.chartContext, props));
    // The keys GES reads from the three Secrets the values mount (001 §3.3).
    for (const folder of gesSecretFolders(props)) this.release.readsSecret(folder.actualName, folder.keys);
    if (props.ingress) {
      // The ingress controller is not in the mesh: it reaches the ports behind both routes directly.
      this.allowOutsideMesh(this.containerPort(GES_ENDPOINTS.externalPortName)!, 'external route (ingress controller, 001 §1.5)');
      if (props.ingress.internalRoute ?? true) this.allowOutsideMesh(this.internalPort, 'internal route (ingress controller, 001 §1.5)');
    }
    addChecks(this, () => [...checkGesProps(props), ...this.regionAffinityProblems(props.regionAffinity)]);
  }

  /**
   * Has the chart annotate the GES pods for Prometheus (`ges.annotations.podAnnotations`, 001 §3.1;
   * "Supports both CRD (Service Monitor) and annotations", 001 §6.1).
   *
   * @param annotations the `prometheus.io/*` annotations
   * @param _path the metrics path
   */
  public scrapeByAnnotations(annotations: { [key: string]: string }, _path: string): string[] {
    this.release.addValues({ ges: { annotations: { podAnnotations: { ...annotations } } } });
    return [];
  }

  /**
   * When the unit's monitoring scrapes GES, the chart's own ServiceMonitor is turned off
   * (`ges.monitoring.prometheus.use_service_monitor`, 001 §3.1), so that GES is not scraped twice.
   *
   * @param scraped true when the unit's monitoring scrapes the service
   * @param _alerts true when it writes the service's alert rules
   */
  public monitoredByUnit(scraped: boolean, _alerts: boolean): void {
    if (scraped) this.release.addValues({ ges: { monitoring: { prometheus: { use_service_monitor: false } } } });
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
}
