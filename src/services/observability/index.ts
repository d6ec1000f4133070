export * from './unit-monitoring';
