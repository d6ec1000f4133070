export * from './unit-consistency';
export * from './prerequisites';
