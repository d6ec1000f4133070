import { Construct } from 'constructs';
import { IXN_CONSUL } from '../../catalog/data/interaction-server-facts';
import { ChartRelease, GenesysService } from '../../charts';
import { WorkloadKind } from '../../core';

/** Options of the VQ Node model. */
export interface IxnVqNodeProps {
  /** The tenant's `ixn` release, which renders the VQ Node too. */
  readonly release: ChartRelease;
  /** The Deployment, `ixn-<sid>-vqnode-deploy`. */
  readonly workloadName: string;
  /** The Consul service, `ixn-vqnode-<tenant uuid>`. */
  readonly serviceName: string;
}

/**
 * The VQ Node of one tenant's Interaction Server (004 §1.1), as the rest of the library reads it
 * (Consul name, ports, node pool): the `ixn` release that renders the Interaction Server pod renders
 * the VQ Node Deployment too, so this service makes no release of its own.
 */
export class IxnVqNode extends GenesysService {
  /**
   * @param scope the InteractionServer
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: IxnVqNodeProps) {
    super(scope, id, {
      serviceId: 'ixn-vqnode',
      name: props.workloadName,
      serviceName: props.serviceName,
      workloadKind: WorkloadKind.DEPLOYMENT,
      sharedRelease: props.release,
      mesh: { servicePort: IXN_CONSUL.vqNodeServicePort },
    });
  }
}
