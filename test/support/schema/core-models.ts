import * as coreKinds from './core-kinds';

/** A kubernetes-models class: it knows its apiVersion and kind, and validates an instance with kubernetes-models' own schema. */
export interface KubernetesModelClass {
  readonly apiVersion: string;
  readonly kind: string;
  new (data: never): { validate(): void };
}

/** The key of one (apiVersion, kind) pair, e.g. `apps/v1 Deployment`. */
export function gvkKey(apiVersion: string, kind: string): string {
  return `${apiVersion} ${kind}`;
}

/** Code-unit order, so that the order never depends on the locale. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The kubernetes-models classes of every core kind in core-kinds.ts, sorted by apiVersion then kind. */
export const CORE_MODELS: readonly KubernetesModelClass[] = (Object.values(coreKinds) as KubernetesModelClass[])
  .sort((a, b) => compareStrings(gvkKey(a.apiVersion, a.kind), gvkKey(b.apiVersion, b.kind)));

const byKey = new Map(CORE_MODELS.map((model) => [gvkKey(model.apiVersion, model.kind), model]));

/** The kubernetes-models class of a core kind in core-kinds.ts, or undefined when the kind is not in the list. */
export function coreModelFor(apiVersion: string, kind: string): KubernetesModelClass | undefined {
  return byKey.get(gvkKey(apiVersion, kind));
}
