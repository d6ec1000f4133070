import { NodePool, PriorityLevel } from '../catalog';
import { ServiceProbe } from './service-probe';
import { ServiceVolume } from './service-volume';

/** The kind of workload that runs a service. */
export enum WorkloadKind {
  /** A Deployment: interchangeable pods. */
  DEPLOYMENT = 'Deployment',
  /** A StatefulSet: pods with stable names and identities. */
  STATEFUL_SET = 'StatefulSet',
}

/** How pods are replaced on an update. */
export enum UpdateStrategy {
  /** Replace pods one at a time, never taking a ready pod down before its replacement is ready. */
  ROLLING_UPDATE = 'RollingUpdate',
  /** Replace a pod only when it is deleted by hand (StatefulSets only; Voice RQ, 000 §5.5). */
  ON_DELETE = 'OnDelete',
}

/** A container image. */
export interface ContainerImage {
  /** Repository within the registry, e.g. `genesys/ges`. */
  readonly repository: string;
  /** Image tag (the guides' "version"). */
  readonly tag: string;
  /**
   * Registry host.
   *
   * @default - the unit's `imageRegistry`
   */
  readonly registry?: string;
}

/** CPU and memory requests and limits, as Kubernetes quantities. Every container has both (the design guide). */
export interface ResourceLimits {
  /** CPU request, e.g. `250m`. */
  readonly cpuRequest: string;
  /** CPU limit, e.g. `500m`. */
  readonly cpuLimit: string;
  /** Memory request, e.g. `256Mi`. */
  readonly memoryRequest: string;
  /** Memory limit, e.g. `512Mi`. */
  readonly memoryLimit: string;
}

/** An environment variable read from an existing Secret. */
export interface SecretEnv {
  /** Variable name. */
  readonly name: string;
  /** Secret name, in the service's namespace. */
  readonly secretName: string;
  /** Key within the Secret. */
  readonly key: string;
}

/** A volume mounted into a container. */
export interface VolumeMountSpec {
  /** Name of one of the service's volumes. */
  readonly volume: string;
  /** Absolute path in the container. */
  readonly mountPath: string;
  /** Mount read-only. @default true for Secret and ConfigMap volumes, false otherwise */
  readonly readOnly?: boolean;
  /** Sub-path within the volume. @default - the volume's root */
  readonly subPath?: string;
}

/** One container of a service's pod. */
export interface GenesysContainerProps {
  /** Container name. */
  readonly name: string;
  /** Image. */
  readonly image: ContainerImage;
  /** Requests and limits. */
  readonly resources: ResourceLimits;
  /**
   * Names of the catalogue ports this container serves.
   *
   * @default - every catalogue port of the service for the first container; none for the others
   */
  readonly portNames?: string[];
  /** Liveness probe. @default - none */
  readonly liveness?: ServiceProbe;
  /** Readiness probe. @default - none */
  readonly readiness?: ServiceProbe;
  /** Startup probe. @default - none */
  readonly startup?: ServiceProbe;
  /** Plain environment variables (no secrets: use `secretEnv`). @default - none */
  readonly env?: Record<string, string>;
  /** Environment variables read from existing Secrets. @default - none */
  readonly secretEnv?: SecretEnv[];
  /** Load every key of the service's ConfigMap as environment variables. @default false */
  readonly envFromConfigMap?: boolean;
  /** Entrypoint override. @default - the image's */
  readonly command?: string[];
  /** Arguments. @default - the image's */
  readonly args?: string[];
  /** Volume mounts. @default - none */
  readonly volumeMounts?: VolumeMountSpec[];
  /**
   * Mount the root file system read-only. The guides do not say their images support it (several
   * write logs or state under their home directory), so it is off unless you turn it on.
   *
   * @default false
   */
  readonly readOnlyRootFilesystem?: boolean;
}

