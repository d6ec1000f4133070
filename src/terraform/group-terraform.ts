import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { DnsManagedZone } from '@cdktf/provider-google/lib/dns-managed-zone';
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { HelmProvider } from '@cdktf/provider-helm/lib/provider';
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { TerraformResource, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { KubernetesPlatform } from '../catalog';
import { GenesysApp, problem } from '../core';
import { SynthProblemsError } from '../core/problems';
import { ConsulSettings, PostgresServer, RedisCluster } from '../datastores';
import { VoiceSipCluster } from '../services';
import { Unit, UnitGroup } from '../topology';
import { AksCluster } from './aks-cluster';
import { AzurePrivateLink } from './azure-private-link';
import { ClusterAccess } from './cluster-access';
import { GkeCluster } from './gke-cluster';
import { GkeGroupNetwork, peerAksUnits } from './group-network';
import { StoreCredentials, azurePostgres, azureRedis, gcpPostgres, gcpRedis, memorystoreConnectionPolicy, redisSecretValue } from './managed-stores';
import { terraformNameProblems } from './naming-problems';
import { addressPlan, clusterDnsAddress } from './network-plan';
import { planNodePools } from './node-pool-plan';
import { Prerequisites, releasesWithSnippets, snippetIngresses } from './prerequisites';
import { GkeReleaseChannel, NodePoolsProps, PrerequisitesProps } from './props';
import { hardeningProblems } from './security-checks';
import { AksSecurityProps, GkeSecurityProps, StoreProtectionProps } from './security-props';
import { sharedReference } from './shared-reference';
import { StateBackend } from './state-backend';
import { TerraformSecret, Workloads } from './workloads';
import { checkProps } from '../core/check-props';

/** Options of the Terraform of a unit group. */
export interface GroupTerraformProps {
  /** The unit group, as modelled for the manifests: the same model feeds both outputs. */
  readonly group: UnitGroup;
  /** Kubernetes version of every cluster, e.g. `1.29`. */
  readonly kubernetesVersion: string;
  /** GCP project, required when the group has GKE units. @default - none */
  readonly gcpProject?: string;
  /** Node pool sizes. @default - see NodePoolsProps */
  readonly nodePools?: NodePoolsProps;
  /** AKS: Log Analytics workspace and Container insights. @default false */
  readonly containerInsights?: boolean;
  /**
   * AKS: resource id of the Azure Container Registry the units' `imageRegistry` names
   * (`/subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.ContainerRegistry/registries/<name>`).
   * Each AKS cluster's kubelet identity gets the `AcrPull` role on it, so nodes pull the images
   * without a pull secret. @default - no role assignment: grant it yourself or use `imagePullSecrets`
   */
  readonly containerRegistryId?: string;
  /** GKE release channel. @default GkeReleaseChannel.REGULAR */
  readonly releaseChannel?: GkeReleaseChannel;
  /** Which prerequisites to install. @default - Consul, ingress-nginx, KEDA, prometheus-operator CRDs */
  readonly prerequisites?: PrerequisitesProps;
  /**
   * Where every stack keeps its state: `StateBackend.azureStorage(...)` or `StateBackend.gcs(...)`
   * (locked, one key or prefix per stack, named after the stack), or `StateBackend.local()` to keep
   * local files on purpose. The state holds every credential the Terraform creates.
   */
  readonly stateBackend: StateBackend;
  /**
   * How the AKS clusters are locked down. Say who may reach the API server
   * (`apiServerAuthorizedIpRanges`, `privateCluster` or, for a trial, `publicApiServer`).
   *
   * @default - every hardened default of AksSecurityProps; no API server access, which is refused when the group has AKS units
   */
  readonly aksSecurity?: AksSecurityProps;
  /**
   * How the GKE clusters are locked down. Say who may reach the control plane
   * (`masterAuthorizedNetworks`, `privateEndpoint` or, for a trial, `publicControlPlane`).
   *
   * @default - every hardened default of GkeSecurityProps; no control plane access, which is refused when the group has GKE units
   */
  readonly gkeSecurity?: GkeSecurityProps;
  /** How the managed stores are protected. @default - private access, 14 days of backups with point-in-time recovery, deletion protection */
  readonly storeProtection?: StoreProtectionProps;
}

/**
 * The Terraform of a unit group, from the same model as its manifests. Per unit, two stacks:
 * `<unit>-infra` (cluster, node pools, network, provisioned data stores, prerequisites by Helm,
 * among them the CRDs) and `<unit>-workloads` (the unit's manifests as `kubernetes_manifest`, and
 * the stores' credentials Secrets), which depends on it, so Terraform never plans a custom
 * resource before its CRD exists. One group stack, `<group>-network`, peers the AKS units' VNets
 * or holds the GKE units' shared VPC.
 */
export class GroupTerraform extends Construct {
  /** The infrastructure stack of each unit, by unit id. */
  public readonly infraStacks: Record<string, TerraformStack> = {};
  /** The workloads stack of each unit, by unit id. */
  public readonly workloadStacks: Record<string, TerraformStack> = {};
  /** The group's network stack. */
  public readonly networkStack: TerraformStack;
  /** The infra stack holding the Memorystore connection policy of each GKE region. */
  private readonly memorystorePolicies = new Map<string, TerraformStack>();

  /**
   * @param scope the cdktf app
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: GroupTerraformProps) {
    checkProps(scope, 'GroupTerraformProps', props, id);
    super(scope, id);
    const group = props.group;
    const model = group.node.root;
    if (!(model instanceof GenesysApp)) throw new Error('GroupTerraform: the unit group must belong to a GenesysApp');
    const gkeUnits = group.units.filter((u) => u.platform.kind === KubernetesPlatform.GKE);
    // The manifests model and the Terraform's own rules, in one report, before anything is built.
    // One pass: the problems and, when there are none, the manifests, rendered once.
    const { problems: modelProblems, manifests: unitManifests } = model._checkModel();
    const manifests = new Map(unitManifests.map((m) => [m.unitId, m.files]));
    const releases = new Map(unitManifests.map((m) => [m.unitId, m.releases]));
    const own = [
      ...terraformProblems(group, gkeUnits, props),
      ...(modelProblems.length === 0 ? hardeningProblems(group, manifests, props, releases) : []),
    ];
    const problems = [...modelProblems, ...own.map((p) => `[${this.node.path}] ${p}`)];
    if (problems.length > 0) {
      // Written by an app.synth() before this check: say so, and how to check first.
      const early = model.hasWritten ? `the manifests in ${model.outdir}` : undefined;
      const hint = early ? [`[${this.node.path}] ${problem(`the manifests in ${model.outdir} were written before the Terraform was checked`, 'build both in synthesize((app, terraform) => { ... }), which writes neither until both pass')}`] : [];
      throw new SynthProblemsError([...problems, ...hint], early);
    }

    this.networkStack = new TerraformStack(scope, `${group.groupId}-network`);
    props.stateBackend.bind(this.networkStack);
    const vpcName = `${group.groupId}-vpc`;
    const gkeNetwork = gkeUnits.length > 0 ? this.gkeNetwork(props.gcpProject!, vpcName) : undefined;
    const aksClusters: Array<{ id: string; cluster: AksCluster }> = [];

    group.units.forEach((unit, index) => {
      const infra = new TerraformStack(scope, `${unit.clusterId}-infra`);
      const workloads = new TerraformStack(scope, `${unit.clusterId}-workloads`);
      workloads.addDependency(infra);
      props.stateBackend.bind(infra);
      props.stateBackend.bind(workloads);
      this.infraStacks[unit.clusterId] = infra;
      this.workloadStacks[unit.clusterId] = workloads;
      new RandomProvider(infra, 'random');

      const name = `${group.groupId}-${unit.clusterId}`;
      const addresses = addressPlan(index);
      let access: ClusterAccess;
      let credentials: Map<Construct, StoreCredentials>;
      if (unit.platform.kind === KubernetesPlatform.AKS) {
        new AzurermProvider(infra, 'azurerm', { features: [{}] });
        const aks = new AksCluster(infra, 'aks', {
          name,
          location: unit.region,
          kubernetesVersion: props.kubernetesVersion,
          pools: planNodePools(props.nodePools ?? {}, 'Standard_D8s_v5'),
          addresses,
          containerInsights: props.containerInsights ?? false,
          containerRegistryId: props.containerRegistryId,
          security: props.aksSecurity,
          systemPool: props.nodePools?.system,
        });
        aksClusters.push({ id: unit.clusterId, cluster: aks });
        access = aks.access;
        credentials = this.azureStores(infra, unit, aks, addresses.privateEndpoints, props.storeProtection ?? {});
      } else {
        infra.addDependency(this.networkStack);
        new GoogleProvider(infra, 'google', { project: props.gcpProject, region: unit.region });
        const gke = new GkeCluster(infra, 'gke', {
          name,
          region: unit.region,
          kubernetesVersion: props.kubernetesVersion,
          releaseChannel: props.releaseChannel ?? GkeReleaseChannel.REGULAR,
          pools: planNodePools(props.nodePools ?? {}, 'n2-standard-8'),
          addresses,
          networkName: vpcName,
          project: props.gcpProject!,
          imageRegistry: unit.imageRegistry,
          security: props.gkeSecurity,
        });
        access = gke.access;
        credentials = this.gcpStores(infra, unit, { networkId: gkeNetwork!.network.id, subnetId: gke.subnet.id }, props.storeProtection ?? {});
      }

      new HelmProvider(infra, 'helm', { kubernetes: { ...access } });
      const files = manifests.get(unit.clusterId) ?? [];
      const unitReleases = releases.get(unit.clusterId) ?? [];
      new Prerequisites(infra, 'prerequisites', props.prerequisites ?? {}, storesOf(unit, ConsulSettings)[0], snippetIngresses(files).length > 0 || releasesWithSnippets(unitReleases).length > 0);
      new Workloads(workloads, 'workloads', { files, releases: unitReleases, access, secrets: secretsFor(unit, credentials) });
    });

    if (aksClusters.length > 1) {
      new AzurermProvider(this.networkStack, 'azurerm', { features: [{}] });
      peerAksUnits(this.networkStack, aksClusters);
    }
  }

  private gkeNetwork(project: string, vpcName: string): GkeGroupNetwork {
    new GoogleProvider(this.networkStack, 'google', { project });
    return new GkeGroupNetwork(this.networkStack, 'gke-network', vpcName);
  }

  private azureStores(
    infra: TerraformStack,
    unit: Unit,
    aks: AksCluster,
    endpointRange: string,
    protection: StoreProtectionProps,
  ): Map<Construct, StoreCredentials> {
    const found = new Map<Construct, StoreCredentials>();
    const privateLink = (protection.privateAccess ?? true) ? new AzurePrivateLink(infra, 'private-link', aks, endpointRange) : undefined;
    const at = { resourceGroupName: aks.resourceGroup.name, location: unit.region, privateLink, protection };
    for (const store of storesOf(unit, RedisCluster).filter((s) => s.managedName)) found.set(store, azureRedis(infra, store, at));
    for (const server of storesOf(unit, PostgresServer).filter((s) => s.managedName)) found.set(server, azurePostgres(infra, server, at));
    return found;
  }

  private gcpStores(
    infra: TerraformStack,
    unit: Unit,
    { networkId, subnetId }: { networkId: string; subnetId: string },
    protection: StoreProtectionProps,
  ): Map<Construct, StoreCredentials> {
    const found = new Map<Construct, StoreCredentials>();
    const redis = storesOf(unit, RedisCluster).filter((s) => s.managedName);
    const postgres = storesOf(unit, PostgresServer).filter((s) => s.managedName);
    if (redis.length + postgres.length === 0) return found;
    // One connection policy per region lets Memorystore create its Private Service Connect endpoints.
    const owner = this.memorystorePolicies.get(unit.region);
    let connectionPolicy: TerraformResource | undefined;
    if (redis.length > 0 && owner) infra.addDependency(owner);
    if (redis.length > 0 && !owner) {
      connectionPolicy = memorystoreConnectionPolicy(infra, `${unit.unitGroup}-${unit.region}-memorystore`, unit.region, networkId, subnetId);
      this.memorystorePolicies.set(unit.region, infra);
    }
    // The private zone `<unit>.<group>.internal` holds the stores' names (Platform.managedHost).
    const zone = new DnsManagedZone(infra, 'private-zone', {
      name: `${unit.unitGroup}-${unit.clusterId}-internal`,
      dnsName: `${unit.clusterId}.${unit.unitGroup}.internal.`,
      visibility: 'private',
      privateVisibilityConfig: { networks: [{ networkUrl: networkId }] },
    });
    const at = { region: unit.region, networkId, zoneName: zone.name, protection, connectionPolicy };
    for (const store of redis) found.set(store, gcpRedis(infra, store, at));
    for (const server of postgres) found.set(server, gcpPostgres(infra, server, at));
    return found;
  }
}

/** The rules only the Terraform has: checked with the manifests model, before either is written. */
function terraformProblems(group: UnitGroup, gkeUnits: Unit[], props: GroupTerraformProps): string[] {
  return [
    ...terraformNameProblems(group, props.kubernetesVersion, props.gcpProject),
    ...gkeProblems(group, gkeUnits, props.gcpProject),
    ...registryProblems(group, props.containerRegistryId),
    ...consulProblems(group, props.prerequisites),
  ];
}

/**
 * What the GKE units need from the Terraform's side: a project to create them in, and SIP Cluster
 * pointed at the kube-dns address of the services range the Terraform gives each cluster.
 */
function gkeProblems(group: UnitGroup, gkeUnits: Unit[], gcpProject: string | undefined): string[] {
  const found: string[] = [];
  if (gkeUnits.length > 0 && !gcpProject) {
    found.push(
      problem(
        `GroupTerraform: units ${gkeUnits.map((u) => u.clusterId).join(', ')} run on GKE, whose clusters, VPC and data stores are created in a GCP project, but no project was given`,
        "give gcpProject, e.g. new GroupTerraform(app, 'acme', { group, kubernetesVersion: '1.29', gcpProject: 'my-project', stateBackend, gkeSecurity })",
      ),
    );
  }
  for (const unit of gkeUnits) {
    const expected = clusterDnsAddress(group.units.indexOf(unit));
    for (const sip of storesOf(unit, VoiceSipCluster).filter((s) => s.dnsServer !== expected)) {
      found.push(
        problem(
          `GroupTerraform: SIP Cluster "${sip.node.path}" resolves names at ${sip.dnsServer || '(none)'}, but the GKE cluster this Terraform creates for ${unit.clusterId} serves cluster DNS at ${expected}, the tenth address of its services range`,
          `give sipCluster: { dnsServer: clusterDnsAddress(group.units.indexOf(unit)) } ('${expected}')`,
          '000 §8.3',
        ),
      );
    }
  }
  return found;
}

const ACR_ID = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.ContainerRegistry\/registries\/([A-Za-z0-9]+)$/;

/** The registry id must name an ACR, the one the AKS units pull from. */
function registryProblems(group: UnitGroup, registryId: string | undefined): string[] {
  if (registryId === undefined) return [];
  const name = ACR_ID.exec(registryId)?.[1];
  const example = '/subscriptions/<subscription>/resourceGroups/<group>/providers/Microsoft.ContainerRegistry/registries/<name>';
  if (!name) return [problem(`GroupTerraform: containerRegistryId "${registryId}" is not the resource id of an Azure Container Registry`, `give it as ${example}`)];
  const host = `${name.toLowerCase()}.azurecr.io`;
  const aksUnits = group.units.filter((u) => u.platform.kind === KubernetesPlatform.AKS);
  const elsewhere = aksUnits.filter((u) => u.imageRegistry.split('/')[0].toLowerCase() !== host);
  if (aksUnits.length === 0) return [problem('GroupTerraform: containerRegistryId is given, but no unit of the group runs on AKS', 'leave it out')];
  if (elsewhere.length === 0) return [];
  return [
    problem(
      `GroupTerraform: containerRegistryId names registry ${name} (${host}), but units ${elsewhere.map((u) => u.clusterId).join(', ')} pull from ${[...new Set(elsewhere.map((u) => u.imageRegistry))].join(', ')}`,
      `give the id of the registry the units pull from, or set the units' imageRegistry to ${host}`,
    ),
  ];
}

/** Consul is installed with the unit's ConsulSettings values: a unit with meshed services needs them. */
function consulProblems(group: UnitGroup, prerequisites: PrerequisitesProps | undefined): string[] {
  if (prerequisites?.consul === false) return [];
  return group.units
    .filter((unit) => unit.services.some((s) => s.meshed) && storesOf(unit, ConsulSettings).length === 0)
    .map((unit) =>
      problem(
        `GroupTerraform: unit ${unit.clusterId} runs services in the Consul mesh, but has no ConsulSettings, whose values the Terraform installs Consul with`,
        `add new ConsulSettings(unit, 'consul', { datacenter: '${unit.clusterId}' }), or set prerequisites: { consul: false } and install Consul yourself`,
        '000 §2.4',
      ),
    );
}

function storesOf<T extends Construct>(unit: Unit, type: abstract new (...args: any[]) => T): T[] {
  return unit.node.findAll().filter((c): c is T => c instanceof type);
}

/** The credentials Secrets of the unit's provisioned stores, merged by namespace and name. */
function secretsFor(unit: Unit, credentials: Map<Construct, StoreCredentials>): TerraformSecret[] {
  const byKey = new Map<string, { namespace: string; name: string; data: Record<string, string> }>();
  const put = (namespace: string, name: string, key: string, value: string) => {
    const id = `${namespace}/${name}`;
    const secret = byKey.get(id) ?? { namespace, name, data: {} };
    secret.data[key] = value;
    byKey.set(id, secret);
  };
  for (const store of storesOf(unit, RedisCluster)) {
    const c = credentials.get(store);
    if (c?.redisPassword === undefined) continue;
    // One value read by every Secret of the store: resolved once in the workloads stack.
    const password = sharedReference(c.redisPassword);
    for (const use of store.credentialUses) {
      put(use.namespace, use.secret.secretName, use.secret.key, redisSecretValue(password, use.format, store));
    }
  }
  for (const server of storesOf(unit, PostgresServer)) {
    const c = credentials.get(server);
    if (c?.postgresPassword === undefined) continue;
    const password = sharedReference(c.postgresPassword);
    for (const use of server.databaseUses) {
      put(use.namespace, use.credentials.secretName, use.credentials.key, password);
      if (use.user && c.postgresUser !== undefined) put(use.namespace, use.user.secretName, use.user.key, c.postgresUser);
    }
  }
  return [...byKey.values()];
}
