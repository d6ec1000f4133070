import { ApiObject } from 'cdk8s';
import { IConstruct } from 'constructs';

/** An object as the output will have it: its JSON, rendered once per check of the model. */
export type RenderedObject = (apiObject: ApiObject) => any;

/** A check of final objects: returns every problem found, reading each object through `rendered`. */
export type ObjectCheck = (rendered: RenderedObject) => string[];

const CHECKS = new WeakMap<IConstruct, ObjectCheck[]>();

/**
 * Registers a check of final objects (names, labels, images, resources as the API server will see
 * them). It runs only once the model has no other problem, because rendering a broken model fails
 * inside cdk8s before any rule could explain why.
 *
 * @param scope the construct reporting the problems (its path prefixes them)
 * @param check returns every problem found, given the rendered objects
 */
export function addObjectChecks(scope: IConstruct, check: ObjectCheck): void {
  CHECKS.set(scope, [...(CHECKS.get(scope) ?? []), check]);
}

/**
 * The problems of every object check under `root`, each prefixed with its construct's path.
 *
 * @param rendered each object's JSON, as the output has it (the model is rendered once per check)
 */
export function collectObjectProblems(root: IConstruct, rendered: RenderedObject): string[] {
  const found: string[] = [];
  for (const construct of root.node.findAll()) {
    for (const check of CHECKS.get(construct) ?? []) found.push(...check(rendered).map((p) => `[${construct.node.path}] ${p}`));
  }
  return found;
}
