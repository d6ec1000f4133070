import { ApiObject, Yaml } from 'cdk8s';
import { ClusterChart, Labels, ManifestFile, addChecks } from '../core';
import { ChartDelivery, DeliveryMode } from './chart-delivery';
import type { ChartRelease } from './chart-release';
import { renderWithHelm } from './helm-template';

/** Argo CD reads the sync wave of an Application from this annotation. */
const ARGO_SYNC_WAVE = 'argocd.argoproj.io/sync-wave';

/**
 * Turns a unit's chart releases into what its delivery needs, once the model is complete: the
 * values files; Flux or Argo CD objects, or objects rendered by `helm template`, in the releases'
 * wave files; and the release specs the Terraform reads. Releases of a later wave depend on every
 * release of the wave before.
 */
export function emitReleases(cluster: ClusterChart, releases: ChartRelease[]): void {
  const ordered = [...releases].sort((a, b) => compare(a.fileName, b.fileName));
  const deliveries = new Set(ordered.map((r) => r.delivery).filter((d): d is ChartDelivery => d !== undefined));
  addChecks(cluster, () => [...deliveries].flatMap((d) => d.problems()));

  const fluxSources = new Map<ChartDelivery, string>();
  let previousWave: ChartRelease[] = [];
  let currentWave: ChartRelease[] = [];
  let currentFile: string | undefined;
  for (const release of ordered) {
    if (release.fileName !== currentFile) {
      if (currentWave.length > 0) previousWave = currentWave;
      currentWave = [];
      currentFile = release.fileName;
    }
    currentWave.push(release);
    const values = release.values;
    // `release.valuesYaml`, from the values computed once here, rendered only when the folder is written.
    cluster._addRenderedTextFile(`helm/${release.releaseName}.values.yaml`, () => Yaml.stringify(values));
    const delivery = release.delivery;
    if (delivery) {
      cluster.addRelease({
        releaseName: release.releaseName,
        namespace: release.namespace,
        chart: release.chart.chart,
        chartVersion: release.chartVersion,
        repositoryUrl: delivery.repository.repositoryUrl,
        chartFolder: delivery.repository.folder,
        repositoryLogin: delivery.repository.credentialsSecret !== undefined || delivery.repository.credentialsFromEnvironment !== undefined,
        values,
        fileName: release.fileName,
        deliveredByTerraform: delivery.mode === DeliveryMode.TERRAFORM,
        rendered: delivery.mode === DeliveryMode.HELM_TEMPLATE,
        workloads: release.workloads,
        readsSecrets: release.readsSecrets,
        secretValues: release.secretValues,
      });
    }
    switch (delivery?.mode) {
      case DeliveryMode.FLUX:
        fluxRelease(release, delivery, fluxSource(cluster, delivery, fluxSources), previousWave, values);
        break;
      case DeliveryMode.ARGO_CD:
        argoApplication(cluster, release, delivery, values);
        break;
      case DeliveryMode.HELM_TEMPLATE:
        renderWithHelm(release, delivery, values);
        break;
      default:
        // Terraform: the workloads stack reads the release specs; no manifest here.
        break;
    }
  }
  if (ordered.length > 0) cluster.addTextFile('helm/README.md', installGuide(cluster, ordered));
}

/**
 * How an operator installs the unit's releases by hand with the written values, in deployment
 * order, the way the guides do (`helm upgrade --install ... -f values.yaml`, 000 §3).
 */
function installGuide(cluster: ClusterChart, releases: ChartRelease[]): string {
  const repository = releases.map((r) => r.delivery?.repository).find((r) => r !== undefined);
  const chartRef = (release: ChartRelease) => {
    if (repository?.folder !== undefined) return `${repository.folder}/${release.chart.chart}`;
    if (repository?.isOci) return `${repository.repositoryUrl}/${release.chart.chart}`;
    return `genesys/${release.chart.chart}`;
  };
  const lines = [
    `# Helm releases of unit ${cluster.clusterId}`,
    '',
    'Each release\'s values are in `<release>.values.yaml` beside this file. The library delivers them as the unit\'s',
    'chart delivery says; to install them by hand instead, run these commands from this folder, in this order',
    '(the deployment order of 003 §7.1), after the prerequisites and the Secrets the services read.',
    '',
    '```sh',
    ...(repository?.repositoryUrl && !repository.isOci ? [`helm repo add genesys ${repository.repositoryUrl}  # add --username/--password if your mirror needs them`] : []),
    ...releases.map((r) => {
      const version = repository?.folder !== undefined ? '' : ` --version ${r.chartVersion}`;
      return `helm upgrade --install ${r.releaseName} ${chartRef(r)}${version} -n ${r.namespace} -f ${r.releaseName}.values.yaml --wait`;
    }),
    '```',
    '',
  ];
  return lines.join('\n');
}

