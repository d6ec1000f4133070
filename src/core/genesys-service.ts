import { ApiObject, Duration, JsonPatch } from 'cdk8s';
import { Construct } from 'constructs';
import { Catalog, NodePool, PortSpec, ServiceInfo, TransportProtocol } from '../catalog';
import { checkProps } from './check-props';
import { ClusterChart } from './cluster-chart';
import { IntOrString, KubePodDisruptionBudget, KubeServiceAccount, Quantity, kplus } from './k8s';
import { Labels } from './labels';
import { ManifestFile, waveFileName } from './manifest-file';
import { addChecks, problem } from './problems';
import { checkServiceProps } from './service-checks';
import { AutoscalingProps, GenesysContainerProps, GenesysServiceProps, UpdateStrategy, WorkloadKind } from './service-props';
import { VolumeSource } from './service-volume';

/** The guides' user, group and fsGroup (003 §3.5). */
const GENESYS_ID = 500;
/** Drain time of the real-time pool: "60 minutes or longer" (003 §1.10). */
const REALTIME_DRAIN_SECONDS = 3600;

/** Consul annotations (000 §2.4: connect inject is required for Voice). */
export const CONSUL_INJECT = 'consul.hashicorp.com/connect-inject';
/**
 * Ports that bypass the sidecar in transparent-proxy mode (consul-k8s annotation): clients outside
 * the mesh (Prometheus, the ingress controller, SBCs) reach them directly.
 */
export const CONSUL_EXCLUDE_INBOUND = 'consul.hashicorp.com/transparent-proxy-exclude-inbound-ports';
/** Consul upstreams annotation. */
export const CONSUL_UPSTREAMS = 'consul.hashicorp.com/connect-service-upstreams';
/** Consul service-port annotation. */
export const CONSUL_SERVICE_PORT = 'consul.hashicorp.com/connect-service-port';
/** Consul service-name annotation. */
export const CONSUL_SERVICE_NAME = 'consul.hashicorp.com/connect-service';

/**
 * The base of every Genesys service construct: one workload (Deployment or StatefulSet) with its
 * Service, ConfigMap, autoscaler and disruption budget, placed in the catalogue's namespace, on the
 * catalogue's node pool, with the catalogue's priority class, secure by default.
 *
 * Escape hatches: `workload`, `service`, `configMap`, `autoscaler` and `disruptionBudget` are the
 * API objects it made; patch them with `addJsonPatch` where the library did not foresee a need.
 */
export class GenesysService extends Construct {
  /** The catalogue's facts for this service. */
  public readonly info: ServiceInfo;
  /** Object name of the workload and its companions. */
  public readonly name: string;
  /** Namespace. */
  public readonly namespace: string;
  /** Node pool the pods run on. */
  public readonly nodePool: NodePool;
  /** Name of the Kubernetes Service, which is also the service's name in Consul. */
  public readonly serviceName: string;
  /** True when the Consul Connect sidecar is injected. */
  public readonly meshed: boolean;
  /** The labels that select the service's pods: `app.kubernetes.io/name` and `app.kubernetes.io/instance`. */
  public readonly selector: Record<string, string>;
  /** The workload: a Deployment or a StatefulSet. */
  public readonly workload: ApiObject;
  /** The Kubernetes Service, when the service has ports or is a StatefulSet. */
  public readonly service?: ApiObject;
  /** The ConfigMap, when `configData` was given. */
  public readonly configMap?: ApiObject;
  /** The HorizontalPodAutoscaler, when `autoscaling` was given. */
  public readonly autoscaler?: ApiObject;
  /** The PodDisruptionBudget. */
  public readonly disruptionBudget: ApiObject;
  /**
   * The ServiceAccount made for a meshed service: with ACLs managed by Consul (000 §2.4), the
   * sidecar logs in with the pod's service account token, and Consul takes the account's name as the
   * service's identity, so each meshed service runs as an account named after its Consul service.
   */
  public readonly serviceAccount?: ApiObject;
  /** Name of the service account the pods run as, if any. */
  public readonly serviceAccountName?: string;

  private readonly plusWorkload: kplus.Deployment | kplus.StatefulSet;
  private readonly outsideMesh = new Map<number, string[]>();
  /** Per container, its ports (name and number), those added with `addContainerPort` included. */
  private readonly containerPorts: Array<Array<{ name: string; port: number }>>;
  private readonly servicePorts: string[];
  private readonly plusService?: kplus.Service;
  private readonly plusConfigMap?: kplus.ConfigMap;

