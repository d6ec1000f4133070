import { Construct, IConstruct } from 'constructs';
import { Placement } from '../catalog';
import { geographyOf } from '../catalog/data/cloud-regions';
import { ClusterChart, Labels, addChecks, problem } from '../core';
import { managedStoreNameProblems, objectProblems, unitIdProblems } from './unit-name-rules';
import { GenesysService, ChartDelivery } from '../charts';
import { checkProps } from '../core/check-props';
import { addObjectChecks } from '../core/object-checks';
import { SynthProblemsError } from '../core/problems';
import { PostgresServer, RedisCluster } from '../datastores';
import { ConsulMesh } from '../mesh';
import { ClusterClasses, Platform } from '../platform';

/** The role of a unit in its unit group (003 §1.4). */
export enum UnitRole {
  /** Hosts every service, including those only the primary unit may run; one per group. */
  PRIMARY = 'primary',
  /** Hosts voice-related services only. */
  SECONDARY = 'secondary',
}

/** Options of a unit. Inside a unit group, the group supplies what is marked so. */
export interface UnitProps {
  /** Primary or secondary. */
  readonly role: UnitRole;
  /** Cloud region of the unit's cluster, e.g. `eastus2` or `us-east4`. */
  readonly region: string;
  /** AKS or GKE, with its options. @default - the unit group's; required outside a group */
  readonly platform?: Platform;
  /** Id of the unit group, written on every object. @default - the enclosing group's id; required outside a group */
  readonly unitGroup?: string;
  /**
   * Registry that serves the Genesys images (your mirror; 003 §7.2 asks you not to pull straight
   * from Genesys into production).
   *
   * @default - the unit group's; required outside a group
   */
  readonly imageRegistry?: string;
  /** Image pull Secret names, present in every namespace. @default - the unit group's, or none */
  readonly imagePullSecrets?: string[];
  /** How the unit's Helm charts are delivered. @default - the unit group's; required outside a group */
  readonly charts?: ChartDelivery;
  /**
   * Geography of the region, for a region the library does not know; a pair's two units must be
   * in the pair's geography (003 §1.2).
   *
   * The geographies the library knows, from the region: `us`, `canada`, `brazil`, `europe`, `uk`,
   * `australia`, `japan`, `india`, `asia`, `korea`, `africa`, `middle-east`. London is `uk`, not
   * `europe` (Azure `uksouth`, `ukwest`; GCP `europe-west2`).
   *
   * @default - looked up from the region
   */
  readonly geography?: string;
}

/** What a unit inherits from the unit group it is created in. */
export interface UnitDefaults {
  /** The group's id. */
  readonly unitGroup: string;
  /** The group's platform. */
  readonly platform: Platform;
  /** The group's image registry. */
  readonly imageRegistry: string;
  /** The group's image pull Secrets. @default - none */
  readonly imagePullSecrets?: string[];
}

/**
 * A unit: one Kubernetes cluster in one cloud region running one instance of private edition
 * (003 §1.2, §1.10). Its manifests are written to `dist/<unit id>/`, and it creates the namespaces
 * its services use, the priority classes of 003 §7.4 and the storage classes of 003 §4.
 */
export class Unit extends ClusterChart {
  /** AKS or GKE. */
  public readonly platform: Platform;
  /** Primary or secondary. */
  public readonly role: UnitRole;
  /** Cloud region. */
  public readonly region: string;
  /** The cluster-wide classes the unit creates. */
  public readonly classes: ClusterClasses;
  private readonly geographyOverride?: string;

  /**
   * @param scope the app (or a unit pair)
   * @param id the unit id, a DNS label such as `us-east`: the folder name under `dist/`
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: UnitProps) {
    checkProps(scope, 'UnitProps', props, id);
    const defaults = groupDefaults(scope);
    const platform = props.platform ?? defaults?.platform;
    const unitGroup = props.unitGroup ?? defaults?.unitGroup;
    const imageRegistry = props.imageRegistry ?? defaults?.imageRegistry;
    if (!platform || !unitGroup || !imageRegistry) {
      const missing = Object.entries({ platform, unitGroup, imageRegistry }).filter(([, v]) => !v).map(([k]) => k);
      throw new SynthProblemsError([`[${[scope.node.path, id].filter(Boolean).join('/')}] ${missingDefaultsProblem(scope, id, missing)}`]);
    }
    super(scope, id, {
      imageRegistry,
      imagePullSecrets: props.imagePullSecrets ?? defaults?.imagePullSecrets,
      unitGroup,
      labels: { [Labels.UNIT]: id, [Labels.UNIT_GROUP]: unitGroup },
    });
    if (props.charts) ChartDelivery.use(this, props.charts);
    this.platform = platform;
    this.role = props.role;
    this.region = props.region;
    this.geographyOverride = props.geography;
    this.classes = new ClusterClasses(this.clusterObjects, 'classes', { platform });
    addChecks(this, () => [
      ...unitIdProblems(this),
      ...platform.problems(),
      ...this.placementProblems(),
      ...this.managedStoreProblems(),
      ...managedStoreNameProblems(this),
      ...this.meshProblems(),
    ]);
    addObjectChecks(this, (rendered) => objectProblems(this, rendered));
  }

  /** The geography of the unit's region (003 §1.5), or undefined for a region the library does not know. */
  public get geography(): string | undefined {
    return this.geographyOverride ?? geographyOf(this.platform.kind, this.region);
  }

  /** The services of this unit, in construction order. */
  public get services(): GenesysService[] {
    return this.node.findAll().filter((c): c is GenesysService => c instanceof GenesysService);
  }

