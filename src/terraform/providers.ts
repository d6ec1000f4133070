/**
 * The Terraform provider packages, loaded on first use.
 *
 * The five `@cdktf/provider-*` packages weigh about 720 MB installed, and a user who only wants
 * manifests needs none of them, an AKS user not Google's, a GKE user not Azure's. So they are
 * optional peers of this package: no module of the library imports them at load time. The
 * Terraform constructs take each class through these loaders when they build the resource, which
 * loads only that one file of the provider (a provider's own index loads all of its resources, in
 * seconds), and only for the cloud the group runs on. Types come from `import type`, which
 * compiles to nothing; the public API names no provider type (it gives cdktf's `TerraformResource`),
 * so a consumer without the providers type-checks too.
 */
import { problem, SynthProblemsError } from '../core/problems';

/** One provider package: its npm name and the version range this library is built against. */
export interface ProviderPackage {
  /** npm package name. */
  readonly name: string;
  /** The range of peerDependencies in package.json (a test keeps them equal). */
  readonly range: string;
  /** What the library builds with it, for the error when it is missing. */
  readonly usedFor: string;
}

/** The provider packages the Terraform constructs load. */
export const PROVIDER_PACKAGES = {
  azurerm: { name: '@cdktf/provider-azurerm', range: '^14.23.1', usedFor: 'the Terraform of a group on AKS' },
  google: { name: '@cdktf/provider-google', range: '^16.12.1', usedFor: 'the Terraform of a group on GKE' },
  kubernetes: { name: '@cdktf/provider-kubernetes', range: '^12.1.1', usedFor: 'the workloads stacks of GroupTerraform' },
  helm: { name: '@cdktf/provider-helm', range: '^12.1.2', usedFor: 'the chart releases of GroupTerraform' },
  random: { name: '@cdktf/provider-random', range: '^12.0.1', usedFor: 'the generated store passwords of GroupTerraform' },
} satisfies Record<string, ProviderPackage>;

/** The files of `@cdktf/provider-azurerm` the library uses. */
interface AzurermFiles {
  'data-azurerm-client-config': typeof import('@cdktf/provider-azurerm/lib/data-azurerm-client-config');
  'kubernetes-cluster': typeof import('@cdktf/provider-azurerm/lib/kubernetes-cluster');
  'kubernetes-cluster-node-pool': typeof import('@cdktf/provider-azurerm/lib/kubernetes-cluster-node-pool');
  'log-analytics-workspace': typeof import('@cdktf/provider-azurerm/lib/log-analytics-workspace');
  'monitor-data-collection-endpoint': typeof import('@cdktf/provider-azurerm/lib/monitor-data-collection-endpoint');
  'monitor-data-collection-rule': typeof import('@cdktf/provider-azurerm/lib/monitor-data-collection-rule');
  'monitor-data-collection-rule-association': typeof import('@cdktf/provider-azurerm/lib/monitor-data-collection-rule-association');
  'monitor-workspace': typeof import('@cdktf/provider-azurerm/lib/monitor-workspace');
  'postgresql-flexible-server': typeof import('@cdktf/provider-azurerm/lib/postgresql-flexible-server');
  'postgresql-flexible-server-database': typeof import('@cdktf/provider-azurerm/lib/postgresql-flexible-server-database');
  'private-dns-zone': typeof import('@cdktf/provider-azurerm/lib/private-dns-zone');
  'private-dns-zone-virtual-network-link': typeof import('@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link');
  'private-endpoint': typeof import('@cdktf/provider-azurerm/lib/private-endpoint');
  'provider': typeof import('@cdktf/provider-azurerm/lib/provider');
  'redis-cache': typeof import('@cdktf/provider-azurerm/lib/redis-cache');
  'resource-group': typeof import('@cdktf/provider-azurerm/lib/resource-group');
  'role-assignment': typeof import('@cdktf/provider-azurerm/lib/role-assignment');
  'subnet': typeof import('@cdktf/provider-azurerm/lib/subnet');
  'virtual-network': typeof import('@cdktf/provider-azurerm/lib/virtual-network');
  'virtual-network-peering': typeof import('@cdktf/provider-azurerm/lib/virtual-network-peering');
}

