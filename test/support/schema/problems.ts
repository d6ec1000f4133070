import type { ErrorObject } from 'ajv';
import { childPointer, pointerToPath } from './json-path';
import { isJsonObject } from './json-schema';

/** One reason why a manifest would not be accepted by a strict API server. */
export interface ManifestProblem {
  /** Position of the object in the validated array. */
  readonly index: number;
  /** The object, as `Kind/namespace/name` (`Kind/name` when it has no namespace). */
  readonly object: string;
  /** JSON path of the offending value, e.g. `spec.template.spec.containers[0].image`; empty for the object itself. */
  readonly path: string;
  readonly message: string;
  /** Which check found it: kubernetes-models' own validate, the strict schema, or the schema lookup. */
  readonly source: 'kubernetes-models' | 'strict schema' | 'lookup';
}

/** Names an object as `Kind/namespace/name`, or `Kind/name` for a cluster-scoped one. */
export function describeObject(object: unknown, index: number): string {
  if (!isJsonObject(object)) return `object #${index}`;
  const metadata = isJsonObject(object.metadata) ? object.metadata : {};
  const kind = typeof object.kind === 'string' ? object.kind : '<no kind>';
  const name = typeof metadata.name === 'string' ? metadata.name : '<no name>';
  return typeof metadata.namespace === 'string' ? `${kind}/${metadata.namespace}/${name}` : `${kind}/${name}`;
}

/** Turns ajv errors into problems whose message names the offending field. */
export function problemsFromAjvErrors(
  errors: readonly ErrorObject[], where: { index: number; object: string }, source: ManifestProblem['source'],
): ManifestProblem[] {
  return withoutBranchNoise(errors).map((error) => {
    const { pointer, message } = describeError(error);
    return { ...where, path: pointerToPath(pointer), message, source };
  });
}

/**
 * When a value fails a plain check (e.g. the type of an int-or-string field), the errors of each anyOf/oneOf
 * branch at the same place repeat it: keep only the plain ones there.
 */
function withoutBranchNoise(errors: readonly ErrorObject[]): readonly ErrorObject[] {
  const isBranchError = (error: ErrorObject): boolean =>
    error.keyword === 'anyOf' || error.keyword === 'oneOf' || /\/(anyOf|oneOf)\/\d+\//.test(error.schemaPath);
  const plainPaths = new Set(errors.filter((error) => !isBranchError(error)).map((error) => error.instancePath));
  return errors.filter((error) => !isBranchError(error) || !plainPaths.has(error.instancePath));
}

function describeError(error: ErrorObject): { pointer: string; message: string } {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const pointer = childPointer(error.instancePath, String(params.additionalProperty));
      return { pointer, message: `unknown field "${pointerToPath(pointer)}"` };
    }
    case 'required': {
      const pointer = childPointer(error.instancePath, String(params.missingProperty));
      return { pointer, message: `missing required field "${pointerToPath(pointer)}"` };
    }
    case 'type':
      return { pointer: error.instancePath, message: `must be ${String(params.type).split(',').join(' or ')}` };
    case 'const':
      return { pointer: error.instancePath, message: `must be ${JSON.stringify(params.allowedValue)}` };
    case 'enum':
      return { pointer: error.instancePath, message: `must be one of ${(params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')}` };
    default:
      return { pointer: error.instancePath, message: error.message ?? `fails ${error.keyword}` };
  }
}

/** Drops repeated problems (same object, path and message), keeping the first. */
export function withoutDuplicates(problems: readonly ManifestProblem[]): ManifestProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = JSON.stringify([problem.index, problem.path, problem.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One line per problem: `Kind/namespace/name: path: message (source)`. */
export function formatProblem(problem: ManifestProblem): string {
  return `${problem.object}: ${problem.path || '(object)'}: ${problem.message} (${problem.source})`;
}