  /**
   * @param scope a construct inside a unit (ClusterChart)
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: GenesysServiceProps) {
    checkProps(scope, 'GenesysServiceProps', props, id);
    super(scope, id);
    this.info = Catalog.service(props.serviceId);
    this.name = props.name ?? this.info.id;
    this.namespace = this.info.namespace;
    this.nodePool = props.nodePool ?? this.info.nodePool;
    this.serviceName = props.serviceName ?? this.name;
    this.meshed = props.mesh?.inject ?? true;

    const cluster = ClusterChart.enclosing(this);
    cluster.useNamespace(this.namespace);
    ManifestFile.assign(this, waveFileName(this.info.wave, this.info.product.id));
    addChecks(this, () => [...checkServiceProps(this.info, this.name, this.nodePool, props), ...this.portProblems()]);

    const selector = { [Labels.NAME]: this.info.id, [Labels.INSTANCE]: props.instance ?? this.name };
    this.selector = selector;
    this.containerPorts = props.containers.map((c, i) => catalogPortsOf(this.info, c, i).map((p) => ({ name: p.name, port: p.port })));
    const objectLabels = { ...selector, [Labels.PRODUCT]: this.info.product.id };
    const metadata = (name: string) => ({ name, namespace: this.namespace, labels: objectLabels });

    this.serviceAccountName = props.serviceAccountName ?? (this.meshed ? this.serviceName : undefined);
    if (this.meshed && props.serviceAccountName === undefined) {
      this.serviceAccount = new KubeServiceAccount(this, 'service-account', { metadata: metadata(this.serviceName) });
    }

    if (props.configData) {
      this.plusConfigMap = new kplus.ConfigMap(this, 'config', { metadata: metadata(`${this.name}-configmap`), data: props.configData });
      this.configMap = ApiObject.of(this.plusConfigMap);
    }

    const servicePorts = this.portsOf(props);
    this.servicePorts = servicePorts.map((p) => p.name);
    if (servicePorts.length > 0) {
      this.plusService = new kplus.Service(this, 'service', {
        metadata: metadata(this.serviceName),
        clusterIP: props.headlessService ? 'None' : undefined,
        ports: servicePorts.map((p) => ({ name: p.name, port: p.port, targetPort: p.port, protocol: protocolOf(p) })),
      });
    }

    const podProps = this.podProps(props, selector, objectLabels);
    if ((props.workloadKind ?? WorkloadKind.DEPLOYMENT) === WorkloadKind.STATEFUL_SET) {
      this.plusWorkload = new kplus.StatefulSet(this, 'workload', {
        ...podProps,
        service: (this.plusService = this.plusService ?? this.headlessService(metadata(this.name))),
        replicas: props.autoscaling ? undefined : props.replicas ?? 1,
        minReady: Duration.seconds(props.minReadySeconds ?? 0),
        strategy:
          props.updateStrategy === UpdateStrategy.ON_DELETE
            ? kplus.StatefulSetUpdateStrategy.onDelete()
            : kplus.StatefulSetUpdateStrategy.rollingUpdate(),
      });
    } else {
      this.plusWorkload = new kplus.Deployment(this, 'workload', {
        ...podProps,
        replicas: props.autoscaling ? undefined : props.replicas ?? 1,
        minReady: Duration.seconds(props.minReadySeconds ?? 0),
        // Never take a ready pod down before its replacement is ready.
        strategy: kplus.DeploymentStrategy.rollingUpdate({
          maxSurge: kplus.PercentOrAbsolute.absolute(1),
          maxUnavailable: kplus.PercentOrAbsolute.absolute(0),
        }),
      });
    }
    this.workload = ApiObject.of(this.plusWorkload);
    this.service = this.plusService ? ApiObject.of(this.plusService) : undefined;
    this.plusWorkload.select(kplus.LabelSelector.of({ labels: selector }));
    for (const [key, value] of Object.entries(selector)) this.plusService?.selectLabel(key, value);
    this.placeOnNodePool();
    this.patchPodSpec(cluster, props, selector);

    // An invalid autoscaling block is reported by the checks; building it would throw and hide the rest.
    if (props.autoscaling && autoscalingBuildable(props.autoscaling)) {
      const metrics: kplus.Metric[] = [];
      if (props.autoscaling.cpuUtilization !== undefined) {
        metrics.push(kplus.Metric.resourceCpu(kplus.MetricTarget.averageUtilization(props.autoscaling.cpuUtilization)));
      }
      if (props.autoscaling.memoryUtilization !== undefined) {
        metrics.push(kplus.Metric.resourceMemory(kplus.MetricTarget.averageUtilization(props.autoscaling.memoryUtilization)));
      }
      this.autoscaler = ApiObject.of(new kplus.HorizontalPodAutoscaler(this, 'autoscaler', {
        metadata: metadata(this.name),
        target: this.plusWorkload,
        minReplicas: props.autoscaling.minReplicas,
        maxReplicas: props.autoscaling.maxReplicas,
        metrics,
      }));
    }

    this.disruptionBudget = new KubePodDisruptionBudget(this, 'disruption-budget', {
      metadata: metadata(this.name),
      spec: {
        maxUnavailable: { value: props.maxUnavailable ?? 1 } as any,
        selector: { matchLabels: selector },
      },
    });
  }

  /**
   * Lets clients outside the Consul mesh (Prometheus, the ingress controller, SBCs) reach a
   * container port directly. With transparent proxy, Consul's default for connect-injected pods,
   * every inbound connection is sent to the sidecar, which accepts only mesh (mTLS) traffic; the
   * port is added to the pods' `transparent-proxy-exclude-inbound-ports`. Nothing to do for a
   * service outside the mesh.
   *
   * @param port a container port of the service
   * @param reason who calls it from outside the mesh, for the mesh review table
   */
  public allowOutsideMesh(port: number, reason: string): void {
    if (!this.meshed) return;
    const reasons = this.outsideMesh.get(port) ?? [];
    if (!reasons.includes(reason)) reasons.push(reason);
    this.outsideMesh.set(port, reasons);
    this.plusWorkload.podMetadata.addAnnotation(CONSUL_EXCLUDE_INBOUND, this.portsOutsideMesh.join(','));
  }