/** Horizontal pod autoscaling on CPU and memory utilisation. */
export interface AutoscalingProps {
  /** Fewest replicas. */
  readonly minReplicas: number;
  /** Most replicas. */
  readonly maxReplicas: number;
  /** Target average CPU utilisation, percent. @default - not a target */
  readonly cpuUtilization?: number;
  /** Target average memory utilisation, percent. @default - not a target */
  readonly memoryUtilization?: number;
}

/** Consul service-mesh settings of a service's pods. */
export interface MeshProps {
  /** Inject the Consul Connect sidecar. @default true */
  readonly inject?: boolean;
  /**
   * Upstreams as `<service>:<local port>` pairs, written to
   * `consul.hashicorp.com/connect-service-upstreams`.
   *
   * @default - none
   */
  readonly upstreams?: string[];
  /** Name of the port Consul registers (`consul.hashicorp.com/connect-service-port`). @default - the first port */
  readonly servicePort?: string;
}

/** Options of a Genesys service. */
export interface GenesysServiceProps {
  /** Catalogue id, e.g. `voice-config`: decides the namespace, priority, node pool and ports. */
  readonly serviceId: string;
  /**
   * Name of the workload and its Service, ConfigMap, autoscaler and disruption budget.
   *
   * @default - the catalogue id (the guide's release name)
   */
  readonly name?: string;
  /** Workload kind. @default WorkloadKind.DEPLOYMENT */
  readonly workloadKind?: WorkloadKind;
  /** The pod's containers; at least one. */
  readonly containers: GenesysContainerProps[];
  /**
   * Replicas when not autoscaled. The platform guide recommends at least three for each service
   * (003 §2.2); service constructs choose their own defaults.
   *
   * @default 1
   */
  readonly replicas?: number;
  /** Autoscaling. @default - none */
  readonly autoscaling?: AutoscalingProps;
  /** Pods a voluntary disruption (a node drain) may take down at once. @default 1 */
  readonly maxUnavailable?: number;
  /** Update strategy. @default UpdateStrategy.ROLLING_UPDATE */
  readonly updateStrategy?: UpdateStrategy;
  /** Seconds a new pod must be ready before it counts as available. @default 0 */
  readonly minReadySeconds?: number;
  /**
   * Seconds a pod may take to stop. Services on the real-time pool keep live calls while they
   * drain, for 60 minutes or more (003 §1.10).
   *
   * @default - 3600 on the real-time node pool, 30 elsewhere
   */
  readonly terminationGracePeriodSeconds?: number;
  /** Node pool. @default - the catalogue's */
  readonly nodePool?: NodePool;
  /** Priority. @default - the catalogue's (003 §7.4) */
  readonly priority?: PriorityLevel;
  /** Data of the service's ConfigMap (`<name>-configmap`); no ConfigMap when absent. @default - none */
  readonly configData?: Record<string, string>;
  /** Volumes of the pod. @default - none */
  readonly volumes?: ServiceVolume[];
  /** Extra pod labels. @default - none */
  readonly podLabels?: Record<string, string>;
  /** Extra pod annotations. @default - none */
  readonly podAnnotations?: Record<string, string>;
  /** Consul service-mesh settings. @default - sidecar injected, no upstreams */
  readonly mesh?: MeshProps;
  /**
   * Name of an existing service account.
   *
   * @default - for a meshed service, an account named after its Consul service (Consul's ACL login
   * needs it); otherwise none, and no token is mounted
   */
  readonly serviceAccountName?: string;
  /** Value of `app.kubernetes.io/instance`. @default - the name */
  readonly instance?: string;
  /** Name of the Kubernetes Service, when the guide gives it another name. @default - the name */
  readonly serviceName?: string;
  /**
   * Make the Service headless, so that DNS answers with the pods' own addresses (for peers outside
   * the cluster that reach pods directly, such as SBCs).
   *
   * @default false
   */
  readonly headlessService?: boolean;
  /**
   * Run with the guides' user, group and fsGroup 500:500:500 (003 §3.5). Turn off to let the
   * platform assign arbitrary UIDs ("override the Helm chart values so that no specific IDs are
   * defined"); the containers still run as non-root.
   *
   * @default true
   */
  readonly genesysUser?: boolean;
}
