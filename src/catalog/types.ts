/**
 * Types of the catalogue: the facts of the five Genesys guides as typed data.
 *
 * Every record carries a `source`: the guide number and the section (and row) of its structured
 * extraction in `shared/spec/`, for example `000 §1.2 #34` (guide 000, section 1.2, row 34).
 */

/** The five vendor guides the library is built from. */
export enum Guide {
  /** Voice Microservices Private Edition Guide (seed 000). */
  VOICE = '000',
  /** Genesys Engagement Service / Callback Private Edition Guide (seed 001). */
  GES = '001',
  /** Outbound (CX Contact) Private Edition Guide (seed 002). */
  CX_CONTACT = '002',
  /** Setting up Genesys Multicloud CX private edition: the platform guide (seed 003). */
  PLATFORM = '003',
  /** Interaction Server Private Edition Guide (seed 004). */
  INTERACTION_SERVER = '004',
}

/**
 * Where a service may be hosted (003 §2.3 "Where can you host this service?").
 *
 * A secondary unit "only supports voice-related services" (003 §1.4); the guide's voice-related
 * services are exactly those marked "Primary or secondary unit" (003 §1.15), so this one fact
 * decides both.
 */
export enum Placement {
  /** "Primary unit only". */
  PRIMARY_ONLY = 'primary-only',
  /** "Primary or secondary unit". */
  PRIMARY_OR_SECONDARY = 'primary-or-secondary',
}

/** High-availability modes (003 §2.2). */
export enum HaMode {
  /** "N = 2 (active-active)": two nodes at once; one takes over if the other fails. */
  ACTIVE_ACTIVE = 'N=2',
  /** "N = 1 (singleton)": one node; a new one starts if it fails. */
  SINGLETON = 'N=1',
  /** "N = N (N+1)": N nodes; a failed node is replaced. */
  N_PLUS_ONE = 'N=N',
  /** "Cron jobs": normal HA is not applicable. */
  CRON_JOB = 'cron',
  /** The guide says HA does not apply (Interaction Server: one instance per tenant, 004 §5). */
  NOT_APPLICABLE = 'n/a',
}

/** Disaster-recovery modes (003 §2.2). */
export enum DrMode {
  /** A complete production replica serves traffic during normal operations. */
  ACTIVE_SPARE = 'active-spare',
  /** A complete replica serves traffic, but its data is only used in case of disaster. */
  LIMITED_ACTIVE_SPARE = 'limited-active-spare',
  /** The bare minimum is in place to bring the system back in a short time. */
  PILOT_LIGHT = 'pilot-light',
  /** Disaster recovery is not supported. */
  NOT_SUPPORTED = 'not-supported',
  /** The guides state no DR mode for this service. */
  NOT_STATED = 'not-stated',
}

/** Service priority levels (003 §7.4). */
export enum PriorityLevel {
  /** Must not be evicted for lack of resources; may evict everything of lower priority. */
  CRITICAL = 'critical',
  /** May be evicted by critical services; evicts lower priorities. */
  HIGH = 'high',
  /** May be evicted by critical or high services. */
  MEDIUM = 'medium',
  /** May be evicted for more than 24 hours if needed. */
  LOW = 'low',
}

/** The recommended node pools of a unit's cluster (003 §1.10). */
export enum NodePool {
  /** Where most Genesys services run: general-purpose instances, Premium SSD, 4 GB per vCPU. */
  GENERAL = 'general',
  /** Stateful voice services that need a drain time of 60 minutes or more to keep live sessions. */
  REALTIME = 'realtime',
  /** Optional: data stores and other third-party services run inside the cluster. */
  THIRD_PARTY = 'thirdparty',
}

/** The Kubernetes platforms private edition supports (003 §1.1). */
export enum KubernetesPlatform {
  /** Azure Kubernetes Service. */
  AKS = 'aks',
  /** Google Kubernetes Engine (Standard mode; Autopilot is not supported, 003 §1.10). */
  GKE = 'gke',
}

/** Transport protocol of a port, as Kubernetes spells it. */
export enum TransportProtocol {
  /** TCP. */
  TCP = 'TCP',
  /** UDP. */
  UDP = 'UDP',
}

/** A port a service listens on. */
export interface PortSpec {
  /** Port name (IANA service-name style, at most 15 characters), e.g. `http`, `metrics`, `sip`. */
  readonly name: string;
  /** Port number. */
  readonly port: number;
  /** Transport protocol. */
  readonly protocol: TransportProtocol;
  /** Application protocol as the guide names it (`HTTP`, `SIP`, `TCP`, ...). */
  readonly appProtocol: string;
  /** What the port serves, in a few words. */
  readonly purpose: string;
  /** Guide and section that state the port. */
  readonly source: string;
}

