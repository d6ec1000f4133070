// Names and values the clouds and Kubernetes accept, per resource kind. Not from the Genesys guides:
// each rule cites the cloud's or Kubernetes' own documentation. Checked at synth time, so that a
// name no cloud accepts fails before anything is written, not at `terraform apply`.

/** A naming rule of one resource kind. */
export interface NamingRule {
  /** What is named, e.g. `AKS cluster name`. */
  readonly what: string;
  /** The whole value must match. */
  readonly pattern: RegExp;
  /** Fewest characters. */
  readonly minLength: number;
  /** Most characters. */
  readonly maxLength: number;
  /** The rule in words, for the fix. */
  readonly says: string;
  /** Where the rule comes from. */
  readonly source: string;
}

const AZURE_NAMES = 'Azure resource name rules (learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules)';
const K8S_NAMES = 'Kubernetes object names and IDs (kubernetes.io/docs/concepts/overview/working-with-objects/names)';
const GCP_NAMES = 'Compute Engine naming convention, RFC 1035 (cloud.google.com/compute/docs/naming-resources)';

/** The resource kinds the library names. */
export type NameKind =
  | 'aks-cluster'
  | 'aks-dns-prefix'
  | 'azure-resource-group'
  | 'aks-node-pool'
  | 'azure-redis'
  | 'azure-postgres-server'
  | 'gke-cluster'
  | 'gke-node-pool'
  | 'gcp-network'
  | 'gcp-service-account'
  | 'gcp-project'
  | 'gcp-redis'
  | 'gcp-postgres-instance'
  | 'postgres-database'
  | 'k8s-dns-label'
  | 'k8s-dns-subdomain'
  | 'k8s-label-value'
  | 'k8s-secret-key'
  | 'image-tag'
  | 'kubernetes-version';

/**
 * The Google Cloud form: lower-case letters, digits and "-", starting with a letter and ending with
 * a letter or digit (RFC 1035 labels), between `min` and `max` characters.
 */
function gcpName(what: string, min: number, max: number, source: string): NamingRule {
  return {
    what,
    pattern: /^[a-z]([a-z0-9-]*[a-z0-9])?$/,
    minLength: min,
    maxLength: max,
    says: `${min} to ${max} lower-case letters, digits and "-", starting with a letter and ending with a letter or digit`,
    source,
  };
}

