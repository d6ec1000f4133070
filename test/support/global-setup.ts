import { warmSchemaCaches } from './schema/strict-validators';

/**
 * Jest globalSetup: fills the on-disk schema caches under node_modules/.cache/genesys-pe-schemas/ once per
 * run (generating the core schemas takes seconds), so that the test workers only read them.
 */
export default async function globalSetup(): Promise<void> {
  warmSchemaCaches();
}
