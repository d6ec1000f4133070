export * from './catalog';
export * from './core';
export * from './platform';
export * from './datastores';
export * from './mesh';
export * from './services';
export * from './topology';
export * from './terraform';
