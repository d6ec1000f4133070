import { ChartFact } from './chart-types';
import { MONITORED_ALERTS, VENDOR_EXCLUSIONS } from './data/alerts';
import { CHARTS } from './data/charts';
import { CONNECTION_TABLES } from './data/connections';
import { CROSS_REGION_PATHS } from './data/cross-region';
import { EXTERNAL_ENDPOINTS } from './data/external-endpoints';
import { KUBERNETES_METRICS, SERVICE_METRICS } from './data/metrics';
import { NODE_POOLS } from './data/node-pools';
import { PRIORITY_CLASSES } from './data/priority-classes';
import { PRODUCTS } from './data/products';
import { SCRAPE_FACTS } from './data/scrape';
import { ENGAGEMENT_SERVICES } from './data/services-engagement';
import { PLATFORM_SERVICES } from './data/services-platform';
import { VOICE_SERVICES } from './data/services-voice';
import { STORAGE_CLASSES } from './data/storage-classes';
import { AlertFact, MetricFact, MetricType, ScrapeFact, VendorRuleExclusion } from './monitoring-types';
import {
  ConnectionSpec,
  CrossRegionPathFact,
  DrMode,
  HaMode,
  KubernetesPlatform,
  NodePool,
  NodePoolFact,
  Placement,
  PortSpec,
  PriorityClassFact,
  PriorityLevel,
  ProductSpec,
  ServiceSpec,
  StorageClassFact,
  StorageRole,
} from './types';

/** A service of the catalogue with every fact resolved (its own, else its product's). */
export interface ServiceInfo {
  /** Service id, e.g. `voice-ors`. */
  readonly id: string;
  /** Name as the guides print it. */
  readonly displayName: string;
  /** The product (003 services-list row) the service belongs to. */
  readonly product: ProductSpec;
  /** Namespace (003 §6.4). */
  readonly namespace: string;
  /** Where the service may run (003 §2.3). */
  readonly placement: Placement;
  /** HA modes (003 §2.3). */
  readonly haModes: HaMode[];
  /** DR mode (003 §2.3). */
  readonly drMode: DrMode;
  /** Deployment wave (003 §7.1). */
  readonly wave: number;
  /** Recommended priority (003 §7.4). */
  readonly priority: PriorityLevel;
  /** Name of the PriorityClass for that priority. */
  readonly priorityClassName: string;
  /** Node pool (003 §1.10). */
  readonly nodePool: NodePool;
  /** Listening ports, where a guide states them. */
  readonly ports: PortSpec[];
  /** True when one instance runs per tenant. */
  readonly perTenant: boolean;
  /** Guide sections of the service's own facts. */
  readonly source: string;
}

const SERVICES: ServiceSpec[] = [...VOICE_SERVICES, ...ENGAGEMENT_SERVICES, ...PLATFORM_SERVICES];

/**
 * The facts of the five guides, as typed lookups: products and services, their namespaces,
 * placement, HA/DR, waves, priorities and ports; priority classes; storage classes; node pools.
 */
export class Catalog {
  /** Every product, in 003 §7.1 wave order. */
  public static products(): ProductSpec[] {
    return [...PRODUCTS].sort((a, b) => a.wave - b.wave);
  }

  /** One product; throws naming the known ids when `id` is not one. */
  public static product(id: string): ProductSpec {
    const found = PRODUCTS.find((p) => p.id === id);
    if (!found) throw new Error(unknown('product', id, PRODUCTS.map((p) => p.id)));
    return found;
  }

  /** Every service, resolved. */
  public static services(): ServiceInfo[] {
    return SERVICES.map((s) => resolve(s));
  }

  /** One service, resolved; throws naming the known ids when `id` is not one. */
  public static service(id: string): ServiceInfo {
    const found = SERVICES.find((s) => s.id === id);
    if (!found) throw new Error(unknown('service', id, SERVICES.map((s) => s.id)));
    return resolve(found);
  }

  /** Every Genesys chart the library computes values for, with the value keys it takes. */
  public static charts(): ChartFact[] {
    return [...CHARTS];
  }

  /** The chart that deploys service `serviceId`; throws naming the known ones when there is none. */
  public static chart(serviceId: string): ChartFact {
    const found = CHARTS.find((c) => c.service === serviceId);
    if (!found) throw new Error(unknown('chart of service', serviceId, CHARTS.map((c) => c.service)));
    return found;
  }

  /** True when the catalogue knows the chart of service `serviceId`. */
  public static hasChart(serviceId: string): boolean {
    return CHARTS.some((c) => c.service === serviceId);
  }

  /** True when `id` is a service of the catalogue. */
  public static hasService(id: string): boolean {
    return SERVICES.some((s) => s.id === id);
  }

  /** The services of one product. */
  public static servicesOf(productId: string): ServiceInfo[] {
    Catalog.product(productId);
    return SERVICES.filter((s) => s.product === productId).map((s) => resolve(s));
  }

  /** Every namespace of 003 §6.4 that a catalogued service uses, sorted. */
  public static namespaces(): string[] {
    return [...new Set(Catalog.services().map((s) => s.namespace))].sort();
  }

  /** The four priority classes of 003 §7.4, highest first. */
  public static priorityClasses(): PriorityClassFact[] {
    return [...PRIORITY_CLASSES];
  }

  /** The priority class of one level. */
  public static priorityClass(level: PriorityLevel): PriorityClassFact {
    return PRIORITY_CLASSES.find((p) => p.level === level)!;
  }

