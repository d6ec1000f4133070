export * from './catalog';
export * from './core';
export * from './platform';
export * from './topology';
