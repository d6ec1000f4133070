/**
 * Facts of the Genesys Engagement Service guide (001) that the `GenesysEngagementService` construct
 * reads: image, health endpoint, resources, scaling and rollout, the Service ports the
 * routes use, the two routes with their path allow-list and header rule, the three Secrets and the
 * folders GES reads them from, and the configuration defaults. The listening ports themselves
 * (3050, 2050) are in the service catalogue (`services-engagement.ts`).
 *
 * Each OCR slip or contradiction of the guide is resolved once, here, with the reading chosen.
 */

/** One Secret GES reads from a mounted folder (001 §3.3). */
export interface GesSecretFact {
  /** Secret name, as the guide's `kubectl create secret` commands name it. */
  readonly secretName: string;
  /** Volume name in the guide's `secrets.volumes.list`. */
  readonly volumeName: string;
  /** Folder the Secret is mounted at; it is one of `secrets.configFolders`. */
  readonly mountPath: string;
  /** Keys GES reads from it. */
  readonly keys: string[];
  /** Guide and section. */
  readonly source: string;
}

/** One path of the route allow-list (001 §1.5). */
export interface GesAllowedPathFact {
  /** The path as it should read (OCR slips corrected). */
  readonly path: string;
  /**
   * True when the path names one endpoint (matched exactly); false when it ends in `/` and stands
   * for everything below it (matched as a prefix).
   */
  readonly exact: boolean;
}

/** One of the two GES routes (001 §1.5, "Create routes for GES to use"). */
export interface GesRouteFact {
  /** Ingress name. */
  readonly name: string;
  /** Host label placed in front of the domain: `<label>.<domain>`. */
  readonly hostLabel: string;
  /** TLS Secret name. */
  readonly tlsSecretName: string;
  /** Service port the route forwards to. */
  readonly servicePort: number;
  /** Largest request body GES accepts on this side (`GES_INVALID_CONTENT_LENGTH`, 001 §6.4 #22). */
  readonly maxBodySize: string;
}

/** Container image of GES: `.Values.ges.deployment.image.name` (001 §1.1, §3.1). */
export const GES_IMAGE = { repository: 'genesys/ges', source: '001 §1.1; 001 §3.1' } as const;

/**
 * The health endpoint, on the internal port 3050 (catalogue port `http`), which also serves the
 * metrics (how they are scraped is in `scrape.ts`).
 */
export const GES_ENDPOINTS = {
  /** Catalogue port name of the internal port, which serves health and metrics. */
  portName: 'http',
  /** Catalogue port name of the external API port. */
  externalPortName: 'http-external',
  /** "health check APIs for GES (through the internal port query ges:3050/ges/v1/health/detail)". */
  healthPath: '/ges/v1/health/detail',
  source: '001 §1.3',
} as const;

/**
 * Requests and limits of the GES container (`ges.resources`, 001 §1.4).
 *
 * Readings chosen:
 * - CPU limit: the parameter table says `1250m`; the sample values file says `"12560m"`. Twelve and
 *   a half cores for a Node.js process that the sizing section puts on one vCPU (t3.medium) is a
 *   typing slip: `1250m`.
 * - CPU request: the table prints `75m`, the sample `500m`. The autoscaler targets 50% of the
 *   request; at 75m it would scale out at 38m of CPU, so every idle pod would look busy. The
 *   sample's `500m` fits the one-vCPU sizing and the 50% target: `500m`.
 */
export const GES_RESOURCES = {
  cpuRequest: '500m',
  cpuLimit: '1250m',
  memoryRequest: '512Mi',
  memoryLimit: '2048Mi',
  source: '001 §1.4',
} as const;

/**
 * Scaling, disruption and rollout of GES (001 §1.4, §5).
 *
 * Readings chosen:
 * - Fewest pods: the table's `minimumReplicas` default is 1, the sample sets 2 (under the misspelt
 *   key `mimimumReplicas`), the architecture says "There must be at least two GES nodes spread
 *   across availability zones" and alert `GES_UP` fires below two. Two.
 * - Most pods: illegible in the table; the sample's 5.
 */
