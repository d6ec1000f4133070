import { keys } from './value-keys';
import { ChartFact } from '../../chart-types';

const VENDOR = 'vendor: services/tenant/02_chart_tenant/override_values.yaml';
const VENDOR_RELEASE = 'vendor: services/tenant/02_chart_tenant/01_release_t100/override_values.yaml';

/**
 * The Tenant Service chart (`tenant`). The Voice guide names the service but not its values; the
 * vendor's published overrides are the documented interface: the tenant id, images, the tenant's
 * general settings, GWS (GAuth) endpoints, the database secret layout, Consul datacenters, the
 * Secrets it mounts, Redis mode and resources. Placement and priority as for every chart (003 §7).
 */
export const TENANT_CHART: ChartFact = {
  service: 'tenant',
  chart: 'tenant',
  chartVersion: '100.0.1000067',
  source: 'vendor: services/tenant/02_chart_tenant/chart.ver',
  keys: [
    ...keys(VENDOR, 'tenantid', 'serviceAccount.create', 'images.imagePullSecrets', 'images.registry', 'images.pullPolicy',
      'images.pulseInit', 'images.fluentBit', 'images.fluentBitCs', 'images.fluentBitOcs', 'images.fluentBitSs', 'images.fluentBitUrs',
      'tenant.deployment.type', 'tenant.deployment.nameOverride', 'tenant.general.location', 'tenant.general.upstreamServices',
      'tenant.general.sipDomain', 'tenant.general.environment', 'tenant.gws.enable', 'tenant.gws.authEndpoint', 'tenant.gws.envEndpoint',
      'tenant.pgdb.dbhost', 'tenant.pgdb.dbuser', 'tenant.pgdb.dbname', 'tenant.consul.masterdc', 'tenant.consul.homedc',
      'tenant.livenessProbe', 'tenant.readinessProbe', 'tenant.logging', 'tenant.secrets.pgdb.pwd', 'tenant.secrets.pgdb.volumes',
      'tenant.secrets.pgdb.mounts', 'tenant.secrets.consul', 'tenant.secrets.redis.configPwd', 'tenant.secrets.redis.streamPwd',
      'tenant.secrets.kafka', 'tenant.secrets.gws', 'tenant.redis.isCluster', 'tenant.resources.tenantContainer',
      'tenant.resources.initResources'),
    ...keys(VENDOR_RELEASE, 'images.tenant.tag', 'images.pgdbInit.tag', 'images.pgdbInit.enable', 'images.pulseInit.tag'),
    ...keys('003 §7.4', 'priorityClassName'),
    ...keys('003 §1.10', 'nodeSelector'),
    ...keys('003 §7', 'tolerations'),
  ],
};
