/** Size of a node pool. */
export interface NodePoolSize {
  /** VM size on AKS (e.g. `Standard_D8s_v5`) or machine type on GKE (e.g. `n2-standard-8`). */
  readonly machineType: string;
  /** Fewest nodes (per zone on GKE). */
  readonly minNodes: number;
  /** Most nodes (per zone on GKE). */
  readonly maxNodes: number;
}

/** The node pools of a unit's cluster (003 §1.10); unset pools keep the defaults. */
export interface NodePoolsProps {
  /** Most services; 4 GB per vCPU. @default - D8s_v5 / n2-standard-8, 3 to 12 nodes */
  readonly general?: NodePoolSize;
  /** Stateful voice services, drained for 60 minutes or more. @default - D8s_v5 / n2-standard-8, 3 to 12 nodes */
  readonly realtime?: NodePoolSize;
  /** Third-party services in the cluster; storage-optimized, 8 GB per vCPU. @default - not created */
  readonly thirdParty?: NodePoolSize;
  /** AKS: the dedicated system pool for critical add-ons (`AksSecurityProps.dedicatedSystemPool`). @default - Standard_D4s_v5, 3 to 6 nodes */
  readonly system?: NodePoolSize;
}

/** GKE release channels. */
export enum GkeReleaseChannel {
  /** Newest versions first. */
  RAPID = 'RAPID',
  /** The default channel. */
  REGULAR = 'REGULAR',
  /** Versions proven longest. */
  STABLE = 'STABLE',
}

/** Third-party prerequisites installed by Helm release in each unit (003 §3.3, §7.1 step 1). */
export interface PrerequisitesProps {
  /** Consul, with the unit's ConsulSettings values. @default true */
  readonly consul?: boolean;
  /** ingress-nginx, the ingress controller the guides require (003 §1.10). @default true */
  readonly ingressNginx?: boolean;
  /** KEDA, for services scaled on Prometheus metrics (003 §1.10). @default true */
  readonly keda?: boolean;
  /** The prometheus-operator CRDs (PodMonitor, ServiceMonitor, PrometheusRule). @default true */
  readonly prometheusOperatorCrds?: boolean;
  /** Kafka in the cluster, release `infra-kafka` in namespace `infra` (the guides' example bootstrap). @default false */
  readonly kafka?: boolean;
}
