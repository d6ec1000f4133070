import type { ErrorObject, ValidateFunction } from 'ajv';
import { IConstruct } from 'constructs';
import { SynthProblemsError, problem } from './problems';
import { PROPS_SCHEMAS } from './props-schemas.generated';
import { PROPS_VALIDATORS_SOURCE } from './props-validators.generated';
import { duplicateIdProblem } from './unique-id';

const SOURCE = 'the props interface in API.md';
let validators: Record<string, ValidateFunction> | undefined;

/**
 * Checks props against the schema generated from their TypeScript interface
 * (`scripts/props-schemas.ts`), before the construct reads them. TypeScript rejects a missing or
 * mistyped option when it compiles; JavaScript, JSON config, jsii languages and casts get through,
 * and would fail inside the library with a bare `TypeError`. So a wrong option stops construction
 * here with every problem of these props, each naming the construct path, the option, what was
 * expected and the fix. Given the construct's `id`, it also refuses an id the scope already holds,
 * in the library's words (`duplicateIdProblem`).
 *
 * @param scope the construct being made (after `super`), its parent scope when `id` is given, or
 *   where the props are given when not to a construct (`Platform.aks`)
 * @param propsType the interface name, e.g. `UnitProps`
 * @param props the props as given
 * @param constructId the construct's id, when `scope` is its parent (a check that must run before `super`)
 */
export function checkProps(scope: IConstruct | string, propsType: string, props: unknown, ...constructId: string[]): void {
  // Given, the id may still be undefined or of another type, from JavaScript or a cast.
  const idGiven = constructId.length > 0;
  const id: string | undefined = constructId[0];
  if (idGiven && typeof id !== 'string') {
    const at = typeof scope === 'string' ? scope : scope.node.path;
    const kind = propsType.replace(/Props$/, '');
    throw new SynthProblemsError([`[${at}] ${problem(`${kind}: the construct id is ${id === null || id === undefined ? String(id) : `the ${typeof id} ${String(id)}`}, not a string`, `give the ${kind} an id such as "us-east"`, 'constructs: Construct(scope, id)')}`]);
  }
  const repeated = typeof scope === 'string' || id === undefined ? undefined : duplicateIdProblem(scope, id, propsType);
  const problems = [...(repeated ? [repeated] : []), ...propsProblems(propsType, props)];
  if (problems.length === 0) return;
  const at = typeof scope === 'string' ? scope : scope.node.path;
  const path = [at, id].filter(Boolean).join('/');
  throw new SynthProblemsError(problems.map((p) => `[${path}] ${p}`));
}

/** The problems of `props` against the schema of `propsType`; empty when they conform. */
export function propsProblems(propsType: string, props: unknown): string[] {
  const validate = validatorOf(propsType);
  if (props === undefined || props === null) {
    const required = (PROPS_SCHEMAS[propsType] as { required?: string[] }).required ?? [];
    if (required.length === 0) return [];
    return [problem(`${propsType}: no options were given`, `pass an options object with ${required.join(', ')}`, SOURCE)];
  }
  if (validate(props)) return [];
  return describeErrors(propsType, validate.errors ?? [], props);
}

function validatorOf(propsType: string): ValidateFunction {
  if (!(propsType in PROPS_SCHEMAS)) throw new Error(`checkProps: no generated schema for ${propsType}; run \`npx projen props-schemas\``);
  const validate = compiledValidators()[propsType];
  if (!validate) throw new Error(`checkProps: no generated validator for ${propsType}; run \`npx projen props-schemas\``);
  return validate;
}

/**
 * The validate function of every schema, compiled by ajv when the schemas were generated
 * (scripts/props-schemas.ts) and instantiated here once, with the `Function` constructor ajv itself
 * compiles with: the same checks as compiling the schemas at run time, without the compiler.
 */
function compiledValidators(): Record<string, ValidateFunction> {
  if (!validators) {
    const exports: Record<string, ValidateFunction> = {};
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    new Function('exports', PROPS_VALIDATORS_SOURCE)(exports);
    validators = exports;
  }
  return validators;
}

