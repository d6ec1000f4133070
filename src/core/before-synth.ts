import { IConstruct } from 'constructs';

const HOOKS = new WeakMap<IConstruct, Array<() => void>>();
const LATE_HOOKS = new WeakMap<IConstruct, Array<() => void>>();
const DONE = new WeakSet<IConstruct>();

/**
 * Registers work that must see the finished model, such as mesh intentions derived from every
 * service of a unit. GenesysApp runs the hooks once, in construct-tree order, before it checks and
 * renders the model.
 */
export function beforeSynth(scope: IConstruct, hook: () => void): void {
  HOOKS.set(scope, [...(HOOKS.get(scope) ?? []), hook]);
}

/**
 * Registers work that must run after every `beforeSynth` hook, such as turning chart releases into
 * objects once every hook has added its values.
 */
export function lateBeforeSynth(scope: IConstruct, hook: () => void): void {
  LATE_HOOKS.set(scope, [...(LATE_HOOKS.get(scope) ?? []), hook]);
}

/** Runs every registered hook under `root` once: first the `beforeSynth` hooks, then the late ones. */
export function runBeforeSynthHooks(root: IConstruct): void {
  if (DONE.has(root)) return;
  DONE.add(root);
  for (const hooks of [HOOKS, LATE_HOOKS]) {
    for (const construct of root.node.findAll()) {
      for (const hook of hooks.get(construct) ?? []) hook();
    }
  }
}
