export * from './types';
export * from './catalog';
