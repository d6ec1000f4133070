/**
 * Network policy engine of an AKS cluster. The unit's pods keep VNet addresses from the flat Azure
 * CNI, which the SBCs reach directly (003 §5.3), whatever the engine.
 */
export enum AksNetworkPolicy {
  /**
   * Calico. The default: it enforces NetworkPolicies on the flat Azure CNI the units use, where
   * Cilium needs an overlay or a pod subnet and Azure Network Policy Manager is being retired.
   */
  CALICO = 'calico',
  /** Azure Network Policy Manager. */
  AZURE = 'azure',
  /** Cilium as policy engine and data plane (Azure CNI Powered by Cilium; check that your region and CNI mode support it). */
  CILIUM = 'cilium',
  /** No enforcement: NetworkPolicies are accepted and ignored. A relaxation. */
  NONE = 'none',
}

/** Automatic upgrade channel of an AKS cluster. */
export enum AksUpgradeChannel {
  /** Newest patch of the cluster's minor version: the version the units pin stays, patches come. The default. */
  PATCH = 'patch',
  /** Newest patch of the minor version before the newest. */
  STABLE = 'stable',
  /** Newest patch of the newest minor version. */
  RAPID = 'rapid',
  /** Node images only. */
  NODE_IMAGE = 'node-image',
  /** No automatic upgrades. A relaxation: security patches wait for you. */
  NONE = 'none',
}

/** How `kubelogin get-token` signs Terraform in to an AKS cluster without local accounts (its `--login`). */
export enum AksKubeloginMode {
  /** The Azure CLI's signed-in account (`az login`). The default. */
  AZURE_CLI = 'azurecli',
  /** Entra workload identity federation (`AZURE_CLIENT_ID`, `AZURE_TENANT_ID`, `AZURE_FEDERATED_TOKEN_FILE`), for pipelines. */
  WORKLOAD_IDENTITY = 'workloadidentity',
  /** A service principal (`AAD_SERVICE_PRINCIPAL_CLIENT_ID` and its secret or certificate). */
  SERVICE_PRINCIPAL = 'spn',
  /** The managed identity of the machine Terraform runs on. */
  MANAGED_IDENTITY = 'msi',
  /** An Azure Pipelines service connection. */
  AZURE_PIPELINES = 'azurepipelines',
}

/**
 * How each AKS cluster is locked down. Every default is the hardened choice; each relaxation is an
 * explicit prop (README, Security defaults).
 */
export interface AksSecurityProps {
  /**
   * Object ids of the Entra ID groups whose members administer the clusters (Kubernetes
   * `cluster-admin` through Entra ID RBAC).
   *
   * @default - none: access only through Azure role assignments (the identity that runs Terraform gets `Azure Kubernetes Service RBAC Cluster Admin`)
   */
  readonly adminGroupObjectIds?: string[];
  /**
   * Entra ID authentication with Azure RBAC for Kubernetes authorization. Turning it off needs
   * `localAccounts: true`, or nobody can sign in.
   *
   * @default true
   */
  readonly entraIdRbac?: boolean;
  /**
   * Keep the cluster's local accounts (the `clusterAdmin` client certificate, which bypasses
   * Entra ID). A relaxation. With local accounts off, Terraform reaches the cluster through
   * `kubelogin` (see `kubeloginMode`).
   *
   * @default false
   */
  readonly localAccounts?: boolean;
  /** How `kubelogin get-token` signs Terraform in when local accounts are off. @default AksKubeloginMode.AZURE_CLI */
  readonly kubeloginMode?: AksKubeloginMode;
  /**
   * Give the identity that runs Terraform the `Azure Kubernetes Service RBAC Cluster Admin` role on
   * each cluster, so the workloads stack can apply the manifests. Turn it off when that identity
   * is a member of an admin group, or has the role already.
   *
   * @default true
   */
  readonly deployerClusterAdmin?: boolean;
  /**
   * Address ranges (CIDR) allowed to reach the public API server: your offices, the Terraform
   * runners. Give these, or `privateCluster: true`, or `publicApiServer: true`.
   *
   * @default - none
   */
  readonly apiServerAuthorizedIpRanges?: string[];
  /**
   * A private cluster: the API server has only a VNet address, so Terraform must run from a
   * network peered with the unit's VNet.
   *
   * @default false
   */
  readonly privateCluster?: boolean;
  /**
   * Leave the API server reachable from every address (Entra ID still required). A relaxation,
   * for trials only.
   *
   * @default false
   */
  readonly publicApiServer?: boolean;
  /** Network policy engine. @default AksNetworkPolicy.CALICO */
  readonly networkPolicy?: AksNetworkPolicy;
  /** Automatic upgrade channel; node OS images follow the `NodeImage` channel unless this is `NONE`. @default AksUpgradeChannel.PATCH */
  readonly upgradeChannel?: AksUpgradeChannel;
  /**
   * Azure Monitor managed Prometheus metrics (003 §6.6: "Azure Monitor Metrics also supports
   * Prometheus metrics"): the add-on, an Azure Monitor workspace and the data collection rule
   * between them.
   *
   * @default true
   */
  readonly azureMonitorMetrics?: boolean;
  /** The OIDC issuer and Entra workload identity, so pods can use Azure without stored keys. @default true */
  readonly workloadIdentity?: boolean;
  /**
   * The Key Vault secrets provider (Secrets Store CSI driver), with rotation. The Voicemail Azure
   * Blob option reads its storage credentials through it.
   *
   * @default true
   */
  readonly keyVaultSecretsProvider?: boolean;
  /**
   * A dedicated system pool (`system`, tainted `CriticalAddonsOnly`) for the critical add-ons, so
   * no Genesys pod shares a node with CoreDNS or the metrics server; the guides' `general` pool then
   * is a user pool. Off: `general` is the system pool.
   *
   * @default true
   */
  readonly dedicatedSystemPool?: boolean;
}

