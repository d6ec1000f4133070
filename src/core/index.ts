// SynthProblemsError extends Error, which jsii cannot export; catch errors named 'SynthProblemsError'.
export { problem, addChecks, collectProblems } from './problems';
export * from './labels';
export * from './manifest-file';
export * from './cluster-chart';
export * from './release-spec';
export * from './genesys-app';
export * from './service-props';
export * from './volume-claim';
export * from './ingress-class';
