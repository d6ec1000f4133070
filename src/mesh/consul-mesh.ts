import { Construct } from 'constructs';
import { Catalog } from '../catalog';
import { GenesysService } from '../charts';
import { ClusterChart, Labels, ManifestFile, addChecks, problem } from '../core';
import { IntentionAction, IntentionProps, MeshMode } from './intention-props';
import { EdgeOrigin, MeshEdge, MeshMember, byDestinationThenSource, deriveCrossRegionEdges, deriveEdges } from './mesh-edges';
import { NetworkPolicyOptions, writeNetworkPolicies } from './network-policies';
import { openPortsToOutsideCallers } from './outside-mesh';
import { renderReviewTable } from './review-table';
import { beforeSynth } from '../core/before-synth';
import { checkProps } from '../core/check-props';
import { ServiceIntentions } from '../imports/consul.hashicorp.com';

/** Review table path within the unit's folder. */
export const MESH_REVIEW_FILE = 'mesh/intentions.md';
const MESH_FILE = '01-mesh.yaml';
const DEFAULT_DENY = 'default deny: no connection table row allows it';

/** Options of a unit's Consul mesh policy. */
export interface ConsulMeshProps {
  /** How the policy is made. @default MeshMode.LEAST_PRIVILEGE */
  readonly mode?: MeshMode;
  /** Intentions to add to the derived ones. @default - none */
  readonly intentions?: IntentionProps[];
  /** Namespace of the allow-all intention. @default 'default' */
  readonly allowAllNamespace?: string;
  /**
   * The NetworkPolicies beneath the mesh: default-deny per namespace and allows from the callers the
   * connection tables name (the design guide: closed by default).
   *
   * @default - on, with Prometheus in `monitoring`, the ingress controller in `ingress-nginx`, Consul in `consul` and no SBC range
   */
  readonly networkPolicies?: NetworkPolicyOptions;
}

/**
 * The unit's Consul service intentions (000 §2.4). In least-privilege mode: one `ServiceIntentions`
 * per meshed service of the unit, allowing exactly the callers the guides' connection tables name
 * (000 §1.2, 003 §5.3, 001 §2.4, 002 §2.3, 004 §2.4) among the services present, then denying
 * every other source. A review table is written to `mesh/intentions.md`.
 *
 * The policy is derived when the app synthesizes, so services added after this construct count.
 */
export class ConsulMesh extends Construct {
  /** The mode. */
  public readonly mode: MeshMode;
  private readonly added: IntentionProps[];
  private readonly found: string[] = [];
  private readonly remote: MeshMember[] = [];
  private allowed: MeshEdge[] = [];

  /**
   * @param scope the unit
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: ConsulMeshProps = {}) {
    checkProps(scope, 'ConsulMeshProps', props, id);
    super(scope, id);
    this.mode = props.mode ?? MeshMode.LEAST_PRIVILEGE;
    this.added = [...(props.intentions ?? [])];
    ManifestFile.assign(this, MESH_FILE);
    const cluster = ClusterChart.enclosing(this);
    beforeSynth(this, () => this.build(cluster, props.allowAllNamespace ?? 'default', props.networkPolicies ?? {}));
    addChecks(this, () => this.found);
  }

  /** Adds an intention to the derived ones. */
  public addIntention(intention: IntentionProps): void {
    checkProps(this, 'IntentionProps', intention);
    this.added.push(intention);
  }

  /**
   * Registers services of other units of the group. They may call into this unit only along the
   * paths the guides allow across regions (`Catalog.crossRegionPaths()`); the unit group does this.
   */
  public addRemoteMembers(members: MeshMember[]): void {
    this.remote.push(...members);
  }

  /** The allowed edges (available once the app has synthesized). */
  public get edges(): MeshEdge[] {
    return [...this.allowed];
  }