  /**
   * A store the Terraform provisions gets its host name from the platform it was given; given
   * another cloud's platform than the unit's, the services would look for it at the wrong name.
   */
  private managedStoreProblems(): string[] {
    const found: string[] = [];
    for (const c of this.node.findAll()) {
      if (!(c instanceof RedisCluster || c instanceof PostgresServer) || !c.managedName) continue;
      const kind = c instanceof RedisCluster ? 'redis' : 'postgres';
      const expected = this.platform.managedHost(kind, c.managedName, this.clusterId, this.unitGroup ?? 'default');
      if (c.address !== expected) {
        const factory = kind === 'redis' ? 'RedisCluster.managed' : 'PostgresServer.managed';
        const madeFor = [Platform.aks(), Platform.gke()].find((p) => p.managedHost(kind, c.managedName!, this.clusterId, this.unitGroup ?? 'default') === c.address);
        const given = madeFor ? `was given the ${madeFor.kind.toUpperCase()} platform (host "${c.address}")` : `has host "${c.address}"`;
        found.push(
          problem(
            `${kind === 'redis' ? 'Redis' : 'PostgreSQL'} "${c.node.id}", which the Terraform provisions, ${given}, but unit ${this.clusterId} runs on ${this.platform.kind.toUpperCase()}, where the Terraform names it "${expected}"`,
            `create it with ${factory}(unit, '${c.node.id}', { platform: unit.platform, ... }), the platform of the unit it is in`,
          ),
        );
      }
    }
    return found;
  }

  /**
   * Meshed services get Consul's sidecar and, with the ACLs the Voice guide turns on (000 §2.4),
   * accept only the calls an intention allows: without a ConsulMesh in the unit nothing may call them.
   */
  private meshProblems(): string[] {
    const meshed = this.services.filter((s) => s.meshed);
    if (meshed.length === 0 || this.node.findAll().some((c) => c instanceof ConsulMesh)) return [];
    const names = meshed.slice(0, 3).map((s) => s.name).join(', ') + (meshed.length > 3 ? `, and ${meshed.length - 3} more` : '');
    return [
      problem(
        `unit ${this.clusterId} runs services in the Consul mesh (${names}) but has no ConsulMesh, so no intention allows any call between them`,
        "add new ConsulMesh(unit, 'mesh'), which derives the intentions from the guides' connection tables",
        '000 §2.4',
      ),
    ];
  }

  /**
   * "Primary unit only" services (003 §2.3) may not run in a secondary unit. A service made by a
   * construct that is not a service itself (`EngagementServices`) is reported once with the
   * construct, which is what to move.
   */
  private placementProblems(): string[] {
    if (this.role !== UnitRole.SECONDARY) return [];
    const units = this.node.root.node.findAll().filter((c) => c instanceof Unit) as Unit[];
    const primary = units.find((u) => u.role === UnitRole.PRIMARY && u.unitGroup === this.unitGroup);
    const fix = (what: string) => (primary ? `${what} in the primary unit of the group, ${primary.clusterId}` : `${what} in the primary unit of the group`);
    const sourceOf = (s: GenesysService) => s.info.product.source.split(';').find((x) => x.includes('§2.3'))?.trim() ?? '003 §2.3';
    const byOwner = new Map<IConstruct, GenesysService[]>();
    for (const service of this.services.filter((s) => s.info.placement === Placement.PRIMARY_ONLY)) {
      // The construct directly in the unit that holds the service: the service itself, or what made it.
      const owner = service.node.scopes[this.node.scopes.length] ?? service;
      byOwner.set(owner, [...(byOwner.get(owner) ?? []), service]);
    }
    return [...byOwner].flatMap(([owner, services]) => {
      if (owner instanceof GenesysService) {
        return services.map((s) =>
          problem(`${s.info.displayName} (${s.name}) runs only in the primary unit, but ${this.clusterId} is a secondary unit`, fix('deploy it'), sourceOf(s)),
        );
      }
      const kind = owner.constructor.name;
      return [
        problem(
          `${kind} "${owner.node.id}" makes ${services.map((s) => `${s.info.displayName} (${s.name})`).join(', ')}, which run only in the primary unit, but ${this.clusterId} is a secondary unit`,
          fix(`create ${kind} "${owner.node.id}"`),
          [...new Set(services.map(sourceOf))].join('; '),
        ),
      ];
    });
  }
}

/** Why a unit has no platform, unit group or registry: made in a group but not in a pair, or standing alone without them. */
function missingDefaultsProblem(scope: Construct, id: string, missing: string[]): string {
  if ([scope, ...scope.node.scopes].some((s) => s.constructor.name === 'UnitGroup')) {
    return problem(
      `Unit ${id} was created directly in a unit group; a unit of a group belongs to a pair, which gives it the group's platform, unitGroup and imageRegistry`,
      `create it with group.addPair('<pair id>', { geography }).addUnit('${id}', { role, region })`,
      '003 §1.6',
    );
  }
  return problem(
    `Unit ${id} stands outside a unit group and has no ${missing.join(', ')}`,
    "give them, e.g. platform: Platform.aks(), unitGroup: 'acme', imageRegistry: 'acmegenesys.azurecr.io', or add the unit to a pair of a unit group",
  );
}

const DEFAULTS = Symbol.for('genesys-pe.unit-defaults');

/** The defaults the nearest enclosing scope offers to units (a UnitPair inside a UnitGroup does). */
function groupDefaults(scope: Construct): UnitDefaults | undefined {
  for (const c of [scope, ...scope.node.scopes.slice().reverse()]) {
    const defaults = (c as any)[DEFAULTS];
    if (defaults) return defaults as UnitDefaults;
  }
  return undefined;
}

/** Marks `scope` as offering defaults to the units created under it. */
export function offerUnitDefaults(scope: Construct, defaults: UnitDefaults): void {
  (scope as any)[DEFAULTS] = defaults;
}
