import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { CxContactProps, CxContactTenantProps } from './cx-contact-props';
import { Catalog } from '../../catalog';
import { CXC_GWS_DEFAULTS, CXC_MESH, CXC_PROVISIONING } from '../../catalog/data/cx-contact-facts';
import { CONSUL_INJECT, ClusterChart, Labels } from '../../core';
import { checkProps } from '../../core/check-props';
import { KubeJob, Quantity } from '../../core/k8s';
import { SecretReference } from '../../datastores';

/** The guides' user, group and fsGroup (003 §3.5; CX Contact's `securityContext`, 002 §1.1). */
const GENESYS_ID = 500;
/** Requests and limits of the Job: the guide gives none; provisioning makes a few API calls. */
const JOB_RESOURCES = { cpuRequest: '100m', cpuLimit: '500m', memoryRequest: '128Mi', memoryLimit: '512Mi' };
/** Retries before the Job fails; provisioning is idempotent, "you can rerun the provisioning" (002 §4.2). */
const BACKOFF_LIMIT = 4;

/** Options of one tenant's provisioning Job. */
export interface CxContactProvisioningJobProps {
  /** Position of the tenant in the list: the Job is `cxc-provisioning-<index>`. */
  readonly index: number;
  /** The tenant. */
  readonly tenant: CxContactTenantProps;
  /** The whole CX Contact options. */
  readonly cxc: CxContactProps;
}

/**
 * One tenant's provisioning Job (002 §4.2): `cxc-provisioning-<index>`, container `cxc-provisioning`,
 * with the tenant's `tenant_provisioning` settings as environment variables (the values' names in upper
 * snake case; the guide does not name the variables) and its credentials read from Secrets by
 * reference. It creates or reuses the tenant's GWS environment on the tenant's Configuration Server,
 * `tenant-<uuid>.voice.svc.cluster.local`. Runs as 500:500:500, off the Consul mesh so that it can
 * finish, and is safe to run again.
 */
export class CxContactProvisioningJob extends Construct {
  /** The Job. */
  public readonly apiObject: ApiObject;
  /** Job name. */
  public readonly name: string;

  /**
   * @param scope the CX Contact construct
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: CxContactProvisioningJobProps) {
    checkProps(scope, 'CxContactProvisioningJobProps', props, id);
    super(scope, id);
    const { tenant, cxc } = props;
    const p = CXC_PROVISIONING;
    const provisioning = cxc.provisioning!;
    const cluster = ClusterChart.enclosing(this);
    this.name = `${p.jobNamePrefix}${props.index}`;
    const labels = { [Labels.NAME]: p.containerName, [Labels.INSTANCE]: this.name, [Labels.PRODUCT]: 'cxc' };
    const env: Array<{ name: string; value?: string; valueFrom?: any }> = Object.entries(tenantSettings(tenant))
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => ({ name, value: String(value) }));
    const fromSecret = (name: string, ref: SecretReference) =>
      env.push({ name, valueFrom: { secretKeyRef: { name: ref.secretName, key: ref.key } } });
    fromSecret('GWS_BASIC_AUTH_USER', provisioning.gwsBasicAuthUser);
    fromSecret('GWS_BASIC_AUTH_PASS', provisioning.gwsBasicAuthPassword);
    fromSecret('CONFIGSERVER_PASSWORD', tenant.configServerPassword);
    fromSecret('CONFIGSERVER_USER_PASSWORD', cxc.configServer.password);
    env.push({ name: 'GWS_CORE_ENVIRONMENT', value: cxc.gws.coreEnvironmentUrl ?? CXC_GWS_DEFAULTS.coreEnvironment });

    const registry = cxc.imageRegistry ?? cluster.imageRegistry;
    const q = (value: string) => Quantity.fromString(value);
    this.apiObject = new KubeJob(this, 'job', {
      metadata: { name: this.name, namespace: Catalog.product('cxc').namespace, labels },
      spec: {
        backoffLimit: BACKOFF_LIMIT,
        template: {
          metadata: { labels, annotations: { [CONSUL_INJECT]: String(CXC_MESH.inject) } },
          spec: {
            restartPolicy: 'Never',
            automountServiceAccountToken: false,
            priorityClassName: Catalog.service('cxc-api-aggregator').priorityClassName,
            imagePullSecrets: cluster.imagePullSecrets.length > 0 ? cluster.imagePullSecrets.map((name) => ({ name })) : undefined,
            securityContext: { runAsNonRoot: true, runAsUser: GENESYS_ID, runAsGroup: GENESYS_ID, fsGroup: GENESYS_ID },
            nodeSelector: { [Labels.NODE_POOL]: Catalog.service('cxc-api-aggregator').nodePool },
            containers: [
              {
                name: p.containerName,
                image: `${registry}/${provisioning.imageRepository ?? p.containerName}:${provisioning.version ?? cxc.version}`,
                env,
                resources: {
                  requests: { cpu: q(JOB_RESOURCES.cpuRequest), memory: q(JOB_RESOURCES.memoryRequest) },
                  limits: { cpu: q(JOB_RESOURCES.cpuLimit), memory: q(JOB_RESOURCES.memoryLimit) },
                },
                securityContext: {
                  runAsNonRoot: true,
                  runAsUser: GENESYS_ID,
                  runAsGroup: GENESYS_ID,
                  privileged: false,
                  allowPrivilegeEscalation: false,
                  capabilities: { drop: ['ALL'] },
                },
              },
            ],
          },
        },
      },
    });
  }
}

/**
 * The Configuration Server of a tenant, which `primary_host` must name (002 §4.2): the Tenant Service
 * `tenant-<uuid>` in its namespace, as in the guide's `tenant-9350e2fc-....voice.svc.cluster.local`.
 */
function tenantConfigServerHost(tenantId: string): string {
  return `tenant-${tenantId}.${Catalog.service('tenant').namespace}.svc.cluster.local`;
}

/** `tenant_provisioning.tenants[i]` with the guide's defaults filled in. */
function tenantSettings(t: CxContactTenantProps): Record<string, string | number | boolean | undefined> {
  const p = CXC_PROVISIONING;
  return {
    CONFIGSERVER_CREATE_ENVIRONMENT: t.createEnvironment ?? p.createEnvironment,
    CONFIGSERVER_PRIMARY_HOST: tenantConfigServerHost(t.tenantId),
    CONFIGSERVER_PRIMARY_PORT: p.primaryPort,
    CONFIGSERVER_BACKUP_HOST: t.backupHost,
    CONFIGSERVER_BACKUP_PORT: t.backupPort,
    CONFIGSERVER_USERNAME: t.configServerUser ?? p.configServerUser,
    CONFIGSERVER_LOCATION: t.location ?? p.location,
    CONFIGSERVER_SERVER_APP_NAME: t.serverAppName ?? p.serverAppName,
    CONFIGSERVER_CLIENT_APP_NAME: t.clientAppName ?? p.clientAppName,
    CONFIGSERVER_OCS_NAME: t.ocsName ?? p.ocsName,
    CONFIGSERVER_OCS_DAP_NAME: t.ocsDapName ?? p.ocsDapName,
    CONFIGSERVER_UPDATE_APP_OPTIONS: t.updateAppOptions ?? p.updateAppOptions,
    SHORT_TENANT_NAME: t.shortTenantName,
    CUSTOMER_NAME: t.customerName,
    DOMAIN: t.domain,
  };
}
