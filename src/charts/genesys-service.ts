import { Construct } from 'constructs';
import { Catalog, ChartFact, NodePool, PortSpec, PriorityLevel, ServiceInfo } from '../catalog';
import { ClusterChart, IReleaseWorkloadSource, Labels, ManifestFile, MeshProps, ReleaseWorkload, WorkloadKind, addChecks, problem, waveFileName } from '../core';
import { ChartContext, PodToleration } from './chart-context';
import { ChartRelease } from './chart-release';

/** The guides' `genesys` user, group and fsGroup (003 §3.5). */
export const GENESYS_USER_ID = 500;

/** Options of a Genesys service. */
export interface GenesysServiceProps {
  /** Catalogue id, e.g. `voice-config`: decides the chart, namespace, priority, node pool and ports. */
  readonly serviceId: string;
  /**
   * Release name, which the chart also gives its workload.
   *
   * @default - the catalogue id (the guide's release name)
   */
  readonly name?: string;
  /** Name of the Kubernetes Service the chart creates, which is also the service's name in Consul. @default - the name */
  readonly serviceName?: string;
  /** The workload kind the chart renders (for the monitoring's pod names). @default WorkloadKind.DEPLOYMENT */
  readonly workloadKind?: WorkloadKind;
  /** Node pool. @default - the catalogue's */
  readonly nodePool?: NodePool;
  /** Priority. @default - the catalogue's (003 §7.4) */
  readonly priority?: PriorityLevel;
  /** Consul service-mesh settings. @default - in the mesh */
  readonly mesh?: MeshProps;
  /** Names of the catalogue ports the service serves. @default - all of the catalogue's ports */
  readonly portNames?: string[];
  /** Image registry. @default - the unit's */
  readonly imageRegistry?: string;
  /** The chart. @default - the catalogue's chart of the service */
  readonly chart?: ChartFact;
  /** Chart version. @default - the chart's catalogue version */
  readonly chartVersion?: string;
  /**
   * The release of another service of the same chart, for a chart that deploys several catalogue
   * services in one release (CX Contact's components, Interaction Server's VQ Node): this service is
   * then part of that release and makes none of its own. Its pods carry the release's
   * `app.kubernetes.io/instance`.
   *
   * @default - the service's own release
   */
  readonly sharedRelease?: ChartRelease;
  /**
   * Your own chart values, deep-merged over those the library computes (arrays replace, `null`
   * removes a key). A key the chart does not take is a problem naming the chart and the key.
   *
   * @default - none
   */
  readonly values?: { [key: string]: any };
}

/**
 * The base of every Genesys service construct: the service as the guides deploy it, one Helm
 * release of its chart (`release`), in the catalogue's namespace, on the catalogue's node pool,
 * with the catalogue's priority class and the guides' user 500.
 *
 * The construct is also the model the rest of the library reads: its Consul name, ports, selector
 * and node pool feed the mesh intentions, the monitoring and the Terraform node pools. The chart
 * renders the workload; the library never builds the vendor's pods itself.
 *
 * Escape hatches: `values` in the props, and `release.addValues(...)`.
 */
export abstract class GenesysService extends Construct implements IReleaseWorkloadSource {
  /** The catalogue's facts for this service. */
  public readonly info: ServiceInfo;
  /** Release name, also the name of the chart's workload. */
  public readonly name: string;
  /** Namespace. */
  public readonly namespace: string;
  /** Node pool the pods run on. */
  public readonly nodePool: NodePool;
  /** Name of the Kubernetes Service, which is also the service's name in Consul. */
  public readonly serviceName: string;
  /** True when the Consul Connect sidecar is injected. */
  public readonly meshed: boolean;
  /** Consul upstreams of the service's pods, as `<service>:<local port>`. */
  public readonly meshUpstreams: string[];
  /**
   * The labels that select the service's pods: Helm's standard `app.kubernetes.io/name` (the chart)
   * and `app.kubernetes.io/instance` (the release).
   */
  public readonly selector: Record<string, string>;
  /** The workload kind the chart renders. */
  public readonly workloadKind: WorkloadKind;
  /** The chart release. */
  public readonly release: ChartRelease;
  /** What the chart's values draw from the unit and the catalogue. */
  public readonly chartContext: ChartContext;

