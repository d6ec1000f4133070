import { Unit } from './unit';

/** A tenant of the unit group (003 §1.3). */
export interface TenantProps {
  /** The tenant's id, a UUID. */
  readonly tenantId: string;
  /** The tenant's short id, e.g. `t100`. */
  readonly shortId: string;
  /** The unit the tenant is homed in; its pair partner backs it up (003 §1.5). */
  readonly home: Unit;
}

/** A tenant: homed in one unit and backed by that unit's pair partner, to reduce the blast radius (003 §1.5). */
export class Tenant {
  /** The tenant's id. */
  public readonly tenantId: string;
  /** The tenant's short id. */
  public readonly shortId: string;
  /** The unit the tenant is homed in. */
  public readonly home: Unit;
  /** The home unit's pair partner, which backs the tenant up; undefined while the pair is incomplete. */
  public readonly backup?: Unit;

  /**
   * @param props the tenant
   * @param backup the home unit's pair partner
   */
  public constructor(props: TenantProps, backup?: Unit) {
    this.tenantId = props.tenantId;
    this.shortId = props.shortId;
    this.home = props.home;
    this.backup = backup;
  }

  /** The units that run the tenant's per-tenant services: home first, then the backup. */
  public get units(): Unit[] {
    return this.backup ? [this.home, this.backup] : [this.home];
  }
}
