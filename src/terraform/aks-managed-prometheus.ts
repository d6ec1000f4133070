import { KubernetesCluster } from '@cdktf/provider-azurerm/lib/kubernetes-cluster';
import { MonitorDataCollectionEndpoint } from '@cdktf/provider-azurerm/lib/monitor-data-collection-endpoint';
import { MonitorDataCollectionRule } from '@cdktf/provider-azurerm/lib/monitor-data-collection-rule';
import { MonitorDataCollectionRuleAssociation } from '@cdktf/provider-azurerm/lib/monitor-data-collection-rule-association';
import { MonitorWorkspace } from '@cdktf/provider-azurerm/lib/monitor-workspace';
import { Construct } from 'constructs';

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
