import { Catalog, ConnectionClass, EndpointKind } from '../catalog';
import { GenesysService } from '../charts';
import { OutsideMeshRow } from './review-table';

/** Callers the connection tables name that are never in the Consul mesh. */
const OUTSIDE_CALLERS = ['sbc', 'ingress-gateway', 'prometheus'];

/** A container port reached from outside the mesh, and why. */
export interface OutsideMeshPort {
  /** Container port. */
  readonly port: number;
  /** Where the guides say it is reached from outside the mesh. */
  readonly reasons: string[];
}

/**
 * The ports of a service that clients outside the mesh reach: the connection table rows from the
 * SBC, the ingress controller or Prometheus into it, and the metrics ports of its scrape facts
 * (Prometheus scrapes them from outside the mesh).
 */
export function portsReachedFromOutside(service: GenesysService): OutsideMeshPort[] {
  // Only ports the containers serve: a service may leave catalogue ports out (portNames).
  const declared = new Set(service.containerPortNames.map((name) => service.containerPort(name)));
  const byPort = new Map<number, string[]>();
  const add = (port: number, reason: string) => {
    if (declared.has(port)) byPort.set(port, [...(byPort.get(port) ?? []), reason]);
  };
  for (const c of Catalog.connections()) {
    if (c.classification !== ConnectionClass.INGRESS || c.from.kind !== EndpointKind.EXTERNAL || !OUTSIDE_CALLERS.includes(c.from.id)) continue;
    const toService = c.to.kind === EndpointKind.SERVICE && c.to.id === service.info.id;
    const toProduct = c.to.kind === EndpointKind.PRODUCT && c.to.id === service.info.product.id;
    const into = toService || toProduct;
    if (into) for (const port of c.ports) add(port, `${c.source} (${c.from.label})`);
  }
  const scrape = Catalog.scrapeFact(service.info.id);
  for (const endpoint of scrape?.endpoints ?? []) {
    const port = service.containerPort(endpoint.portName);
    if (port !== undefined) add(port, `${scrape!.source} (Prometheus scrapes ${endpoint.path})`);
  }
  return [...byPort].sort(([a], [b]) => a - b).map(([port, reasons]) => ({ port, reasons }));
}

/**
 * Opens, on each meshed service, the ports the guides say are reached from outside the mesh, and
 * returns the review rows of every service with such ports (including those its own constructs
 * opened, such as the targets of its ingress routes).
 */
export function openPortsToOutsideCallers(services: GenesysService[]): OutsideMeshRow[] {
  const rows: OutsideMeshRow[] = [];
  for (const service of services) {
    for (const { port, reasons } of portsReachedFromOutside(service)) for (const reason of reasons) service.allowOutsideMesh(port, reason);
    const ports = service.portsOutsideMesh;
    if (ports.length === 0) continue;
    rows.push({ service: service.serviceName, ports, reasons: ports.flatMap((port) => service.outsideMeshReasons(port).map((why) => `${port}: ${why}`)) });
  }
  return rows;
}
