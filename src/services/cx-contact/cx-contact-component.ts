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
}
