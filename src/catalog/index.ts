export * from './types';
export * from './catalog';
export { PriorityClassFact } from './data/priority-classes';
export { StorageClassFact, StorageRole } from './data/storage-classes';
export { NodePoolFact } from './data/node-pools';
