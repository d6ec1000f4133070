import { Construct } from 'constructs';
import { Unit, UnitDefaults, UnitProps, offerUnitDefaults } from './unit';
import { checkProps } from '../core/check-props';

/** Options of a unit pair. */
export interface UnitPairProps {
  /**
   * The geography both units are in (003 §1.2): one of the names the library derives from the
   * units' regions (`us`, `canada`, `brazil`, `europe`, `uk`, `australia`, `japan`, `india`,
   * `asia`, `korea`, `africa`, `middle-east`; see `UnitProps.geography`), or the `geography` given
   * to units in regions it does not know.
   */
  readonly geography: string;
}

/** A unit as a pair creates it: the group supplies platform, registry and group id unless given. */
export interface PairedUnitProps extends UnitProps {}

/**
 * Two units in one geography: a primary and a secondary, or two secondaries (003 §1.5). Tenants
 * homed in one are backed by the other.
 */
export class UnitPair extends Construct {
  /** The pair's geography. */
  public readonly geography: string;

  /**
   * @param scope the unit group
   * @param id the pair id, e.g. `us`
   * @param props options
   * @param defaults what its units inherit from the group
   */
  public constructor(scope: Construct, id: string, props: UnitPairProps, defaults: UnitDefaults) {
    checkProps(scope, 'UnitPairProps', props, id);
    super(scope, id);
    this.geography = props.geography;
    offerUnitDefaults(this, defaults);
  }

  /**
   * Adds a unit (one cluster) to the pair.
   *
   * @param id the unit id, a DNS label unique in the app: its folder under `dist/`
   * @param props role, region and any overrides
   */
  public addUnit(id: string, props: PairedUnitProps): Unit {
    return new Unit(this, id, props);
  }

  /** The pair's units, in the order they were added. */
  public get units(): Unit[] {
    return this.node.children.filter((c): c is Unit => c instanceof Unit);
  }

  /** The other unit of the pair. */
  public partnerOf(unit: Unit): Unit | undefined {
    return this.units.find((u) => u !== unit);
  }
}
