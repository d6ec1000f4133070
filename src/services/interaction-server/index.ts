export * from './interaction-server-props';
export * from './interaction-server';
