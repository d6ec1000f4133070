import * as path from 'path';
import { ApiObject, Helm, JsonPatch } from 'cdk8s';
import { ChartDelivery } from './chart-delivery';
import type { ChartRelease } from './chart-release';

/**
 * Kinds that live outside namespaces. A namespaced object a chart renders without a namespace gets
 * the release's, as `helm install --namespace` would give it; `kubectl apply` would otherwise put
 * it in `default`.
 */
const CLUSTER_SCOPED = new Set([
  'Namespace', 'ClusterRole', 'ClusterRoleBinding', 'PriorityClass', 'StorageClass', 'CustomResourceDefinition',
  'PersistentVolume', 'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'CSIDriver', 'IngressClass',
  'APIService', 'RuntimeClass', 'VolumeSnapshotClass',
]);

/** The helm executable a delivery uses: its own, else `HELM_BINARY`, else `helm` on the PATH. */
export function helmExecutableOf(delivery: ChartDelivery): string {
  return delivery.helmExecutable ?? process.env.HELM_BINARY ?? 'helm';
}

/**
 * Renders a release with `helm template` (the cdk8s `Helm` construct) into objects under the
 * release, so they land in its wave file and pass the same checks as every other object. A failure
 * (helm missing, chart not found, a template error) becomes a problem of the release.
 */
export function renderWithHelm(release: ChartRelease, delivery: ChartDelivery, values: any): void {
  const repository = delivery.repository;
  const chart = repository.folder !== undefined
    ? path.resolve(repository.folder, release.chart.chart)
    : repository.isOci ? `${repository.repositoryUrl}/${release.chart.chart}` : release.chart.chart;
  const credentials = repository.credentialsFromEnvironment;
  const flags: string[] = [];
  if (credentials) {
    const username = process.env[credentials.usernameVariable];
    const password = process.env[credentials.passwordVariable];
    if (!username || !password) {
      release.reportRenderProblem(
        `${release.releaseName}: the chart repository's credentials are read from ${credentials.usernameVariable} and ${credentials.passwordVariable}, which are not set. Fix: export both before synthesizing.`,
      );
      return;
    }
    flags.push('--username', username, '--password', password);
  }
  let rendered: Helm;
  try {
    rendered = new Helm(release, 'rendered', {
      chart,
      repo: repository.folder === undefined && !repository.isOci ? repository.repositoryUrl : undefined,
      version: repository.folder === undefined ? release.chartVersion : undefined,
      releaseName: release.releaseName,
      namespace: release.namespace,
      values,
      helmExecutable: helmExecutableOf(delivery),
      helmFlags: flags,
    });
  } catch (error) {
    const message = (error as Error).message.trim().split('\n')[0].replace(/[.?!]\s*$/, '');
    const fix = /unable to execute/.test(message)
      ? 'install helm 3 and put it on the PATH (or set HELM_BINARY), or choose the flux, argoCd or terraform delivery'
      : 'check the chart name and version in the catalogue and the repository, and the values';
    release.reportRenderProblem(`${release.releaseName}: helm template failed: ${message}. Fix: ${fix}.`);
    return;
  }
  for (const object of rendered.apiObjects) placeInNamespace(object, release.namespace);
}

function placeInNamespace(object: ApiObject, namespace: string): void {
  if (CLUSTER_SCOPED.has(object.kind) || object.metadata.namespace) return;
  // The metadata's own namespace field wins over added attributes, so patch the output instead.
  object.addJsonPatch(JsonPatch.add('/metadata/namespace', namespace));
}
