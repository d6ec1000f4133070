export * from './platform';
export * from './monitoring';
export * from './cluster-classes';
