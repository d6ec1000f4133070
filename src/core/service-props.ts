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
