import { ConnectionSpec, CrossRegionPathFact, EndpointKind, EndpointRef } from '../catalog';

/** A service taking part in the mesh, as the derivation sees it. */
export interface MeshMember {
  /** Its name in Consul (the Kubernetes Service name). */
  readonly consulName: string;
  /** Catalogue service id. */
  readonly serviceId: string;
  /** Catalogue product id. */
  readonly productId: string;
}

/** Why an edge is allowed. */
export enum EdgeOrigin {
  /** A row of a guide's connections table. */
  GUIDE = 'guide',
  /** An intention the user added. */
  USER = 'user',
}

/** One allowed source → destination pair. */
export interface MeshEdge {
  /** Source Consul service. */
  readonly source: string;
  /** Destination Consul service. */
  readonly destination: string;
  /** Destination ports the rows name. */
  readonly ports: number[];
  /** The guide rows (or the user's reason) that allow it. */
  readonly reasons: string[];
  /** Where the edge comes from. */
  readonly origin: EdgeOrigin;
}

function expand(end: EndpointRef, members: MeshMember[]): MeshMember[] {
  switch (end.kind) {
    case EndpointKind.SERVICE:
      return members.filter((m) => m.serviceId === end.id);
    case EndpointKind.PRODUCT:
      return members.filter((m) => m.productId === end.id);
    default:
      return [];
  }
}

/**
 * The least-privilege edges between the given members: for every connection row whose both ends are
 * meshed services among them, an edge from each source to each destination. A row naming a product
 * (e.g. "CX Contact") expands to every present service of that product; rows to or from data stores,
 * SBCs and the internet are not mesh traffic and give no edge. A service calling itself (two
 * containers of one pod) needs no intention.
 */
export function deriveEdges(members: MeshMember[], rows: ConnectionSpec[]): MeshEdge[] {
  const byPair = new Map<string, { source: string; destination: string; ports: Set<number>; reasons: string[] }>();
  for (const row of rows) {
    for (const from of expand(row.from, members)) {
      for (const to of expand(row.to, members)) {
        if (from.consulName === to.consulName) continue;
        const key = `${from.consulName}\u0000${to.consulName}`;
        const edge = byPair.get(key) ?? { source: from.consulName, destination: to.consulName, ports: new Set<number>(), reasons: [] };
        row.ports.forEach((p) => edge.ports.add(p));
        if (!edge.reasons.includes(row.source)) edge.reasons.push(row.source);
        byPair.set(key, edge);
      }
    }
  }
  return [...byPair.values()]
    .map((e) => ({ ...e, ports: [...e.ports].sort((a, b) => a - b), origin: EdgeOrigin.GUIDE }))
    .sort(byDestinationThenSource);
}

/**
 * The edges from services of other units of the group into this unit, along the paths the guides
 * allow across regions. A service may call its namesake in another region (Voicemail, Tenant
 * Service), so same-name edges are kept here.
 */
export function deriveCrossRegionEdges(local: MeshMember[], remote: MeshMember[], paths: CrossRegionPathFact[]): MeshEdge[] {
  const edges = new Map<string, MeshEdge>();
  for (const path of paths) {
    for (const from of expand(path.from, remote)) {
      for (const to of expand(path.to, local)) {
        if (path.sameServiceOnly && from.consulName !== to.consulName) continue;
        const key = `${from.consulName}\u0000${to.consulName}`;
        const reason = `cross-region: ${path.source}`;
        const existing = edges.get(key);
        if (existing && !existing.reasons.includes(reason)) existing.reasons.push(reason);
        if (!existing) {
          edges.set(key, { source: from.consulName, destination: to.consulName, ports: [], reasons: [reason], origin: EdgeOrigin.GUIDE });
        }
      }
    }
  }
  return [...edges.values()].sort(byDestinationThenSource);
}

/** Orders edges by destination, then source (code-point order, so output is the same everywhere). */
export function byDestinationThenSource(a: MeshEdge, b: MeshEdge): number {
  return compare(a.destination, b.destination) || compare(a.source, b.source);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