/** The standard labels of a release's GitOps object: the chart and the release it installs. */
function releaseLabels(release: ChartRelease): Record<string, string> {
  return { [Labels.NAME]: release.chart.chart, [Labels.INSTANCE]: release.releaseName };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The unit's Flux `HelmRepository` for a delivery, made once; returns its name. */
function fluxSource(cluster: ClusterChart, delivery: ChartDelivery, made: Map<ChartDelivery, string>): string {
  const existing = made.get(delivery);
  if (existing) return existing;
  const repository = delivery.repository;
  const name = made.size === 0 ? repository.name : `${repository.name}-${made.size + 1}`;
  const scope = new ApiObject(cluster.clusterObjects, `flux-source-${name}`, {
    apiVersion: 'source.toolkit.fluxcd.io/v1',
    kind: 'HelmRepository',
    metadata: { name, namespace: delivery.sourceNamespace, labels: { [Labels.NAME]: name } },
    spec: {
      url: repository.repositoryUrl,
      interval: delivery.interval,
      ...(repository.isOci ? { type: 'oci' } : {}),
      ...(repository.credentialsSecret ? { secretRef: { name: repository.credentialsSecret } } : {}),
    },
  });
  ManifestFile.assign(scope, ManifestFile.INFRASTRUCTURE);
  made.set(delivery, name);
  return name;
}

function fluxRelease(release: ChartRelease, delivery: ChartDelivery, source: string, dependsOn: ChartRelease[], values: any): void {
  new ApiObject(release, 'helm-release', {
    apiVersion: 'helm.toolkit.fluxcd.io/v2',
    kind: 'HelmRelease',
    metadata: { name: release.releaseName, namespace: release.namespace, labels: releaseLabels(release) },
    spec: {
      releaseName: release.releaseName,
      interval: delivery.interval,
      chart: {
        spec: {
          chart: release.chart.chart,
          version: release.chartVersion,
          sourceRef: { kind: 'HelmRepository', name: source, namespace: delivery.sourceNamespace },
        },
      },
      ...(dependsOn.length > 0 ? { dependsOn: dependsOn.map((d) => ({ name: d.releaseName, namespace: d.namespace })) } : {}),
      values,
      // Credentials the chart takes as plain values, read by Flux from their Secrets at install.
      ...(release.secretValues.length > 0
        ? { valuesFrom: release.secretValues.map((v) => ({ kind: 'Secret', name: v.secretName, valuesKey: v.secretKey, targetPath: v.key })) }
        : {}),
    },
  });
}

function argoApplication(cluster: ClusterChart, release: ChartRelease, delivery: ChartDelivery, values: any): void {
  const wave = Number(release.fileName.slice(0, 2));
  new ApiObject(release, 'application', {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: {
      // Argo CD may manage several units from one namespace: the unit id keeps the names apart.
      name: `${cluster.clusterId}-${release.releaseName}`,
      namespace: delivery.applicationNamespace,
      labels: releaseLabels(release),
      annotations: { [ARGO_SYNC_WAVE]: String(wave) },
    },
    spec: {
      project: delivery.project,
      source: {
        repoURL: delivery.repository.repositoryUrl,
        chart: release.chart.chart,
        targetRevision: release.chartVersion,
        helm: { releaseName: release.releaseName, valuesObject: values },
      },
      destination: { server: delivery.destinationServer, namespace: release.namespace },
      syncPolicy: delivery.automatedSync ? { automated: { prune: true, selfHeal: true } } : {},
    },
  });
}
