import { Catalog, NodePool } from '../catalog';
import { Labels } from '../core';
import { NodePoolSize, NodePoolsProps } from './props';

/** A node taint: `key=value:NoSchedule`. */
export interface NodeTaint {
  /** Taint key. */
  readonly key: string;
  /** Taint value. */
  readonly value: string;
}

/** One node pool as both clouds build it. */
export interface PlannedPool {
  /** Pool name (also its label value). */
  readonly pool: NodePool;
  /** Size. */
  readonly size: NodePoolSize;
  /** Node labels the service constructs select on. */
  readonly labels: Record<string, string>;
  /** Taint keeping other workloads off, for the real-time and third-party pools. */
  readonly taint?: NodeTaint;
  /** Minutes a node drain may take during upgrades (the real-time pool's 60 minutes and more). */
  readonly drainMinutes?: number;
}

const GENERAL_DEFAULT: NodePoolSize = { machineType: '', minNodes: 3, maxNodes: 12 };

/**
 * The node pools of a unit (003 §1.10): `general`, `realtime` and, when asked for, `thirdparty`;
 * labelled and tainted exactly as GenesysService selects and tolerates them.
 */
export function planNodePools(props: NodePoolsProps, defaultMachine: string): PlannedPool[] {
  const realtimeDrain = Catalog.nodePools().find((p) => p.pool === NodePool.REALTIME)!.minDrainMinutes!;
  const plan = (pool: NodePool, size: NodePoolSize | undefined, tainted: boolean, drainMinutes?: number): PlannedPool => ({
    pool,
    size: size ?? { ...GENERAL_DEFAULT, machineType: defaultMachine },
    labels: { [Labels.NODE_POOL]: pool },
    taint: tainted ? { key: Labels.NODE_POOL, value: pool } : undefined,
    drainMinutes,
  });
  const pools = [
    plan(NodePool.GENERAL, props.general, false),
    // Pods there take up to an hour to stop; the drain allows that plus ten minutes.
    plan(NodePool.REALTIME, props.realtime, true, realtimeDrain + 10),
  ];
  if (props.thirdParty) pools.push(plan(NodePool.THIRD_PARTY, props.thirdParty, true));
  return pools;
}
