/**
 * Facts of the CX Contact guide (002) that the `CxContact` construct reads: the components and which
 * of them autoscale, the shared volume, the ingress annotations, the compliance data provider
 * settings, the data-store rules and the tenant provisioning Job. The metrics ports are in the
 * service catalogue (`services-engagement.ts`), how they are scraped in `scrape.ts`.
 *
 * Each OCR slip or contradiction of the guide is resolved once, here, with the reading chosen.
 */

/** One CX Contact component (002 §1.1). */
export interface CxContactComponentFact {
  /** Catalogue id, e.g. `cxc-list-builder`. */
  readonly id: string;
  /** The guide's abbreviation, e.g. `LB`. */
  readonly abbreviation: string;
  /** True for the two components with an autoscaler ("HPA supported"). */
  readonly autoscaled: boolean;
  /** True when the component runs only with Nexus configured (Dial Manager). */
  readonly needsNexus: boolean;
  /** True for the UI, which has no metrics endpoint. */
  readonly ui: boolean;
}

/**
 * The seven back-end components and the UI (002 §1.1). "8 CX Contact components in total (7, if you
 * have not defined Nexus for digital outbound)": Dial Manager is the one that is off without Nexus.
 * "CX Contact supports Horizontal Pod Autoscaler (HPA) for Compliance Manager and Dial Manager."
 */
export const CXC_COMPONENTS: CxContactComponentFact[] = [
  { id: 'cxc-api-aggregator', abbreviation: 'APIA', autoscaled: false, needsNexus: false, ui: false },
  { id: 'cxc-campaign-manager', abbreviation: 'CM', autoscaled: false, needsNexus: false, ui: false },
  { id: 'cxc-compliance-manager', abbreviation: 'CoM', autoscaled: true, needsNexus: false, ui: false },
  { id: 'cxc-dial-manager', abbreviation: 'DM', autoscaled: true, needsNexus: true, ui: false },
  { id: 'cxc-job-scheduler', abbreviation: 'JS', autoscaled: false, needsNexus: false, ui: false },
  { id: 'cxc-list-builder', abbreviation: 'LB', autoscaled: false, needsNexus: false, ui: false },
  { id: 'cxc-list-manager', abbreviation: 'LM', autoscaled: false, needsNexus: false, ui: false },
  { id: 'cxc-ui', abbreviation: 'UI', autoscaled: false, needsNexus: false, ui: true },
];

/**
 * Pods per component: `cxcontact.replicas: 2` of the minimal override sample, which the chart applies
 * to every component; CX Contact runs "N = N (N+1)" (002 §3.3, §5).
 */
export const CXC_REPLICAS = { replicas: 2, source: '002 §3.3; 002 §5' } as const;

/**
 * The shared ReadWriteMany volume (002 §1.2, §3.2 `storage.pvc.*`).
 *
 * Reading chosen: the sample sets `size: 10Gi`, but "The minimal recommended PVC size is 100GB" and
 * "For persistent volume claims in production, Genesys recommends 100-200 GB". The sample is a lab
 * value: 100Gi.
 */
export const CXC_STORAGE = {
  /** `storage.pvc.name`. */
  claimName: 'cxc-claim',
  /** Recommended minimum. */
  size: '100Gi',
  /** "The Helm chart creates the ReadWriteMany (RWX) Persistent Volume Claim". */
  readWriteMany: true,
  source: '002 §1.2; 002 §3.2',
} as const;

/**
 * The ingress (002 §1.3, §3.3). "The CX Contact UI requires Session Stickiness. Use ingress-nginx";
 * the chart's default annotations are the stickiness for ingress-nginx.
 *
 * Reading chosen: the external ingress carries the frontend annotations, the internal one the backend
 * annotations, as the sample's `ingress` and `internal_ingress` blocks do.
 */
export const CXC_INGRESS = {
  /** `ingress.cxc_frontend` sample: `cxc.apps.<domain>`. */
  frontendHostLabel: 'cxc',
  /** `internal_ingress.cxc_backend` sample: `cxc-int.apps.<domain>`. */
  backendHostLabel: 'cxc-int',
  frontendAnnotations: {
    'nginx.ingress.kubernetes.io/affinity': 'cookie',
    'nginx.ingress.kubernetes.io/session-cookie-samesite': 'Lax',
    'nginx.ingress.kubernetes.io/session-cookie-name': 'cxc-session-cookie',
    'nginx.ingress.kubernetes.io/proxy-body-size': '0',
  } as Record<string, string>,
  backendAnnotations: {
    'nginx.ingress.kubernetes.io/proxy-body-size': '0',
    'nginx.ingress.kubernetes.io/ssl-redirect': 'false',
  } as Record<string, string>,
  /** Endpoints printed by the chart's NOTES: the UI and the API base path. */
  uiPath: '/ui/cxcontact/',
  apiPath: '/cx-contact/v3/',
  source: '002 §1.3; 002 §3.3',
} as const;

