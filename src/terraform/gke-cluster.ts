import { ComputeSubnetwork } from '@cdktf/provider-google/lib/compute-subnetwork';
import { ContainerCluster } from '@cdktf/provider-google/lib/container-cluster';
import { ContainerNodePool } from '@cdktf/provider-google/lib/container-node-pool';
import { DataGoogleClientConfig } from '@cdktf/provider-google/lib/data-google-client-config';
import { Fn } from 'cdktf';
import { Construct } from 'constructs';
import { ClusterAccess } from './cluster-access';
import { UnitAddressPlan } from './network-plan';
import { PlannedPool } from './node-pool-plan';
import { GkeReleaseChannel } from './props';
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
}

/**
 * A unit's GKE cluster (003 §1.10): Standard, never Autopilot; VPC-native with alias IP ranges in a
 * regional subnet of the group's VPC; Container-Optimized OS with containerd; the Filestore CSI
 * driver on (the RWX storage classes need it, 003 §4.2); no network policy enforcement and no Istio
 * add-on; the `general`, `realtime` (and optional `thirdparty`) pools labelled and tainted as the
 * services select them.
 */
export class GkeCluster extends Construct {
  /** The cluster. */
  public readonly cluster: ContainerCluster;
  /** The unit's subnet. */
  public readonly subnet: ComputeSubnetwork;
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
    this.subnet = new ComputeSubnetwork(this, 'subnet', {
      name: `${props.name}-nodes`,
      region: props.region,
      network: props.networkName,
      ipCidrRange: props.addresses.nodes,
      secondaryIpRange: [
        { rangeName: 'pods', ipCidrRange: props.addresses.pods },
        { rangeName: 'services', ipCidrRange: props.addresses.services },
      ],
    });
    this.cluster = new ContainerCluster(this, 'cluster', {
      name: props.name,
      location: props.region,
      network: props.networkName,
      subnetwork: this.subnet.name,
      enableAutopilot: false,
      networkingMode: 'VPC_NATIVE',
      ipAllocationPolicy: { clusterSecondaryRangeName: 'pods', servicesSecondaryRangeName: 'services' },
      removeDefaultNodePool: true,
      initialNodeCount: 1,
      minMasterVersion: props.kubernetesVersion,
      releaseChannel: { channel: props.releaseChannel },
      addonsConfig: {
        gcpFilestoreCsiDriverConfig: { enabled: true },
        networkPolicyConfig: { disabled: true },
      },
      networkPolicy: { enabled: false },
      deletionProtection: true,
    });
    for (const pool of props.pools) {
      new ContainerNodePool(this, `pool-${pool.pool}`, {
        name: pool.pool,
        cluster: this.cluster.name,
        location: props.region,
        autoscaling: { minNodeCount: pool.size.minNodes, maxNodeCount: pool.size.maxNodes },
        nodeConfig: {
          machineType: pool.size.machineType,
          imageType: 'COS_CONTAINERD',
          labels: pool.labels,
          taint: pool.taint ? [{ key: pool.taint.key, value: pool.taint.value, effect: 'NO_SCHEDULE' }] : undefined,
        },
        // Replace nodes one at a time; GKE waits for pods to drain, honouring their grace period.
        upgradeSettings: { maxSurge: 1, maxUnavailable: 0 },
      });
    }
    const client = new DataGoogleClientConfig(this, 'client');
    this.access = {
      host: `https://${this.cluster.endpoint}`,
      clusterCaCertificate: Fn.base64decode(this.cluster.masterAuth.clusterCaCertificate),
      token: client.accessToken,
    };
  }
}
