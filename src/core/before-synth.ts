import { IConstruct } from 'constructs';

const HOOKS = new WeakMap<IConstruct, Array<() => void>>();
const DONE = new WeakSet<IConstruct>();

/**
 * Registers work that must see the finished model, such as mesh intentions derived from every
 * service of a unit. GenesysApp runs the hooks once, in construct-tree order, before it checks and
 * renders the model.
 */
export function beforeSynth(scope: IConstruct, hook: () => void): void {
  HOOKS.set(scope, [...(HOOKS.get(scope) ?? []), hook]);
}

/** Runs every registered hook under `root` once. */
export function runBeforeSynthHooks(root: IConstruct): void {
  if (DONE.has(root)) return;
  DONE.add(root);
  for (const construct of root.node.findAll()) {
    for (const hook of HOOKS.get(construct) ?? []) hook();
  }
}