  private build(cluster: ClusterChart, allowAllNamespace: string, networkPolicies: NetworkPolicyOptions): void {
    const all = cluster.node.findAll().filter((c): c is GenesysService => c instanceof GenesysService);
    const services = all.filter((s) => s.meshed);
    const outside = openPortsToOutsideCallers(services);
    if (this.mode === MeshMode.ALLOW_ALL) {
      if (this.added.length > 0) {
        this.found.push(problem('intentions were added in allow-all mode, where every service may already call every service', 'remove them, or use MeshMode.LEAST_PRIVILEGE', '000 §2.4'));
      }
      new ServiceIntentions(this, 'allow-all', {
        metadata: { name: 'allow-all', namespace: allowAllNamespace, labels: { [Labels.NAME]: 'allow-all' } },
        spec: { destination: { name: '*' }, sources: [{ name: '*', action: IntentionAction.ALLOW, description: 'All services to all services (000 §2.4)' }] },
      });
      // The guide's allow-all opens the mesh on purpose: NetworkPolicies only when asked for.
      const admissions = networkPolicies.enabled ? writeNetworkPolicies(this, all, [], networkPolicies) : [];
      cluster.addTextFile(MESH_REVIEW_FILE, renderReviewTable(cluster.clusterId, this.mode, [], [], outside, admissions));
      return;
    }

    const members: MeshMember[] = services.map((s) => ({ consulName: s.serviceName, serviceId: s.info.id, productId: s.info.product.id }));
    const edges = deriveEdges(members, Catalog.connections());
    const crossRegion = deriveCrossRegionEdges(members, this.remote, Catalog.crossRegionPaths());
    for (const cross of crossRegion) {
      const same = edges.find((e) => e.source === cross.source && e.destination === cross.destination);
      if (same) same.reasons.push(...cross.reasons);
      else edges.push(cross);
    }
    const denies: MeshEdge[] = [];
    this.merge(edges, denies, new Set(members.map((m) => m.consulName)));
    this.allowed = edges;

    for (const service of services) {
      const sources = [
        ...edges.filter((e) => e.destination === service.serviceName).map((e) => source(e, IntentionAction.ALLOW)),
        ...denies.filter((d) => d.destination === service.serviceName).map((d) => source(d, IntentionAction.DENY)),
        { name: '*', action: IntentionAction.DENY, description: DEFAULT_DENY },
      ];
      new ServiceIntentions(this, `intentions-${service.node.addr}`, {
        metadata: {
          name: service.serviceName,
          namespace: service.namespace,
          labels: { [Labels.NAME]: service.info.id, [Labels.PRODUCT]: service.info.product.id },
        },
        spec: { destination: { name: service.serviceName }, sources },
      });
    }
    const admissions = (networkPolicies.enabled ?? true) ? writeNetworkPolicies(this, all, crossRegion, networkPolicies) : [];
    cluster.addTextFile(MESH_REVIEW_FILE, renderReviewTable(cluster.clusterId, this.mode, edges, denies, outside, admissions));
  }

  /** Merges the user's intentions: duplicates fold in, contradictions are problems. */
  private merge(edges: MeshEdge[], denies: MeshEdge[], present: Set<string>): void {
    for (const i of this.added) {
      const action = i.action ?? IntentionAction.ALLOW;
      const where = `intention ${i.source} → ${i.destination} (${action})`;
      if (!present.has(i.destination)) {
        this.found.push(problem(`${where}: no meshed service "${i.destination}" in this unit`, `use one of: ${[...present].sort().join(', ')}`));
        continue;
      }
      // A source may also be a service the user runs in the mesh beside the library's, named as the catalogue names it.
      const known = new Set([...present, ...this.remote.map((r) => r.consulName)]);
      if (i.source !== '*' && !known.has(i.source) && !Catalog.services().some((s) => s.id === i.source)) {
        this.found.push(
          problem(
            `${where}: "${i.source}" is no meshed service of this unit or of any other unit of the group, nor a service of the catalogue, so the intention allows nothing`,
            `name a meshed service as the source, e.g. one of: ${[...known].sort().slice(0, 8).join(', ')}`,
            '000 §2.4',
          ),
        );
        continue;
      }
      const same = (e: MeshEdge) => e.source === i.source && e.destination === i.destination;
      const fromGuide = edges.find((e) => same(e) && e.origin === EdgeOrigin.GUIDE);
      const userAllow = edges.find((e) => same(e) && e.origin === EdgeOrigin.USER);
      const userDeny = denies.find(same);
      const entry = { source: i.source, destination: i.destination, ports: [], reasons: [`added: ${i.reason}`], origin: EdgeOrigin.USER };
      if (action === IntentionAction.DENY) {
        if (fromGuide) {
          const rows = fromGuide.reasons.join(', ');
          this.found.push(problem(`${where} contradicts the connection table rows ${rows}, which allow it`, 'remove the deny, or stop deploying one of the two services'));
        } else if (userAllow) {
          this.found.push(problem(`${where} contradicts an allow you added for the same pair`, 'keep one of them'));
        } else if (!userDeny) {
          denies.push(entry);
        }
      } else if (userDeny) {
        this.found.push(problem(`${where} contradicts a deny you added for the same pair`, 'keep one of them'));
      } else if (!fromGuide && !userAllow) {
        edges.push(entry);
      }
    }
    edges.sort(byDestinationThenSource);
  }
}

function source(edge: MeshEdge, action: IntentionAction) {
  return { name: edge.source, action, description: edge.reasons.join('; ') };
}
