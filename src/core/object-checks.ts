import { IConstruct } from 'constructs';

const CHECKS = new WeakMap<IConstruct, Array<() => string[]>>();

/**
 * Registers a check of final objects (names, labels, images, resources as the API server will see
 * them). It runs only once the model has no other problem, because rendering a broken model fails
 * inside cdk8s before any rule could explain why.
 *
 * @param scope the construct reporting the problems (its path prefixes them)
 * @param check returns every problem found
 */
export function addObjectChecks(scope: IConstruct, check: () => string[]): void {
  CHECKS.set(scope, [...(CHECKS.get(scope) ?? []), check]);
}

/** The problems of every object check under `root`, each prefixed with its construct's path. */
export function collectObjectProblems(root: IConstruct): string[] {
  const found: string[] = [];
  for (const construct of root.node.findAll()) {
    for (const check of CHECKS.get(construct) ?? []) found.push(...check().map((p) => `[${construct.node.path}] ${p}`));
  }
  return found;
}
