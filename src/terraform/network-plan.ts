/** Address ranges of one unit: unit n of the group gets its own /16s, so peered networks never overlap. */
export interface UnitAddressPlan {
  /** The unit's network (AKS VNet address space). */
  readonly network: string;
  /** The nodes' (and, with Azure CNI, the pods') subnet. */
  readonly nodes: string;
  /** AKS: the subnet of the stores' private endpoints, outside the nodes' range. */
  readonly privateEndpoints: string;
  /** GKE pod range (secondary range). */
  readonly pods: string;
  /** GKE service range (secondary range); kube-dns takes its tenth address (`clusterDnsAddress`). */
  readonly services: string;
}

/**
 * The cluster DNS (kube-dns) address of the GKE cluster of the unit at `index` (0-based, its place
 * in `group.units`): the tenth address of its services range, as GKE assigns it. SIP Cluster needs
 * it on GKE (`SipClusterOptions.dnsServer`).
 */
export function clusterDnsAddress(index: number): string {
  return addressPlan(index).services.replace(/\.0\/20$/, '.10');
}

/** Ranges for the unit at `index` (0-based) in its group. */
export function addressPlan(index: number): UnitAddressPlan {
  const n = index + 1;
  return {
    network: `10.${n}.0.0/16`,
    nodes: `10.${n}.0.0/17`,
    privateEndpoints: `10.${n}.128.0/24`,
    pods: `10.${100 + n}.0.0/16`,
    services: `10.${200 + n}.0.0/20`,
  };
}