/**
 * A product: one row of the 003 services list (003 §2.1), such as "Voice Microservices" or
 * "CX Contact". It groups the services that share a namespace, HA/DR modes, placement and
 * deployment wave.
 */
export interface ProductSpec {
  /** Stable id, e.g. `voice`, `cxc`, `gws`. */
  readonly id: string;
  /** Name as the guides print it. */
  readonly displayName: string;
  /** Namespace of the product's service group (003 §6.4). Services may override it. */
  readonly namespace: string;
  /** Where the product may run (003 §2.3). */
  readonly placement: Placement;
  /** High-availability modes (003 §2.3); several when the guide lists several. */
  readonly haModes: HaMode[];
  /** Disaster-recovery mode (003 §2.3). */
  readonly drMode: DrMode;
  /** Deployment wave, 1 to 9, in the order of 003 §7.1. */
  readonly wave: number;
  /** Guide sections for the facts of this record. */
  readonly source: string;
}

/** A deployable service (one workload or one Helm release), such as `voice-ors` or `ges`. */
export interface ServiceSpec {
  /** Stable id; also the Kubernetes object name where the guide gives a release name. */
  readonly id: string;
  /** Id of the product the service belongs to. */
  readonly product: string;
  /** Name as the guides print it. */
  readonly displayName: string;
  /** Recommended priority (003 §7.4). */
  readonly priority: PriorityLevel;
  /** Ports the service listens on, where a guide states them; empty where no guide does. */
  readonly ports: PortSpec[];
  /** True when one instance is deployed per tenant (Tenant Service, Interaction Server). */
  readonly perTenant: boolean;
  /**
   * Node pool the service runs on (003 §1.10).
   *
   * @default NodePool.GENERAL
   */
  readonly nodePool?: NodePool;
  /** Namespace, when it differs from the product's (003 §6.4: `gca`, `gsp` in the GIM group). */
  readonly namespace?: string;
  /** Placement, when the guide gives this service its own row (003 §2.3). */
  readonly placement?: Placement;
  /** HA modes, when the guide gives this service its own row (003 §2.3). */
  readonly haModes?: HaMode[];
  /** DR mode, when the guide gives this service its own row (003 §2.3). */
  readonly drMode?: DrMode;
  /** Guide sections for the facts of this record. */
  readonly source: string;
}

/** What a connection endpoint refers to. */
export enum EndpointKind {
  /** One service of the catalogue. */
  SERVICE = 'service',
  /** Every service of one product (the guide names the product, not a component). */
  PRODUCT = 'product',
  /** Something outside the catalogue: a data store, the SBC, the internet, Prometheus, ... */
  EXTERNAL = 'external',
}

/** One end of a connection row. */
export interface EndpointRef {
  /** What `id` refers to. */
  readonly kind: EndpointKind;
  /** A service id, a product id, or an external endpoint id (`redis`, `kafka`, `sbc`, ...). */
  readonly id: string;
  /** The endpoint as the guide's table prints it. */
  readonly label: string;
}

/** Connection classification, as the guides' tables print it. */
export enum ConnectionClass {
  /** Between services in the cluster. */
  INTRA_CLUSTER = 'Intra-cluster',
  /** From a service to something outside the cluster or to a data store. */
  EGRESS = 'Egress',
  /** From outside the cluster into a service. */
  INGRESS = 'Ingress',
  /** The guide gives no classification (003 §5.3 lists networks instead). */
  UNCLASSIFIED = 'Unclassified',
}

/** One row of a guide's connections table. */
export interface ConnectionSpec {
  /** The table's row number or label, e.g. `#27` (unique within one guide's table). */
  readonly row: string;
  /** The client side. */
  readonly from: EndpointRef;
  /** The server side. */
  readonly to: EndpointRef;
  /** Protocol as printed (`HTTP`, `SIP/TCP`, `Redis`, `Kafka`, ...). */
  readonly protocol: string;
  /** Destination ports; empty where the table says the port is negotiated or defined elsewhere. */
  readonly ports: number[];
  /** The port cell when it is not a plain list of numbers (`Negotiated`, `Kafka config`, ...). */
  readonly portNote?: string;
  /** Classification as printed. */
  readonly classification: ConnectionClass;
  /** What travels on the connection, in a few words. */
  readonly purpose: string;
  /** A remark on the row: a direction printed backwards, a reading chosen for an uncertain cell. */
  readonly note?: string;
  /** Guide, section and row. */
  readonly source: string;
}

/** A Kubernetes PriorityClass the guide asks for (003 §7.4). */
export interface PriorityClassFact {
  /** The priority level. */
  readonly level: PriorityLevel;
  /** PriorityClass name the services' `priorityClassName` refers to. */
  readonly name: string;
  /** PriorityClass value. */
  readonly value: number;
  /** When to use the class, in a sentence. */
  readonly description: string;
  /** Guide and section. */
  readonly source: string;
}

