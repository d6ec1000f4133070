import { Construct } from 'constructs';
import { Catalog } from '../catalog';
import { CONSUL_FACTS } from '../catalog/data/data-stores';
import { GenesysService } from '../charts';
import { Labels } from '../core';
import { MeshEdge, MeshMember, deriveEdges } from './mesh-edges';
import { OutsideCaller, outsideCallersOf } from './outside-mesh';
import { IntOrString, KubeNetworkPolicy } from '../core/k8s';

/** Options of the NetworkPolicies under the mesh. */
export interface NetworkPolicyOptions {
  /**
   * Write them: a default-deny ingress policy per namespace of the unit's services and an allow per
   * service from the callers the connection tables name.
   *
   * @default true
   */
  readonly enabled?: boolean;
  /** Namespace of the Prometheus that scrapes the services. @default 'monitoring' */
  readonly prometheusNamespace?: string;
  /** Namespace of the ingress controller that routes to GES and CX Contact. @default 'ingress-nginx' */
  readonly ingressControllerNamespace?: string;
  /** Namespace of Consul, whose mesh gateways bring calls from other units. @default 'consul' */
  readonly consulNamespace?: string;
  /**
   * Address ranges (CIDR) of the SBCs that send SIP to the SIP Proxy (000 §1.2). Without them no SBC
   * is admitted, and the review table says so.
   *
   * @default - none
   */
  readonly sbcCidrs?: string[];
}

/** How one outside caller reaches one service, for the review table. */
export interface OutsideAdmission {
  readonly service: string;
  readonly caller: OutsideCaller;
  readonly ports: number[];
  /** How the NetworkPolicy admits it, or why it does not. */
  readonly how: string;
}

const nsSelector = (namespace: string) => ({ matchLabels: { 'kubernetes.io/metadata.name': namespace } });
const tcp = (port: number) => ({ port: IntOrString.fromNumber(port), protocol: 'TCP' });

/**
 * Network isolation beneath the mesh (the design guide, principle 4): in every namespace of the
 * unit's services a default-deny ingress policy, and per service an allow from exactly the callers
 * the connection tables name. Mesh callers reach a meshed service's sidecar (its inbound listener,
 * where the intentions decide); callers outside the mesh are admitted by namespace (Prometheus, the
 * ingress controller) or address range (SBCs) to the ports they use; calls from other units come
 * through Consul's mesh gateways. Returns how each outside caller is admitted.
 */
export function writeNetworkPolicies(
  scope: Construct, services: GenesysService[], remoteEdges: MeshEdge[], options: NetworkPolicyOptions,
): OutsideAdmission[] {
  const prometheusNs = options.prometheusNamespace ?? 'monitoring';
  const ingressNs = options.ingressControllerNamespace ?? 'ingress-nginx';
  const consulNs = options.consulNamespace ?? 'consul';
  const sbcCidrs = options.sbcCidrs ?? [];
  for (const namespace of [...new Set(services.map((s) => s.namespace))].sort()) {
    new KubeNetworkPolicy(scope, `default-deny-${namespace}`, {
      metadata: { name: 'default-deny-ingress', namespace, labels: { [Labels.NAME]: 'default-deny-ingress' } },
      spec: { podSelector: {}, policyTypes: ['Ingress'] },
    });
  }
  const members: MeshMember[] = services.map((s) => ({ consulName: s.serviceName, serviceId: s.info.id, productId: s.info.product.id }));
  const edges = deriveEdges(members, Catalog.connections());
  const byName = new Map(services.map((s) => [s.serviceName, s]));
  const admissions: OutsideAdmission[] = [];

  for (const service of [...services].sort((a, b) => (a.serviceName < b.serviceName ? -1 : 1))) {
    const rules: any[] = [];
    const meshPorts = (ports: number[]) => (service.meshed ? [tcp(CONSUL_FACTS.sidecarInboundPort)] : ports.map(tcp));
    for (const edge of edges.filter((e) => e.destination === service.serviceName)) {
      const caller = byName.get(edge.source)!;
      // A meshed caller connects through its own sidecar to this service's sidecar; others call the ports.
      const ports = service.meshed && caller.meshed ? [tcp(CONSUL_FACTS.sidecarInboundPort)] : edge.ports.map(tcp);
      if (ports.length === 0) continue;
      rules.push({ from: [{ podSelector: { matchLabels: caller.selector }, namespaceSelector: nsSelector(caller.namespace) }], ports });
    }
    if (service.meshed && remoteEdges.some((e) => e.destination === service.serviceName)) {
      rules.push({ from: [{ namespaceSelector: nsSelector(consulNs) }], ports: [tcp(CONSUL_FACTS.sidecarInboundPort)] });
    }
    for (const [caller, ports] of outsideCallersOf(service)) {
      if (caller === OutsideCaller.PROMETHEUS) {
        // Prometheus is outside the mesh: it scrapes the sidecar's merged metrics on a meshed pod.
        const scraped = service.meshed ? [...ports, CONSUL_FACTS.mergedMetricsPort] : ports;
        rules.push({ from: [{ namespaceSelector: nsSelector(prometheusNs) }], ports: scraped.map(tcp) });
        admissions.push({ service: service.serviceName, caller, ports: scraped, how: `NetworkPolicy from namespace ${prometheusNs}${service.meshed ? `; the sidecar serves the merged metrics on ${CONSUL_FACTS.mergedMetricsPort}` : ''}` });
      } else if (caller === OutsideCaller.INGRESS_CONTROLLER) {
        rules.push({ from: [{ namespaceSelector: nsSelector(ingressNs) }], ports: meshPorts(ports) });
        admissions.push({ service: service.serviceName, caller, ports, how: service.meshed ? `NetworkPolicy from namespace ${ingressNs} to the sidecar; the ingress controller must join the mesh (or a Consul ingress gateway) and an intention must allow it` : `NetworkPolicy from namespace ${ingressNs}` });
      } else if (sbcCidrs.length > 0) {
        rules.push({ from: sbcCidrs.map((cidr) => ({ ipBlock: { cidr } })), ports: ports.map(tcp) });
        admissions.push({ service: service.serviceName, caller, ports, how: `NetworkPolicy from ${sbcCidrs.join(', ')}` });
      } else {
        admissions.push({ service: service.serviceName, caller, ports, how: 'not admitted: give ConsulMesh networkPolicies.sbcCidrs' });
      }
    }
    if (rules.length === 0) continue;
    new KubeNetworkPolicy(scope, `allow-${service.node.addr}`, {
      metadata: { name: `allow-to-${service.serviceName}`.slice(0, 63).replace(/-+$/, ''), namespace: service.namespace, labels: { [Labels.NAME]: service.info.id } },
      spec: { podSelector: { matchLabels: service.selector }, policyTypes: ['Ingress'], ingress: rules },
    });
  }
  return admissions;
}
