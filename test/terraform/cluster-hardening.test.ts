import { Testing, TerraformStack } from 'cdktf';
import { Json, only, refusal, resources, stackOf } from './terraform-support';
import { AksKubeloginMode, AksNetworkPolicy, AksUpgradeChannel, KubernetesPlatform } from '../../src';
import { GkeNodeAccount } from '../../src/terraform/gke-node-account';

const { AKS, GKE } = KubernetesPlatform;
const OFFICE = '203.0.113.0/24';

describe('AKS clusters are hardened by default', () => {
  const infra = stackOf(AKS, 'us-east-infra', { aksSecurity: { apiServerAuthorizedIpRanges: [OFFICE], adminGroupObjectIds: ['00000000-0000-0000-0000-0000000000aa'] } });
  const cluster = only(infra, 'azurerm_kubernetes_cluster');

  test('Entra ID with Azure RBAC, the admin groups given, no local accounts', () => {
    expect(cluster.azure_active_directory_role_based_access_control).toEqual({ azure_rbac_enabled: true, admin_group_object_ids: ['00000000-0000-0000-0000-0000000000aa'] });
    expect(cluster.local_account_disabled).toBe(true);
  });

  test('the API server only for the authorized ranges', () => {
    expect(cluster.api_server_access_profile).toEqual({ authorized_ip_ranges: [OFFICE] });
    expect(cluster.private_cluster_enabled).toBe(false);
  });

  test('Calico network policy on the flat Azure CNI that gives pods VNet addresses', () => {
    expect(cluster.network_profile).toMatchObject({ network_plugin: 'azure', network_policy: 'calico' });
    expect(cluster.network_profile.network_plugin_mode).toBeUndefined();
  });

  test('automatic patch upgrades and node image upgrades', () => {
    expect(cluster.automatic_upgrade_channel).toBe('patch');
    expect(cluster.node_os_upgrade_channel).toBe('NodeImage');
  });

  test('Azure Monitor metrics, the OIDC issuer with workload identity, the Key Vault secrets provider with rotation', () => {
    expect(cluster.monitor_metrics).toEqual({});
    expect(cluster.oidc_issuer_enabled).toBe(true);
    expect(cluster.workload_identity_enabled).toBe(true);
    expect(cluster.key_vault_secrets_provider).toEqual({ secret_rotation_enabled: true });
  });

  test('the managed Prometheus metrics go to an Azure Monitor workspace through a data collection rule on the cluster', () => {
    expect(only(infra, 'azurerm_monitor_workspace')).toMatchObject({ name: 'acme-us-east-metrics' });
    const rule = only(infra, 'azurerm_monitor_data_collection_rule');
    expect(rule.destinations.monitor_account[0].monitor_account_id).toMatch(/^\$\{azurerm_monitor_workspace\..*\.id\}$/);
    expect(rule.data_flow).toEqual([{ streams: ['Microsoft-PrometheusMetrics'], destinations: ['MonitoringAccount1'] }]);
    expect(rule.data_sources.prometheus_forwarder).toEqual([{ name: 'PrometheusDataSource', streams: ['Microsoft-PrometheusMetrics'] }]);
    const associations = resources(infra, 'azurerm_monitor_data_collection_rule_association');
    expect(associations.map((a) => a.name).sort()).toEqual(['acme-us-east-prometheus', 'configurationAccessEndpoint']);
    for (const a of associations) expect(a.target_resource_id).toMatch(/^\$\{azurerm_kubernetes_cluster\..*\.id\}$/);
  });

  test('a system pool for the critical add-ons only; the guide\'s pools are user pools', () => {
    expect(cluster.default_node_pool).toMatchObject({ name: 'system', only_critical_addons_enabled: true, vm_size: 'Standard_D4s_v5', min_count: 3 });
    expect(resources(infra, 'azurerm_kubernetes_cluster_node_pool').map((p) => p.name).sort()).toEqual(['general', 'realtime']);
  });

  test('the identity running Terraform administers the cluster through Entra ID, and the providers sign in with kubelogin', () => {
    const admin = resources(infra, 'azurerm_role_assignment').find((r) => r.role_definition_name === 'Azure Kubernetes Service RBAC Cluster Admin')!;
    expect(admin.principal_id).toMatch(/^\$\{data\.azurerm_client_config\.[^.]+\.object_id\}$/);
    expect(admin.scope).toMatch(/^\$\{azurerm_kubernetes_cluster\.[^.]+\.id\}$/);
    const helm = infra.provider.helm[0].kubernetes;
    expect(helm.exec).toEqual({ api_version: 'client.authentication.k8s.io/v1beta1', command: 'kubelogin', args: ['get-token', '--login', 'azurecli', '--server-id', '6dae42f8-4368-4678-94ff-3960e28e3630'] });
    expect(helm.client_key).toBeUndefined();
    const workloads = stackOf(AKS, 'us-east-workloads', { aksSecurity: { apiServerAuthorizedIpRanges: [OFFICE] } });
    expect(workloads.provider.kubernetes[0].exec).toEqual([helm.exec]);
  });
});

