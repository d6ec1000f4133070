import Ajv from 'ajv';
import { toStrictJsonSchema } from './schema/openapi-to-json-schema';

const options = { source: 'test.yaml', knownFormats: new Set(['int32']) };

/** Converts an OpenAPI schema and returns a validator that answers true or false. */
function accepts(openApi: unknown): (value: unknown) => boolean {
  const validate = new Ajv({ strict: true, strictTypes: false, allowUnionTypes: true, validateFormats: false })
    .compile(toStrictJsonSchema(openApi, options));
  return (value) => validate(value);
}

describe('toStrictJsonSchema', () => {
  test('closes objects that declare properties, and empty objects, like a strict API server', () => {
    expect(accepts({ type: 'object', properties: { a: { type: 'string' } } })({ a: 'x', b: 1 })).toBe(false);
    expect(accepts({ type: 'object' })({ b: 1 })).toBe(false);
    expect(accepts({ type: 'object', additionalProperties: { type: 'string' } })({ b: 'x' })).toBe(true);
  });

  test('leaves objects with x-kubernetes-preserve-unknown-fields open, but still checks their declared fields', () => {
    const check = accepts({ 'type': 'object', 'x-kubernetes-preserve-unknown-fields': true, 'properties': { a: { type: 'string' } } });
    expect(check({ a: 'x', anything: { at: ['all'] } })).toBe(true);
    expect(check({ a: 1 })).toBe(false);
  });

  test('x-kubernetes-int-or-string takes an integer or a string, nothing else', () => {
    const check = accepts({ 'x-kubernetes-int-or-string': true });
    expect([1, '25%', 1.5, true].map(check)).toEqual([true, true, false, false]);
  });

  test('nullable allows null next to the type and the enum', () => {
    expect(accepts({ type: 'string', nullable: true, enum: ['a'] })(null)).toBe(true);
    expect(accepts({ type: 'string', enum: ['a'] })(null)).toBe(false);
  });

  test("OpenAPI's boolean exclusiveMinimum, and x-kubernetes-list-type: set", () => {
    expect(accepts({ type: 'integer', minimum: 0, exclusiveMinimum: true })(0)).toBe(false);
    expect(accepts({ 'type': 'array', 'items': { type: 'string' }, 'x-kubernetes-list-type': 'set' })(['a', 'a'])).toBe(false);
  });

  test('keeps only the formats the validator implements, and fails on keywords it does not know', () => {
    expect(toStrictJsonSchema({ type: 'string', format: 'k8s-short-name' }, options)).toEqual({ type: 'string' });
    expect(toStrictJsonSchema({ type: 'integer', format: 'int32' }, options)).toEqual({ type: 'integer', format: 'int32' });
    expect(() => toStrictJsonSchema({ type: 'object', properties: { a: { $ref: '#/x' } } }, options))
      .toThrow('test.yaml: unsupported schema keyword "$ref" at /properties/a');
  });
});
