export * from './unit';
export * from './unit-pair';
export * from './tenant';
export * from './unit-group';
export * from './engagement-services';
