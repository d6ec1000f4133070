import * as fs from 'node:fs';
import * as path from 'node:path';
import { createGenerator } from 'ts-json-schema-generator';
import { gvkKey, KubernetesModelClass } from './core-models';
import { forEachObjectNode, JsonSchema, sortKeysDeep } from './json-schema';

/** The key, next to the gvkKeys of the kinds, of the strict ObjectMeta schema (custom resources use it for `metadata`). */
export const OBJECT_META_KEY = 'ObjectMeta';

const ROOT_TYPE = 'GenesysPeCoreSchemas';

/** Strict JSON schemas of the core kinds, generated from kubernetes-models' TypeScript interfaces. */
export interface CoreSchemaDocument {
  /** A draft-07 schema whose `definitions` hold every type the kinds use. */
  readonly schema: JsonSchema;
  /** The local `$ref` (`#/definitions/...`) of each kind's schema, keyed by gvkKey, and of ObjectMeta under OBJECT_META_KEY. */
  readonly refs: Readonly<Record<string, string>>;
}

/**
 * Generates strict JSON schemas for the given kubernetes-models classes with ts-json-schema-generator.
 *
 * It writes a small entry file under `workDir` whose root interface has one property per kind (typed with the
 * kind's `I<Kind>` interface from kubernetes-models' `.d.ts`), so that one generator run (a few seconds)
 * covers every kind. `additionalProperties: false` makes each interface reject fields it does not declare.
 */
export function generateCoreSchema(models: readonly KubernetesModelClass[], workDir: string): CoreSchemaDocument {
  fs.mkdirSync(workDir, { recursive: true });
  try {
    const entry = path.join(workDir, 'entry.ts');
    const tsconfig = path.join(workDir, 'tsconfig.json');
    fs.writeFileSync(entry, entrySource(models));
    fs.writeFileSync(tsconfig, JSON.stringify({
      compilerOptions: { strict: true, module: 'commonjs', moduleResolution: 'node', target: 'es2022', skipLibCheck: true, types: [] },
      files: ['entry.ts'],
    }));
    const generated = createGenerator({
      path: entry,
      type: ROOT_TYPE,
      tsconfig,
      skipTypeCheck: true,
      additionalProperties: false,
      jsDoc: 'none',
      sortProps: true,
      expose: 'export',
      topRef: true,
    }).createSchema(ROOT_TYPE) as JsonSchema;
    openOpaqueObjects(generated);
    const schema = sortKeysDeep(generated);
    return { schema, refs: rootRefs(schema) };
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

function entrySource(models: readonly KubernetesModelClass[]): string {
  const imports = ["import type { IObjectMeta } from '@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta';"];
  const members = [`  '${OBJECT_META_KEY}': IObjectMeta;`];
  models.forEach((model, index) => {
    // kubernetes-models lays its files out as <apiVersion>/<Kind>.d.ts, exporting `interface I<Kind>`.
    imports.push(`import type { I${model.kind} as Kind${index} } from 'kubernetes-models/${model.apiVersion}/${model.kind}';`);
    members.push(`  '${gvkKey(model.apiVersion, model.kind)}': Kind${index};`);
  });
  return `${imports.join('\n')}\n\nexport interface ${ROOT_TYPE} {\n${members.join('\n')}\n}\n`;
}

/**
 * Empty interfaces in kubernetes-models (FieldsV1, RawExtension, ...) stand for free-form JSON in the
 * Kubernetes OpenAPI, not for "an object with no fields": let them hold anything.
 */
function openOpaqueObjects(schema: JsonSchema): void {
  forEachObjectNode(schema.definitions, (node) => {
    if (node.type === 'object' && node.properties === undefined && node.additionalProperties === false) {
      delete node.additionalProperties;
    }
  });
}

function rootRefs(schema: JsonSchema): Record<string, string> {
  const definitions = schema.definitions as Record<string, JsonSchema>;
  const properties = definitions[ROOT_TYPE].properties as Record<string, { $ref: string }>;
  const refs: Record<string, string> = {};
  for (const [key, property] of Object.entries(properties)) {
    if (typeof property.$ref !== 'string') {
      throw new Error(`ts-json-schema-generator did not emit a definition for ${key}: ${JSON.stringify(property)}`);
    }
    refs[key] = property.$ref;
  }
  return refs;
}
