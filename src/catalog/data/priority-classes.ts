import { PriorityClassFact, PriorityLevel } from '../types';

/**
 * The service priorities of 003 §7.4.
 *
 * The guide's table has four levels (Critical, High, Medium and an unnamed 0), but its override
 * text names only three classes: `genesysengage-critical-priority`, `-medium-priority` and
 * `-low-priority`. Most services are recommended "high", so a class for it must exist; it is named
 * after the same pattern, `genesysengage-high-priority`. The unnamed level with value 0 is the one
 * for services "that can be evicted for more than 24 hours": `genesysengage-low-priority`.
 */
export const PRIORITY_CLASSES: PriorityClassFact[] = [
  {
    level: PriorityLevel.CRITICAL,
    name: 'genesysengage-critical-priority',
    value: 10_000_000,
    description: 'Genesys services that must not be evicted for lack of resources; may evict all lower priorities.',
    source: '003 §7.4',
  },
  {
    level: PriorityLevel.HIGH,
    name: 'genesysengage-high-priority',
    value: 1_000_000,
    description: 'Genesys services that critical services may evict; they evict lower priorities.',
    source: '003 §7.4',
  },
  {
    level: PriorityLevel.MEDIUM,
    name: 'genesysengage-medium-priority',
    value: 100_000,
    description: 'Genesys services that critical or high services may evict; they evict only lower or default priorities.',
    source: '003 §7.4',
  },
  {
    level: PriorityLevel.LOW,
    name: 'genesysengage-low-priority',
    value: 0,
    description: 'Genesys services that can be evicted for more than 24 hours if needed.',
    source: '003 §7.4',
  },
];