  /** Names of the ports the pods' containers declare, those added with `addContainerPort` included. */
  public get containerPortNames(): string[] {
    return this.containerPorts.flat().map((p) => p.name);
  }

  /**
   * The number of the container port named `name`, or undefined when no container serves it.
   * @param name a port name
   */
  public containerPort(name: string): number | undefined {
    return this.containerPorts.flat().find((p) => p.name === name)?.port;
  }

  /** Names of the ports of the Service, those added with `addServicePort` included; empty without a Service. */
  public get servicePortNames(): string[] {
    return [...this.servicePorts];
  }

  /**
   * Adds a TCP port to the first container. Use it rather than a JSON patch, so that the checks and
   * the monitoring that look up ports by name see it.
   *
   * @param name port name
   * @param port port number
   */
  public addContainerPort(name: string, port: number): void {
    const containerPort = { containerPort: port, name, protocol: 'TCP' };
    this.workload.addJsonPatch(
      this.containerPorts[0].length > 0
        ? JsonPatch.add('/spec/template/spec/containers/0/ports/-', containerPort)
        : JsonPatch.add('/spec/template/spec/containers/0/ports', [containerPort]),
    );
    this.containerPorts[0].push({ name, port });
  }

  /**
   * Adds a TCP port to the Service (which must exist), forwarding to a container port.
   *
   * @param name port name
   * @param port Service port number
   * @param targetPort container port number
   */
  public addServicePort(name: string, port: number, targetPort: number): void {
    if (!this.service) {
      throw new Error(
        `[${this.node.path}] ${this.name}: addServicePort('${name}') needs the service's Kubernetes Service, but the service declares no port, so it has none. ` +
          'Fix: give a container a catalogue port (portNames), or create the Service yourself.',
      );
    }
    this.service.addJsonPatch(JsonPatch.add('/spec/ports/-', { name, port, targetPort: IntOrString.fromNumber(targetPort), protocol: 'TCP' }));
    this.servicePorts.push(name);
  }

  /** The container ports clients outside the mesh may reach directly, ascending. */
  public get portsOutsideMesh(): number[] {
    return [...this.outsideMesh.keys()].sort((a, b) => a - b);
  }

  /**
   * Why a port is reachable from outside the mesh.
   * @param port a port of `portsOutsideMesh`
   */
  public outsideMeshReasons(port: number): string[] {
    return [...(this.outsideMesh.get(port) ?? [])];
  }

  private portsOf(props: GenesysServiceProps): PortSpec[] {
    const names = new Set(props.containers.flatMap((c, i) => catalogPortsOf(this.info, c, i).map((p) => p.name)));
    return this.info.ports.filter((p) => names.has(p.name));
  }

