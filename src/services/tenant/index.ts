export * from './tenant-service';
