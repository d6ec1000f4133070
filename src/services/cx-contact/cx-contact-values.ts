import { CxContactComplianceProvider, CxContactProps, CxContactTenantProps } from './cx-contact-props';
import { Catalog, StorageRole } from '../../catalog';
import { CXC_COMPLIANCE_DATA, CXC_GWS_DEFAULTS, CXC_INGRESS, CXC_LOG_LEVEL, CXC_PROVISIONING, CXC_REGISTRY_FOLDER, CXC_REPLICAS, CXC_STORAGE } from '../../catalog/data/cx-contact-facts';
import { ChartContext } from '../../charts/chart-context';

/** The frontend TLS Secret when none is named. */
export const DEFAULT_TLS_SECRET = 'cxc-tls';

/**
 * `<scheme>://<host>` and the port of a URL, as the chart takes them (`host`, `port`). A URL that does
 * not parse is passed through whole and reported by the checks.
 */
export function hostAndPort(url: string): { host: string; port: number } {
  const match = /^(https?):\/\/([^/:\s]+)(?::(\d+))?/.exec(url);
  if (!match) return { host: url, port: 0 };
  return { host: `${match[1]}://${match[2]}`, port: match[3] ? Number(match[3]) : (match[1] === 'https' ? 443 : 80) };
}

/** The GWS and Genesys Authentication endpoints (`gws.*`, 002 §3.2, §3.3). */
function gwsValues(props: CxContactProps): { [key: string]: any } {
  const gws = props.gws;
  const platform = hostAndPort(gws.platformUrl ?? CXC_GWS_DEFAULTS.platform);
  return {
    frontend_host: gws.frontendUrl,
    frontend_port: gws.frontendPort ?? CXC_GWS_DEFAULTS.frontendPort,
    core: {
      auth: hostAndPort(gws.coreAuthUrl ?? CXC_GWS_DEFAULTS.coreAuth),
      environment: hostAndPort(gws.coreEnvironmentUrl ?? CXC_GWS_DEFAULTS.coreEnvironment),
    },
    platform: Object.fromEntries(CXC_GWS_DEFAULTS.platformServices.map((s) => [s, platform])),
  };
}

/** `cxcontact.compliance_data` (002 §3.2): CDP NG with its URLs and rule sets, or the legacy provider. */
function complianceValues(props: CxContactProps): { [key: string]: any } {
  const cdp = props.complianceData ?? {};
  if ((cdp.provider ?? CxContactComplianceProvider.NEXT_GENERATION) === CxContactComplianceProvider.LEGACY) {
    const off = { url: false, gcloud_auth: false, gcloud_id: false, gcloud_secret: false };
    return { cdp_ng: { ...off, embedded_basepath: CXC_COMPLIANCE_DATA.legacyEmbeddedBasePath } };
  }
  return {
    cdp_ng: {
      url: cdp.url ?? CXC_COMPLIANCE_DATA.ngUrl,
      gcloud_auth: cdp.authUrl ?? CXC_COMPLIANCE_DATA.ngAuthUrl,
      embedded_basepath: CXC_COMPLIANCE_DATA.ngEmbeddedBasePath,
      rule_set: { ...CXC_COMPLIANCE_DATA.ruleSet, ...cdp.ruleSet },
    },
  };
}

/**
 * The Configuration Server of a tenant, which `primary_host` must name (002 §4.2): the Tenant Service
 * `tenant-<uuid>` in its namespace, as in the guide's `tenant-9350e2fc-....voice.svc.cluster.local`.
 */
export function tenantConfigServerHost(tenantId: string): string {
  return `tenant-${tenantId}.${Catalog.service('tenant').namespace}.svc.cluster.local`;
}

/** One `tenant_provisioning.tenants[]` item with the guide's defaults; its password is passed at install. */
function tenantValues(t: CxContactTenantProps): { [key: string]: any } {
  const p = CXC_PROVISIONING;
  return {
    configserver: {
      create_environment: t.createEnvironment ?? p.createEnvironment,
      primary_host: tenantConfigServerHost(t.tenantId),
      primary_port: p.primaryPort,
      ...(t.backupHost !== undefined ? { backup_host: t.backupHost } : {}),
      ...(t.backupPort !== undefined ? { backup_port: t.backupPort } : {}),
      username: t.configServerUser ?? p.configServerUser,
      location: t.location ?? p.location,
      server_app_name: t.serverAppName ?? p.serverAppName,
      client_app_name: t.clientAppName ?? p.clientAppName,
      ocs_name: t.ocsName ?? p.ocsName,
      ocs_dap_name: t.ocsDapName ?? p.ocsDapName,
      update_app_options: t.updateAppOptions ?? p.updateAppOptions,
    },
    short_tenant_name: t.shortTenantName,
    customer_name: t.customerName,
    domain: t.domain,
  };
}

