export * from './values';
export * from './chart-repository';
export * from './chart-delivery';
export * from './chart-release';
export * from './chart-context';
export * from './genesys-service';
