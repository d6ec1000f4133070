import { formats } from '@kubernetes-models/validate';
import Ajv, { ValidateFunction } from 'ajv';
import { gvkKey } from './core-models';
import { OBJECT_META_KEY } from './core-schema-generator';
import { loadCoreSchemas } from './core-schemas';
import { loadCachedCustomResourceSchemas } from './crd-schema-cache';
import { CustomResourceSchema } from './crd-schemas';
import { goRegExp } from './go-regexp';
import { CRDS_DIR } from './paths';

/** The `$id` under which the generated core schema document is registered in ajv. */
const CORE_SCHEMA_ID = 'genesys-pe-core-schemas';

let ajv: Ajv | undefined;
let customResources: Map<string, CustomResourceSchema> | undefined;
const compiled = new Map<string, ValidateFunction | undefined>();

/**
 * The strict validator of an (apiVersion, kind): the generated core schema when the kind is in
 * core-kinds.ts, else the schema of a CRD under `crds/`, else undefined. Validators are compiled on first use.
 */
export function strictValidatorFor(apiVersion: string, kind: string): ValidateFunction | undefined {
  const key = gvkKey(apiVersion, kind);
  if (!compiled.has(key)) compiled.set(key, compile(key));
  return compiled.get(key);
}

/** Fills the on-disk caches of the core and CRD schemas (what jest's globalSetup does once per run). */
export function warmSchemaCaches(): void {
  loadCoreSchemas();
  customResourceSchemas();
}

/** The (apiVersion, kind) of every custom resource defined under `crds/`, sorted. */
export function customResourceKinds(): { apiVersion: string; kind: string }[] {
  return [...customResourceSchemas().values()]
    .map(({ apiVersion, kind }) => ({ apiVersion, kind }))
    .sort((a, b) => (gvkKey(a.apiVersion, a.kind) < gvkKey(b.apiVersion, b.kind) ? -1 : 1));
}

function compile(key: string): ValidateFunction | undefined {
  const instance = ajvWithCoreSchemas();
  const coreRef = loadCoreSchemas().refs[key];
  if (coreRef !== undefined) return instance.compile({ $ref: `${CORE_SCHEMA_ID}${coreRef}` });
  const customResource = customResourceSchemas().get(key);
  return customResource && instance.compile(customResource.schema);
}

function ajvWithCoreSchemas(): Ajv {
  if (!ajv) {
    ajv = new Ajv({
      allErrors: true,
      // Strict about the schemas themselves (unknown keywords and formats throw), not about type annotations.
      strict: true,
      strictTypes: false,
      strictTuples: false,
      allowUnionTypes: true,
      formats,
      code: { regExp: goRegExp },
    });
    ajv.addSchema({ ...loadCoreSchemas().schema, $id: CORE_SCHEMA_ID });
  }
  return ajv;
}

function customResourceSchemas(): Map<string, CustomResourceSchema> {
  customResources ??= loadCachedCustomResourceSchemas(CRDS_DIR, {
    metadataSchema: { $ref: `${CORE_SCHEMA_ID}${loadCoreSchemas().refs[OBJECT_META_KEY]}` },
    knownFormats: new Set(Object.keys(formats)),
  });
  return customResources;
}