describe('each AKS default is relaxed by its own prop', () => {
  const relaxed = (aksSecurity: Json) => only(stackOf(AKS, 'us-east-infra', { aksSecurity }), 'azurerm_kubernetes_cluster');

  test('a private cluster instead of authorized ranges', () => {
    const cluster = relaxed({ privateCluster: true });
    expect(cluster.private_cluster_enabled).toBe(true);
    expect(cluster.api_server_access_profile).toBeUndefined();
  });

  test('another kubelogin mode; local accounts, then the providers use the client certificate', () => {
    const pipeline = stackOf(AKS, 'us-east-infra', { aksSecurity: { publicApiServer: true, kubeloginMode: AksKubeloginMode.WORKLOAD_IDENTITY } });
    expect(pipeline.provider.helm[0].kubernetes.exec.args.slice(0, 3)).toEqual(['get-token', '--login', 'workloadidentity']);
    const infra = stackOf(AKS, 'us-east-infra', { aksSecurity: { publicApiServer: true, localAccounts: true } });
    expect(only(infra, 'azurerm_kubernetes_cluster').local_account_disabled).toBe(false);
    expect(infra.provider.helm[0].kubernetes.exec).toBeUndefined();
    expect(infra.provider.helm[0].kubernetes.client_key).toMatch(/client_key/);
  });

  test('Entra ID off (with local accounts), and no deployer role', () => {
    const infra = stackOf(AKS, 'us-east-infra', { aksSecurity: { publicApiServer: true, localAccounts: true, entraIdRbac: false } });
    expect(only(infra, 'azurerm_kubernetes_cluster').azure_active_directory_role_based_access_control).toBeUndefined();
    expect(resources(infra, 'azurerm_role_assignment')).toEqual([]);
    const noDeployer = stackOf(AKS, 'us-east-infra', { aksSecurity: { publicApiServer: true, deployerClusterAdmin: false } });
    expect(resources(noDeployer, 'azurerm_role_assignment')).toEqual([]);
  });

  test('another network policy engine, or none', () => {
    expect(relaxed({ publicApiServer: true, networkPolicy: AksNetworkPolicy.CILIUM }).network_profile).toMatchObject({ network_policy: 'cilium', network_data_plane: 'cilium' });
    expect(relaxed({ publicApiServer: true, networkPolicy: AksNetworkPolicy.AZURE }).network_profile.network_policy).toBe('azure');
    expect(relaxed({ publicApiServer: true, networkPolicy: AksNetworkPolicy.NONE }).network_profile.network_policy).toBeUndefined();
  });

  test('no automatic upgrades, no metrics, no workload identity, no Key Vault provider, no dedicated system pool', () => {
    const infra = stackOf(AKS, 'us-east-infra', {
      aksSecurity: {
        publicApiServer: true,
        upgradeChannel: AksUpgradeChannel.NONE,
        azureMonitorMetrics: false,
        workloadIdentity: false,
        keyVaultSecretsProvider: false,
        dedicatedSystemPool: false,
      },
    }, (group) => group.units.forEach((u) => u.node.tryRemoveChild('voice')));
    const cluster = only(infra, 'azurerm_kubernetes_cluster');
    expect(resources(infra, 'azurerm_monitor_workspace')).toEqual([]);
    expect(cluster.automatic_upgrade_channel).toBeUndefined();
    expect(cluster.node_os_upgrade_channel).toBe('None');
    expect(cluster.monitor_metrics).toBeUndefined();
    expect(cluster.oidc_issuer_enabled).toBe(false);
    expect(cluster.workload_identity_enabled).toBe(false);
    expect(cluster.key_vault_secrets_provider).toBeUndefined();
    expect(cluster.default_node_pool).toMatchObject({ name: 'general', node_labels: { 'genesys-pe.io/node-pool': 'general' } });
    expect(cluster.default_node_pool.only_critical_addons_enabled).toBeUndefined();
  });

  test('the API server open to all, on purpose', () => {
    const cluster = relaxed({ publicApiServer: true });
    expect(cluster.api_server_access_profile).toBeUndefined();
    expect(cluster.private_cluster_enabled).toBe(false);
  });
});

