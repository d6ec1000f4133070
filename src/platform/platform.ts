import { Catalog, KubernetesPlatform, StorageClassFact, StorageRole } from '../catalog';
import { problem } from '../core';
import { MetricsCollector } from './monitoring';
import { checkProps } from '../core/check-props';

/** Options shared by both platforms. */
export interface PlatformProps {
  /**
   * Storage class names to use instead of the guide's, by role ("You can modify the storage class
   * names based on your organizational needs", 003 §4.1 and §4.2). Keys are `StorageRole` values.
   *
   * @default - the guide's names
   */
  readonly storageClassNames?: Record<string, string>;

  /**
   * Who collects the services' metrics (003 §6.6). `GKE_WORKLOAD_METRICS` is a GKE feature.
   *
   * @default MetricsCollector.GKE_WORKLOAD_METRICS on GKE, MetricsCollector.PROMETHEUS_OPERATOR on AKS
   */
  readonly metricsCollector?: MetricsCollector;
}

/** AKS options. */
export interface AksPlatformProps extends PlatformProps {}

/** GKE options. Each switch names something the guide does not support; turning it on is an error. */
export interface GkePlatformProps extends PlatformProps {
  /** The cluster runs in Autopilot mode. Not supported (003 §1.10). @default false */
  readonly autopilot?: boolean;
  /** GKE Sandbox (gVisor) node pools. Not supported (003 §1.10). @default false */
  readonly sandbox?: boolean;
  /** The GKE service mesh (Istio) add-on. Not supported; Consul is the mesh (003 §1.10). @default false */
  readonly istioAddon?: boolean;
  /** GKE Ingress instead of ingress-nginx. Not supported (003 §1.10). @default false */
  readonly gkeIngress?: boolean;
}

/**
 * What differs between AKS and GKE at the manifest level: storage classes (003 §4), node-local
 * storage, who collects metrics (003 §6.6), and the GKE features the guide rules out.
 */
export class Platform {
  /** Azure Kubernetes Service. */
  public static aks(props: AksPlatformProps = {}): Platform {
    checkProps('Platform.aks', 'AksPlatformProps', props);
    return new Platform(KubernetesPlatform.AKS, props, []);
  }

  /** Google Kubernetes Engine, Standard mode. */
  public static gke(props: GkePlatformProps = {}): Platform {
    checkProps('Platform.gke', 'GkePlatformProps', props);
    const unsupported: string[] = [];
    const rule = (on: boolean | undefined, what: string, fix: string) => {
      if (on) unsupported.push(problem(what, fix, '003 §1.10'));
    };
    rule(props.autopilot, 'GKE clusters in Autopilot mode are not supported', 'use a Standard cluster (autopilot: false)');
    rule(props.sandbox, 'GKE Sandbox (gVisor) is not supported', 'run on standard node pools (sandbox: false)');
    rule(props.istioAddon, 'the GKE service mesh (Istio) add-on is not supported; private edition uses Consul', 'turn the add-on off (istioAddon: false)');
    rule(props.gkeIngress, 'GKE Ingress is not supported; private edition requires ingress-nginx', 'use ingress-nginx (gkeIngress: false)');
    return new Platform(KubernetesPlatform.GKE, props, unsupported);
  }

  private constructor(
    /** Which platform. */
    public readonly kind: KubernetesPlatform,
    private readonly props: PlatformProps,
    private readonly unsupported: string[],
  ) {}

  /** Who collects the services' metrics (003 §6.6). */
  public get metricsCollector(): MetricsCollector {
    return this.props.metricsCollector
      ?? (this.kind === KubernetesPlatform.GKE ? MetricsCollector.GKE_WORKLOAD_METRICS : MetricsCollector.PROMETHEUS_OPERATOR);
  }

  /** Problems with the chosen platform options; empty when there are none. */
  public problems(): string[] {
    const found = [...this.unsupported];
    if (this.kind !== KubernetesPlatform.GKE && this.metricsCollector === MetricsCollector.GKE_WORKLOAD_METRICS) {
      found.push(problem('GKE workload metrics is a Google Cloud feature, but this unit runs on AKS', 'use MetricsCollector.PROMETHEUS_OPERATOR (Azure Monitor reads Prometheus metrics)', '003 §6.6'));
    }
    const roles = Object.values(StorageRole) as string[];
    for (const [role, name] of Object.entries(this.props.storageClassNames ?? {})) {
      if (!roles.includes(role)) {
        found.push(problem(`storageClassNames has an unknown role "${role}"`, `use one of: ${roles.join(', ')}`, '003 §4'));
      } else if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(name)) {
        found.push(problem(`storage class name "${name}" is not a valid Kubernetes name`, 'use lower-case letters, digits, "-" and "."'));
      }
    }
    return found;
  }

  /** The storage class of one role, with its name after any override. */
  public storageClass(role: StorageRole): StorageClassFact {
    const fact = Catalog.storageClass(this.kind, role);
    return { ...fact, name: this.props.storageClassNames?.[role] ?? fact.name };
  }

  /** The storage classes the library creates: the guide's, less node-local storage and GKE's built-in ones. */
  public storageClassesToCreate(): StorageClassFact[] {
    return Catalog.storageClasses(this.kind)
      .filter((s) => s.provisioner !== undefined && !s.builtIn)
      .map((s) => this.storageClass(s.role));
  }

  /**
   * The host name of a data store the Terraform provisions, known before it exists: Azure's own
   * names (`<name>.redis.cache.windows.net`, `<name>.postgres.database.azure.com`) on AKS; on GKE,
   * whose Memorystore and Cloud SQL addresses are only known once created, a record in the unit's
   * private Cloud DNS zone `<unit>.<group>.internal`, which the Terraform points at the address.
   *
   * @param kind `redis` or `postgres`
   * @param name the store's name
   * @param unitId the unit's id
   * @param groupId the unit group's id
   */
  public managedHost(kind: string, name: string, unitId: string, groupId: string): string {
    if (this.kind === KubernetesPlatform.GKE) return `${name}.${unitId}.${groupId}.internal`;
    return kind === 'redis' ? `${name}.redis.cache.windows.net` : `${name}.postgres.database.azure.com`;
  }
}
