export * from './secret-reference';
export * from './redis';
export * from './voice-redis';
export * from './kafka';
export * from './postgres';
export * from './elasticsearch';
export * from './consul';