  /** The storage classes of 003 §4 for one platform. */
  public static storageClasses(platform: KubernetesPlatform): StorageClassFact[] {
    return STORAGE_CLASSES.filter((s) => s.platform === platform);
  }

  /** The storage class of one role on one platform. */
  public static storageClass(platform: KubernetesPlatform, role: StorageRole): StorageClassFact {
    return STORAGE_CLASSES.find((s) => s.platform === platform && s.role === role)!;
  }

  /** The names of the guides' connection tables, e.g. `000 §1.2`. */
  public static connectionTables(): string[] {
    return Object.keys(CONNECTION_TABLES);
  }

  /** The rows of one connection table, or of all of them when `table` is not given. */
  public static connections(table?: string): ConnectionSpec[] {
    if (table === undefined) return Object.values(CONNECTION_TABLES).flat();
    const rows = CONNECTION_TABLES[table];
    if (!rows) throw new Error(unknown('connection table', table, Object.keys(CONNECTION_TABLES)));
    return [...rows];
  }

  /** The service-to-service paths the guides allow between units of a group. */
  public static crossRegionPaths(): CrossRegionPathFact[] {
    return [...CROSS_REGION_PATHS];
  }

  /** How each service's metrics are scraped, for every service a guide gives a metrics endpoint. */
  public static scrapeFacts(): ScrapeFact[] {
    return [...SCRAPE_FACTS];
  }

  /** How one service's metrics are scraped; undefined when no guide gives it a metrics endpoint. */
  public static scrapeFact(serviceId: string): ScrapeFact | undefined {
    Catalog.service(serviceId);
    return SCRAPE_FACTS.find((f) => f.service === serviceId);
  }

  /**
   * The alerts of one service, or every one when `serviceId` is not given: those the guides define
   * (000 §6.3, 001 §6.4, 002 §6.3), in the guides' order, then those the vendor publishes where the
   * guides are silent (`source` names the vendor file, `vendorRule` the rule). Interaction Server's
   * are the vendor's only: 004 §6.4 defines none.
   */
  public static alerts(serviceId?: string): AlertFact[] {
    if (serviceId === undefined) return [...MONITORED_ALERTS];
    Catalog.service(serviceId);
    return MONITORED_ALERTS.filter((a) => a.service === serviceId);
  }

  /**
   * The metrics a service exports (000 §6.2, 001 §6.2, 002 §6.2, 004 §6.2-6.3), reconciled with the
   * vendor's rules and dashboards; empty for a service no guide lists metrics for.
   *
   * @param serviceId catalogue service id
   */
  public static metrics(serviceId: string): MetricFact[] {
    Catalog.service(serviceId);
    return SERVICE_METRICS.filter((m) => m.service === serviceId);
  }

  /** The kube-state-metrics and cAdvisor series every service's pods have (service `kubernetes`). */
  public static kubernetesMetrics(): MetricFact[] {
    return [...KUBERNETES_METRICS];
  }

  /**
   * The metric a series of a service belongs to: the service's own or a Kubernetes one, with the
   * `_bucket`, `_sum` and `_count` of histograms and summaries understood; undefined when the
   * catalogue has no such metric for the service.
   *
   * @param serviceId catalogue service id
   * @param series a series name, e.g. `dialplan_response_time_bucket`
   */
  public static metricOf(serviceId: string, series: string): MetricFact | undefined {
    const known = [...Catalog.metrics(serviceId), ...KUBERNETES_METRICS];
    const exact = known.find((m) => m.name === series);
    if (exact) return exact;
    const match = /^(.*)_(bucket|sum|count)$/.exec(series);
    if (!match) return undefined;
    const base = known.find((m) => m.name === match[1]);
    if (!base) return undefined;
    if (base.type === MetricType.HISTOGRAM || (base.type === MetricType.SUMMARY && match[2] !== 'bucket')) return base;
    return undefined;
  }

  /**
   * The rules of the vendor's published rule set for these services that the catalogue leaves out,
   * each with its reason; `rule` is `*` where one reason covers every rule of the file.
   */
  public static vendorRuleExclusions(): VendorRuleExclusion[] {
    return [...VENDOR_EXCLUSIONS];
  }

  /** Ids and descriptions of the endpoints that are not Genesys services (data stores, SBC, ...). */
  public static externalEndpoints(): Record<string, string> {
    return { ...EXTERNAL_ENDPOINTS };
  }

  /** The node pools of 003 §1.10. */
  public static nodePools(): NodePoolFact[] {
    return [...NODE_POOLS];
  }

  private constructor() {}
}

function resolve(spec: ServiceSpec): ServiceInfo {
  const product = Catalog.product(spec.product);
  const priority = spec.priority;
  return {
    id: spec.id,
    displayName: spec.displayName,
    product,
    namespace: spec.namespace ?? product.namespace,
    placement: spec.placement ?? product.placement,
    haModes: spec.haModes ?? product.haModes,
    drMode: spec.drMode ?? product.drMode,
    wave: product.wave,
    priority,
    priorityClassName: Catalog.priorityClass(priority).name,
    nodePool: spec.nodePool ?? NodePool.GENERAL,
    ports: spec.ports,
    perTenant: spec.perTenant,
    source: spec.source,
  };
}

function unknown(what: string, id: string, known: string[]): string {
  const close = known.filter((k) => k.includes(id) || id.includes(k));
  const hint = close.length > 0 ? `did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : `known ${what}s: ${known.join(', ')}`;
  return `Catalog: no ${what} "${id}"; ${hint} (the catalogue of the guides). Fix: use one of the catalogue's ${what} ids.`;
}
