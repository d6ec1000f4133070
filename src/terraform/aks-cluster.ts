import type { KubernetesCluster } from '@cdktf/provider-azurerm/lib/kubernetes-cluster';
import { Fn, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { NodePool } from '../catalog';
import { AksManagedPrometheus } from './aks-managed-prometheus';
import { ClusterAccess, kubeloginExec } from './cluster-access';
import { UnitAddressPlan } from './network-plan';
import { PlannedPool } from './node-pool-plan';
import { NodePoolSize } from './props';
import { azurerm } from './providers';
import { AksKubeloginMode, AksNetworkPolicy, AksSecurityProps, AksUpgradeChannel } from './security-props';
import { checkProps } from '../core/check-props';

const ZONES = ['1', '2', '3'];

/** Options of one unit's AKS cluster. */
export interface AksClusterProps {
  /** Resource names start with this, e.g. `acme-us-east`. */
  readonly name: string;
  /** Azure region. */
  readonly location: string;
  /** Kubernetes version. */
  readonly kubernetesVersion: string;
  /** Node pools. */
  readonly pools: PlannedPool[];
  /** Address ranges. */
  readonly addresses: UnitAddressPlan;
  /** Log Analytics workspace and Container insights (003 §6.5, §6.6). */
  readonly containerInsights: boolean;
  /** Resource id of the Azure Container Registry the nodes pull from with the cluster's identity. @default - none */
  readonly containerRegistryId?: string;
  /** How the cluster is locked down. @default - every hardened default of AksSecurityProps */
  readonly security?: AksSecurityProps;
  /** Size of the dedicated system pool. @default - Standard_D4s_v5, 3 to 6 nodes */
  readonly systemPool?: NodePoolSize;
}

const SYSTEM_POOL_DEFAULT: NodePoolSize = { machineType: 'Standard_D4s_v5', minNodes: 3, maxNodes: 6 };

/**
 * A unit's AKS cluster (003 §1.10, §6.2): resource group, VNet and subnet with Azure CNI, so pod
 * addresses are routable from the SBCs (000 §8.3, 003 §5.3); zones 1-3; a dedicated system pool for
 * the critical add-ons and the `general`, `realtime` (and optional `thirdparty`) pools, labelled and
 * tainted as the services select them, the real-time pool draining for more than 60 minutes.
 * Hardened as `AksSecurityProps` describes: Entra ID RBAC without local accounts, a restricted API
 * server, network policy, automatic upgrades, Azure Monitor metrics, workload identity and the Key
 * Vault secrets provider.
 */
export class AksCluster extends Construct {
  // The public API names cdktf's base class, not the provider's: a consumer without the AzureRM
  // provider installed still type-checks (src/terraform/providers.ts).
  /** The resource group: an `azurerm_resource_group` (`ResourceGroup` of `@cdktf/provider-azurerm`). */
  public readonly resourceGroup: TerraformResource;
  /** Name of the resource group (a Terraform reference). */
  public readonly resourceGroupName: string;
  /** Azure region of the resource group (a Terraform reference). */
  public readonly resourceGroupLocation: string;
  /** The VNet: an `azurerm_virtual_network` (`VirtualNetwork` of `@cdktf/provider-azurerm`). */
  public readonly network: TerraformResource;
  /** Name of the VNet (a Terraform reference). */
  public readonly networkName: string;
  /** Resource id of the VNet (a Terraform reference). */
  public readonly networkId: string;
  /** The cluster: an `azurerm_kubernetes_cluster` (`KubernetesCluster` of `@cdktf/provider-azurerm`). */
  public readonly cluster: TerraformResource;
  /** How providers reach it. */
  public readonly access: ClusterAccess;

  /**
   * @param scope the unit's infrastructure stack
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: AksClusterProps) {
    checkProps(scope, 'AksClusterProps', props, id);
    super(scope, id);
    const { ResourceGroup } = azurerm('resource-group');
    const { VirtualNetwork } = azurerm('virtual-network');
    const { Subnet } = azurerm('subnet');
    const { LogAnalyticsWorkspace } = azurerm('log-analytics-workspace');
    const { KubernetesCluster } = azurerm('kubernetes-cluster');
    const { KubernetesClusterNodePool } = azurerm('kubernetes-cluster-node-pool');
    const { DataAzurermClientConfig } = azurerm('data-azurerm-client-config');
    const { RoleAssignment } = azurerm('role-assignment');

    const resourceGroup = new ResourceGroup(this, 'resource-group', { name: props.name, location: props.location });
    this.resourceGroup = resourceGroup;
    this.resourceGroupName = resourceGroup.name;
    this.resourceGroupLocation = resourceGroup.location;
    const rg = this.resourceGroupName;
    const network = new VirtualNetwork(this, 'vnet', { name: `${props.name}-vnet`, location: props.location, resourceGroupName: rg, addressSpace: [props.addresses.network] });
    this.network = network;
    this.networkName = network.name;
    this.networkId = network.id;
    const subnet = new Subnet(this, 'nodes', { name: 'nodes', resourceGroupName: rg, virtualNetworkName: this.networkName, addressPrefixes: [props.addresses.nodes] });

    const workspace = props.containerInsights
      ? new LogAnalyticsWorkspace(this, 'logs', { name: `${props.name}-logs`, location: props.location, resourceGroupName: rg, sku: 'PerGB2018', retentionInDays: 30 })
      : undefined;

    const [general, ...others] = props.pools;
    if (general.pool !== NodePool.GENERAL) throw new Error('AksCluster: the first pool must be general');
    const security = props.security ?? {};
    const dedicatedSystem = security.dedicatedSystemPool ?? true;
    const first = dedicatedSystem ? props.systemPool ?? SYSTEM_POOL_DEFAULT : general.size;
    const entraId = security.entraIdRbac ?? true;
    const upgrade = security.upgradeChannel ?? AksUpgradeChannel.PATCH;
    const networkPolicy = security.networkPolicy ?? AksNetworkPolicy.CALICO;
    const cluster: KubernetesCluster = new KubernetesCluster(this, 'cluster', {
      name: props.name,
      location: props.location,
      resourceGroupName: rg,
      dnsPrefix: props.name,
      kubernetesVersion: props.kubernetesVersion,
      identity: { type: 'SystemAssigned' },
      // Azure CNI: pods get VNet addresses the SBCs reach directly.
      networkProfile: {
        networkPlugin: 'azure',
        loadBalancerSku: 'standard',
        networkPolicy: networkPolicy === AksNetworkPolicy.NONE ? undefined : networkPolicy,
        networkDataPlane: networkPolicy === AksNetworkPolicy.CILIUM ? 'cilium' : undefined,
      },
      // The system pool runs only the critical add-ons (taint CriticalAddonsOnly), or is `general`.
      defaultNodePool: {
        name: dedicatedSystem ? 'system' : general.pool,
        vmSize: first.machineType,
        zones: ZONES,
        vnetSubnetId: subnet.id,
        autoScalingEnabled: true,
        minCount: first.minNodes,
        maxCount: first.maxNodes,
        nodeLabels: dedicatedSystem ? undefined : general.labels,
        onlyCriticalAddonsEnabled: dedicatedSystem ? true : undefined,
        upgradeSettings: { maxSurge: '1' },
      },
      localAccountDisabled: !(security.localAccounts ?? false),
      azureActiveDirectoryRoleBasedAccessControl: entraId ? { azureRbacEnabled: true, adminGroupObjectIds: security.adminGroupObjectIds } : undefined,
      privateClusterEnabled: security.privateCluster ?? false,
      apiServerAccessProfile: security.apiServerAuthorizedIpRanges?.length ? { authorizedIpRanges: security.apiServerAuthorizedIpRanges } : undefined,
      automaticUpgradeChannel: upgrade === AksUpgradeChannel.NONE ? undefined : upgrade,
      nodeOsUpgradeChannel: upgrade === AksUpgradeChannel.NONE ? 'None' : 'NodeImage',
      monitorMetrics: (security.azureMonitorMetrics ?? true) ? {} : undefined,
      oidcIssuerEnabled: security.workloadIdentity ?? true,
      workloadIdentityEnabled: security.workloadIdentity ?? true,
      keyVaultSecretsProvider: (security.keyVaultSecretsProvider ?? true) ? { secretRotationEnabled: true } : undefined,
      omsAgent: workspace ? { logAnalyticsWorkspaceId: workspace.id } : undefined,
    });
    this.cluster = cluster;

    for (const pool of dedicatedSystem ? props.pools : others) {
      new KubernetesClusterNodePool(this, `pool-${pool.pool}`, {
        name: pool.pool,
        kubernetesClusterId: cluster.id,
        vmSize: pool.size.machineType,
        zones: ZONES,
        vnetSubnetId: subnet.id,
        autoScalingEnabled: true,
        minCount: pool.size.minNodes,
        maxCount: pool.size.maxNodes,
        nodeLabels: pool.labels,
        nodeTaints: pool.taint ? [`${pool.taint.key}=${pool.taint.value}:NoSchedule`] : undefined,
        upgradeSettings: { maxSurge: '1', drainTimeoutInMinutes: pool.drainMinutes },
      });
    }

    if (security.azureMonitorMetrics ?? true) new AksManagedPrometheus(this, 'prometheus', props.name, rg, cluster);

    if (entraId && (security.deployerClusterAdmin ?? true)) {
      // The identity that runs Terraform applies the workloads stack through Entra ID.
      const deployer = new DataAzurermClientConfig(this, 'deployer');
      new RoleAssignment(this, 'deployer-cluster-admin', {
        scope: cluster.id,
        roleDefinitionName: 'Azure Kubernetes Service RBAC Cluster Admin',
        principalId: deployer.objectId,
      });
    }

    if (props.containerRegistryId) {
      // On Azure the cluster's own identity authenticates to the registry, so no pull secret is
      // needed (001, image pull secret note): the kubelet identity gets AcrPull on it.
      new RoleAssignment(this, 'acr-pull', {
        scope: props.containerRegistryId,
        roleDefinitionName: 'AcrPull',
        principalId: cluster.kubeletIdentity.objectId,
        skipServicePrincipalAadCheck: true,
      });
    }

    const config = cluster.kubeConfig.get(0);
    const ca = { host: config.host, clusterCaCertificate: Fn.base64decode(config.clusterCaCertificate) };
    this.access = (security.localAccounts ?? false)
      ? { ...ca, clientCertificate: Fn.base64decode(config.clientCertificate), clientKey: Fn.base64decode(config.clientKey) }
      // Without local accounts only Entra ID tokens open the API server.
      : { ...ca, exec: kubeloginExec(security.kubeloginMode ?? AksKubeloginMode.AZURE_CLI) };
  }
}
