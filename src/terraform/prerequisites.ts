import { Yaml } from 'cdk8s';
import { TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { ManifestFileObjects, ReleaseSpec } from '../core';
import { ConsulSettings } from '../datastores';
import { PrerequisitesProps } from './props';
import { helm } from './providers';
import { checkProps } from '../core/check-props';

/** Charts of the prerequisites, pinned so that a plan does not change under you. */
const CHARTS = {
  // Consul chart 0.49 installs Consul 1.13, the version the guides require (003 §3.3).
  consul: { repository: 'https://helm.releases.hashicorp.com', chart: 'consul', version: '0.49.8', namespace: 'consul' },
  // Chart 4.12.1 runs controller 1.12.1, with the March 2025 fixes (CVE-2025-1097, -1098, -1974,
  // -24513, -24514), snippet annotations off and annotation risk checks on by default.
  ingressNginx: { repository: 'https://kubernetes.github.io/ingress-nginx', chart: 'ingress-nginx', version: '4.12.1', namespace: 'ingress-nginx' },
  // KEDA 2.x (003 §3.3: "Keda 2.0").
  keda: { repository: 'https://kedacore.github.io/charts', chart: 'keda', version: '2.15.1', namespace: 'keda' },
  prometheusOperatorCrds: { repository: 'https://prometheus-community.github.io/helm-charts', chart: 'prometheus-operator-crds', version: '14.0.0', namespace: 'monitoring' },
  kafka: { repository: 'https://confluentinc.github.io/cp-helm-charts', chart: 'cp-helm-charts', version: '0.6.0', namespace: 'infra' },
};

/**
 * The third-party prerequisites of a unit by Helm release (003 §3.3, §7.1 step 1): Consul with the
 * unit's settings, ingress-nginx, KEDA, the prometheus-operator CRDs and, optionally, Kafka.
 */
export class Prerequisites extends Construct {
  /** The releases, by name: each a `helm_release` (`Release` of `@cdktf/provider-helm`). */
  public readonly releases: Record<string, TerraformResource> = {};

  /**
   * @param scope the unit's infrastructure stack
   * @param id construct id
   * @param props which to install
   * @param consul the unit's Consul settings, if any
   * @param snippets whether an Ingress of the unit carries a snippet annotation (`needsSnippetAnnotations`)
   */
  public constructor(scope: Construct, id: string, props: PrerequisitesProps, consul?: ConsulSettings, snippets = false) {
    checkProps(scope, 'PrerequisitesProps', props, id);
    super(scope, id);
    const { Release } = helm('release');
    const add = (name: string, chart: (typeof CHARTS)[keyof typeof CHARTS], values?: Record<string, unknown>) => {
      this.releases[name] = new Release(this, name, {
        name,
        repository: chart.repository,
        chart: chart.chart,
        version: chart.version,
        namespace: chart.namespace,
        createNamespace: true,
        values: values ? [Yaml.stringify(values)] : undefined,
      });
    };
    if ((props.consul ?? true) && consul) add('consul', CHARTS.consul, consul.values);
    if (props.ingressNginx ?? true) add('ingress-nginx', CHARTS.ingressNginx, ingressNginxValues(snippets));
    if (props.keda ?? true) add('keda', CHARTS.keda);
    if (props.prometheusOperatorCrds ?? true) add('prometheus-operator-crds', CHARTS.prometheusOperatorCrds);
    // Release `infra-kafka` gives the bootstrap address of the guides' example, infra-kafka-cp-kafka.infra.svc.cluster.local:9092.
    if (props.kafka ?? false) add('infra-kafka', CHARTS.kafka);
  }
}

/**
 * Words refused in any ingress-nginx annotation value when snippets are allowed: what an injected
 * snippet would need to read files, run Lua, add locations or reach other upstreams (the list the
 * ingress-nginx docs suggest). The GES header snippet needs none of them.
 */
const SNIPPET_BLOCKLIST = ['load_module', 'lua_package', '_by_lua', 'location', 'root', 'proxy_pass', 'serviceaccount', '{', '}', "'", '\\'];

/**
 * The ingress-nginx values: snippet annotations off, as controller 1.12 ships, unless an Ingress of
 * the unit needs one. GES's external route clears the Contact Center ID headers with a
 * `configuration-snippet` (001 §1.5), which controller 1.12 only admits with snippets allowed and
 * the annotation risk level raised to `Critical`; the word blocklist then narrows what any snippet
 * may say.
 *
 * @param snippets whether an Ingress of the unit carries a snippet annotation
 */
export function ingressNginxValues(snippets: boolean): Record<string, unknown> {
  if (!snippets) return { controller: { allowSnippetAnnotations: false } };
  return {
    controller: {
      allowSnippetAnnotations: true,
      config: { 'annotations-risk-level': 'Critical', 'annotation-value-word-blocklist': SNIPPET_BLOCKLIST.join(',') },
    },
  };
}

const SNIPPET_ANNOTATION = /^nginx\.ingress\.kubernetes\.io\/[a-z-]*snippet$/;

/**
 * The Ingresses of a unit's manifests that carry a snippet annotation (`namespace/name`).
 *
 * @param files the unit's manifest files
 */
export function snippetIngresses(files: ManifestFileObjects[]): string[] {
  return files
    .flatMap((f) => f.objects)
    .filter((o: any) => o.kind === 'Ingress' && Object.keys(o.metadata?.annotations ?? {}).some((k) => SNIPPET_ANNOTATION.test(k)))
    .map((o: any) => `${o.metadata.namespace}/${o.metadata.name}`);
}

/**
 * The chart releases of a unit whose values give an Ingress a snippet annotation (GES's header
 * snippet, 001): their charts render the Ingress, so the manifests do not show it.
 *
 * @param releases the unit's releases
 */
export function releasesWithSnippets(releases: ReleaseSpec[]): string[] {
  const hasSnippet = (value: any): boolean => {
    if (!value || typeof value !== 'object') return false;
    return Object.entries(value).some(([k, v]) => SNIPPET_ANNOTATION.test(k) || hasSnippet(v));
  };
  return releases.filter((r) => hasSnippet(r.values)).map((r) => `${r.namespace}/${r.releaseName}`);
}
