import { coreModelFor } from './core-models';
import { gitOpsErrors, isGitOpsKind } from './gitops-models';
import { isJsonObject } from './json-schema';
import { kubernetesModelsErrors } from './kubernetes-models-validation';
import { describeObject, formatProblem, ManifestProblem, problemsFromAjvErrors, withoutDuplicates } from './problems';
import { strictValidatorFor } from './strict-validators';

export type { ManifestProblem } from './problems';

/**
 * Checks Kubernetes objects the way a strict API server would: every object must be covered by a schema
 * (a core kind in core-kinds.ts or a CRD under `crds/`), must pass kubernetes-models' own validation when
 * it is a core kind, and must pass the strict schema, which also rejects unknown fields.
 *
 * @param objects plain objects, e.g. from cdk8s `Testing.synth(chart)` or `chart.toJson()`
 * @returns every problem found, in the order of the objects; empty when all are valid
 */
export function validateManifests(objects: readonly unknown[]): ManifestProblem[] {
  const gitOps = objects.flatMap((object, index) =>
    isJsonObject(object) && typeof object.apiVersion === 'string' && typeof object.kind === 'string' && isGitOpsKind(object.apiVersion, object.kind)
      ? [{ index, apiVersion: object.apiVersion, kind: object.kind, object }]
      : [],
  );
  const gitOpsProblems = gitOpsErrors(gitOps);
  return objects.flatMap((object, index) => {
    const errors = gitOpsProblems.get(index);
    if (errors) return problemsFromAjvErrors(errors as any, { index, object: describeObject(object, index) }, 'kubernetes-models');
    return validateManifest(object, index);
  });
}

/**
 * Throws an Error listing every problem of the objects, one per line; does nothing when they are all valid.
 * This is what tests call on everything they synthesize.
 */
export function expectValidManifests(objects: readonly unknown[]): void {
  const problems = validateManifests(objects);
  if (problems.length > 0) {
    throw new Error(`${problems.length} problem(s) in ${objects.length} Kubernetes object(s):\n${problems.map(formatProblem).join('\n')}`);
  }
}

function validateManifest(object: unknown, index: number): ManifestProblem[] {
  const where = { index, object: describeObject(object, index) };
  if (!isJsonObject(object) || typeof object.apiVersion !== 'string' || typeof object.kind !== 'string') {
    return [{ ...where, path: '', message: 'is not an object with a string apiVersion and kind', source: 'lookup' }];
  }
  const { apiVersion, kind } = object;
  const validator = strictValidatorFor(apiVersion, kind);
  if (!validator) {
    const message = `no schema covers ${apiVersion} ${kind}; add its CRD to crds/ or its kind to the core list (test/support/schema/core-kinds.ts)`;
    return [{ ...where, path: '', message, source: 'lookup' }];
  }
  const model = coreModelFor(apiVersion, kind);
  const modelProblems = model ? problemsFromAjvErrors(kubernetesModelsErrors(model, object), where, 'kubernetes-models') : [];
  const strictProblems = validator(object) ? [] : problemsFromAjvErrors(validator.errors ?? [], where, 'strict schema');
  // Where kubernetes-models already objects to a value (e.g. "must be integer"), the strict schema's view of it adds nothing.
  const modelPaths = new Set(modelProblems.map((problem) => problem.path));
  return withoutDuplicates([...modelProblems, ...strictProblems.filter((problem) => !modelPaths.has(problem.path))]);
}
