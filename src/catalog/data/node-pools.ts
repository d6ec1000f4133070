import { NodePool } from '../types';

/** A node pool of 003 §1.10. */
export interface NodePoolFact {
  /** The pool. */
  readonly pool: NodePool;
  /** What runs on the pool. */
  readonly purpose: string;
  /** Memory (GB) per vCPU, where the guide gives it. */
  readonly memoryPerVcpuGb?: number;
  /** Minimum drain time in minutes before a node of this pool is removed, where the guide gives it. */
  readonly minDrainMinutes?: number;
  /** True when a unit may do without the pool. */
  readonly optional: boolean;
  /** Guide and section. */
  readonly source: string;
}

/** The recommended node pools (003 §1.10). */
export const NODE_POOLS: NodePoolFact[] = [
  {
    pool: NodePool.GENERAL,
    purpose: 'Most Genesys services; general-purpose instances with Premium SSD.',
    memoryPerVcpuGb: 4,
    optional: false,
    source: '003 §1.10',
  },
  {
    pool: NodePool.REALTIME,
    purpose: 'Stateful voice services that keep live voice sessions while draining.',
    minDrainMinutes: 60,
    optional: false,
    source: '003 §1.10',
  },
  {
    pool: NodePool.THIRD_PARTY,
    purpose: 'Data stores and other third-party services deployed in the cluster; storage-optimized, local NVMe.',
    memoryPerVcpuGb: 8,
    optional: true,
    source: '003 §1.10',
  },
];
