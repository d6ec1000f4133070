import { Construct } from 'constructs';
import { Catalog, ChartFact, NodePool, PriorityLevel } from '../catalog';
import { GenesysService } from '../charts';
import { WorkloadKind, addChecks, problem } from '../core';
import { checkProps } from '../core/check-props';

/** Options of a Genesys service deployed from a chart the library has no values model for. */
export interface GenericChartServiceProps {
  /**
   * Catalogue id of the service the chart deploys, e.g. `gauth-auth`, `gws-core`, `designer`
   * (`Catalog.services()` lists them): decides the namespace, priority, deployment wave and where
   * the service may run (003 §2.3, §6.4, §7).
   */
  readonly serviceId: string;
  /** Chart name in your chart repository, e.g. `gauth`. */
  readonly chart: string;
  /** Chart version, e.g. the vendor's published `chart.ver`. */
  readonly chartVersion: string;
  /** Release name. @default - the catalogue id */
  readonly releaseName?: string;
  /**
   * The chart's values, as the service's guide documents them. The library does not know this
   * chart's keys, so it passes them on unchecked.
   *
   * @default - none
   */
  readonly values?: { [key: string]: any };
  /**
   * Add the catalogue's priority class and node pool as the top-level `priorityClassName`,
   * `nodeSelector` and `tolerations` that 003 §7 says every chart's values take. Turn off for a
   * chart that nests them elsewhere, and give them in `values`.
   *
   * @default true
   */
  readonly placementValues?: boolean;
  /** Whether the service's pods join the Consul mesh. @default false (only Voice requires it, 000 §2.4) */
  readonly meshed?: boolean;
  /** The workload kind the chart renders. @default WorkloadKind.DEPLOYMENT */
  readonly workloadKind?: WorkloadKind;
  /** Names of the catalogue ports the service serves. @default - all of the catalogue's ports */
  readonly portNames?: string[];
  /** Node pool. @default - the catalogue's */
  readonly nodePool?: NodePool;
  /** Priority. @default - the catalogue's (003 §7.4) */
  readonly priority?: PriorityLevel;
  /** Name of the Kubernetes Service the chart creates. @default - the release name */
  readonly serviceName?: string;
}

/**
 * Any other Genesys service of the platform guide (GAuth, GWS, Designer, DAS, GVP, Pulse, UCS-X,
 * IWD, Nexus, GIM, GCA, GSP, GCXI, TLM, WebRTC, BDS, WWE, ...) as one release of its chart, with
 * the catalogue's namespace, priority class, deployment wave and placement rules and the values you
 * give, so that a whole unit can be described in one model.
 */
export class GenericChartService extends GenesysService {
  /**
   * @param scope the unit
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: GenericChartServiceProps) {
    checkProps(scope, 'GenericChartServiceProps', props, id);
    const known = typeof props.serviceId === 'string' && Catalog.hasService(props.serviceId);
    const serviceId = known ? props.serviceId : Catalog.services()[0].id;
    const chart: ChartFact = {
      service: serviceId,
      chart: props.chart,
      chartVersion: props.chartVersion,
      source: 'GenericChartServiceProps: the user\'s chart',
      // Every key passes: the library does not know this chart's keys.
      keys: [{ path: '*', source: 'user-supplied values' }],
    };
    super(scope, id, {
      serviceId,
      name: props.releaseName,
      chart,
      chartVersion: props.chartVersion,
      values: props.values,
      mesh: { inject: props.meshed ?? false },
      workloadKind: props.workloadKind,
      portNames: props.portNames,
      nodePool: props.nodePool,
      priority: props.priority,
      serviceName: props.serviceName,
    });
    if (props.placementValues ?? true) {
      this.release.addValues({
        priorityClassName: this.chartContext.priorityClassName,
        nodeSelector: this.chartContext.nodeSelector,
        ...(this.chartContext.tolerations.length > 0 ? { tolerations: this.chartContext.tolerations } : {}),
      });
    }
    addChecks(this, () => {
      const found: string[] = [];
      if (!known) {
        found.push(problem(`"${props.serviceId}" is not a service of the catalogue`, 'give a catalogue service id (Catalog.services() lists them), e.g. "gauth-auth"', '003 §2.3'));
      }
      if (typeof props.chart !== 'string' || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(props.chart)) {
        found.push(problem(`chart name ${JSON.stringify(props.chart)} is not a chart name`, 'give the chart\'s name in your repository, e.g. "gauth"'));
      }
      if (typeof props.chartVersion !== 'string' || !/^[0-9][0-9A-Za-z.+-]*$/.test(props.chartVersion)) {
        found.push(problem(`chart version ${JSON.stringify(props.chartVersion)} is not a version`, 'give the chart version, e.g. "100.0.1000006"'));
      }
      return found;
    });
  }
}