/** The files of `@cdktf/provider-google` the library uses. */
interface GoogleFiles {
  'artifact-registry-repository-iam-member': typeof import('@cdktf/provider-google/lib/artifact-registry-repository-iam-member');
  'compute-global-address': typeof import('@cdktf/provider-google/lib/compute-global-address');
  'compute-network': typeof import('@cdktf/provider-google/lib/compute-network');
  'compute-router': typeof import('@cdktf/provider-google/lib/compute-router');
  'compute-router-nat': typeof import('@cdktf/provider-google/lib/compute-router-nat');
  'compute-subnetwork': typeof import('@cdktf/provider-google/lib/compute-subnetwork');
  'container-cluster': typeof import('@cdktf/provider-google/lib/container-cluster');
  'container-node-pool': typeof import('@cdktf/provider-google/lib/container-node-pool');
  'data-google-client-config': typeof import('@cdktf/provider-google/lib/data-google-client-config');
  'dns-managed-zone': typeof import('@cdktf/provider-google/lib/dns-managed-zone');
  'dns-record-set': typeof import('@cdktf/provider-google/lib/dns-record-set');
  'network-connectivity-service-connection-policy': typeof import('@cdktf/provider-google/lib/network-connectivity-service-connection-policy');
  'project-iam-member': typeof import('@cdktf/provider-google/lib/project-iam-member');
  'provider': typeof import('@cdktf/provider-google/lib/provider');
  'redis-cluster': typeof import('@cdktf/provider-google/lib/redis-cluster');
  'service-account': typeof import('@cdktf/provider-google/lib/service-account');
  'service-networking-connection': typeof import('@cdktf/provider-google/lib/service-networking-connection');
  'sql-database': typeof import('@cdktf/provider-google/lib/sql-database');
  'sql-database-instance': typeof import('@cdktf/provider-google/lib/sql-database-instance');
  'sql-user': typeof import('@cdktf/provider-google/lib/sql-user');
}

/** The files of `@cdktf/provider-kubernetes` the library uses. */
interface KubernetesFiles {
  'data-kubernetes-secret-v1': typeof import('@cdktf/provider-kubernetes/lib/data-kubernetes-secret-v1');
  'provider': typeof import('@cdktf/provider-kubernetes/lib/provider');
  'secret-v1': typeof import('@cdktf/provider-kubernetes/lib/secret-v1');
}

/** The files of `@cdktf/provider-helm` the library uses. */
interface HelmFiles {
  provider: typeof import('@cdktf/provider-helm/lib/provider');
  release: typeof import('@cdktf/provider-helm/lib/release');
}

/** The files of `@cdktf/provider-random` the library uses. */
interface RandomFiles {
  password: typeof import('@cdktf/provider-random/lib/password');
  provider: typeof import('@cdktf/provider-random/lib/provider');
}

/** One file (`lib/<file>.js`) of the AzureRM provider. */
export function azurerm<F extends keyof AzurermFiles>(file: F): AzurermFiles[F] {
  return providerFile(PROVIDER_PACKAGES.azurerm, file);
}

/** One file (`lib/<file>.js`) of the Google provider. */
export function google<F extends keyof GoogleFiles>(file: F): GoogleFiles[F] {
  return providerFile(PROVIDER_PACKAGES.google, file);
}

/** One file (`lib/<file>.js`) of the Kubernetes provider. */
export function kubernetes<F extends keyof KubernetesFiles>(file: F): KubernetesFiles[F] {
  return providerFile(PROVIDER_PACKAGES.kubernetes, file);
}

/** One file (`lib/<file>.js`) of the Helm provider. */
export function helm<F extends keyof HelmFiles>(file: F): HelmFiles[F] {
  return providerFile(PROVIDER_PACKAGES.helm, file);
}

/** One file (`lib/<file>.js`) of the Random provider. */
export function random<F extends keyof RandomFiles>(file: F): RandomFiles[F] {
  return providerFile(PROVIDER_PACKAGES.random, file);
}

/**
 * Thrown when a provider package the Terraform needs is not installed: a synth problem, so that
 * `synthesize` reports it like any other and writes nothing.
 */
export class MissingProviderError extends SynthProblemsError {
  public constructor(pkg: ProviderPackage, cause: Error) {
    super([problem(
      `GroupTerraform: ${pkg.usedFor} needs the Terraform provider package ${pkg.name}, which is not installed (${cause.message.split('\n')[0]})`,
      `install it beside genesys-pe-constructs, whose optional peer it is: npm install ${pkg.name}@"${pkg.range}" (manifests-only users need no provider; AKS users not Google's, GKE users not AzureRM's)`,
      'README, Installing',
    )]);
    this.name = 'MissingProviderError';
  }
}

function providerFile<T>(pkg: ProviderPackage, file: string): T {
  const id = `${pkg.name}/lib/${file}`;
  try {
    // A plain require, so that only this file of the provider loads, and only when first used.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(id) as T;
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    // Only the file asked for being absent means the package is missing; anything else is a real fault.
    if (error.code === 'MODULE_NOT_FOUND' && String(error.message).split('\n')[0].includes(`'${id}'`)) throw new MissingProviderError(pkg, error);
    throw e;
  }
}
