import { ApiObject, JsonPatch } from 'cdk8s';
import { Construct } from 'constructs';
import { InteractionServerProps } from './interaction-server-props';
import { checkInteractionServerProps } from './ixn-checks';
import { IXN_IDS, ixnNames } from './ixn-names';
import { ixnPort } from './ixn-wiring';
import { serverWorkloadProps, vqNodeWorkloadProps } from './ixn-workloads';
import { Catalog } from '../../catalog';
import { IXN_CONSUL, IXN_HEALTH_SERVICE, IXN_JVM_OPTIONS } from '../../catalog/data/interaction-server-facts';
import { GenesysService, Labels, ManifestFile, addChecks, waveFileName } from '../../core';
import { checkProps } from '../../core/check-props';
import { KubeServiceAccount } from '../../core/k8s';
import { requireOptions } from '../../core/problems';

/** Index of IXN Node among the Interaction Server pod's containers. */
const NODE_CONTAINER = 1;

/**
 * One tenant's Interaction Server (004), release `ixn-<sid>` in namespace `ixn`:
 *
 * - the Interaction Server pod, a StatefulSet `ixn-<sid>-sts` with the IXN Server container (IXN
 *   protocol on 7120, health and metrics on 13131, 60 minutes to start, the guide's JVM options, its
 *   database, Kafka) and the IXN Node container (13133, its database, the ORS Redis stream, the Consul
 *   agent on the node), and optionally the fluent-bit log sidecar;
 * - the VQ Node, a Deployment `ixn-<sid>-vqnode-deploy` (7122, metrics on 13139, Kafka);
 * - their service accounts `ixn-server-<sid>` and `ixn-vqnode-<sid>`, named like their Consul
 *   services as Consul injection needs.
 *
 * One instance per tenant, 1 or 0 pods, no autoscaling (004 §1.6); primary unit only.
 */
export class InteractionServer extends Construct {
  /** The Interaction Server pod's workload (StatefulSet). */
  public readonly server: GenesysService;
  /** The VQ Node workload (Deployment). */
  public readonly vqNode: GenesysService;
  /** The two service accounts, server first. */
  public readonly serviceAccounts: ApiObject[];
  /** The release name, `ixn-<sid>`. */
  public readonly release: string;
  /** The JVM options IXN Server runs with. */
  public readonly jvmOptions: string[];
  /**
   * The value the IXN Server application in Configuration Server needs for
   * `[health-service] soap-endpoint` (004 §3.1).
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
    super(scope, id);
    requireOptions(scope, id, 'InteractionServer', props, [
      { name: 'serverPostgres', what: "IXN Server keeps the tenant's interactions in a database on the customer's dedicated PostgreSQL", fix: "pass serverPostgres: ixnPg.database({ database: 'ixn-<short id>', service: 'ixn', tenant: '<short id>', credentials })", source: '004 §2.1' },
      { name: 'nodePostgres', what: 'IXN Node keeps its data in a second database', fix: "pass nodePostgres: ixnPg.database({ database: 'ixn-node-<short id>', service: 'ixn', tenant: '<short id>', credentials })", source: '004 §2.1' },
      { name: 'orsRedis', what: 'Interaction Server uses the same Redis as ORS', fix: "pass orsRedis: voiceRedis.crossNamespaceBinding('redis-ors-stream', SecretReference.of('redis-ors-stream-token', 'voice-redis-ors-stream'), 'ixn')", source: '004 §2.1' },
      { name: 'kafka', what: 'Interaction Server uses the same Kafka as Genesys Info Mart', fix: 'pass kafka: kafkaCluster.binding', source: '004 §2.1' },
    ]);
    this.tenantId = props.tenantId;
    this.tenantShortId = props.tenantShortId;
    const names = ixnNames(props.tenantShortId);
    const info = Catalog.service(IXN_IDS.server);
    ManifestFile.assign(this, waveFileName(info.wave, info.product.id));
    this.release = names.release;
    this.jvmOptions = [...(props.jvmOptions ?? IXN_JVM_OPTIONS.options)];

    const labels = { [Labels.INSTANCE]: names.release, [Labels.PRODUCT]: info.product.id, [Labels.TENANT]: props.tenantShortId };
    this.serviceAccounts = [
      new KubeServiceAccount(this, 'server-account', {
        metadata: { name: names.serverService, namespace: info.namespace, labels: { [Labels.NAME]: IXN_IDS.server, ...labels } },
      }),
      new KubeServiceAccount(this, 'vqnode-account', {
        metadata: { name: names.vqNodeService, namespace: info.namespace, labels: { [Labels.NAME]: IXN_IDS.vqNode, ...labels } },
      }),
    ];
    this.server = new GenesysService(this, 'server', serverWorkloadProps(props, names));
    this.vqNode = new GenesysService(this, 'vqnode', vqNodeWorkloadProps(props, names));
    // `ixnNode.consul.host`: the Consul agent of the node the pod runs on (004 §3.2).
    this.server.workload.addJsonPatch(
      JsonPatch.add(`/spec/template/spec/containers/${NODE_CONTAINER}/env`, [
        { name: 'IXN_NODE_CONSUL_HOST', valueFrom: { fieldRef: { fieldPath: 'status.hostIP' } } },
      ]),
    );

    // One VQ Node at most (004 §1.6): a rollout stops the old pod before starting the new one.
    this.vqNode.workload.addJsonPatch(JsonPatch.replace('/spec/strategy', { type: 'Recreate' }));

    const health = ixnPort(IXN_IDS.server, 'server-health');
    this.configServerHealthEndpoint = `http://${IXN_CONSUL.upstreamHost}:${health}${IXN_HEALTH_SERVICE.path}`;
    addChecks(this, () => checkInteractionServerProps(props));
  }
}