  /** Ports added twice by name, and ports opened to the outside that no container serves. */
  private portProblems(): string[] {
    const found: string[] = [];
    const twice = (names: string[]) => [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
    for (const name of twice(this.containerPortNames)) {
      found.push(problem(`${this.name}: container port "${name}" is declared twice`, 'give each added container port its own name'));
    }
    for (const name of twice(this.servicePorts)) {
      found.push(problem(`${this.name}: Service port "${name}" is declared twice`, 'give each added Service port its own name'));
    }
    const served = this.containerPorts.flat().map((p) => p.port);
    for (const port of this.portsOutsideMesh.filter((p) => !served.includes(p))) {
      found.push(
        problem(
          `${this.name}: port ${port} is opened to callers outside the mesh (${this.outsideMeshReasons(port).join('; ')}), but no container of the service serves it`,
          `open one of the container ports (${served.join(', ') || 'none'}), or add the port with addContainerPort first`,
        ),
      );
    }
    return found;
  }

  private podProps(props: GenesysServiceProps, selector: Record<string, string>, objectLabels: Record<string, string>) {
    const mesh = props.mesh ?? {};
    const annotations: Record<string, string> = { [CONSUL_INJECT]: String(this.meshed) };
    // Name the Consul service after the Kubernetes Service, so intentions refer to names operators see.
    if (this.meshed) annotations[CONSUL_SERVICE_NAME] = this.serviceName;
    if (mesh.upstreams && mesh.upstreams.length > 0) annotations[CONSUL_UPSTREAMS] = mesh.upstreams.join(',');
    if (mesh.servicePort) annotations[CONSUL_SERVICE_PORT] = mesh.servicePort;

    const genesysUser = props.genesysUser ?? true;
    const volumes = new Map((props.volumes ?? []).map((v) => [v.name, v]));
    const plusVolumes = new Map([...volumes.values()].map((v) => [v.name, v._toPlus(this)]));
    const drain = props.terminationGracePeriodSeconds ?? (this.nodePool === NodePool.REALTIME ? REALTIME_DRAIN_SECONDS : 30);

    return {
      metadata: { name: this.name, namespace: this.namespace, labels: objectLabels },
      select: false,
      podMetadata: { labels: { ...objectLabels, ...selector, ...props.podLabels }, annotations: { ...annotations, ...props.podAnnotations } },
      automountServiceAccountToken: this.serviceAccountName !== undefined,
      serviceAccount: this.serviceAccountName
        ? kplus.ServiceAccount.fromServiceAccountName(this, 'service-account-ref', this.serviceAccountName)
        : undefined,
      terminationGracePeriod: Duration.seconds(drain),
      securityContext: {
        ensureNonRoot: true,
        user: genesysUser ? GENESYS_ID : undefined,
        group: genesysUser ? GENESYS_ID : undefined,
        fsGroup: genesysUser ? GENESYS_ID : undefined,
      },
      volumes: [...plusVolumes.values()],
      containers: props.containers.map((c, index) => ({
        name: c.name,
        image: imageOf(ClusterChart.enclosing(this).imageRegistry, c),
        ports: catalogPortsOf(this.info, c, index).map((p) => ({ number: p.port, name: p.name, protocol: protocolOf(p) })),
        liveness: c.liveness?._toPlus(),
        readiness: c.readiness?._toPlus(),
        startup: c.startup?._toPlus(),
        command: c.command,
        args: c.args,
        envVariables: this.envOf(c),
        envFrom: c.envFromConfigMap && this.plusConfigMap ? [kplus.Env.fromConfigMap(this.plusConfigMap)] : undefined,
        volumeMounts: (c.volumeMounts ?? [])
          .filter((m) => plusVolumes.has(m.volume))
          .map((m) => ({
            volume: plusVolumes.get(m.volume)!,
            path: m.mountPath,
            subPath: m.subPath,
            readOnly: m.readOnly ?? isKeyed(volumes.get(m.volume)!.source),
          })),
        securityContext: {
          ensureNonRoot: true,
          user: genesysUser ? GENESYS_ID : undefined,
          group: genesysUser ? GENESYS_ID : undefined,
          privileged: false,
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: c.readOnlyRootFilesystem ?? false,
          // cdk8s-plus has no constant for ALL, which Kubernetes accepts in drop lists.
          capabilities: { drop: ['ALL' as kplus.Capability] },
        },
      })),
    };
  }

  private envOf(c: GenesysContainerProps): Record<string, kplus.EnvValue> {
    const env: Record<string, kplus.EnvValue> = {};
    for (const [key, value] of Object.entries(c.env ?? {})) env[key] = kplus.EnvValue.fromValue(value);
    for (const s of c.secretEnv ?? []) {
      const secret = kplus.Secret.fromSecretName(this, `secret-env-${c.name}-${s.name}`, s.secretName);
      env[s.name] = kplus.EnvValue.fromSecretValue({ secret, key: s.key });
    }
    return env;
  }

  private headlessService(metadata: { name: string; namespace: string; labels: Record<string, string> }): kplus.Service {
    return new kplus.Service(this, 'service', { metadata, clusterIP: 'None' });
  }

  private placeOnNodePool(): void {
    this.plusWorkload.scheduling.attract(kplus.Node.labeled(kplus.NodeLabelQuery.is(Labels.NODE_POOL, this.nodePool)));
    if (this.nodePool !== NodePool.GENERAL) {
      // The real-time and third-party pools are tainted so that only their services land there.
      this.plusWorkload.scheduling.tolerate(
        kplus.Node.tainted(kplus.NodeTaintQuery.is(Labels.NODE_POOL, this.nodePool, { effect: kplus.TaintEffect.NO_SCHEDULE })),
      );
    }
  }

  private patchPodSpec(cluster: ClusterChart, props: GenesysServiceProps, selector: Record<string, string>): void {
    // cdk8s-plus always labels pods with their construct address; our selectors do not use it, and
    // keeping it would restart pods whenever a construct id changes.
    this.workload.addJsonPatch(JsonPatch.remove('/spec/template/metadata/labels/cdk8s.io~1metadata.addr'));
    // Spread pods across zones, preferring but not requiring it, so scaling past the zone count works.
    this.workload.addJsonPatch(
      JsonPatch.add('/spec/template/spec/topologySpreadConstraints', [
        { maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: selector } },
      ]),
    );
    const priority = props.priority ? Catalog.priorityClass(props.priority).name : this.info.priorityClassName;
    this.workload.addJsonPatch(JsonPatch.add('/spec/template/spec/priorityClassName', priority));
    props.containers.forEach((c, index) => {
      this.workload.addJsonPatch(JsonPatch.add(`/spec/template/spec/containers/${index}/resources`, resourcesOf(c)));
    });
    if (cluster.imagePullSecrets.length > 0) {
      this.workload.addJsonPatch(
        JsonPatch.add('/spec/template/spec/imagePullSecrets', cluster.imagePullSecrets.map((name) => ({ name }))),
      );
    }
  }
}

