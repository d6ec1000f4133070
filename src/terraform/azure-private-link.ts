import type { PrivateDnsZone } from '@cdktf/provider-azurerm/lib/private-dns-zone';
import type { PrivateEndpoint } from '@cdktf/provider-azurerm/lib/private-endpoint';
import type { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { Construct } from 'constructs';
import { AksCluster } from './aks-cluster';
import { azurerm } from './providers';

/** A kind of Azure store reached through a private endpoint: its private DNS zone and sub-resource. */
export interface PrivateLinkKind {
  /** Short name, used in construct ids. */
  readonly id: string;
  /** The `privatelink.*` zone the store's public name resolves through. */
  readonly zone: string;
  /** The sub-resource of the endpoint. */
  readonly subresource: string;
}

/** Azure Cache for Redis and Azure Database for PostgreSQL flexible server. */
export const PRIVATE_LINK = {
  redis: { id: 'redis', zone: 'privatelink.redis.cache.windows.net', subresource: 'redisCache' },
  postgres: { id: 'postgres', zone: 'privatelink.postgres.database.azure.com', subresource: 'postgresqlServer' },
} as const;

/**
 * The private endpoints of a unit's Azure stores: a subnet for them in the unit's VNet, and per
 * kind of store a private DNS zone linked to that VNet, so the store's usual host name
 * (`<name>.redis.cache.windows.net`) resolves to its private address from the unit's pods. Other
 * units' VNets are not linked: a VNet takes one zone of a name, so reaching another unit's store
 * privately needs one zone shared by the group (docs/security.md).
 */
export class AzurePrivateLink extends Construct {
  /** The private DNS zones made, by zone name. */
  public readonly zones = new Map<string, PrivateDnsZone>();
  private subnet?: Subnet;

  /**
   * @param scope the unit's infrastructure stack
   * @param id construct id
   * @param aks the unit's cluster (resource group and VNet)
   * @param prefix the subnet's address range
   */
  public constructor(scope: Construct, id: string, private readonly aks: AksCluster, private readonly prefix: string) {
    super(scope, id);
  }

  /**
   * A private endpoint for a store, in the unit's private-endpoint subnet, registered in the kind's zone.
   *
   * @param name the store's name
   * @param resourceId the store's resource id
   * @param kind which kind of store
   */
  public connect(name: string, resourceId: string, kind: PrivateLinkKind): PrivateEndpoint {
    const { Subnet } = azurerm('subnet');
    const { PrivateEndpoint } = azurerm('private-endpoint');
    const rg = this.aks.resourceGroupName;
    const location = this.aks.resourceGroupLocation;
    this.subnet ??= new Subnet(this, 'subnet', {
      name: 'private-endpoints',
      resourceGroupName: rg,
      virtualNetworkName: this.aks.networkName,
      addressPrefixes: [this.prefix],
    });
    const zone = this.zone(kind);
    return new PrivateEndpoint(this, `endpoint-${name}`, {
      name: `${name}-private`,
      resourceGroupName: rg,
      location,
      subnetId: this.subnet.id,
      privateServiceConnection: { name: `${name}-private`, isManualConnection: false, privateConnectionResourceId: resourceId, subresourceNames: [kind.subresource] },
      privateDnsZoneGroup: { name: kind.id, privateDnsZoneIds: [zone.id] },
    });
  }

  private zone(kind: PrivateLinkKind): PrivateDnsZone {
    const found = this.zones.get(kind.zone);
    if (found) return found;
    const { PrivateDnsZone } = azurerm('private-dns-zone');
    const { PrivateDnsZoneVirtualNetworkLink } = azurerm('private-dns-zone-virtual-network-link');
    const zone = new PrivateDnsZone(this, `zone-${kind.id}`, { name: kind.zone, resourceGroupName: this.aks.resourceGroupName });
    new PrivateDnsZoneVirtualNetworkLink(this, `zone-${kind.id}-link`, {
      name: this.aks.networkName,
      resourceGroupName: this.aks.resourceGroupName,
      privateDnsZoneName: zone.name,
      virtualNetworkId: this.aks.networkId,
    });
    this.zones.set(kind.zone, zone);
    return zone;
  }
}