/** A node pool of 003 §1.10. */
export interface NodePoolFact {
  /** The pool. */
  readonly pool: NodePool;
  /** What runs on the pool. */
  readonly purpose: string;
  /** Memory (GB) per vCPU, where the guide gives it. */
  readonly memoryPerVcpuGb?: number;
  /** Minimum drain time in minutes before a node of this pool is removed, where the guide gives it. */
  readonly minDrainMinutes?: number;
  /** True when a unit may do without the pool. */
  readonly optional: boolean;
  /** Guide and section. */
  readonly source: string;
}

/** What a storage class offers, independent of the cloud (003 §4.3). */
export enum StorageRole {
  /** Node disk for scratch data and logs: HostPath on AKS, emptyDir on GKE. Not a StorageClass. */
  NODE_LOCAL = 'node-local',
  /** Single-zone block volume, standard performance (ReadWriteOnce). */
  RWO_STANDARD = 'rwo-standard',
  /** Single-zone block volume, premium SSD (ReadWriteOnce). */
  RWO_PREMIUM = 'rwo-premium',
  /** Shared file volume, replicated within one zone (ReadWriteMany). */
  RWX_LOCAL = 'rwx-local',
  /** Shared file volume, replicated across zones (ReadWriteMany). */
  RWX_REDUNDANT = 'rwx-redundant',
}

/** A storage class of 003 §4, for one platform. */
export interface StorageClassFact {
  /** The platform the class belongs to. */
  readonly platform: KubernetesPlatform;
  /** What the class offers, independent of the cloud. */
  readonly role: StorageRole;
  /** The class name the guide gives; the services' charts refer to it. */
  readonly name: string;
  /** CSI provisioner; undefined for node-local storage, which no StorageClass provisions. */
  readonly provisioner?: string;
  /** StorageClass parameters. */
  readonly parameters: Record<string, string>;
  /** True when the volumes can be mounted by many pods at once (ReadWriteMany). */
  readonly readWriteMany: boolean;
  /**
   * True when the cloud already creates a class of this name in every cluster, so the library must
   * not create it again (GKE's built-in `standard-rwo`, `premium-rwo` and, with the Filestore CSI
   * driver on, `standard-rwx`).
   */
  readonly builtIn: boolean;
  /** The storage type the guide names. */
  readonly storageType: string;
  /** Guide and section. */
  readonly source: string;
}

/** One of the Voice Redis services registered in Consul (000 §2.2). */
export interface VoiceRedisFact {
  /** Name of the headless Service and Endpoints, and of the Consul service, e.g. `redis-agent-state`. */
  readonly name: string;
  /** Secret holding the credentials, in namespace `voice`, e.g. `redis-agent-token`. */
  readonly secretName: string;
  /** Key within the Secret; its value is JSON `{"password":"..."}`. */
  readonly secretKey: string;
  /** Catalogue ids of the services that use it. */
  readonly consumers: string[];
  /** Guide and section. */
  readonly source: string;
}

/** Which Voice services produce to and consume from Kafka (000 §2.3). */
export interface KafkaRoleFact {
  /** Catalogue service id. */
  readonly service: string;
  /** True when the service produces to Kafka. */
  readonly produces: boolean;
  /** True when the service consumes from Kafka. */
  readonly consumes: boolean;
  /** Guide and section. */
  readonly source: string;
}

/** How a Voice service's guide says to run it (000 §0, §3). */
export interface VoiceProfileFact {
  /** Catalogue service id. */
  readonly service: string;
  /** True for the guide's StatefulSets (ORS, RQ, SIP Cluster, SIP Proxy). */
  readonly statefulSet: boolean;
  /** CPU request. */
  readonly cpuRequest: string;
  /** CPU limit. */
  readonly cpuLimit: string;
  /** Memory request. */
  readonly memoryRequest: string;
  /** Memory limit. */
  readonly memoryLimit: string;
  /** Autoscaling CPU target, percent; undefined where the guide disables autoscaling. */
  readonly hpaCpuPercent?: number;
  /** Autoscaling memory target, percent; undefined where the guide disables autoscaling. */
  readonly hpaMemoryPercent?: number;
  /** Port that serves `/metrics`. */
  readonly metricsPort: number;
  /** Guide and section. */
  readonly source: string;
}

/** A service-to-service path the guides allow across regions, between units of one group. */
export interface CrossRegionPathFact {
  /** Calling side: a catalogue service id or product id. */
  readonly from: EndpointRef;
  /** Called side: a catalogue service id or product id. */
  readonly to: EndpointRef;
  /** Why the path crosses regions, in a few words. */
  readonly purpose: string;
  /** True when a service only reaches its namesake (the same tenant's Tenant Service) in other regions. */
  readonly sameServiceOnly: boolean;
  /** Guide and section. */
  readonly source: string;
}
