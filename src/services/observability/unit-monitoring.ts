import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { alertRules } from './alert-rules';
import { dashboardFor } from './dashboard-files';
import { chooseScrapeMode } from './scrape-mode';
import { scrapeService } from './scrape-target';
import { AlertFact, Catalog, ScrapeMode } from '../../catalog';
import { GenesysService } from '../../charts';
import { ClusterChart, Labels, ManifestFile, addChecks, problem, waveFileName } from '../../core';
import { beforeSynth } from '../../core/before-synth';
import { checkProps } from '../../core/check-props';
import { MetricsCollector, Platform } from '../../platform';

/** Options of a unit's monitoring. */
export interface UnitMonitoringProps {
  /** The unit's platform; it says who collects the metrics (`Platform.metricsCollector`). */
  readonly platform: Platform;
  /**
   * Make every service's metrics scrapeable, as its guide says (000 §6.1, 001 §6.1, 002 §6.1, 004 §6.1).
   *
   * @default true
   */
  readonly scrape?: boolean;
  /**
   * Write the alerts of the unit's services as PrometheusRules: every alert the guides define
   * (000 §6.3, 001 §6.4, 002 §6.3) and the vendor's published rules where the guides are silent
   * (`Catalog.alerts`).
   *
   * @default true
   */
  readonly alerts?: boolean;
  /**
   * Write the rules the vendor publishes for Interaction Server (`ixn-cpe-monitoring`). 004 §6.4 says
   * "No alerts are defined for Interaction Server"; the vendor's deploy kit ships 11, which the
   * catalogue carries, labelled with their source.
   *
   * @default true
   */
  readonly interactionServerAlerts?: boolean;
  /**
   * Write a Grafana dashboard per service: a ConfigMap labelled `grafana_dashboard: "1"`, which the
   * Grafana sidecar of kube-prometheus-stack loads, and `dashboards/<service>.json` in the unit's
   * output folder. Each is built from the catalogue's metrics of the service and its alerts'
   * thresholds.
   *
   * @default true
   */
  readonly dashboards?: boolean;
  /**
   * Namespace for the dashboard ConfigMaps, for a Grafana sidecar that watches one namespace only.
   *
   * @default - each service's own namespace (set the sidecar's `searchNamespace: ALL`)
   */
  readonly dashboardNamespace?: string;
  /**
   * Labels for every dashboard ConfigMap, beside `grafana_dashboard: "1"`.
   *
   * @default - none
   */
  readonly dashboardLabels?: Record<string, string>;
  /**
   * The scrape mode to use wherever a service's guide offers it (for example
   * `ScrapeMode.ANNOTATIONS` for a Prometheus without the operator). Services whose guide does not
   * offer it keep their own. With GKE workload metrics only PodMonitor is read (003 §6.6), so any
   * other mode is an error there.
   *
   * @default - each service's guide mode (PodMonitor for every service with GKE workload metrics)
   */
  readonly scrapeMode?: ScrapeMode;
  /**
   * Catalogue ids of services to leave out, e.g. `['voice-voicemail']`.
   *
   * @default - none
   */
  readonly exclude?: string[];
  /**
   * Labels for every PodMonitor and ServiceMonitor, to match your Prometheus' `podMonitorSelector`
   * and `serviceMonitorSelector` (for example `{ release: 'prometheus' }`).
   *
   * @default - none
   */
  readonly monitorLabels?: Record<string, string>;
  /**
   * Labels for every PrometheusRule, to match your Prometheus' `ruleSelector`.
   *
   * @default - none
   */
  readonly ruleLabels?: Record<string, string>;
}

/**
 * Monitoring of every service of a unit: the scrape objects each guide describes (PodMonitor,
 * ServiceMonitor or Prometheus annotations, on the catalogue's metrics ports and paths), every
 * alert the guides define and those the vendor publishes where the guides are silent, as
 * PrometheusRules scoped to each service's pods, and a Grafana dashboard per service (a ConfigMap
 * for the Grafana sidecar, and `dashboards/<service>.json` in the unit's output folder).
 *
 * The objects are written to `95-monitoring.yaml`, after everything they watch. They need the
 * prometheus-operator CRDs (`monitoring.coreos.com`), a prerequisite of the cluster. With GKE
 * workload metrics the PodMonitors are collected; the PrometheusRules still need a rule evaluator
 * (a Prometheus operator), since Google Cloud alerting does not read them.
 *
 * Services are found when the app synthesizes, so services added after this construct count.
 */
