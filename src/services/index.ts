export * from './voice';
export * from './tenant-service';
