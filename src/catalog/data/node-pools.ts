import { NodePool, NodePoolFact } from '../types';

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
