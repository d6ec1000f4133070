import { isJsonObject, JsonSchema } from './json-schema';

/** Validation keywords that mean the same in a CRD's OpenAPI v3 schema and in JSON Schema draft-07. */
const COPIED = new Set([
  'type', 'enum', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'multipleOf',
  'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties', 'required',
]);

/** Documentation-only keywords: they validate nothing. */
const IGNORED = new Set(['description', 'title', 'example', 'externalDocs', 'default', 'deprecated', 'readOnly', 'writeOnly']);

/** Keywords handled one by one in convertNode. */
const HANDLED = new Set([
  'properties', 'items', 'additionalProperties', 'allOf', 'anyOf', 'oneOf', 'not', 'format',
  'exclusiveMinimum', 'exclusiveMaximum', 'nullable',
  'x-kubernetes-int-or-string', 'x-kubernetes-preserve-unknown-fields', 'x-kubernetes-list-type',
]);

/** How to convert a CRD schema. */
export interface ConversionOptions {
  /** Where the schema comes from (file and kind), for error messages. */
  readonly source: string;
  /** The `format` values the validator implements; Kubernetes ignores the others, and so does the conversion. */
  readonly knownFormats: ReadonlySet<string>;
}

/**
 * Converts a CRD's `openAPIV3Schema` (a Kubernetes structural schema) into a strict JSON Schema (draft-07).
 *
 * Like an API server with strict field validation, every object node that declares `properties` (or is
 * `type: object`) without `additionalProperties` or `x-kubernetes-preserve-unknown-fields` rejects unknown
 * fields. It also implements `nullable`, `x-kubernetes-int-or-string`, `x-kubernetes-list-type: set`,
 * OpenAPI's boolean `exclusiveMinimum`/`exclusiveMaximum`, and drops the other `x-kubernetes-*` extensions
 * (CEL `x-kubernetes-validations` rules are not evaluated). A keyword it does not know is an error, so a
 * new CRD never loses validation silently.
 */
export function toStrictJsonSchema(schema: unknown, options: ConversionOptions): JsonSchema {
  return convertNode(schema, '', true, options);
}

function convertNode(node: unknown, pointer: string, structural: boolean, options: ConversionOptions): JsonSchema {
  if (!isJsonObject(node)) {
    throw new Error(`${options.source}: schema at ${pointer || '/'} is not an object`);
  }
  const out: JsonSchema = {};
  for (const [keyword, value] of Object.entries(node)) {
    if (COPIED.has(keyword)) {
      out[keyword] = value;
    } else if (!HANDLED.has(keyword) && !IGNORED.has(keyword) && !keyword.startsWith('x-kubernetes-')) {
      throw new Error(`${options.source}: unsupported schema keyword "${keyword}" at ${pointer || '/'}`);
    }
  }

  if (isJsonObject(node.properties)) {
    const properties: Record<string, JsonSchema> = {};
    for (const [name, child] of Object.entries(node.properties)) {
      properties[name] = convertNode(child, `${pointer}/properties/${name}`, structural, options);
    }
    out.properties = properties;
  }
  if (node.items !== undefined) out.items = convertNode(node.items, `${pointer}/items`, structural, options);
  if (typeof node.additionalProperties === 'boolean') out.additionalProperties = node.additionalProperties;
  if (isJsonObject(node.additionalProperties)) {
    out.additionalProperties = convertNode(node.additionalProperties, `${pointer}/additionalProperties`, structural, options);
  }
  // Branches of allOf/anyOf/oneOf/not only add value checks to fields the node itself declares, so they stay open.
  for (const combinator of ['allOf', 'anyOf', 'oneOf'] as const) {
    const branches = node[combinator];
    if (Array.isArray(branches)) {
      out[combinator] = branches.map((branch, i) => convertNode(branch, `${pointer}/${combinator}/${i}`, false, options));
    }
  }
  if (node.not !== undefined) out.not = convertNode(node.not, `${pointer}/not`, false, options);

  if (typeof node.format === 'string' && options.knownFormats.has(node.format)) out.format = node.format;
  convertExclusiveBound(node, out, 'exclusiveMinimum', 'minimum');
  convertExclusiveBound(node, out, 'exclusiveMaximum', 'maximum');

  if (node['x-kubernetes-int-or-string'] === true && out.type === undefined) out.type = ['integer', 'string'];
  if (node['x-kubernetes-list-type'] === 'set') out.uniqueItems = true;

  const preservesUnknownFields = node['x-kubernetes-preserve-unknown-fields'] === true;
  const isObject = out.properties !== undefined || out.type === 'object';
  if (structural && isObject && !preservesUnknownFields && out.additionalProperties === undefined) {
    out.additionalProperties = false;
  }

  return node.nullable === true ? allowNull(out) : out;
}

/** OpenAPI 3.0 spells an exclusive bound as a boolean next to minimum/maximum; draft-07 as a number. */
function convertExclusiveBound(node: Record<string, unknown>, out: JsonSchema, exclusive: string, inclusive: string): void {
  const flag = node[exclusive];
  if (flag === true && typeof node[inclusive] === 'number') {
    out[exclusive] = node[inclusive];
    delete out[inclusive];
  } else if (typeof flag === 'number') {
    out[exclusive] = flag;
  }
}

function allowNull(out: JsonSchema): JsonSchema {
  if (out.allOf !== undefined || out.anyOf !== undefined || out.oneOf !== undefined || out.not !== undefined) {
    return { anyOf: [{ type: 'null' }, out] };
  }
  if (typeof out.type === 'string') out.type = [out.type, 'null'];
  if (Array.isArray(out.type) && !out.type.includes('null')) out.type = [...out.type, 'null'];
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  return out;
}