describe('AKS API server access must be decided', () => {
  test('neither ranges, nor private, nor public on purpose: refused with the fix', () => {
    expect(refusal(AKS, { aksSecurity: {} })).toContain(
      "[acme] GroupTerraform: the AKS API server would be open to every address; say who may reach it. Fix: give aksSecurity: { apiServerAuthorizedIpRanges: ['203.0.113.0/24'] }",
    );
    expect(refusal(AKS, { aksSecurity: undefined })).toContain('the AKS API server would be open to every address');
  });

  test('two ways at once', () => {
    expect(refusal(AKS, { aksSecurity: { privateCluster: true, publicApiServer: true } })).toContain(
      'GroupTerraform: the AKS API server access is given more than one way (privateCluster, publicApiServer)',
    );
  });

  test('no way to sign in', () => {
    expect(refusal(AKS, { aksSecurity: { publicApiServer: true, entraIdRbac: false } })).toContain(
      'aksSecurity turns Entra ID RBAC off and keeps local accounts off, so nobody could sign in to the clusters. Fix: keep entraIdRbac on',
    );
  });

  test('address ranges that are not CIDR blocks', () => {
    expect(refusal(AKS, { aksSecurity: { apiServerAuthorizedIpRanges: ['203.0.113.0', '10.0.0.0/8'] } })).toContain(
      'GroupTerraform: aksSecurity.apiServerAuthorizedIpRanges has "203.0.113.0", which is not an IPv4 CIDR block. Fix: write each range as address/prefix',
    );
    expect(refusal(GKE, { gkeSecurity: { masterAuthorizedNetworks: ['office', '300.1.1.1/24'] } })).toContain(
      'GroupTerraform: gkeSecurity.masterAuthorizedNetworks has "office", "300.1.1.1/24", which are not IPv4 CIDR blocks.',
    );
  });

  test('the Key Vault secrets provider off while Voicemail reads its storage keys through it', () => {
    expect(refusal(AKS, { aksSecurity: { publicApiServer: true, keyVaultSecretsProvider: false } })).toContain(
      'GroupTerraform: aksSecurity turns the Key Vault secrets provider off, but in unit us-east voice/voice-voicemail mount Key Vault secrets through it (000 §7.2). Fix: keep keyVaultSecretsProvider on',
    );
  });

  test('GKE options do not concern an AKS group', () => {
    expect(refusal(AKS, { gkeSecurity: undefined })).toBe('');
  });
});

describe('GKE clusters are hardened by default', () => {
  const infra = stackOf(GKE, 'us-east-infra', { gkeSecurity: { masterAuthorizedNetworks: [OFFICE] } });
  const cluster = only(infra, 'google_container_cluster');
  const pools = resources(infra, 'google_container_node_pool');

  test('the 003 rules hold: Standard, VPC-native, Filestore CSI, containerd on COS', () => {
    expect(cluster).toMatchObject({ enable_autopilot: false, networking_mode: 'VPC_NATIVE', addons_config: { gcp_filestore_csi_driver_config: { enabled: true } } });
    for (const p of pools) expect(p.node_config.image_type).toBe('COS_CONTAINERD');
  });

  test('private nodes with a Cloud NAT for their egress; the control plane for the authorized networks only', () => {
    expect(cluster.private_cluster_config).toEqual({ enable_private_nodes: true, enable_private_endpoint: false });
    expect(cluster.master_authorized_networks_config).toEqual({
      cidr_blocks: [{ cidr_block: OFFICE, display_name: OFFICE }],
      gcp_public_cidrs_access_enabled: false,
    });
    const nat = only(infra, 'google_compute_router_nat');
    expect(nat).toMatchObject({ region: 'us-east4', source_subnetwork_ip_ranges_to_nat: 'LIST_OF_SUBNETWORKS' });
    expect(nat.subnetwork[0].name).toMatch(/google_compute_subnetwork\..*\.id/);
  });

  test('Dataplane V2 enforces network policy', () => {
    expect(cluster.datapath_provider).toBe('ADVANCED_DATAPATH');
    expect(cluster.network_policy).toBeUndefined();
  });

  test('workload identity, the GKE metadata server, shielded nodes with secure boot', () => {
    expect(cluster.workload_identity_config).toEqual({ workload_pool: 'acme-genesys.svc.id.goog' });
    expect(cluster.enable_shielded_nodes).toBe(true);
    for (const p of pools) {
      expect(p.node_config.workload_metadata_config).toEqual({ mode: 'GKE_METADATA' });
      expect(p.node_config.shielded_instance_config).toEqual({ enable_secure_boot: true, enable_integrity_monitoring: true });
    }
  });

  test('a dedicated node service account with the node role and read access to the units\' repository only', () => {
    const account = only(infra, 'google_service_account');
    expect(account.account_id).toBe('acme-us-east-nodes');
    for (const p of pools) expect(p.node_config.service_account).toMatch(/^\$\{google_service_account\.[^.]+\.email\}$/);
    expect(resources(infra, 'google_project_iam_member').map((m) => m.role)).toEqual(['roles/container.defaultNodeServiceAccount']);
    // The reference GKE units pull from us-docker.pkg.dev/acme/genesys.
    expect(only(infra, 'google_artifact_registry_repository_iam_member')).toMatchObject({ location: 'us', project: 'acme', repository: 'genesys', role: 'roles/artifactregistry.reader' });
  });
});

