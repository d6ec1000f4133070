import { Catalog, ConnectionClass, EndpointKind } from '../catalog';
import { GenesysService } from '../charts';
import { OutsideMeshRow } from './review-table';

/** A caller outside the mesh the connection tables or scrape facts name. */
export enum OutsideCaller {
  /** Prometheus, scraping metrics. */
  PROMETHEUS = 'prometheus',
  /** The ingress controller, routing external requests. */
  INGRESS_CONTROLLER = 'ingress-controller',
  /** Session border controllers, sending SIP. */
  SBC = 'sbc',
}

/** The connection tables' external endpoints that are never in the Consul mesh. */
const CALLER_OF: Record<string, OutsideCaller> = {
  'sbc': OutsideCaller.SBC,
  'ingress-gateway': OutsideCaller.INGRESS_CONTROLLER,
  'prometheus': OutsideCaller.PROMETHEUS,
};

/** A container port reached from outside the mesh, and why. */
export interface OutsideMeshPort {
  /** Container port. */
  readonly port: number;
  /** Where the guides say it is reached from outside the mesh. */
  readonly reasons: string[];
}

/** One call from outside the mesh into a port the service serves. */
interface OutsideCall {
  readonly caller: OutsideCaller;
  readonly port: number;
  readonly reason: string;
}

/**
 * The calls into a service from outside the mesh: the connection table rows from the SBC, the
 * ingress controller or Prometheus into it, and the metrics ports of its scrape facts (Prometheus
 * scrapes them from outside the mesh). Only ports the service serves (it may leave catalogue ports out).
 */
function outsideCalls(service: GenesysService): OutsideCall[] {
  const served = new Set(service.containerPortNames.map((name) => service.containerPort(name)));
  const calls: OutsideCall[] = [];
  for (const c of Catalog.connections()) {
    const caller = CALLER_OF[c.from.id];
    if (c.classification !== ConnectionClass.INGRESS || c.from.kind !== EndpointKind.EXTERNAL || !caller) continue;
    const toService = c.to.kind === EndpointKind.SERVICE && c.to.id === service.info.id;
    const into = toService || (c.to.kind === EndpointKind.PRODUCT && c.to.id === service.info.product.id);
    if (into) for (const port of c.ports) calls.push({ caller, port, reason: `${c.source} (${c.from.label})` });
  }
  const scrape = Catalog.scrapeFact(service.info.id);
  for (const endpoint of scrape?.endpoints ?? []) {
    const port = service.containerPort(endpoint.portName);
    if (port !== undefined) calls.push({ caller: OutsideCaller.PROMETHEUS, port, reason: `${scrape!.source} (Prometheus scrapes ${endpoint.path})` });
  }
  return calls.filter((c) => served.has(c.port));
}

/** The ports of a service that clients outside the mesh reach, with why, ascending. */
export function portsReachedFromOutside(service: GenesysService): OutsideMeshPort[] {
  const byPort = new Map<number, string[]>();
  for (const c of outsideCalls(service)) byPort.set(c.port, [...(byPort.get(c.port) ?? []), c.reason]);
  return [...byPort].sort(([a], [b]) => a - b).map(([port, reasons]) => ({ port, reasons }));
}

/**
 * The outside callers of a service with their ports: the calls above, and as the ingress
 * controller's, the ports the service's own constructs opened to outside callers (ingress routes).
 */
export function outsideCallersOf(service: GenesysService): Map<OutsideCaller, number[]> {
  const callers = new Map<OutsideCaller, Set<number>>();
  const add = (caller: OutsideCaller, port: number) => callers.set(caller, (callers.get(caller) ?? new Set()).add(port));
  const calls = outsideCalls(service);
  calls.forEach((c) => add(c.caller, c.port));
  for (const port of service.portsOutsideMesh) {
    if (!calls.some((c) => c.port === port && c.caller !== OutsideCaller.INGRESS_CONTROLLER)) add(OutsideCaller.INGRESS_CONTROLLER, port);
  }
  return new Map([...callers].map(([k, v]) => [k, [...v].sort((a, b) => a - b)]));
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
