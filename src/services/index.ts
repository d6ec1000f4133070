export * from './voice';
export * from './tenant-service';
export * from './ges';
export * from './cx-contact';
export * from './observability';
export * from './interaction-server';
