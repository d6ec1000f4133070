import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { gvkKey } from './core-models';
import { isJsonObject, JsonSchema } from './json-schema';
import { listFiles } from './list-files';
import { toStrictJsonSchema } from './openapi-to-json-schema';

/** The strict schema of one served version of a custom resource. */
export interface CustomResourceSchema {
  readonly apiVersion: string;
  readonly kind: string;
  /** The CRD file it comes from, relative to the CRD folder. */
  readonly file: string;
  readonly schema: JsonSchema;
}

/** What the CRD schemas need from the rest of the validator. */
export interface CrdSchemaOptions {
  /** The schema of `metadata`: the strict core ObjectMeta, since a CRD's schema only says `type: object`. */
  readonly metadataSchema: JsonSchema;
  /** The `format` values the validator implements. */
  readonly knownFormats: ReadonlySet<string>;
}

/**
 * Loads every CustomResourceDefinition in the YAML files under `dir` (recursively) and returns the strict
 * schema of each served (group, version, kind), keyed by gvkKey (`<group>/<version> <Kind>`).
 */
export function loadCustomResourceSchemas(dir: string, options: CrdSchemaOptions): Map<string, CustomResourceSchema> {
  const schemas = new Map<string, CustomResourceSchema>();
  for (const file of crdFiles(dir)) {
    for (const crd of readCrds(path.join(dir, file), file)) {
      for (const schema of crdSchemas(crd, file, options)) {
        const key = gvkKey(schema.apiVersion, schema.kind);
        const previous = schemas.get(key);
        if (previous) throw new Error(`crds/${file}: ${key} is already defined by crds/${previous.file}`);
        schemas.set(key, schema);
      }
    }
  }
  return schemas;
}

/** The YAML files under `dir` (recursively), as sorted paths relative to it. */
export function crdFiles(dir: string): string[] {
  return listFiles(dir).filter((name) => /\.ya?ml$/.test(name));
}

function readCrds(absolute: string, file: string): Record<string, unknown>[] {
  const crds: Record<string, unknown>[] = [];
  for (const document of parseAllDocuments(fs.readFileSync(absolute, 'utf8'))) {
    if (document.errors.length > 0) throw new Error(`crds/${file}: ${document.errors[0].message}`);
    const value: unknown = document.toJS();
    if (value === null || value === undefined) continue;
    if (!isJsonObject(value) || value.apiVersion !== 'apiextensions.k8s.io/v1' || value.kind !== 'CustomResourceDefinition') {
      throw new Error(`crds/${file}: expected only apiextensions.k8s.io/v1 CustomResourceDefinition documents`);
    }
    crds.push(value);
  }
  return crds;
}

interface CrdSpec {
  group: string;
  names: { kind: string };
  versions: { name: string; served: boolean; schema?: { openAPIV3Schema?: unknown } }[];
}

function crdSchemas(crd: Record<string, unknown>, file: string, options: CrdSchemaOptions): CustomResourceSchema[] {
  const spec = crd.spec as CrdSpec;
  return spec.versions.filter((version) => version.served).map((version) => {
    const apiVersion = `${spec.group}/${version.name}`;
    const kind = spec.names.kind;
    const source = `crds/${file} (${apiVersion} ${kind})`;
    if (version.schema?.openAPIV3Schema === undefined) throw new Error(`${source}: no openAPIV3Schema`);
    const schema = toStrictJsonSchema(version.schema.openAPIV3Schema, { source, knownFormats: options.knownFormats });
    return { apiVersion, kind, file, schema: withTypeMeta(schema, apiVersion, kind, options.metadataSchema) };
  });
}

/** Pins apiVersion and kind, and validates metadata as a strict ObjectMeta. */
function withTypeMeta(schema: JsonSchema, apiVersion: string, kind: string, metadataSchema: JsonSchema): JsonSchema {
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  return {
    ...schema,
    type: 'object',
    properties: {
      ...(schema.properties as Record<string, JsonSchema> | undefined),
      apiVersion: { type: 'string', const: apiVersion },
      kind: { type: 'string', const: kind },
      metadata: metadataSchema,
    },
    required: [...new Set(['apiVersion', 'kind', ...required])],
  };
}