export class UnitMonitoring extends Construct {
  /** The file the monitoring objects are written to. */
  public static readonly FILE = waveFileName(95, 'monitoring');

  /** Who collects the metrics. */
  public readonly collector: MetricsCollector;
  private readonly props: UnitMonitoringProps;
  private readonly madeScrape: ApiObject[] = [];
  private readonly madeRules: ApiObject[] = [];
  private readonly madeDashboards: ApiObject[] = [];
  private readonly found: string[] = [];

  /**
   * @param scope the unit
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: UnitMonitoringProps) {
    checkProps(scope, 'UnitMonitoringProps', props, id);
    super(scope, id);
    this.props = props;
    this.collector = props.platform.metricsCollector;
    ManifestFile.assign(this, UnitMonitoring.FILE);
    const cluster = ClusterChart.enclosing(this);
    beforeSynth(this, () => this.build(cluster));
    addChecks(this, () => [...this.optionProblems(), ...this.found]);
  }

  /** The PodMonitors and ServiceMonitors made; filled when the app synthesizes. */
  public get scrapeObjects(): ApiObject[] {
    return [...this.madeScrape];
  }

  /** The PrometheusRules made, one per service with alerts; filled when the app synthesizes. */
  public get ruleObjects(): ApiObject[] {
    return [...this.madeRules];
  }

  /** The dashboard ConfigMaps made, one per service; filled when the app synthesizes. */
  public get dashboardObjects(): ApiObject[] {
    return [...this.madeDashboards];
  }

  /**
   * How a service of the catalogue is scraped in this unit; undefined when no guide gives it a
   * metrics endpoint or scraping is off. Throws when `serviceId` is not a catalogue id.
   *
   * @param serviceId catalogue service id
   */
  public scrapeModeFor(serviceId: string): ScrapeMode | undefined {
    const fact = Catalog.scrapeFact(serviceId);
    if (!fact || this.props.scrape === false) return undefined;
    return chooseScrapeMode(fact, this.collector, this.props.scrapeMode);
  }

  private build(cluster: ClusterChart): void {
    const excluded = new Set(this.props.exclude ?? []);
    const services = cluster.node.findAll().filter((c): c is GenesysService => c instanceof GenesysService && !excluded.has(c.info.id));
    for (const service of services) {
      const labels = { [Labels.NAME]: service.info.id, [Labels.PRODUCT]: service.info.product.id };
      const mode = this.scrapeModeFor(service.info.id);
      if (mode !== undefined) {
        const result = scrapeService(this, service, Catalog.scrapeFact(service.info.id)!, mode, { ...labels, ...this.props.monitorLabels });
        this.found.push(...result.problems);
        if (result.object) this.madeScrape.push(result.object);
      }
      const alerts = this.alertsFor(service.info.id);
      const writesAlerts = this.props.alerts !== false && alerts.length > 0;
      if (writesAlerts) {
        this.madeRules.push(alertRules(this, service, alerts, { ...labels, ...this.props.ruleLabels }));
      }
      if (this.props.dashboards !== false) {
        const dashboardLabels = { ...labels, ...this.props.dashboardLabels };
        this.madeDashboards.push(dashboardFor(this, cluster, service, alerts, dashboardLabels, this.props.dashboardNamespace));
      }
      service.monitoredByUnit(mode !== undefined, writesAlerts);
    }
  }

  /** The alerts written for a service: none when alerts are off; Interaction Server's only when asked for. */
  private alertsFor(serviceId: string): AlertFact[] {
    if (this.props.alerts === false) return [];
    const alerts = Catalog.alerts(serviceId);
    if (this.props.interactionServerAlerts === false && serviceId.startsWith('ixn')) return [];
    return alerts;
  }

  private optionProblems(): string[] {
    const found: string[] = [];
    const preferred = this.props.scrapeMode;
    if (this.collector === MetricsCollector.GKE_WORKLOAD_METRICS && preferred !== undefined && preferred !== ScrapeMode.POD_MONITOR) {
      found.push(problem(
        `scrapeMode is ${preferred}, but GKE workload metrics read only PodMonitor resources`,
        'leave scrapeMode unset (or ScrapeMode.POD_MONITOR), or collect with a Prometheus operator (metricsCollector: MetricsCollector.PROMETHEUS_OPERATOR)',
        '003 §6.6',
      ));
    }
    for (const id of this.props.exclude ?? []) {
      if (!Catalog.hasService(id)) found.push(problem(`exclude names "${id}", which is not a catalogue service`, 'use catalogue ids such as "voice-voicemail"'));
    }
    return found;
  }
}