export const GES_SCALING = {
  /** "at least two GES nodes spread across availability zones". */
  minReplicas: 2,
  /** `hpa.maximumReplicas` of the sample. */
  maxReplicas: 5,
  /** `targetMetrics`: CPU, `averageUtilization: 50`. */
  cpuUtilization: 50,
  /** "spread across availability zones": the node label the pods are spread over. */
  spreadTopologyKey: 'topology.kubernetes.io/zone',
  /** `hpa.behavior.scaleDown`: 60 s window, at most 1 pod per 30 s. */
  scaleDown: { stabilizationWindowSeconds: 60, pods: 1, periodSeconds: 30 },
  /** `hpa.behavior.scaleUp`: no window, at most 1 pod per 30 s, `selectPolicy: Max`. */
  scaleUp: { stabilizationWindowSeconds: 0, pods: 1, periodSeconds: 30 },
  /** `podDisruptionBudget.strategy`. */
  minAvailable: 1,
  /** `deployment.min_ready_seconds` (table and sample). */
  minReadySeconds: 300,
  /** `deployment.update_strategy.rollingUpdate`. */
  maxSurge: '100%',
  maxUnavailable: 1,
  /** `deployment.dnsConfig.options`: `ndots: "3"`. */
  dnsNdots: '3',
  /** `deployment.enableServiceLinks` default. */
  enableServiceLinks: false,
  source: '001 §1.4; 001 §3.2; 001 §5',
} as const;

/**
 * Ports of the Kubernetes Service `ges` that the routes forward to (001 §1.2, §1.5).
 *
 * Reading chosen: the parameter table gives `service.port_external` 80 and `service.port_internal`
 * 8080; the sample values file gives `port internal: 80` and `port external: 8080`, and so do both
 * route samples (external route to `ges:8080`, internal route to `ges:80`). The two routes must agree
 * with the Service, and `internal_url: ges.ges` (no port) and the DesignerEnv URL
 * `http://ges.ges.svc.cluster.local/genesys/` reach the internal API on 80: internal 80, external 8080.
 * The Service also keeps 3050 and 2050 themselves, which the guide's runbook (`ges:3050/...`) and the
 * connection table (Designer, Voice and Prometheus to GES on 3050) use.
 */
export const GES_SERVICE_PORTS = {
  /** Service port forwarded to the internal port 3050. */
  internal: 80,
  /** Service port forwarded to the external port 2050. */
  external: 8080,
  /** Names of those two Service ports. */
  internalName: 'web-internal',
  externalName: 'web-external',
  source: '001 §1.2; 001 §1.5; 001 §3.2',
} as const;

/**
 * The two routes (001 §1.5). The guide's samples also set `kubernetes.io/ingress.class: nginx`,
 * `ssl-redirect: 'false'`, `use-regex: 'true'` and a single `/.*` path; see `GES_ALLOWED_PATHS` for
 * why the external route lists paths instead.
 */
export const GES_ROUTES: { external: GesRouteFact; internal: GesRouteFact; source: string } = {
  external: { name: 'ges-ext-ingress', hostLabel: 'ges', tlsSecretName: 'ges-ingress-ext', servicePort: GES_SERVICE_PORTS.external, maxBodySize: '500k' },
  internal: { name: 'ges-int-ingress', hostLabel: 'ges-int', tlsSecretName: 'ges-secret-int', servicePort: GES_SERVICE_PORTS.internal, maxBodySize: '10m' },
  source: '001 §1.5; 001 §6.4 #22',
};

/**
 * The paths an ingress may forward to GES (001 §1.5, "Web application firewall rules"; the same list
 * is the default of `ingress.ingressint.paths`, "Omitting these paths could cause the external APIs
 * to break").
 *
 * Readings chosen:
 * - The seed prints `/lengagement/...` and once `lengagement/...` without the slash: OCR of
 *   `/engagement/...`, the Engagement API's base path (the `paths` row prints it correctly twice).
 * - The WAF rules say to "allow requests to only the following paths", while the route samples send
 *   `/.*` to GES. The samples show the mechanics, the rules say what may pass: the external route
 *   lists exactly these paths. The internal route is not internet-facing and keeps `/`.
 * - A path ending in `/` covers what is below it (prefix); the others are single endpoints (exact).
 */
export const GES_ALLOWED_PATHS: GesAllowedPathFact[] = [
  { path: '/ges/', exact: false },
  { path: '/engagement/v3/callbacks/create', exact: true },
  { path: '/engagement/v3/callbacks/cancel', exact: true },
  { path: '/engagement/v3/callbacks/retrieve', exact: true },
  { path: '/engagement/v3/callbacks/availability/', exact: false },
  { path: '/engagement/v3/callbacks/queue-status/', exact: false },
  { path: '/engagement/v3/callbacks/open-for/', exact: false },
  { path: '/engagement/v3/estimated-wait-time', exact: true },
  { path: '/engagement/v3/call-in/requests/create', exact: true },
  { path: '/engagement/v3/statistics/operations/get-statistic-ex', exact: true },
];

