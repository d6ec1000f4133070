import { keys } from './value-keys';
import { ChartFact } from '../../chart-types';

const VENDOR = 'vendor: services/cxc/01_chart_cxcontact';

/**
 * The image tag keys of the chart's eight components, at the top of the values (the vendor's
 * provisioning release sets them: `cxc-amark-app: 100.0.029.0005.9042`, ...). The guide names no
 * image (002 §1.1).
 */
export const CXC_IMAGE_KEYS = [
  'cxc-amark-app', 'cxc-amark-ui', 'cxc-campaign-manager', 'cxc-compliance', 'cxc-dial-manager',
  'cxc-job-scheduler', 'cxc-list-builder', 'cxc-list-manager',
] as const;

/**
 * The CX Contact chart `cxcontact` (002 §1.1 "`cxcontact-<version>.tgz`", release `cxc`): one release
 * deploys every CX Contact component (the catalogue's `cxc-*` services), so the chart is registered
 * under the first of them. Keys: 002 §3.1–§3.3, §4.2 and the vendor's override values.
 *
 * Readings chosen:
 * - `core.*` and `platform.*`: the guide's table prints them at the top, the sample under `gws:`, and
 *   the vendor writes `gws.core.*` and `gws.platform.*`: under `gws`.
 * - Storage: the table says `storage.size` and `storage.storageClassName`, the sample and the vendor
 *   `storage.pvc.*`: the sample's and vendor's.
 * - The chart documents no node selector, priority class or tolerations ("not documented", 002 §1.1),
 *   so the library writes none.
 */
export const CX_CONTACT_CHART: ChartFact = {
  service: 'cxc-api-aggregator',
  chart: 'cxcontact',
  chartVersion: '031.0006.411',
  source: `002 §1.1; ${VENDOR}/chart.ver`,
  keys: [
    ...keys('002 §3.1', 'configserver.user_name', 'configserver.user_password', 'redis.nodes', 'redis.password',
      'elasticsearch.host', 'gws.client_id', 'gws.client_secret', 'gws.frontend_host', 'gws.frontend_port',
      'ingress.cxc_frontend', 'internal_ingress.cxc_backend'),
    ...keys('002 §3.2', 'cxcontact.replicas', 'cxcontact.log.level', 'cxcontact.log.log_to_file', 'cxcontact.log.log_rotation',
      'cxcontact.log.log_volume_config', 'cxcontact.compliance_data.cdp_url', 'cxcontact.compliance_data.cdp_ng.url',
      'cxcontact.compliance_data.cdp_ng.gcloud_auth', 'cxcontact.compliance_data.cdp_ng.gcloud_id',
      'cxcontact.compliance_data.cdp_ng.gcloud_secret', 'cxcontact.compliance_data.cdp_ng.embedded_basepath',
      'cxcontact.compliance_data.cdp_ng.rule_set.*',
      'cxcontact.override.dial-manager.enabled', 'cxcontact.override.dial-manager.nexus.host',
      'cxcontact.override.dial-manager.nexus.port', 'cxcontact.override.dial-manager.api_key',
      'monitoring.enabled', 'monitoring.dashboards', 'monitoring.alarms', 'monitoring.pagerduty',
      'redis.enabled', 'redis.cluster', 'redis.use_tls', 'redis.requirepass', 'elasticsearch.enabled', 'elasticsearch.port',
      'gws.core.auth.host', 'gws.core.auth.port', 'gws.core.environment.host', 'gws.core.environment.port',
      'gws.platform.*.host', 'gws.platform.*.port',
      'storage.pvc.enabled', 'storage.pvc.create', 'storage.pvc.keepAfterDeletion', 'storage.pvc.size', 'storage.pvc.name',
      'storage.pvc.storageClassName',
      'securityContext.runAsNonRoot', 'securityContext.runAsUser', 'securityContext.runAsGroup', 'securityContext.fsGroup'),
    ...keys('002 §1.3', 'ingress.enabled', 'ingress.tls_enabled', 'ingress.annotations', 'ingress.tls',
      'internal_ingress.enabled', 'internal_ingress.tls_enabled', 'internal_ingress.annotations', 'internal_ingress.tls'),
    ...keys('002 §4.2', 'tenant_provisioning.enabled', 'tenant_provisioning.gws_basic_auth_user',
      'tenant_provisioning.gws_basic_auth_pass', 'tenant_provisioning.tenants'),
    ...keys(`${VENDOR}/override_values.yaml`, 'image.registry', 'image.imagePullSecrets', 'cxcontact.deployDefaultInitContainer',
      'k8s_optional.podSecurityContext', 'k8s_optional.dnsDomain'),
    ...keys(`${VENDOR}/02_release_cxc/override_values.yaml`, ...CXC_IMAGE_KEYS),
  ],
};