/** `ingress` and `internal_ingress` (002 §1.3): hosts, the chart's annotations (stickiness), TLS. */
function ingressValues(props: CxContactProps): { [key: string]: any } {
  const ingress = props.ingress;
  if (!ingress) return { ingress: { enabled: false }, internal_ingress: { enabled: false } };
  const issuer: Record<string, string> = ingress.clusterIssuer ? { 'cert-manager.io/cluster-issuer': ingress.clusterIssuer } : {};
  const frontend = `${CXC_INGRESS.frontendHostLabel}.${ingress.domain}`;
  const internal = ingress.internalIngress ?? true;
  return {
    ingress: {
      enabled: true,
      tls_enabled: true,
      cxc_frontend: frontend,
      annotations: { ...issuer, ...CXC_INGRESS.frontendAnnotations },
      tls: [{ hosts: [frontend], secretName: ingress.tlsSecretName ?? DEFAULT_TLS_SECRET }],
    },
    internal_ingress: internal
      ? {
        enabled: true,
        tls_enabled: false,
        cxc_backend: `${CXC_INGRESS.backendHostLabel}.${ingress.domain}`,
        annotations: { ...CXC_INGRESS.backendAnnotations },
      }
      : { enabled: false },
  };
}

/**
 * The `cxcontact` chart's values (002 §1.3, §3.2, §3.3, §4.2; the vendor's override values),
 * computed from the props and the unit: registry and pull secrets, the tags asked for, replicas, log
 * level, the 500 security context, Redis and Elasticsearch, the GWS endpoints, the compliance data
 * provider, Nexus for Dial Manager, the shared ReadWriteMany claim the chart creates, the two
 * ingresses and the tenants to provision. Credentials are never written: the chart takes them as
 * plain values, which the operator passes at install (see `cxContactSecretValues`).
 */
export function cxContactValues(props: CxContactProps, ctx: ChartContext): { [key: string]: any } {
  const storage = props.storage ?? {};
  const es = hostAndPort(props.elasticsearch.url);
  const id = ctx.runAsId;
  return {
    image: {
      registry: props.imageRegistry ?? `${ctx.imageRegistry}/${CXC_REGISTRY_FOLDER.folder}`,
      ...(ctx.imagePullSecrets.length > 0 ? { imagePullSecrets: ctx.imagePullSecrets.map((name) => ({ name })) } : {}),
    },
    ...(props.imageTags ?? {}),
    securityContext: { runAsNonRoot: true, runAsUser: id, runAsGroup: id, fsGroup: id },
    cxcontact: {
      replicas: props.replicas ?? CXC_REPLICAS.replicas,
      log: { level: CXC_LOG_LEVEL },
      compliance_data: complianceValues(props),
      ...(props.nexus ? { override: { 'dial-manager': { enabled: true, nexus: { host: props.nexus.host, port: props.nexus.port } } } } : {}),
    },
    redis: {
      enabled: true,
      cluster: props.redis.clusterMode,
      nodes: `redis://${props.redis.host}:${props.redis.port}`,
      use_tls: props.redis.tls,
      requirepass: props.redis.credentials !== undefined,
    },
    elasticsearch: { enabled: true, host: es.host, port: es.port },
    gws: gwsValues(props),
    ...ingressValues(props),
    storage: {
      pvc: {
        enabled: true,
        create: true,
        name: CXC_STORAGE.claimName,
        size: storage.size ?? CXC_STORAGE.size,
        storageClassName: props.platform.storageClass(storage.storageRole ?? StorageRole.RWX_REDUNDANT).name,
      },
    },
    ...(props.provisioning
      ? { tenant_provisioning: { enabled: true, tenants: props.provisioning.tenants.map(tenantValues) } }
      : {}),
  };
}