  private readonly outsideMesh = new Map<number, string[]>();
  private readonly ports: Array<{ name: string; port: number }>;
  private readonly servicePorts: string[];

  /**
   * @param scope a construct inside a unit (ClusterChart)
   * @param id construct id
   * @param props options
   */
  protected constructor(scope: Construct, id: string, props: GenesysServiceProps) {
    super(scope, id);
    this.info = Catalog.service(props.serviceId);
    this.name = props.name ?? this.info.id;
    this.namespace = this.info.namespace;
    this.nodePool = props.nodePool ?? this.info.nodePool;
    this.serviceName = props.serviceName ?? this.name;
    this.meshed = props.mesh?.inject ?? true;
    this.meshUpstreams = [...(props.mesh?.upstreams ?? [])];
    this.workloadKind = props.workloadKind ?? WorkloadKind.DEPLOYMENT;
    const chart = props.sharedRelease?.chart ?? props.chart ?? Catalog.chart(this.info.id);
    this.selector = { [Labels.NAME]: chart.chart, [Labels.INSTANCE]: props.sharedRelease?.releaseName ?? this.name };

    const served = servedPorts(this.info, props.portNames);
    this.ports = served.map((p) => ({ name: p.name, port: p.port }));
    this.servicePorts = served.map((p) => p.name);

    const cluster = ClusterChart.enclosing(this);
    cluster.useNamespace(this.namespace);
    ManifestFile.assign(this, waveFileName(this.info.wave, this.info.product.id));
    this.chartContext = contextOf(cluster, this, props);
    this.release = props.sharedRelease ?? new ChartRelease(this, 'release', {
      chart,
      releaseName: this.name,
      namespace: this.namespace,
      chartVersion: props.chartVersion,
      values: {},
      userValues: props.values,
    });
    this.release.addWorkloadSource(this);
    addChecks(this, () => this.checks(props));
  }

  /** The workload the chart creates for this service, as the model knows it. */
  public get releaseWorkload(): ReleaseWorkload {
    return {
      kind: this.workloadKind,
      name: this.name,
      podLabels: { ...this.selector },
      ports: [...this.ports],
      serviceName: this.serviceName,
      servicePorts: [...this.servicePorts],
    };
  }

  /**
   * Records that clients outside the Consul mesh (Prometheus, the ingress controller, SBCs) call a
   * port of the service, for the mesh review table and the network policies.
   *
   * @param port a port the service serves
   * @param reason who calls it from outside the mesh
   */
  public allowOutsideMesh(port: number, reason: string): void {
    if (!this.meshed) return;
    const reasons = this.outsideMesh.get(port) ?? [];
    if (!reasons.includes(reason)) reasons.push(reason);
    this.outsideMesh.set(port, reasons);
  }

  /** Names of the ports the service's pods serve, those added with `addContainerPort` included. */
  public get containerPortNames(): string[] {
    return this.ports.map((p) => p.name);
  }

  /**
   * The number of the port named `name`, or undefined when the service does not serve it.
   * @param name a port name
   */
  public containerPort(name: string): number | undefined {
    return this.ports.find((p) => p.name === name)?.port;
  }

  /** Names of the ports of the service's Kubernetes Service, those added with `addServicePort` included. */
  public get servicePortNames(): string[] {
    return [...this.servicePorts];
  }

  /**
   * Records a port the chart's pods serve beyond the catalogue's (for the checks and the monitoring
   * that look ports up by name).
   *
   * @param name port name
   * @param port port number
   */
  public addContainerPort(name: string, port: number): void {
    this.ports.push({ name, port });
  }

  /**
   * Records a port of the chart's Service.
   *
   * @param name port name
   * @param _port Service port number
   * @param _targetPort container port number
   */
  public addServicePort(name: string, _port: number, _targetPort: number): void {
    this.servicePorts.push(name);
  }

