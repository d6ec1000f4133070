export { expectValidManifests, validateManifests } from './validate-manifests';
export type { ManifestProblem } from './validate-manifests';
export { formatProblem } from './problems';
export { CRDS_DIR, SHARED_CRDS_DIR } from './paths';
