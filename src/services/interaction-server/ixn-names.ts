import { IXN_RELEASE_PREFIX, IXN_SERVICE_ACCOUNTS, IXN_WORKLOAD_SUFFIXES } from '../../catalog/data/interaction-server-facts';

/** Catalogue ids of the two workloads. */
export const IXN_IDS = { server: 'ixn', vqNode: 'ixn-vqnode' } as const;

/** The names of one tenant's Interaction Server objects. */
export interface IxnNames {
  /** The release, `ixn-<sid>`: the `app.kubernetes.io/instance` of both pods. */
  readonly release: string;
  /** StatefulSet `ixn-<sid>-sts` (pod `ixn-<sid>-sts-0`). */
  readonly serverWorkload: string;
  /** Consul service and service account `ixn-server-<tenant uuid>`. */
  readonly serverService: string;
  /** Deployment `ixn-<sid>-vqnode-deploy`. */
  readonly vqNodeWorkload: string;
  /** Consul service and service account `ixn-vqnode-<tenant uuid>`. */
  readonly vqNodeService: string;
}

/**
 * The guide's `tenant.sid` of a tenant short id: `100` as given, or the number of the library's
 * `t100` form (the Voice guide's tenant pod `t2100-0`). Anything else is returned unchanged, and
 * the checks report it.
 */
export function ixnSid(shortId: string): string {
  const match = /^t?([0-9]{1,4})$/.exec(shortId);
  return match ? match[1] : shortId;
}

/**
 * The names for the tenant with short id `shortId` and UUID `tenantId` (004 §1.1, §1.2, §1.6): the
 * release and workloads by the short id, the Consul services and their accounts by the UUID.
 */
export function ixnNames(shortId: string, tenantId: string): IxnNames {
  const sid = ixnSid(shortId);
  const release = `${IXN_RELEASE_PREFIX}${sid}`;
  return {
    release,
    serverWorkload: `${release}${IXN_WORKLOAD_SUFFIXES.server}`,
    serverService: `${IXN_SERVICE_ACCOUNTS.serverPrefix}${tenantId}`,
    vqNodeWorkload: `${release}${IXN_WORKLOAD_SUFFIXES.vqNode}`,
    vqNodeService: `${IXN_SERVICE_ACCOUNTS.vqNodePrefix}${tenantId}`,
  };
}
