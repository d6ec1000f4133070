import { KubernetesPlatform } from '../catalog';
import { ManifestFileObjects, ReleaseSpec, problem } from '../core';
import { RedisCluster } from '../datastores';
import { UnitGroup } from '../topology';
import type { GroupTerraformProps } from './group-terraform';
import { AksSecurityProps, GkeSecurityProps, StoreProtectionProps } from './security-props';
import { StateBackend } from './state-backend';

/**
 * Every problem with the state backend, the cluster access and the store protection of a group.
 *
 * @param group the unit group
 * @param manifests each unit's manifests, by unit id
 * @param props the Terraform options
 * @param releases each unit's chart releases, by unit id
 */
export function hardeningProblems(
  group: UnitGroup, manifests: Map<string, ManifestFileObjects[]>, props: GroupTerraformProps, releases: Map<string, ReleaseSpec[]> = new Map(),
): string[] {
  const gke = group.units.filter((u) => u.platform.kind === KubernetesPlatform.GKE);
  const aks = group.units.filter((u) => u.platform.kind !== KubernetesPlatform.GKE);
  const gkeRedis = gke.flatMap((u) =>
    u.node.findAll().filter((c): c is RedisCluster => c instanceof RedisCluster && c.managedName !== undefined).map((s) => `${u.clusterId}/${s.node.id}`),
  );
  return [
    ...stateBackendProblems(props.stateBackend),
    ...(aks.length > 0 ? aksSecurityProblems(props.aksSecurity) : []),
    ...(aks.length > 0 ? cidrProblems('aksSecurity.apiServerAuthorizedIpRanges', props.aksSecurity?.apiServerAuthorizedIpRanges) : []),
    ...(gke.length > 0 ? gkeSecurityProblems(props.gkeSecurity) : []),
    ...(gke.length > 0 ? cidrProblems('gkeSecurity.masterAuthorizedNetworks', props.gkeSecurity?.masterAuthorizedNetworks) : []),
    ...(gke.length > 0 ? privateNodeVersionProblems(props.kubernetesVersion, props.gkeSecurity) : []),
    ...storeProtectionProblems(props.storeProtection, aks.length > 0, gke.length > 0),
    ...gkeRedisProblems(gkeRedis, props.storeProtection),
    ...aks.flatMap((u) => keyVaultProblems(u.clusterId, manifests.get(u.clusterId) ?? [], props.aksSecurity, releases.get(u.clusterId) ?? [])),
  ];
}

const EXAMPLE_BACKEND = "stateBackend: StateBackend.azureStorage({ resourceGroupName: 'tfstate', storageAccountName: 'acmetfstate', containerName: 'tfstate' }) or StateBackend.gcs({ bucket: 'acme-tfstate' })";

/** The state holds every credential the Terraform creates: it needs a remote, locked backend, or an explicit choice of local files. */
export function stateBackendProblems(backend: StateBackend | undefined): string[] {
  if (!backend) {
    return [
      problem(
        'GroupTerraform: no stateBackend is given; the state holds every store password and access key, and cdktf would keep it in an unlocked local file at an absolute path of this machine',
        `give ${EXAMPLE_BACKEND}, or StateBackend.local() to keep local files on purpose`,
      ),
    ];
  }
  return backend.problems().map((p) => problem(`GroupTerraform: ${p}`, 'name the storage account and container, or the bucket; give a local directory relative to the stack folder'));
}

/** An API server reachable one way only: authorized ranges, private, or public on purpose. */
function endpointProblems(cloud: string, choices: Array<[string, boolean]>, fix: string): string[] {
  const chosen = choices.filter(([, on]) => on).map(([name]) => name);
  if (chosen.length === 1) return [];
  const what = chosen.length === 0
    ? `GroupTerraform: the ${cloud} API server would be open to every address; say who may reach it`
    : `GroupTerraform: the ${cloud} API server access is given more than one way (${chosen.join(', ')})`;
  return [problem(what, fix)];
}

/** AKS: a way in for Terraform and admins, and one kind of API server access. */
export function aksSecurityProblems(security: AksSecurityProps | undefined): string[] {
  const s = security ?? {};
  const found = endpointProblems(
    'AKS',
    [
      ['apiServerAuthorizedIpRanges', (s.apiServerAuthorizedIpRanges ?? []).length > 0],
      ['privateCluster', s.privateCluster ?? false],
      ['publicApiServer', s.publicApiServer ?? false],
    ],
    "give aksSecurity: { apiServerAuthorizedIpRanges: ['203.0.113.0/24'] } (your offices and Terraform runners), or privateCluster: true, or publicApiServer: true for a trial",
  );
  if (!(s.entraIdRbac ?? true) && !(s.localAccounts ?? false)) {
    found.push(problem('GroupTerraform: aksSecurity turns Entra ID RBAC off and keeps local accounts off, so nobody could sign in to the clusters', 'keep entraIdRbac on (the default), or set localAccounts: true'));
  }
  return found;
}

/** GKE: one kind of control plane access. */
export function gkeSecurityProblems(security: GkeSecurityProps | undefined): string[] {
  const s = security ?? {};
  return endpointProblems(
    'GKE',
    [
      // A private endpoint may be narrowed by authorized networks too.
      ['masterAuthorizedNetworks or privateEndpoint', (s.masterAuthorizedNetworks ?? []).length > 0 || (s.privateEndpoint ?? false)],
      ['publicControlPlane', s.publicControlPlane ?? false],
    ],
    "give gkeSecurity: { masterAuthorizedNetworks: ['203.0.113.0/24'] } (your offices and Terraform runners), or privateEndpoint: true, or publicControlPlane: true for a trial",
  );
}

