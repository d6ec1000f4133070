import { Fn, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { ClusterAccess } from './cluster-access';
import { GkeNodeAccount } from './gke-node-account';
import { UnitAddressPlan } from './network-plan';
import { PlannedPool } from './node-pool-plan';
import { GkeReleaseChannel } from './props';
import { google } from './providers';
import { GkeSecurityProps } from './security-props';
import { checkProps } from '../core/check-props';

/** Options of one unit's GKE cluster. */
export interface GkeClusterProps {
  /** Resource names start with this, e.g. `acme-us-east`. */
  readonly name: string;
  /** GCP region. */
  readonly region: string;
  /** Kubernetes version (minimum master version). */
  readonly kubernetesVersion: string;
  /** Release channel. */
  readonly releaseChannel: GkeReleaseChannel;
  /** Node pools. */
  readonly pools: PlannedPool[];
  /** Address ranges. */
  readonly addresses: UnitAddressPlan;
  /** Name of the group's VPC. */
  readonly networkName: string;
  /** The GCP project (workload identity pool, the node service account's roles). */
  readonly project: string;
  /** The units' image registry; an Artifact Registry repository (`<location>-docker.pkg.dev/<project>/<repository>`) is made readable for the nodes. */
  readonly imageRegistry: string;
  /** How the cluster is locked down. @default - every hardened default of GkeSecurityProps */
  readonly security?: GkeSecurityProps;
}

/**
 * A unit's GKE cluster (003 §1.10): Standard, never Autopilot; VPC-native with alias IP ranges in a
 * regional subnet of the group's VPC; Container-Optimized OS with containerd; the Filestore CSI
 * driver on (the RWX storage classes need it, 003 §4.2); no Istio add-on; the `general`, `realtime`
 * (and optional `thirdparty`) pools labelled and tainted as the services select them. Hardened as
 * `GkeSecurityProps` describes: private nodes behind Cloud NAT, master authorized networks,
 * Dataplane V2, workload identity with the GKE metadata server, shielded nodes with secure boot, and
 * a dedicated least-privilege node service account.
 */
export class GkeCluster extends Construct {
  // The public API names cdktf's base class, not the provider's: a consumer without the Google
  // provider installed still type-checks (src/terraform/providers.ts).
  /** The cluster: a `google_container_cluster` (`ContainerCluster` of `@cdktf/provider-google`). */
  public readonly cluster: TerraformResource;
  /** The unit's subnet: a `google_compute_subnetwork` (`ComputeSubnetwork` of `@cdktf/provider-google`). */
  public readonly subnet: TerraformResource;
  /** Resource id of the unit's subnet (a Terraform reference). */
  public readonly subnetId: string;
  /** How providers reach it. */
  public readonly access: ClusterAccess;

  /**
   * @param scope the unit's infrastructure stack
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: GkeClusterProps) {
    checkProps(scope, 'GkeClusterProps', props, id);
    super(scope, id);
    const { ComputeSubnetwork } = google('compute-subnetwork');
    const { ContainerCluster } = google('container-cluster');
    const { ContainerNodePool } = google('container-node-pool');
    const { DataGoogleClientConfig } = google('data-google-client-config');
    const subnet = new ComputeSubnetwork(this, 'subnet', {
      name: `${props.name}-nodes`,
      region: props.region,
      network: props.networkName,
      ipCidrRange: props.addresses.nodes,
      secondaryIpRange: [
        { rangeName: 'pods', ipCidrRange: props.addresses.pods },
        { rangeName: 'services', ipCidrRange: props.addresses.services },
      ],
    });
    this.subnet = subnet;
    this.subnetId = subnet.id;
    const security = props.security ?? {};
    const privateNodes = security.privateNodes ?? true;
    const dataplaneV2 = security.dataplaneV2 ?? true;
    const workloadIdentity = security.workloadIdentity ?? true;
    const shielded = security.shieldedNodes ?? true;
    const authorized = security.masterAuthorizedNetworks ?? [];
    const cluster = new ContainerCluster(this, 'cluster', {
      name: props.name,
      location: props.region,
      network: props.networkName,
      subnetwork: subnet.name,
      enableAutopilot: false,
      networkingMode: 'VPC_NATIVE',
      ipAllocationPolicy: { clusterSecondaryRangeName: 'pods', servicesSecondaryRangeName: 'services' },
      removeDefaultNodePool: true,
      initialNodeCount: 1,
      minMasterVersion: props.kubernetesVersion,
      releaseChannel: { channel: props.releaseChannel },
      addonsConfig: {
        gcpFilestoreCsiDriverConfig: { enabled: true },
        // Calico stays off: Dataplane V2 enforces NetworkPolicies itself.
        networkPolicyConfig: { disabled: true },
      },
      datapathProvider: dataplaneV2 ? 'ADVANCED_DATAPATH' : undefined,
      networkPolicy: dataplaneV2 ? undefined : { enabled: false },
      privateClusterConfig: privateNodes || security.privateEndpoint
        ? { enablePrivateNodes: privateNodes, enablePrivateEndpoint: security.privateEndpoint ?? false }
        : undefined,
      masterAuthorizedNetworksConfig: security.publicControlPlane
        ? undefined
        : { cidrBlocks: authorized.map((cidr) => ({ cidrBlock: cidr, displayName: cidr })), gcpPublicCidrsAccessEnabled: false },
      workloadIdentityConfig: workloadIdentity ? { workloadPool: `${props.project}.svc.id.goog` } : undefined,
      enableShieldedNodes: shielded,
      enableLegacyAbac: false,
      deletionProtection: true,
    });
    this.cluster = cluster;
    const account = (security.dedicatedNodeServiceAccount ?? true) ? new GkeNodeAccount(this, 'nodes', props.name, props.project, props.imageRegistry).account : undefined;
    for (const pool of props.pools) {
      new ContainerNodePool(this, `pool-${pool.pool}`, {
        name: pool.pool,
        cluster: cluster.name,
        location: props.region,
        autoscaling: { minNodeCount: pool.size.minNodes, maxNodeCount: pool.size.maxNodes },
        management: { autoRepair: true, autoUpgrade: true },
        nodeConfig: {
          machineType: pool.size.machineType,
          imageType: 'COS_CONTAINERD',
          labels: pool.labels,
          taint: pool.taint ? [{ key: pool.taint.key, value: pool.taint.value, effect: 'NO_SCHEDULE' }] : undefined,
          serviceAccount: account?.email,
          oauthScopes: account ? ['https://www.googleapis.com/auth/cloud-platform'] : undefined,
          shieldedInstanceConfig: shielded ? { enableSecureBoot: true, enableIntegrityMonitoring: true } : undefined,
          workloadMetadataConfig: workloadIdentity ? { mode: 'GKE_METADATA' } : undefined,
        },
        // Replace nodes one at a time; GKE waits for pods to drain, honouring their grace period.
        upgradeSettings: { maxSurge: 1, maxUnavailable: 0 },
      });
    }
    if (privateNodes) this.cloudNat(props);
    const client = new DataGoogleClientConfig(this, 'client');
    this.access = {
      host: `https://${cluster.endpoint}`,
      clusterCaCertificate: Fn.base64decode(cluster.masterAuth.clusterCaCertificate),
      token: client.accessToken,
    };
  }

  /** Egress for private nodes: a Cloud Router and NAT for the unit's subnet. */
  private cloudNat(props: GkeClusterProps): void {
    const { ComputeRouter } = google('compute-router');
    const { ComputeRouterNat } = google('compute-router-nat');
    const router = new ComputeRouter(this, 'router', { name: `${props.name}-router`, region: props.region, network: props.networkName });
    new ComputeRouterNat(this, 'nat', {
      name: `${props.name}-nat`,
      router: router.name,
      region: props.region,
      natIpAllocateOption: 'AUTO_ONLY',
      sourceSubnetworkIpRangesToNat: 'LIST_OF_SUBNETWORKS',
      subnetwork: [{ name: this.subnetId, sourceIpRangesToNat: ['ALL_IP_RANGES'] }],
    });
  }
}
