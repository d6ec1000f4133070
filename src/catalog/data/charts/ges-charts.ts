import { keys } from './value-keys';
import { ChartFact } from '../../chart-types';

const VENDOR = 'vendor: services/ges/02_chart_ges';

/**
 * The GES chart (001 §3.1 parameter table, §3.2 sample values; the vendor's override values). Every
 * value lives under `ges.` (001 §3). The guide's table and the vendor agree on the key spellings with
 * underscores (`internal_port`, `redis_host`, `min_ready_seconds`); the sample's spaces are OCR.
 *
 * Readings chosen:
 * - Fewest HPA pods: the table names `ges.deployment.hpa.minimumReplicas`, the guide's sample and the
 *   vendor's override both write `mimimumReplicas`. Both are listed; the library writes both, so the
 *   chart reads the bound whichever spelling its template uses.
 * - The DevOps roles: the table says `devopsAccessGroups`, the sample and the vendor `devOpsAccessGroups`:
 *   the vendor's spelling is what the chart reads; both are listed so a user's override of either is taken.
 * - The external route: the guide's table documents only `ges.ingress.ingressint`; the vendor's AKS and
 *   GKE overrides also set `ges.ingress.ingressext` with the same fields.
 * - The priority class: the vendor sets `ges.priorityClassName` (the guide's sample prints it without
 *   its parent): the vendor's path.
 * - `ges.labels.serviceLabels` is printed `servicelLabels` in both the table and the sample; the
 *   library neither writes nor lists it.
 */
export const GES_CHART: ChartFact = {
  service: 'ges',
  chart: 'ges',
  // The guide: "Ensure that the version of GES and the Helm chart match" (001 §4.6).
  chartVersion: '100.0.002+0010',
  source: `001 §1.1; ${VENDOR}/chart.ver`,
  keys: [
    ...keys('001 §3.1', 'ges.labels.globalLabels', 'ges.labels.podLabels',
      'ges.annotations.globalAnnotations', 'ges.annotations.podAnnotations',
      'ges.configMap.env.log.level', 'ges.configMap.env.log.max_len', 'ges.configMap.env.log.maxLen',
      'ges.configMap.env.server.internal_port', 'ges.configMap.env.server.external_port', 'ges.configMap.env.server.internal_url',
      'ges.configMap.env.regionAffinity', 'ges.configMap.env.devopsAccessGroups', 'ges.configMap.env.decrypt_password',
      'ges.configMap.integrations.redis.host', 'ges.configMap.integrations.redis.port', 'ges.configMap.integrations.redis.secure',
      'ges.configMap.integrations.db.host', 'ges.configMap.integrations.db.name', 'ges.configMap.integrations.db.secure',
      'ges.configMap.integrations.gws.auth', 'ges.configMap.integrations.gws.env', 'ges.configMap.integrations.gws.conf',
      'ges.configMap.integrations.gws.public_auth',
      'ges.configMap.integrations.vmcs.redis_host', 'ges.configMap.integrations.vmcs.redis_port',
      'ges.configMap.integrations.vmcs.redis_cluster_mode', 'ges.configMap.integrations.vmcs.redis_stream_name',
      'ges.configMap.integrations.vmcs.ors_redis_location',
      'ges.deployment.enableServiceLinks', 'ges.deployment.image.imagePullSecrets', 'ges.deployment.image.imagePullPolicy',
      'ges.deployment.image.registry', 'ges.deployment.image.name', 'ges.deployment.image.version',
      'ges.deployment.hpa.enabled', 'ges.deployment.hpa.maximumReplicas', 'ges.deployment.hpa.minimumReplicas',
      'ges.deployment.hpa.targetMetrics', 'ges.deployment.hpa.behavior', 'ges.deployment.env', 'ges.deployment.envFrom',
      'ges.deployment.min_ready_seconds', 'ges.deployment.dnsConfig', 'ges.deployment.replicas', 'ges.deployment.nodeSelector',
      'ges.resources.limits', 'ges.resources.requests',
      'ges.ingress.ingressint.enabled', 'ges.ingress.ingressint.annotations', 'ges.ingress.ingressint.hosts',
      'ges.ingress.ingressint.paths', 'ges.ingress.ingressint.tls',
      'ges.monitoring.prometheus.use_service_monitor', 'ges.monitoring.grafana.enabled',
      'ges.podDisruptionBudget.enabled', 'ges.podDisruptionBudget.strategy',
      'ges.secrets.volumeMounts.enabled', 'ges.secrets.volumeMounts.list', 'ges.secrets.volumes.enabled', 'ges.secrets.volumes.list',
      'ges.secrets.configFolders', 'ges.service.port_external', 'ges.service.port_internal', 'ges.service.type',
      'ges.tolerations', 'ges.affinity'),
    ...keys('001 §3.2', 'ges.servicename', 'ges.configMap.env.extendEnv'),
    ...keys(`${VENDOR}/override_values.yaml`, 'ges.configMap.env.devOpsAccessGroups', 'ges.configMap.env.azureDeployment',
      'ges.configMap.integrations.gws.stats', 'ges.deployment.hpa.mimimumReplicas', 'ges.deployment.update_strategy', 'ges.priorityClassName',
      'ges.monitoring.prometheus.enabled', 'ges.monitoring.grafana.useConfigMaps', 'ges.monitoring.newRelic.enabled'),
    ...keys(`${VENDOR}/override_values_aks.yaml`, 'ges.ingress.networkPolicies.enabled', 'ges.ingress.ingressint.ingressClassName',
      'ges.ingress.ingressext.enabled', 'ges.ingress.ingressext.annotations', 'ges.ingress.ingressext.ingressClassName',
      'ges.ingress.ingressext.hosts', 'ges.ingress.ingressext.paths', 'ges.ingress.ingressext.tls'),
    ...keys(`${VENDOR}/01_release_ges/override_values.yaml`, 'ges.ambassador.enabled'),
  ],
};