describe('each GKE default is relaxed by its own prop', () => {
  test('public nodes, the legacy data plane, no workload identity, no shielded nodes, the default service account', () => {
    const infra = stackOf(GKE, 'us-east-infra', {
      gkeSecurity: {
        publicControlPlane: true,
        privateNodes: false,
        dataplaneV2: false,
        workloadIdentity: false,
        shieldedNodes: false,
        dedicatedNodeServiceAccount: false,
      },
    });
    const cluster = only(infra, 'google_container_cluster');
    expect(cluster.private_cluster_config).toBeUndefined();
    expect(cluster.master_authorized_networks_config).toBeUndefined();
    expect(cluster.datapath_provider).toBeUndefined();
    expect(cluster.network_policy).toEqual({ enabled: false });
    expect(cluster.workload_identity_config).toBeUndefined();
    expect(cluster.enable_shielded_nodes).toBe(false);
    expect(resources(infra, 'google_compute_router_nat')).toEqual([]);
    expect(resources(infra, 'google_service_account')).toEqual([]);
    for (const p of resources(infra, 'google_container_node_pool')) {
      expect(p.node_config.service_account).toBeUndefined();
      expect(p.node_config.workload_metadata_config).toBeUndefined();
      expect(p.node_config.shielded_instance_config).toBeUndefined();
    }
  });

  test('a private endpoint, with or without authorized networks', () => {
    const cluster = only(stackOf(GKE, 'us-east-infra', { gkeSecurity: { privateEndpoint: true } }), 'google_container_cluster');
    expect(cluster.private_cluster_config).toEqual({ enable_private_nodes: true, enable_private_endpoint: true });
    expect(refusal(GKE, { gkeSecurity: { privateEndpoint: true, masterAuthorizedNetworks: [OFFICE] } })).toBe('');
  });

  test('private nodes on a Kubernetes version before 1.29', () => {
    expect(refusal(GKE, { kubernetesVersion: '1.28' })).toContain(
      'GroupTerraform: GKE private nodes need Kubernetes 1.29 or later (their control plane is reached through Private Service Connect), but kubernetesVersion is 1.28. Fix:',
    );
    expect(refusal(GKE, { kubernetesVersion: '1.28', gkeSecurity: { publicControlPlane: true, privateNodes: false } })).toBe('');
    expect(refusal(GKE, { kubernetesVersion: '1.30.2' })).toBe('');
  });

  test('the control plane access must be decided, one way', () => {
    expect(refusal(GKE, { gkeSecurity: {} })).toContain('[acme] GroupTerraform: the GKE API server would be open to every address; say who may reach it. Fix: give gkeSecurity');
    expect(refusal(GKE, { gkeSecurity: { publicControlPlane: true, masterAuthorizedNetworks: [OFFICE] } })).toContain('given more than one way');
  });
});

describe('the GKE node service account id', () => {
  const accountId = (name: string) => {
    const stack = new TerraformStack(Testing.app(), 'infra');
    new GkeNodeAccount(stack, 'nodes', name, 'acme-genesys', 'registry.example.com/genesys');
    const synthesized = JSON.parse(Testing.synth(stack));
    // Not an Artifact Registry: no registry role.
    expect(resources(synthesized, 'google_artifact_registry_repository_iam_member')).toEqual([]);
    return only(synthesized, 'google_service_account').account_id as string;
  };

  test('<cluster>-nodes, or a shortened, stable id within the 30 characters GCP allows', () => {
    expect(accountId('acme-us-east')).toBe('acme-us-east-nodes');
    const long = accountId('globex-north-america-central-2');
    expect(long).toMatch(/^globex-north-amer-[0-9a-f]{6}-nodes$/);
    expect(long.length).toBeLessThanOrEqual(30);
    expect(accountId('globex-north-america-central-2')).toBe(long);
    expect(accountId('globex-north-america-central-3')).not.toBe(long);
  });
});