/** Backup retention within what the clouds accept: Azure PostgreSQL keeps 7 to 35 days, Cloud SQL 1 to 365 backups. */
export function storeProtectionProblems(protection: StoreProtectionProps | undefined, hasAks: boolean, hasGke: boolean): string[] {
  const days = protection?.backupRetentionDays;
  if (days === undefined) return [];
  const [min, max] = hasAks ? [7, 35] : [1, 365];
  if (Number.isInteger(days) && days >= min && days <= max) return [];
  const where = hasAks && hasGke ? 'Azure Database for PostgreSQL (the narrower range)' : hasAks ? 'Azure Database for PostgreSQL' : 'Cloud SQL';
  return [problem(`GroupTerraform: storeProtection.backupRetentionDays is ${days}, but ${where} keeps backups for ${min} to ${max} days`, `give a whole number from ${min} to ${max}`)];
}

/**
 * GKE's managed Redis has no password to give the services (docs/security.md): only with the
 * explicit relaxation.
 *
 * @param stores `unit/store` of every managed Redis in a GKE unit
 * @param protection the store settings
 */
export function gkeRedisProblems(stores: string[], protection: StoreProtectionProps | undefined): string[] {
  if (stores.length === 0 || protection?.redisWithoutPassword) return [];
  return [
    problem(
      `GroupTerraform: managed Redis ${stores.join(', ')} would run on Memorystore for Redis Cluster, which gives no password (IAM or no authentication), so the services' Redis Secrets would carry an empty password`,
      'set storeProtection: { redisWithoutPassword: true } to accept Redis reachable only inside the VPC without a password, or bind the services to a Redis with a password (new RedisCluster with its address)',
      '003 §1.11',
    ),
  ];
}

const SECRETS_STORE_DRIVER = 'secrets-store.csi.k8s.io';

/**
 * Pods that mount Key Vault secrets (the Voicemail Azure Blob option's default, 000 §7.2) need the
 * Key Vault secrets provider on their AKS cluster.
 *
 * @param unitId the AKS unit
 * @param files its manifests
 * @param security the AKS settings
 * @param releases its chart releases, whose values give the chart's volumes (Voicemail's `blobStorage.volumes`)
 */
export function keyVaultProblems(
  unitId: string, files: ManifestFileObjects[], security: AksSecurityProps | undefined, releases: ReleaseSpec[] = [],
): string[] {
  if (security?.keyVaultSecretsProvider ?? true) return [];
  const users = [
    ...files
      .flatMap((f) => f.objects)
      .filter((o: any) => (o.spec?.template?.spec?.volumes ?? []).some((v: any) => v.csi?.driver === SECRETS_STORE_DRIVER))
      .map((o: any) => `${o.metadata.namespace}/${o.metadata.name}`),
    ...releases.filter((r) => !r.rendered && mountsSecretsStore(r.values)).map((r) => `${r.namespace}/${r.releaseName}`),
  ];
  if (users.length === 0) return [];
  return [
    problem(
      `GroupTerraform: aksSecurity turns the Key Vault secrets provider off, but in unit ${unitId} ${users.join(', ')} mount Key Vault secrets through it`,
      'keep keyVaultSecretsProvider on, or give Voicemail azureBlob: { keyVault: false } and a Secret with the storage keys',
      '000 §7.2',
    ),
  ];
}

/** Whether a values tree gives a volume of the Secrets Store CSI driver anywhere. */
function mountsSecretsStore(values: unknown): boolean {
  if (!values || typeof values !== 'object') return false;
  if ((values as any).csi?.driver === SECRETS_STORE_DRIVER) return true;
  return Object.values(values).some(mountsSecretsStore);
}

const IPV4_CIDR = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}\/(3[0-2]|[12]?\d)$/;

/** Address ranges must be IPv4 CIDR blocks, or the cloud refuses them only at apply time. */
function cidrProblems(prop: string, ranges: string[] | undefined): string[] {
  const bad = (ranges ?? []).filter((r) => !IPV4_CIDR.test(r));
  if (bad.length === 0) return [];
  return [problem(`GroupTerraform: ${prop} has ${bad.map((r) => `"${r}"`).join(', ')}, which ${bad.length > 1 ? 'are not IPv4 CIDR blocks' : 'is not an IPv4 CIDR block'}`, "write each range as address/prefix, e.g. '203.0.113.0/24' or '198.51.100.7/32'")];
}

/** Private nodes without a control-plane range get a Private Service Connect control plane, from GKE 1.29 on. */
function privateNodeVersionProblems(version: string, security: GkeSecurityProps | undefined): string[] {
  if (!(security?.privateNodes ?? true)) return [];
  const [major, minor] = version.split('.').map(Number);
  if (major > 1 || (major === 1 && minor >= 29)) return [];
  return [
    problem(
      `GroupTerraform: GKE private nodes need Kubernetes 1.29 or later (their control plane is reached through Private Service Connect), but kubernetesVersion is ${version}`,
      'give kubernetesVersion 1.29 or later, or set gkeSecurity: { privateNodes: false }',
    ),
  ];
}