  /**
   * Has the chart put Prometheus scrape annotations on the service's pods, through the chart's own
   * values. Returns the problems when the chart has no documented way to do it; a service whose
   * chart has one overrides this.
   *
   * @param annotations the `prometheus.io/*` annotations
   * @param _path the metrics path
   */
  public scrapeByAnnotations(annotations: { [key: string]: string }, _path: string): string[] {
    return [
      problem(
        `${this.name}: the ${this.release.chart.chart} chart documents no pod annotations, so Prometheus annotations (${Object.keys(annotations).join(', ')}) cannot be set`,
        'scrape it with a PodMonitor or ServiceMonitor (ScrapeMode.POD_MONITOR or SERVICE_MONITOR)',
        this.release.chart.source,
      ),
    ];
  }

  /**
   * Called by the unit's monitoring (`UnitMonitoring`) with what it does for this service itself: a
   * chart with monitoring objects of its own turns them off through its values here, so that no
   * target is scraped twice and no alert fires twice. The base does nothing.
   *
   * @param _scraped true when the unit's monitoring scrapes the service
   * @param _alerts true when it writes the service's alert rules
   */
  public monitoredByUnit(_scraped: boolean, _alerts: boolean): void {}

  /** The ports clients outside the mesh call, ascending. */
  public get portsOutsideMesh(): number[] {
    return [...this.outsideMesh.keys()].sort((a, b) => a - b);
  }

  /**
   * Why a port is called from outside the mesh.
   * @param port a port of `portsOutsideMesh`
   */
  public outsideMeshReasons(port: number): string[] {
    return [...(this.outsideMesh.get(port) ?? [])];
  }

  private checks(props: GenesysServiceProps): string[] {
    const found: string[] = [];
    const label = `${this.name}:`;
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(this.name) || this.name.length > 53) {
      found.push(problem(`${label} name "${this.name}" is not a Helm release name`, 'use lower-case letters, digits and "-", at most 53 characters'));
    }
    const unknown = (props.portNames ?? []).filter((n) => !this.info.ports.some((p) => p.name === n));
    if (unknown.length > 0) {
      found.push(problem(`${label} ports ${unknown.join(', ')} are not ports of ${this.info.id}`, `give catalogue port names: ${this.info.ports.map((p) => p.name).join(', ') || 'none'}`));
    }
    const twice = (names: string[]) => [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
    for (const name of twice(this.containerPortNames)) {
      found.push(problem(`${label} port "${name}" is declared twice`, 'give each added port its own name'));
    }
    const served = this.ports.map((p) => p.port);
    for (const port of this.portsOutsideMesh.filter((p) => !served.includes(p))) {
      found.push(
        problem(
          `${label} port ${port} is opened to callers outside the mesh (${this.outsideMeshReasons(port).join('; ')}), but the service does not serve it`,
          `open one of its ports (${served.join(', ') || 'none'}), or add the port with addContainerPort first`,
        ),
      );
    }
    return found;
  }
}

function servedPorts(info: ServiceInfo, names?: string[]): PortSpec[] {
  return names === undefined ? [...info.ports] : info.ports.filter((p) => names.includes(p.name));
}

function contextOf(cluster: ClusterChart, service: GenesysService, props: GenesysServiceProps): ChartContext {
  const priority = props.priority ? Catalog.priorityClass(props.priority).name : service.info.priorityClassName;
  const tolerations: PodToleration[] = service.nodePool === NodePool.GENERAL
    ? []
    // The real-time and third-party pools are tainted so that only their services land there.
    : [{ key: Labels.NODE_POOL, operator: 'Equal', value: service.nodePool, effect: 'NoSchedule' }];
  return {
    releaseName: service.name,
    namespace: service.namespace,
    imageRegistry: props.imageRegistry ?? cluster.imageRegistry,
    imagePullSecrets: cluster.imagePullSecrets,
    priorityClassName: priority,
    nodeSelector: { [Labels.NODE_POOL]: service.nodePool },
    tolerations,
    runAsId: GENESYS_USER_ID,
  };
}