/** One message per wrong option: the most telling error at each path. */
function describeErrors(propsType: string, errors: ErrorObject[], props: unknown): string[] {
  const byPath = new Map<string, ErrorObject>();
  for (const error of errors) {
    const key = error.keyword === 'required' ? `${error.instancePath}/${error.params.missingProperty}` : error.instancePath;
    const known = byPath.get(key);
    if (!known || rank(error) < rank(known)) byPath.set(key, error);
  }
  // An error on an option hides the errors inside it (a union's branches say the same thing twice).
  const paths = [...byPath.keys()];
  const outermost = paths.filter((p) => !paths.some((q) => q !== p && q !== '' && p.startsWith(`${q}/`) && byPath.get(q)!.keyword !== 'required'));
  return outermost.map((p) => describe(propsType, byPath.get(p)!, p, props));
}

const RANK = ['required', 'additionalProperties', 'instanceOf', 'enum', 'type', 'const', 'anyOf', 'oneOf'];
function rank(e: ErrorObject): number {
  const i = RANK.indexOf(e.keyword);
  return i < 0 ? RANK.length : i;
}

function describe(propsType: string, error: ErrorObject, path: string, props: unknown): string {
  const option = optionName(path);
  const schema = error.parentSchema as Record<string, any> | undefined;
  if (error.keyword === 'required') {
    const missing = error.params.missingProperty as string;
    const wanted = schema?.properties?.[missing] ?? {};
    return problem(`${propsType}: ${option} is missing; it is required (${expected(wanted)})${about(wanted)}`, `give ${option}`, SOURCE);
  }
  if (error.keyword === 'additionalProperties') {
    const extra = error.params.additionalProperty as string;
    const allowed = Object.keys(schema?.properties ?? {});
    const near = closest(extra, allowed);
    const where = option === '' ? '' : ` in ${option}`;
    const fix = near ? `did you mean ${near}? Rename it, or remove it` : `remove it; the options are ${allowed.join(', ')}`;
    return problem(`${propsType}: "${extra}"${where} is not an option`, fix, SOURCE);
  }
  const value = valueAt(props, path);
  const wanted = error.keyword === 'instanceOf' ? { instanceOf: error.schema } : schema ?? {};
  const label = option === '' ? 'the options' : option;
  return problem(`${propsType}: ${label} is ${shown(value)}, but must be ${expected(wanted)}${about(wanted)}`, `give ${label} as ${expected(wanted)}`, SOURCE);
}

/** `/voicemail/gwsBaseUrl` reads `voicemail.gwsBaseUrl`; `/bootstrapServers/0` reads `bootstrapServers[0]`. */
function optionName(path: string): string {
  return path
    .split('/')
    .filter(Boolean)
    .map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

/** What a schema asks for, in words. */
function expected(schema: Record<string, any>): string {
  if (schema.instanceOf) return `a ${schema.instanceOf} (made with new ${schema.instanceOf}(...) or its factory)`;
  if (schema.$ref) {
    const name = String(schema.$ref).split('/').pop()!;
    const target = PROPS_SCHEMAS[name] as Record<string, any> | undefined;
    if (target?.enum) return `one of ${name}'s values: ${target.enum.map((v: unknown) => JSON.stringify(v)).join(', ')}`;
    return target ? expected({ ...target, title: name }) : name;
  }
  if (schema.enum) return `one of ${schema.enum.map((v: unknown) => JSON.stringify(v)).join(', ')}`;
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return union.map((s: Record<string, any>) => expected(s)).join(' or ');
  const type = Array.isArray(schema.type) ? schema.type.join(' or ') : schema.type;
  if (type === 'array') return `an array of ${plural(expected(schema.items ?? {}))}`;
  if (type === 'object') return schema.title ? `a ${schema.title} object` : 'an object';
  if (type === 'integer') return 'a whole number';
  if (type) return `a ${type}`;
  return 'a value';
}

function plural(what: string): string {
  return what.replace(/^an? /, '').replace(/^(string|number|boolean|whole number)$/, '$1s');
}

function about(schema: Record<string, any>): string {
  const description = typeof schema.description === 'string' ? schema.description.split('\n')[0].replace(/\.$/, '') : '';
  return description ? `: ${description}` : '';
}

function valueAt(props: unknown, path: string): unknown {
  return path
    .split('/')
    .filter(Boolean)
    .reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), props);
}

function shown(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return `a ${(value as object).constructor?.name ?? 'plain'} object`.replace('a Object object', 'a plain object');
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
  if (typeof value === 'function') return 'a function';
  return `the ${typeof value} ${String(value)}`;
}

/** The allowed name nearest to a misspelt one, when it is near (edit distance at most 2). */
function closest(name: string, allowed: string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of allowed) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}
