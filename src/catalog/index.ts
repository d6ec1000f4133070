export * from './types';
export * from './monitoring-types';
export * from './catalog';
export * from './chart-types';
