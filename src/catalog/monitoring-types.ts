/**
 * Types of the monitoring facts of the guides: how each service's metrics are scraped and which
 * alerts the guides define for it (000 §6, 001 §6, 002 §6, 004 §6).
 */

/** How Prometheus finds a service's metrics endpoint, as the guides name the options. */
export enum ScrapeMode {
  /** A prometheus-operator `PodMonitor` selects the service's pods. */
  POD_MONITOR = 'PodMonitor',
  /** A prometheus-operator `ServiceMonitor` selects the service's Kubernetes Service. */
  SERVICE_MONITOR = 'ServiceMonitor',
  /** `prometheus.io/scrape`, `prometheus.io/port` and `prometheus.io/path` annotations on the pods. */
  ANNOTATIONS = 'annotations',
}

/** One metrics endpoint of a service: a catalogue port and the path served on it. */
export interface ScrapeEndpointFact {
  /** Name of one of the service's catalogue ports, e.g. `http` or `metrics`. */
  readonly portName: string;
  /** HTTP path of the metrics, e.g. `/metrics`. */
  readonly path: string;
}

/** How one service's guide says its metrics are scraped (the guides' "CRD or annotations?" tables). */
export interface ScrapeFact {
  /** Catalogue service id. */
  readonly service: string;
  /** The mode the guide names first (the one its charts create). */
  readonly mode: ScrapeMode;
  /** Other modes the guide says the service supports; empty when the guide names only `mode`. */
  readonly alternatives: ScrapeMode[];
  /** The metrics endpoints, one per port. */
  readonly endpoints: ScrapeEndpointFact[];
  /**
   * Scrape interval as a Prometheus duration, e.g. `30s`.
   *
   * @default - the collector's own interval (the guide says "Default" or "Real-time updates")
   */
  readonly interval?: string;
  /** Guide and section. */
  readonly source: string;
}

/** Alert severities, as the guides print them (lower-cased into the `severity` label). */
export enum AlertSeverity {
  /** "Critical". */
  CRITICAL = 'critical',
  /** "Warning". */
  WARNING = 'warning',
  /** "Info" (GES). */
  INFO = 'info',
  /** "HIGH" (CX Contact, which uses no other severity). */
  HIGH = 'high',
}

/**
 * One alert a guide defines for a service.
 *
 * `expr` is PromQL with placeholders for the label matchers of one deployed instance of the service;
 * the observability constructs replace them:
 * - `__POD__`: `namespace` and a `pod` regular expression matching the instance's pods;
 * - `__DEPLOYMENT__`, `__STATEFULSET__`: `namespace` and the workload name, as kube-state-metrics labels it;
 * - `__HPA__`: `namespace` and the HorizontalPodAutoscaler name.
 */
export interface AlertFact {
  /** Catalogue service id. */
  readonly service: string;
  /** The alert's name exactly as the guide prints it, typos included ("Container restored repeatedly"). */
  readonly name: string;
  /** Severity as the guide gives it. */
  readonly severity: AlertSeverity;
  /** The condition: PromQL with instance placeholders (see the interface's description). */
  readonly expr: string;
  /** The threshold the expression compares with, in the unit of the metric it compares. */
  readonly threshold: number;
  /**
   * How long the condition must hold before the alert fires, as a Prometheus duration.
   *
   * @default - fires on the first evaluation that meets the condition (the guide gives no duration)
   */
  readonly duration?: string;
  /** One line on what is wrong, in the library's words; may use `{{ $labels.<name> }}`. */
  readonly summary: string;
  /** What the alert means and what to do, in the library's words; may use `{{ $labels.<name> }}`. */
  readonly description: string;
  /** The metrics the guide's "Based on" column names, as printed. */
  readonly basedOn: string[];
  /**
   * The reading chosen where the guide is inconsistent, garbled or silent: which metric, unit,
   * duration or threshold was taken instead of the printed one, and why.
   *
   * @default - the guide's text is taken as printed
   */
  readonly reading?: string;
  /** Guide and section; `vendor: <file>` for a rule the guides do not define. */
  readonly source: string;
  /**
   * The vendor's published rule this alert answers, as `<file>#<rule>` (file relative to the vendor
   * repository's `services/` folder).
   *
   * @default - the vendor publishes no counterpart
   */
  readonly vendorRule?: string;
}

/** The Prometheus metric types the guides print in their metric tables. */
export enum MetricType {
  /** Only goes up (resets on restart): read it through `rate()` or `increase()`, never compare it raw. */
  COUNTER = 'counter',
  /** A value that goes up and down. */
  GAUGE = 'gauge',
  /** Buckets (`_bucket` with `le`), `_sum` and `_count`; `_bucket`, `_sum` and `_count` are counters. */
  HISTOGRAM = 'histogram',
  /** Quantiles, `_sum` and `_count`; `_sum` and `_count` are counters. */
  SUMMARY = 'summary',
}

/**
 * One metric a service exports, reconciled: the name the running service exports, where the guide's
 * metric table, the guide's alert rows and the vendor's published rules and dashboards disagree.
 */
export interface MetricFact {
  /** Catalogue service id, or `kubernetes` for the kube-state-metrics and cAdvisor series of every pod. */
  readonly service: string;
  /** The metric's name, without the `_bucket`, `_sum` or `_count` of a histogram or summary. */
  readonly name: string;
  /** Its type. */
  readonly type: MetricType;
  /** The labels the guide (or the vendor's rules) give it, besides those Prometheus adds (`namespace`, `pod`, ...). */
  readonly labels: string[];
  /**
   * Where the name came from when the sources disagree, and why it was taken.
   *
   * @default - the guide's metric table prints it, and nothing contradicts it
   */
  readonly reading?: string;
  /** Guide and section, and vendor file where the vendor is the evidence. */
  readonly source: string;
}

/**
 * A rule of the vendor's published rule set (`genesys/multicloud-services`, `*-cpe-monitoring/.../alerts`)
 * that the catalogue leaves out, and why.
 */
export interface VendorRuleExclusion {
  /** The vendor's rule file, relative to the repository's `services/` folder. */
  readonly file: string;
  /** The rule's name (`alert:`) exactly as the vendor file prints it, trimmed; `*` for every rule of the file. */
  readonly rule: string;
  /** Why it is left out, with the guide section or vendor fact that says so. */
  readonly reason: string;
}
