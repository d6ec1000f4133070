import * as path from 'node:path';

/** The repository root (this file lives in test/support/schema/). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** The vendored CustomResourceDefinitions that custom resources are validated against. */
export const CRDS_DIR = path.join(REPO_ROOT, 'crds');

/** The shared CRD folder that `crds/` is a copy of (`../shared/crds` from the repo root). */
export const SHARED_CRDS_DIR = path.resolve(REPO_ROOT, '..', 'shared', 'crds');

/** Where generated schemas are cached between jest runs. */
export const SCHEMA_CACHE_DIR = path.join(REPO_ROOT, 'node_modules', '.cache', 'genesys-pe-schemas');

/** The installed kubernetes-models package, whose `.d.ts` interfaces the core schemas are generated from. */
export const KUBERNETES_MODELS_DIR = path.join(REPO_ROOT, 'node_modules', 'kubernetes-models');
