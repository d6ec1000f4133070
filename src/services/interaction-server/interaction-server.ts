import { Construct } from 'constructs';
import { InteractionServerProps } from './interaction-server-props';
import { checkInteractionServerProps } from './ixn-checks';
import { IXN_IDS, ixnNames } from './ixn-names';
import { ixnConfigurationNotes } from './ixn-notes';
import { ixnAnnotations, ixnPort, ixnValues, kafkaCredentials } from './ixn-values';
import { IxnVqNode } from './ixn-vq-node';
import { IXN_CONSUL, IXN_HEALTH_SERVICE, IXN_JVM_OPTIONS, IXN_SECRETS } from '../../catalog/data/interaction-server-facts';
import { GenesysService } from '../../charts';
import { ClusterChart, WorkloadKind, addChecks } from '../../core';
import { checkProps } from '../../core/check-props';

/**
 * One tenant's Interaction Server (004): Helm release `ixn-<sid>` of the `ixn` chart in namespace
 * `ixn`, which renders
 *
 * - the Interaction Server pod, a StatefulSet `ixn-<sid>-sts` with IXN Server (IXN protocol on 7120,
 *   metrics on 13131) and IXN Node (13133), Consul service `ixn-server-<tenant uuid>`;
 * - the VQ Node, a Deployment `ixn-<sid>-vqnode-deploy` (7122, metrics on 13139), Consul service
 *   `ixn-vqnode-<tenant uuid>` (`vqNode`).
 *
 * The construct computes the chart's values (`release.values`) and writes what the operator sets in
 * Configuration Server, and the secret values to pass at install, to
 * `ixn/<sid>-configuration.txt` in the unit's folder. One instance per tenant, 1 or 0 pods, no
 * autoscaling (004 §1.6); primary unit only.
 *
 * It makes no native object: the chart creates the service accounts (`serviceAccount.create`, 004
 * §1.6) and the database Secrets (`secrets.db`, 004 §2.3). The Redis and Kafka Secrets the guide asks
 * the operator to create in namespace `ixn` (004 §3.3) are referenced by name; the Terraform writes
 * them when it provisions the stores (`crossNamespaceBinding(..., 'ixn')`).
 */
export class InteractionServer extends GenesysService {
  /** The VQ Node, rendered by the same release. */
  public readonly vqNode: GenesysService;
  /** The JVM options IXN Server runs with. */
  public readonly jvmOptions: string[];
  /**
   * The value the IXN Server application in Configuration Server needs for
   * `[health-service] soap-endpoint` (004 §3.1): the health port the chart is given.
   */
  public readonly configServerHealthEndpoint: string;
  /** The tenant's id. */
  public readonly tenantId: string;
  /** The tenant's short id. */
  public readonly tenantShortId: string;

  /**
   * @param scope the tenant's primary unit
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: InteractionServerProps) {
    checkProps(scope, 'InteractionServerProps', props, id);
    const names = ixnNames(props.tenantShortId, props.tenantId);
    super(scope, id, {
      serviceId: IXN_IDS.server,
      name: names.release,
      serviceName: names.serverService,
      workloadKind: WorkloadKind.STATEFUL_SET,
      imageRegistry: props.imageRegistry,
      chartVersion: props.chartVersion,
      mesh: { servicePort: IXN_CONSUL.serverServicePort, upstreams: ixnAnnotations(props, names).upstreams },
      values: props.values,
    });
    this.tenantId = props.tenantId;
    this.tenantShortId = props.tenantShortId;
    this.jvmOptions = [...(props.jvmOptions ?? IXN_JVM_OPTIONS.options)];
    this.release.addValues(ixnValues(props, names, this.chartContext));
    // The keys IXN Node and the Kafka clients read from the Secrets the values name (004 §3.3).
    this.release.readsSecret(props.orsRedis.credentials?.secretName ?? IXN_SECRETS.redisSecretName, [IXN_SECRETS.redisSecretKey]);
    this.release.readsSecret(kafkaCredentials(props).secretName, [kafkaCredentials(props).key]);
    this.vqNode = new IxnVqNode(this, 'vqnode', { release: this.release, workloadName: names.vqNodeWorkload, serviceName: names.vqNodeService });

    const health = ixnPort(IXN_IDS.server, 'server-health');
    this.configServerHealthEndpoint = `http://${IXN_CONSUL.upstreamHost}:${health}${IXN_HEALTH_SERVICE.path}`;
    const notes = ixnConfigurationNotes(props, this.configServerHealthEndpoint);
    ClusterChart.enclosing(this).addTextFile(notes.fileName, notes.content);
    // The chart takes no tolerations (004 §3.1); the catalogue places Interaction Server on the
    // untainted general pool, so none are needed.
    addChecks(this, () => checkInteractionServerProps(props));
  }
}
