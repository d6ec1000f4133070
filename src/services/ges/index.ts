export * from './ges-props';
export * from './ges-secrets';
export * from './ges-service';
