/** What an intention does. */
export enum IntentionAction {
  /** Allow the source to call the destination. */
  ALLOW = 'allow',
  /** Deny it. */
  DENY = 'deny',
}

/** How the unit's mesh policy is made. */
export enum MeshMode {
  /**
   * Exactly the paths of the guides' connection tables, and an explicit deny for everything else
   * (the default).
   */
  LEAST_PRIVILEGE = 'least-privilege',
  /**
   * The Voice guide's own advice (000 §2.4): one intention allowing every service to call every
   * service. **Warning:** any compromised or misconfigured pod in the mesh can then reach every
   * Genesys service; use it only to diagnose a connection the tables miss.
   */
  ALLOW_ALL = 'allow-all',
}

/** An intention added by the user, merged with the derived ones. */
export interface IntentionProps {
  /** Source Consul service name, or `*` for every source. */
  readonly source: string;
  /** Destination Consul service name (a service of this unit). */
  readonly destination: string;
  /** Allow or deny. @default IntentionAction.ALLOW */
  readonly action?: IntentionAction;
  /** Why, in a few words; shown in the review table. */
  readonly reason: string;
}
