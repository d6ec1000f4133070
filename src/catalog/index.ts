export * from './types';
export * from './monitoring-types';
export * from './catalog';
