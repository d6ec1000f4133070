import { ServiceProbe } from './service-probe';

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