/** "ensure that the ccid or ContactCenterID headers on any incoming requests are empty" (001 §1.5). */
export const GES_CLEARED_HEADERS = { headers: ['ccid', 'ContactCenterID'], source: '001 §1.5' } as const;

/**
 * The three Secrets GES reads from folders (001 §3.2 `secrets.*`, §3.3), and `configFolders`, which
 * lists their mount paths.
 *
 * Readings chosen:
 * - The GES Redis password key is printed `REDIS-CACHEKEY` (Using secrets), `REDIS_CACHEKEY` (deploy
 *   step) and `REDIS CACHEKEY` (kubectl sample, an OCR space). The other keys of the same Secret use
 *   dashes (`DB-USER`, `DB-PASSWORD`): `REDIS-CACHEKEY`.
 * - The GWS client secret key is `AUTHENTICATION-CLIENT-SECRET` in the `kubectl create secret`
 *   command and `AUTHENTICATION-CLIENT-PASSWORD` in the prose. The command is what creates the
 *   Secret: `AUTHENTICATION-CLIENT-SECRET`.
 */
export const GES_SECRETS: { infra: GesSecretFact; orsStream: GesSecretFact; gwsClient: GesSecretFact } = {
  infra: {
    secretName: 'ges-secrets-infra',
    volumeName: 'secrets-infra',
    mountPath: '/secrets-infra',
    keys: ['DB-USER', 'DB-PASSWORD', 'REDIS-CACHEKEY'],
    source: '001 §3.3',
  },
  orsStream: {
    secretName: 'voice-redis-ors-stream',
    volumeName: 'secrets-ors',
    mountPath: '/secrets-ors',
    // JSON {"password", "port", "rejectUnauthorized" (required), "servername"}.
    keys: ['voice-redis-ors-stream'],
    source: '001 §3.3',
  },
  gwsClient: {
    secretName: 'gws-client-credentials',
    volumeName: 'secrets-gws',
    mountPath: '/secrets-gws',
    keys: ['AUTHENTICATION-CLIENT-ID', 'AUTHENTICATION-CLIENT-SECRET'],
    source: '001 §3.3',
  },
};

/** Key of `ges-secrets-infra` with the database password (the binding's key). */
export const GES_DB_PASSWORD_KEY = 'DB-PASSWORD';
/** Key of `ges-secrets-infra` with the database user (001 §3.3). */
export const GES_DB_USER_KEY = 'DB-USER';
/** Key of `ges-secrets-infra` with the GES Redis password. */
export const GES_REDIS_PASSWORD_KEY = 'REDIS-CACHEKEY';

/** Log levels of `configMap.env.log.level` (001 §3.1). */
export const GES_LOG_LEVELS = ['DEBUG', 'TRACE', 'ERROR', 'FATAL', 'INFO', 'WARN'] as const;

/**
 * Configuration defaults of `ges.configMap` (001 §3.1, §3.2).
 *
 * The guide's parameter table prints the log level default as `DIEHUIE`, OCR of the sample's
 * `DEBUG`. The library defaults to INFO instead (see `GenesysEngagementServiceProps.logLevel`).
 */
export const GES_CONFIG_DEFAULTS = {
  /** `server.internal_url`: "assumes GES is within the GES namespace". */
  internalUrl: 'ges.ges',
  /** `devopsAccessGroups`. */
  devopsAccessGroups: 'Platform Read Only,Platform Provisioning,Platform Internal Administrator',
  /** `log.max_len`. */
  logMaxLength: 2048,
  /** `integrations.vmcs.redis_stream_name`: the stream GES writes new callbacks to. */
  redisStreamName: 'NewCallbackStream',
  /** The Voice Redis service GES writes callbacks to (001 §2.1, §2.4 #11). */
  orsRedisName: 'redis-ors-stream',
  source: '001 §3.1; 001 §3.2',
} as const;

/**
 * The PostgreSQL port GES connects to: the chart takes the database host, name and TLS only
 * (`ges.configMap.integrations.db.*`, 001 §3.1), and the connection table gives 5432 (001 §2.4 #16).
 */
export const GES_DB_DEFAULT_PORT = 5432;
