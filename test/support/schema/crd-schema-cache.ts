import * as path from 'node:path';
import { gvkKey } from './core-models';
import { CrdSchemaOptions, crdFiles, CustomResourceSchema, loadCustomResourceSchemas } from './crd-schemas';
import { cacheKey, readOrCreateJson, siblingSource } from './disk-cache';
import { SCHEMA_CACHE_DIR } from './paths';

/**
 * loadCustomResourceSchemas, cached on disk: parsing the CRD YAML takes about half a second, reading the
 * cached result a few milliseconds. The cache key hashes the CRD files, the options and the conversion code.
 */
export function loadCachedCustomResourceSchemas(dir: string, options: CrdSchemaOptions): Map<string, CustomResourceSchema> {
  const key = cacheKey(
    { metadataSchema: options.metadataSchema, knownFormats: [...options.knownFormats].sort() },
    [
      ...crdFiles(dir).map((file) => path.join(dir, file)),
      ...['crd-schemas', 'openapi-to-json-schema'].map((name) => siblingSource(__filename, name)),
    ],
  );
  const schemas = readOrCreateJson(path.join(SCHEMA_CACHE_DIR, `crds-${key}.json`), () => [...loadCustomResourceSchemas(dir, options).values()]);
  return new Map(schemas.map((schema) => [gvkKey(schema.apiVersion, schema.kind), schema]));
}