/**
 * How each GKE cluster is locked down. Every default is the hardened choice; each relaxation is an
 * explicit prop (README, Security defaults).
 */
export interface GkeSecurityProps {
  /**
   * Nodes with internal addresses only; they reach the internet (image registries, the SMTP
   * relay) through a Cloud NAT the Terraform creates. SBCs still reach the pods' VPC addresses
   * (VPC-native). The guide tested public clusters only (003 §1.10); see the README, Security defaults.
   *
   * @default true
   */
  readonly privateNodes?: boolean;
  /**
   * Address ranges (CIDR) allowed to reach the control plane: your offices, the Terraform runners.
   * Give these, or `privateEndpoint: true`, or `publicControlPlane: true`.
   *
   * @default - none
   */
  readonly masterAuthorizedNetworks?: string[];
  /** The control plane only on its internal address: Terraform must run inside the VPC. @default false */
  readonly privateEndpoint?: boolean;
  /** Leave the control plane reachable from every address. A relaxation, for trials only. @default false */
  readonly publicControlPlane?: boolean;
  /**
   * GKE Dataplane V2, which enforces NetworkPolicies. The guide ships no policies and wants all
   * traffic between namespaces allowed (003 §1.10): without policies Dataplane V2 allows it all,
   * and the policies the library writes are derived from the guides' connection tables. Off: the
   * legacy data plane without enforcement.
   *
   * @default true
   */
  readonly dataplaneV2?: boolean;
  /** Workload identity (pool `<project>.svc.id.goog`) and the GKE metadata server on every node. @default true */
  readonly workloadIdentity?: boolean;
  /** Shielded nodes with secure boot and integrity monitoring. @default true */
  readonly shieldedNodes?: boolean;
  /**
   * Run the nodes as a dedicated service account with only the node role
   * (`roles/container.defaultNodeServiceAccount`) and read access to the units' Artifact Registry
   * repository, instead of the project's default compute account.
   *
   * @default true
   */
  readonly dedicatedNodeServiceAccount?: boolean;
}

/** How the managed data stores are protected, on both clouds. */
export interface StoreProtectionProps {
  /**
   * Reach the stores only privately: Azure private endpoints with public access off; Cloud SQL on a
   * private IP only. A relaxation when off (Azure only; Cloud SQL and Memorystore are always private).
   *
   * @default true
   */
  readonly privateAccess?: boolean;
  /**
   * Days of automated PostgreSQL backups kept (7 to 35 on Azure; on Cloud SQL the number of daily
   * backups, with point-in-time recovery over the last 7 days at most).
   *
   * @default 14
   */
  readonly backupRetentionDays?: number;
  /** Refuse to destroy a store (Terraform `prevent_destroy`; Cloud SQL's deletion protection too). @default true */
  readonly deletionProtection?: boolean;
  /**
   * Accept Redis without a password on GKE. Memorystore for Redis Cluster, which meets the guide's
   * cluster-mode rules, authenticates with IAM or not at all through the pinned Google provider,
   * and the Genesys services only know passwords; so its stores run without authentication,
   * reachable only through Private Service Connect in the group's VPC, and the services' Redis
   * Secrets carry an empty password. A relaxation: without it, a GKE unit with a managed Redis is
   * refused (README, Security defaults).
   *
   * @default false
   */
  readonly redisWithoutPassword?: boolean;
}
