import { Construct } from 'constructs';
import { Placement } from '../catalog';
import { ClusterChart, GenesysService, Labels, addChecks, problem } from '../core';
import { ClusterClasses, Platform } from '../platform';

/** The role of a unit in its unit group (003 §1.4). */
export enum UnitRole {
  /** Hosts every service, including those only the primary unit may run; one per group. */
  PRIMARY = 'primary',
  /** Hosts voice-related services only. */
  SECONDARY = 'secondary',
}

/** Options of a unit. */
export interface UnitProps {
  /** AKS or GKE, with its options. */
  readonly platform: Platform;
  /** Primary or secondary. */
  readonly role: UnitRole;
  /** Cloud region of the unit's cluster, e.g. `eastus2` or `us-east4`. */
  readonly region: string;
  /** Id of the unit group the unit belongs to, written on every object. */
  readonly unitGroup: string;
  /**
   * Registry that serves the Genesys images (your mirror; 003 §7.2 asks you not to pull straight
   * from Genesys into production).
   */
  readonly imageRegistry: string;
  /** Image pull Secret names, present in every namespace. @default - none */
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

  /**
   * @param scope the app (or a unit pair)
   * @param id the unit id, a DNS label such as `us-east`: the folder name under `dist/`
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: UnitProps) {
    super(scope, id, {
      imageRegistry: props.imageRegistry,
      imagePullSecrets: props.imagePullSecrets,
      labels: { [Labels.UNIT]: id, [Labels.UNIT_GROUP]: props.unitGroup },
    });
    this.platform = props.platform;
    this.role = props.role;
    this.region = props.region;
    this.classes = new ClusterClasses(this.clusterObjects, 'classes', { platform: props.platform });
    addChecks(this, () => [...props.platform.problems(), ...this.placementProblems()]);
  }

  /** The services of this unit, in construction order. */
  public get services(): GenesysService[] {
    return this.node.findAll().filter((c): c is GenesysService => c instanceof GenesysService);
  }

  /** "Primary unit only" services (003 §2.3) may not run in a secondary unit. */
  private placementProblems(): string[] {
    if (this.role !== UnitRole.SECONDARY) return [];
    return this.services
      .filter((s) => s.info.placement === Placement.PRIMARY_ONLY)
      .map((s) =>
        problem(
          `${s.info.displayName} (${s.name}) runs only in the primary unit, but ${this.clusterId} is a secondary unit`,
          'deploy it in the primary unit of the group',
          s.info.product.source.split(';').find((x) => x.includes('§2.3'))?.trim() ?? '003 §2.3',
        ),
      );
  }
}
