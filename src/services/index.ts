export * from './voice';
export * from './tenant-service';
export * from './observability';