function autoscalingBuildable(a: AutoscalingProps): boolean {
  return a.minReplicas >= 1 && a.maxReplicas >= a.minReplicas && (a.cpuUtilization ?? a.memoryUtilization) !== undefined;
}

/** The catalogue ports a container serves: those it names, or by default all of them for the first container. */
function catalogPortsOf(info: ServiceInfo, c: GenesysContainerProps, index: number): PortSpec[] {
  const names = c.portNames ?? (index === 0 ? info.ports.map((p) => p.name) : []);
  return info.ports.filter((p) => names.includes(p.name));
}

function protocolOf(p: PortSpec): kplus.Protocol {
  return p.protocol === TransportProtocol.UDP ? kplus.Protocol.UDP : kplus.Protocol.TCP;
}

function isKeyed(source: VolumeSource): boolean {
  return source === VolumeSource.SECRET || source === VolumeSource.CONFIG_MAP || source === VolumeSource.CSI;
}

function imageOf(defaultRegistry: string, c: GenesysContainerProps): string {
  return `${c.image.registry ?? defaultRegistry}/${c.image.repository}:${c.image.tag}`;
}

/**
 * Requests and limits exactly as given (cdk8s-plus would rewrite `1Gi` as `1024Mi`). The values are
 * Quantity objects because the Kubernetes binding serializes the patched object field by field.
 */
function resourcesOf(c: GenesysContainerProps) {
  const q = (value: string) => Quantity.fromString(value);
  return {
    requests: { cpu: q(c.resources.cpuRequest), memory: q(c.resources.memoryRequest) },
    limits: { cpu: q(c.resources.cpuLimit), memory: q(c.resources.memoryLimit) },
  };
}

