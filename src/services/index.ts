export * from './voice';
export * from './tenant';
export * from './ges';
export * from './cx-contact';
export * from './observability';
export * from './interaction-server';
export * from './generic-chart-service';
