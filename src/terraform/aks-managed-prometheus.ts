import type { KubernetesCluster } from '@cdktf/provider-azurerm/lib/kubernetes-cluster';
import type { MonitorWorkspace } from '@cdktf/provider-azurerm/lib/monitor-workspace';
import { Construct } from 'constructs';
import { azurerm } from './providers';

const STREAM = 'Microsoft-PrometheusMetrics';
const DESTINATION = 'MonitoringAccount1';

/**
 * Where an AKS cluster's managed Prometheus metrics go (Azure Monitor Metrics, 003 §6.6: "Azure
 * Monitor Metrics also supports Prometheus metrics collected from Kubernetes clusters"): an Azure
 * Monitor workspace, and the data collection endpoint, rule and associations that send the
 * cluster's `monitor_metrics` add-on there.
 */
export class AksManagedPrometheus extends Construct {
  /** The Azure Monitor workspace the metrics land in. */
  public readonly workspace: MonitorWorkspace;

  /**
   * @param scope the cluster construct
   * @param id construct id
   * @param name resource names start with this
   * @param resourceGroupName resource group
   * @param cluster the cluster, with `monitor_metrics` on
   */
  public constructor(scope: Construct, id: string, name: string, resourceGroupName: string, cluster: KubernetesCluster) {
    super(scope, id);
    const { MonitorWorkspace } = azurerm('monitor-workspace');
    const { MonitorDataCollectionEndpoint } = azurerm('monitor-data-collection-endpoint');
    const { MonitorDataCollectionRule } = azurerm('monitor-data-collection-rule');
    const { MonitorDataCollectionRuleAssociation } = azurerm('monitor-data-collection-rule-association');
    const location = cluster.location;
    this.workspace = new MonitorWorkspace(this, 'workspace', { name: `${name}-metrics`, resourceGroupName, location });
    const endpoint = new MonitorDataCollectionEndpoint(this, 'endpoint', { name: `${name}-prometheus`, resourceGroupName, location, kind: 'Linux' });
    const rule = new MonitorDataCollectionRule(this, 'rule', {
      name: `${name}-prometheus`,
      resourceGroupName,
      location,
      kind: 'Linux',
      dataCollectionEndpointId: endpoint.id,
      destinations: { monitorAccount: [{ monitorAccountId: this.workspace.id, name: DESTINATION }] },
      dataFlow: [{ streams: [STREAM], destinations: [DESTINATION] }],
      dataSources: { prometheusForwarder: [{ name: 'PrometheusDataSource', streams: [STREAM] }] },
    });
    new MonitorDataCollectionRuleAssociation(this, 'rule-association', { name: `${name}-prometheus`, targetResourceId: cluster.id, dataCollectionRuleId: rule.id });
    // The add-on reads its configuration through the endpoint association of this fixed name.
    new MonitorDataCollectionRuleAssociation(this, 'endpoint-association', {
      name: 'configurationAccessEndpoint',
      targetResourceId: cluster.id,
      dataCollectionEndpointId: endpoint.id,
    });
  }
}