/**
 * Compliance Data Provider settings (002 §3.2 `cxcontact.compliance_data.*`).
 * "The gcloud_id and gcloud_secret parameters are required, but do not have default values."
 */
export const CXC_COMPLIANCE_DATA = {
  ngUrl: 'https://api.usw2.pure.cloud/api/v2/outbound/compliancedata',
  ngAuthUrl: 'https://login.usw2.pure.cloud/oauth/token',
  /** `embedded_basepath`, read as `LIST_BUILDER_DATA_EMBEDDED_BASEPATH`. */
  ngEmbeddedBasePath: '/list_builder/data/ng_init_data',
  legacyEmbeddedBasePath: '/list_builder/data/init_data',
  ruleSet: { areacode: 'AU,CA,GB,NZ,US', geo: 'AU,CA,GB,NZ,US', postal: 'CA,GB,US', dnc: 'GB,US' } as Record<string, string>,
  source: '002 §3.2',
} as const;

/**
 * What CX Contact requires of its data stores (002 §2.1): "TLS 1.2 connectivity is required for all
 * connections to databases (Redis, PostgreSQL, and Elasticsearch) and connections must be
 * authenticated using credentials."
 *
 * Readings chosen:
 * - The guide's own sample uses `http://` for Elasticsearch and leaves Redis TLS off; the rule is
 *   stated as a requirement, the sample is a lab: TLS is required for all three.
 * - Authenticated Elasticsearch contradicts the platform guide, "Private edition does not currently
 *   support authentication for Elasticsearch or OpenSearch" (003 §1.11). The platform guide decides
 *   what private edition supports, and `ElasticsearchCluster` already refuses credentials: no
 *   Elasticsearch credentials.
 */
export const CXC_DATA_STORES = { tlsRequired: true, source: '002 §2.1; 003 §1.11' } as const;

/**
 * CX Contact is not on the Consul service mesh: the platform guide lists the Consul users as GAuth,
 * GWS, GES, Tenant Service and Voice (003 §3.3), and the CX Contact guide never mentions Consul; its
 * traffic arrives through ingress-nginx and plain Services (002 §2.3).
 */
export const CXC_MESH = { inject: false, source: '003 §3.3; 002 §2.3' } as const;

/**
 * Tenant provisioning (002 §4.2): the chart runs one Job per tenant, `cxc-provisioning-<index>`, with
 * container `cxc-provisioning`, configured from `tenant_provisioning.tenants[]`.
 *
 * `primary_host` "must match the configServers.primaryAddress parameter in the GWS environment": the
 * tenant's Configuration Server, the Tenant Service `tenant-<uuid>` (`...voice.svc.cluster.local` in
 * the sample output), so the construct derives it from the tenant id.
 *
 * Reading chosen: whether `short_tenant_name`, `customer_name` and `domain` sit under `configserver`
 * or beside it is lost with the indentation; they describe the tenant, not its Configuration Server,
 * so they are tenant fields.
 */
export const CXC_PROVISIONING = {
  jobNamePrefix: 'cxc-provisioning-',
  containerName: 'cxc-provisioning',
  /** `configserver.primary_port`. */
  primaryPort: 8888,
  /** `configserver.location` example; "corresponds to gws_configuration ENV GWS_CONFIGURATION_COMMON_LOCATION". */
  location: '/USW1',
  /** `configserver.username` example; the user must exist. */
  configServerUser: 'default',
  serverAppName: 'CloudCluster',
  clientAppName: 'Cloud',
  ocsName: 'OCS',
  ocsDapName: 'OCSDAP',
  createEnvironment: true,
  updateAppOptions: true,
  source: '002 §4.2',
} as const;

/**
 * Defaults of the GWS and GAuth endpoints (002 §3.3 `gws.core.*`, `gws.platform.*`): the internal
 * Services on port 80. `gws.frontend_host`, the external GAuth URL for SSO, has no default.
 */
export const CXC_GWS_DEFAULTS = {
  coreAuth: 'http://gauth-auth.gauth:80',
  coreEnvironment: 'http://gauth-environment.gauth:80',
  platform: 'http://gws-service-proxy.gws:80',
  /** The GWS services under `gws.platform`, each at the platform URL. */
  platformServices: ['ocs', 'configuration', 'statistics', 'setting', 'voice'],
  frontendPort: 443,
  source: '002 §3.3',
} as const;

/**
 * The registry folder of the CX Contact images: the vendor's values set `image.registry:
 * $IMAGE_REGISTRY/cxcontact` (the guide names no image, 002 §1.1).
 */
export const CXC_REGISTRY_FOLDER = { folder: 'cxcontact', source: 'vendor: services/cxc/01_chart_cxcontact/override_values.yaml' } as const;

/** `cxcontact.log.level` of the sample (002 §3.2). */
export const CXC_LOG_LEVEL = 'info';
