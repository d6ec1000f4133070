import { problem } from '../core';

/**
 * "Each service must have its own data store cluster or instances, which must not be shared in
 * production environments unless they are under the same service group" (003 §1.11). Records which
 * service groups keep data in a store and reports the others.
 */
export class GroupOwnership {
  private readonly groups = new Set<string>();

  /**
   * @param kind what the store is, for messages (`Redis`, `Elasticsearch`)
   * @param storeId the store's construct id
   * @param owner the service group that owns the store
   * @param allowSharing let other groups in (non-production only)
   */
  public constructor(
    private readonly kind: string,
    private readonly storeId: string,
    private readonly owner: string,
    private readonly allowSharing: boolean,
  ) {}

  /** Records that `serviceGroup` keeps its data in the store. */
  public use(serviceGroup: string): void {
    this.groups.add(serviceGroup);
  }

  /** The problem, if groups other than the owner keep data here. */
  public problems(): string[] {
    const others = [...this.groups].filter((g) => g !== this.owner).sort();
    if (others.length === 0 || this.allowSharing) return [];
    return [
      problem(
        `${this.kind} "${this.storeId}" belongs to service group "${this.owner}" but also holds data of ${others.map((g) => `"${g}"`).join(', ')}; each service group needs its own data store in production`,
        'give each service group its own store, or set allowSharingAcrossGroups for a non-production environment',
        '003 §1.11',
      ),
    ];
  }
}
