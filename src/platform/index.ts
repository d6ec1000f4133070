export * from './platform';
export * from './cluster-classes';
