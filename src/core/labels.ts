/** Label and annotation keys the library writes. */
export class Labels {
  /** Standard label: the application name (the service's object name). */
  public static readonly NAME = 'app.kubernetes.io/name';
  /** Standard label: the instance (per-tenant services carry the tenant in it). */
  public static readonly INSTANCE = 'app.kubernetes.io/instance';
  /** Standard label: the component within the application. */
  public static readonly COMPONENT = 'app.kubernetes.io/component';
  /** Standard label: the larger application the object is part of. */
  public static readonly PART_OF = 'app.kubernetes.io/part-of';
  /** Standard label: the tool that manages the object. */
  public static readonly MANAGED_BY = 'app.kubernetes.io/managed-by';
  /** Standard label: the version of the application. */
  public static readonly VERSION = 'app.kubernetes.io/version';
  /** The unit (one cluster) the object belongs to. */
  public static readonly UNIT = 'genesys-pe.io/unit';
  /** The unit group the object belongs to. */
  public static readonly UNIT_GROUP = 'genesys-pe.io/unit-group';
  /** The Genesys product (003 services list row) of a service's objects. */
  public static readonly PRODUCT = 'genesys-pe.io/product';
  /** The tenant (short id) a per-tenant object belongs to. */
  public static readonly TENANT = 'genesys-pe.io/tenant';
  /** Node label that names a node's pool (003 §1.10); set on the node pools by the Terraform. */
  public static readonly NODE_POOL = 'genesys-pe.io/node-pool';

  /** Value of `app.kubernetes.io/part-of` on every object. */
  public static readonly PART_OF_VALUE = 'genesys-multicloud-cx';
  /** Value of `app.kubernetes.io/managed-by` on every object. */
  public static readonly MANAGED_BY_VALUE = 'genesys-pe-constructs';

  /** The labels every object carries. */
  public static common(): Record<string, string> {
    return { [Labels.PART_OF]: Labels.PART_OF_VALUE, [Labels.MANAGED_BY]: Labels.MANAGED_BY_VALUE };
  }

  private constructor() {}
}