/** The rules, by kind. */
export const NAMING_RULES: Record<NameKind, NamingRule> = {
  'aks-cluster': {
    what: 'AKS cluster name',
    pattern: /^[A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?$/,
    minLength: 1,
    maxLength: 63,
    says: '1 to 63 letters, digits, "_" and "-", starting and ending with a letter or digit',
    source: `${AZURE_NAMES}, Microsoft.ContainerService/managedClusters`,
  },
  'aks-dns-prefix': {
    what: 'AKS DNS prefix',
    pattern: /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/,
    minLength: 1,
    maxLength: 54,
    says: '1 to 54 letters, digits and "-", starting and ending with a letter or digit',
    source: 'AKS API, ManagedClusterProperties.dnsPrefix (learn.microsoft.com/rest/api/aks/managed-clusters)',
  },
  'azure-resource-group': {
    what: 'Azure resource group name',
    pattern: /^[-\w.()]*[-\w()]$/,
    minLength: 1,
    maxLength: 90,
    says: '1 to 90 letters, digits, "_", "-", ".", "(" and ")", not ending with "."',
    source: `${AZURE_NAMES}, Microsoft.Resources/resourceGroups`,
  },
  'aks-node-pool': {
    what: 'AKS node pool name',
    pattern: /^[a-z][a-z0-9]*$/,
    minLength: 1,
    maxLength: 12,
    says: '1 to 12 lower-case letters and digits, starting with a letter (Linux pools)',
    source: `${AZURE_NAMES}, Microsoft.ContainerService/managedClusters/agentPools`,
  },
  'azure-redis': {
    what: 'Azure Cache for Redis name',
    pattern: /^[A-Za-z0-9](?!.*--)([A-Za-z0-9-]*[A-Za-z0-9])?$/,
    minLength: 1,
    maxLength: 63,
    says: '1 to 63 letters, digits and "-", starting and ending with a letter or digit, no "--"',
    source: `${AZURE_NAMES}, Microsoft.Cache/redis`,
  },
  'azure-postgres-server': {
    what: 'Azure Database for PostgreSQL flexible server name',
    pattern: /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/,
    minLength: 3,
    maxLength: 63,
    says: '3 to 63 lower-case letters, digits and "-", not starting or ending with "-"',
    source: `${AZURE_NAMES}, Microsoft.DBforPostgreSQL/flexibleServers`,
  },
  'gke-cluster': gcpName('GKE cluster name', 1, 40, 'GKE API, Cluster.name (cloud.google.com/kubernetes-engine/docs/reference/rest/v1/projects.locations.clusters)'),
  'gke-node-pool': gcpName('GKE node pool name', 1, 40, 'GKE API, NodePool.name (cloud.google.com/kubernetes-engine/docs/reference/rest/v1/projects.locations.clusters.nodePools)'),
  'gcp-network': gcpName('GCP VPC network name', 1, 63, GCP_NAMES),
  'gcp-service-account': gcpName('GCP service account id', 6, 30, 'IAM, creating service accounts (cloud.google.com/iam/docs/service-accounts-create)'),
  'gcp-project': gcpName('GCP project id', 6, 30, 'Resource Manager, creating and managing projects, project ID (cloud.google.com/resource-manager/docs/creating-managing-projects)'),
  'gcp-redis': gcpName('Memorystore for Redis Cluster id', 1, 63, 'Memorystore for Redis Cluster API, CreateClusterRequest.cluster_id (cloud.google.com/memorystore/docs/cluster/reference/rest)'),
  'gcp-postgres-instance': {
    what: 'Cloud SQL instance id',
    pattern: /^[a-z]([a-z0-9-]*[a-z0-9])?$/,
    minLength: 1,
    // "project-ID:instance-ID must be 98 characters or less"; the project id takes up to 30 and the colon one.
    maxLength: 67,
    says: 'lower-case letters, digits and "-", starting with a letter; with the project id at most 98 characters',
    source: 'Cloud SQL, instance settings, instance ID (cloud.google.com/sql/docs/postgres/instance-settings)',
  },
  'postgres-database': {
    what: 'PostgreSQL database name',
    pattern: /^[A-Za-z_][A-Za-z0-9_$-]*$/,
    minLength: 1,
    maxLength: 63,
    // Hyphens need quoting in SQL, but the providers quote the name, and the IXN guide's databases carry them.
    says: 'at most 63 characters: a letter or "_", then letters, digits, "_", "$" or "-"; no spaces, quotes or ";"',
    source: 'PostgreSQL, Lexical Structure, 4.1.1 Identifiers (NAMEDATALEN 64) (postgresql.org/docs/current/sql-syntax-lexical.html)',
  },
  'k8s-dns-label': {
    what: 'Kubernetes name (DNS-1123 label)',
    pattern: /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/,
    minLength: 1,
    maxLength: 63,
    says: '1 to 63 lower-case letters, digits and "-", starting and ending with a letter or digit',
    source: `${K8S_NAMES}, DNS label names (RFC 1123)`,
  },
  'k8s-dns-subdomain': {
    what: 'Kubernetes object name (DNS-1123 subdomain)',
    pattern: /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/,
    minLength: 1,
    maxLength: 253,
    says: '1 to 253 lower-case letters, digits, "-" and ".", starting and ending with a letter or digit',
    source: `${K8S_NAMES}, DNS subdomain names (RFC 1123)`,
  },
  'k8s-label-value': {
    what: 'Kubernetes label value',
    pattern: /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/,
    minLength: 0,
    maxLength: 63,
    says: 'at most 63 letters, digits, "-", "_" and ".", starting and ending with a letter or digit',
    source: 'Kubernetes labels, syntax and character set (kubernetes.io/docs/concepts/overview/working-with-objects/labels)',
  },
  'k8s-secret-key': {
    what: 'Kubernetes Secret key',
    pattern: /^[-._a-zA-Z0-9]+$/,
    minLength: 1,
    maxLength: 253,
    says: '1 to 253 letters, digits, "-", "_" and "."',
    source: 'Kubernetes Secrets, Secret.data keys (kubernetes.io/docs/concepts/configuration/secret)',
  },
  'image-tag': {
    what: 'container image tag',
    pattern: /^[A-Za-z0-9_][A-Za-z0-9._-]*$/,
    minLength: 1,
    maxLength: 128,
    says: '1 to 128 letters, digits, "_", "." and "-", not starting with "." or "-"',
    source: 'OCI Distribution Specification, tag grammar [a-zA-Z0-9_][a-zA-Z0-9._-]{0,127} (github.com/opencontainers/distribution-spec)',
  },
  'kubernetes-version': {
    what: 'Kubernetes version',
    // AKS takes `1.29` or `1.29.2`; GKE also `1.29.1-gke.1589018`. Aliases such as `latest` move, and
    // the same input must give the same output (DESIGN principle 6).
    pattern: /^1\.\d{1,2}(\.\d{1,3}(-gke\.\d+)?)?$/,
    minLength: 1,
    maxLength: 40,
    says: 'a release such as "1.29" or a patch such as "1.29.2" (GKE: "1.29.1-gke.1589018"), not an alias such as "latest"',
    source: 'AKS supported Kubernetes versions (learn.microsoft.com/azure/aks/supported-kubernetes-versions); GKE versioning (cloud.google.com/kubernetes-engine/versioning)',
  },
};

/**
 * The most a container may request and still fit on a node of the machine families the library's
 * node pools use (003 §1.10: general-purpose instances): the largest Dsv5 VM on AKS
 * (Standard_D96s_v5, 96 vCPU, 384 GiB), the largest N2 machine on GKE (n2-highmem-128, 128 vCPU,
 * 864 GB). A pod whose requests exceed every node never schedules (Kubernetes scheduler,
 * NodeResourcesFit).
 */
export const CONTAINER_BOUNDS: Record<'aks' | 'gke', { readonly cpuCores: number; readonly memoryGiB: number; readonly source: string }> = {
  aks: { cpuCores: 96, memoryGiB: 384, source: 'Azure Dsv5 sizes (learn.microsoft.com/azure/virtual-machines/sizes/general-purpose/dv5-series); 003 §1.10' },
  gke: { cpuCores: 128, memoryGiB: 804, source: 'GCP N2 machine types (cloud.google.com/compute/docs/general-purpose-machines#n2_machine_types); 003 §1.10' },
};
