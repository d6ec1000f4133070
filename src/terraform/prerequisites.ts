import { Release } from '@cdktf/provider-helm/lib/release';
import { Yaml } from 'cdk8s';
import { Construct } from 'constructs';
import { ConsulSettings } from '../datastores';
import { PrerequisitesProps } from './props';
import { checkProps } from '../core/check-props';

/** Charts of the prerequisites, pinned so that a plan does not change under you. */
const CHARTS = {
  // Consul chart 0.49 installs Consul 1.13, the version the guides require (003 §3.3).
  consul: { repository: 'https://helm.releases.hashicorp.com', chart: 'consul', version: '0.49.8', namespace: 'consul' },
  ingressNginx: { repository: 'https://kubernetes.github.io/ingress-nginx', chart: 'ingress-nginx', version: '4.11.3', namespace: 'ingress-nginx' },
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
  /** The releases, by name. */
  public readonly releases: Record<string, Release> = {};

  /**
   * @param scope the unit's infrastructure stack
   * @param id construct id
   * @param props which to install
   * @param consul the unit's Consul settings, if any
   */
  public constructor(scope: Construct, id: string, props: PrerequisitesProps, consul?: ConsulSettings) {
    checkProps(scope, 'PrerequisitesProps', props, id);
    super(scope, id);
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
    // GES's external route clears the Contact Center ID headers with a configuration snippet
    // (001 §1.5), which ingress-nginx refuses unless snippet annotations are allowed.
    if (props.ingressNginx ?? true) add('ingress-nginx', CHARTS.ingressNginx, { controller: { allowSnippetAnnotations: true } });
    if (props.keda ?? true) add('keda', CHARTS.keda);
    if (props.prometheusOperatorCrds ?? true) add('prometheus-operator-crds', CHARTS.prometheusOperatorCrds);
    // Release `infra-kafka` gives the bootstrap address of the guides' example, infra-kafka-cp-kafka.infra.svc.cluster.local:9092.
    if (props.kafka ?? false) add('infra-kafka', CHARTS.kafka);
  }
}
