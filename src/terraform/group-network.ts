import { TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { AksCluster } from './aks-cluster';
import { azurerm, google } from './providers';
import { sharedReference } from './shared-reference';

/**
 * The GKE units' shared VPC: one network for the whole group, with a regional subnet per unit, so
 * all units reach each other without peering (003 §1.6: "all of the unit pairs ... are fully
 * meshed"); and private services access, through which Cloud SQL gets its private addresses.
 */
export class GkeGroupNetwork extends Construct {
  /** The VPC: a `google_compute_network` (`ComputeNetwork` of `@cdktf/provider-google`). */
  public readonly network: TerraformResource;
  /** Resource id of the VPC (a Terraform reference). */
  public readonly networkId: string;

  /**
   * @param scope the group's network stack
   * @param id construct id
   * @param name the VPC name
   */
  public constructor(scope: Construct, id: string, name: string) {
    super(scope, id);
    const { ComputeNetwork } = google('compute-network');
    const { ComputeGlobalAddress } = google('compute-global-address');
    const { ServiceNetworkingConnection } = google('service-networking-connection');
    const network = new ComputeNetwork(this, 'vpc', { name, autoCreateSubnetworks: false });
    this.network = network;
    this.networkId = network.id;
    const range = new ComputeGlobalAddress(this, 'private-services', {
      name: `${name}-private-services`,
      purpose: 'VPC_PEERING',
      addressType: 'INTERNAL',
      prefixLength: 16,
      network: this.networkId,
    });
    new ServiceNetworkingConnection(this, 'private-services-connection', {
      network: this.networkId,
      service: 'servicenetworking.googleapis.com',
      reservedPeeringRanges: [range.name],
    });
  }
}

/** VNet peering in both directions between every two AKS units of the group (003 §1.6, §6.1). */
export function peerAksUnits(scope: Construct, units: Array<{ id: string; cluster: AksCluster }>): TerraformResource[] {
  const { VirtualNetworkPeering } = azurerm('virtual-network-peering');
  // Each unit's attributes read once, not once per peering: every read makes a cdktf token, and
  // cdktf records a stack trace per token; a group of n units has n(n-1) peerings. Each is a
  // reference into the unit's infra stack, resolved once in this stack (sharedReference).
  const networks = units.map(({ id, cluster }) => ({
    id,
    resourceGroupName: sharedReference(cluster.resourceGroupName),
    name: sharedReference(cluster.networkName),
    networkId: sharedReference(cluster.networkId),
  }));
  const peerings: TerraformResource[] = [];
  for (const from of networks) {
    for (const to of networks) {
      if (from === to) continue;
      peerings.push(
        new VirtualNetworkPeering(scope, `${from.id}-to-${to.id}`, {
          name: `${from.id}-to-${to.id}`,
          resourceGroupName: from.resourceGroupName,
          virtualNetworkName: from.name,
          remoteVirtualNetworkId: to.networkId,
          allowVirtualNetworkAccess: true,
          allowForwardedTraffic: true,
        }),
      );
    }
  }
  return peerings;
}
