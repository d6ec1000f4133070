import { Construct } from 'constructs';
import { CXC_MESH } from '../../catalog/data/cx-contact-facts';
import { ChartRelease, GenesysService } from '../../charts';

/** Options of one CX Contact component model. */
export interface CxContactComponentProps {
  /** Catalogue id, e.g. `cxc-list-builder`. */
  readonly serviceId: string;
  /** The `cxc` release, which renders every component. */
  readonly release: ChartRelease;
  /** Image registry. @default - the unit's */
  readonly imageRegistry?: string;
}

/**
 * One CX Contact component as the rest of the library reads it (metrics port, node pool, priority):
 * the `cxc` release renders it, off the Consul mesh (003 §3.3).
 */
export class CxContactComponent extends GenesysService {
  /**
   * @param scope the CxContact
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: CxContactComponentProps) {
    super(scope, id, {
      serviceId: props.serviceId,
      sharedRelease: props.release,
      imageRegistry: props.imageRegistry,
      mesh: { inject: CXC_MESH.inject },
    });
  }

  /**
   * When the unit's monitoring scrapes CX Contact or writes its alerts, the chart's own
   * ServiceMonitors (`monitoring.enabled`) or PrometheusRules (`monitoring.alarms`) are turned off
   * (002 §3.2, §6.1: "Monitoring is enabled by default"), so that nothing is scraped or fires twice.
   *
   * @param scraped true when the unit's monitoring scrapes the component
   * @param alerts true when it writes the component's alert rules
   */
  public monitoredByUnit(scraped: boolean, alerts: boolean): void {
    this.release.addValues({ monitoring: { ...(scraped ? { enabled: false } : {}), ...(alerts ? { alarms: false } : {}) } });
  }
}
