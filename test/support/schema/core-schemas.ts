import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CORE_MODELS, gvkKey } from './core-models';
import { CoreSchemaDocument, generateCoreSchema } from './core-schema-generator';
import { cacheKey, readOrCreateJson, siblingSource } from './disk-cache';
import { REPO_ROOT, SCHEMA_CACHE_DIR } from './paths';

let loaded: CoreSchemaDocument | undefined;

/** The cache file of the core schemas: its name hashes every input of the generation, generator code included. */
export function coreSchemaCacheFile(): string {
  const key = cacheKey({
    kubernetesModels: packageVersion('kubernetes-models'),
    apimachinery: packageVersion('@kubernetes-models/apimachinery'),
    generator: packageVersion('ts-json-schema-generator'),
    typescript: packageVersion('typescript'),
    kinds: CORE_MODELS.map((model) => gvkKey(model.apiVersion, model.kind)),
  }, [siblingSource(__filename, 'core-schema-generator'), siblingSource(__filename, 'json-schema')]);
  return path.join(SCHEMA_CACHE_DIR, `core-${key}.json`);
}

/**
 * The strict schemas of the core kinds in core-kinds.ts: read from the on-disk cache, or generated
 * (a few seconds) and cached when missing. Memoized per process.
 */
export function loadCoreSchemas(): CoreSchemaDocument {
  loaded ??= readOrCreateJson(coreSchemaCacheFile(), () => {
    const started = Date.now();
    const workDir = path.join(SCHEMA_CACHE_DIR, `generate-${process.pid}-${crypto.randomBytes(6).toString('hex')}`);
    const document = generateCoreSchema(CORE_MODELS, workDir);
    process.stderr.write(`genesys-pe-schemas: generated strict schemas of ${CORE_MODELS.length} core kinds in ${Date.now() - started} ms\n`);
    return document;
  });
  return loaded;
}

function packageVersion(name: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}
