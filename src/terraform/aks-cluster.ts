import { DataAzurermClientConfig } from '@cdktf/provider-azurerm/lib/data-azurerm-client-config';
import { KubernetesCluster } from '@cdktf/provider-azurerm/lib/kubernetes-cluster';
import { KubernetesClusterNodePool } from '@cdktf/provider-azurerm/lib/kubernetes-cluster-node-pool';
import { LogAnalyticsWorkspace } from '@cdktf/provider-azurerm/lib/log-analytics-workspace';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { Fn } from 'cdktf';
import { Construct } from 'constructs';
import { NodePool } from '../catalog';
import { AksManagedPrometheus } from './aks-managed-prometheus';
import { ClusterAccess, kubeloginExec } from './cluster-access';
import { UnitAddressPlan } from './network-plan';
import { PlannedPool } from './node-pool-plan';
import { NodePoolSize } from './props';
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
  /** The resource group. */
  public readonly resourceGroup: ResourceGroup;
  /** The VNet. */
  public readonly network: VirtualNetwork;
  /** The cluster. */
  public readonly cluster: KubernetesCluster;
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
    this.resourceGroup = new ResourceGroup(this, 'resource-group', { name: props.name, location: props.location });
    const rg = this.resourceGroup.name;
    this.network = new VirtualNetwork(this, 'vnet', { name: `${props.name}-vnet`, location: props.location, resourceGroupName: rg, addressSpace: [props.addresses.network] });
    const subnet = new Subnet(this, 'nodes', { name: 'nodes', resourceGroupName: rg, virtualNetworkName: this.network.name, addressPrefixes: [props.addresses.nodes] });

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
    this.cluster = new KubernetesCluster(this, 'cluster', {
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

    for (const pool of dedicatedSystem ? props.pools : others) {
      new KubernetesClusterNodePool(this, `pool-${pool.pool}`, {
        name: pool.pool,
        kubernetesClusterId: this.cluster.id,
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

    if (security.azureMonitorMetrics ?? true) new AksManagedPrometheus(this, 'prometheus', props.name, rg, this.cluster);

    if (entraId && (security.deployerClusterAdmin ?? true)) {
      // The identity that runs Terraform applies the workloads stack through Entra ID.
      const deployer = new DataAzurermClientConfig(this, 'deployer');
      new RoleAssignment(this, 'deployer-cluster-admin', {
        scope: this.cluster.id,
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
        principalId: this.cluster.kubeletIdentity.objectId,
        skipServicePrincipalAadCheck: true,
      });
    }

    const config = this.cluster.kubeConfig.get(0);
    const ca = { host: config.host, clusterCaCertificate: Fn.base64decode(config.clusterCaCertificate) };
    this.access = (security.localAccounts ?? false)
      ? { ...ca, clientCertificate: Fn.base64decode(config.clientCertificate), clientKey: Fn.base64decode(config.clientKey) }
      // Without local accounts only Entra ID tokens open the API server.
      : { ...ca, exec: kubeloginExec(security.kubeloginMode ?? AksKubeloginMode.AZURE_CLI) };
  }
}
