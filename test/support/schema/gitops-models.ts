import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { gvkKey } from './core-models';

/**
 * The GitOps kinds the library writes for chart delivery (Flux `HelmRelease` and `HelmRepository`,
 * Argo CD `Application`), checked against the kubernetes-models schemas of Flux and Argo CD. Those
 * validators reject wrong types and missing required fields, but, like the API server with these
 * CRDs, they do not reject unknown fields.
 */
const GITOPS_KINDS = new Set([
  gvkKey('helm.toolkit.fluxcd.io/v2', 'HelmRelease'),
  gvkKey('source.toolkit.fluxcd.io/v1', 'HelmRepository'),
  gvkKey('argoproj.io/v1alpha1', 'Application'),
]);

/** An ajv-style error of a GitOps object. */
export interface GitOpsError {
  readonly instancePath: string;
  readonly message?: string;
  readonly params?: Record<string, unknown>;
  readonly keyword?: string;
  readonly schemaPath?: string;
}

/** True when (apiVersion, kind) is a GitOps kind checked by `gitOpsErrors`. */
export function isGitOpsKind(apiVersion: string, kind: string): boolean {
  return GITOPS_KINDS.has(gvkKey(apiVersion, kind));
}

/**
 * The errors of each GitOps object, by its index in `objects`; one child process for the whole
 * batch (the models are ES modules, which jest's runtime cannot load).
 */
export function gitOpsErrors(
  objects: ReadonlyArray<{ index: number; apiVersion: string; kind: string; object: unknown }>,
): Map<number, GitOpsError[]> {
  if (objects.length === 0) return new Map();
  const script = path.join(__dirname, 'gitops-validate.mjs');
  const output = execFileSync(process.execPath, [script], { input: JSON.stringify(objects), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const results = JSON.parse(output) as Array<{ index: number; errors: GitOpsError[] }>;
  return new Map(results.map((r) => [r.index, r.errors]));
}
