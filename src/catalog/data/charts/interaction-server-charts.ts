import { keys } from './value-keys';
import { ChartFact } from '../../chart-types';

const VENDOR = 'vendor: services/ixn/01_chart_ixn';

const PROBES = ['failureThreshold', 'initialDelaySeconds', 'periodSeconds', 'timeoutSeconds'];
const RESOURCES = ['limits.cpu', 'limits.memory', 'requests.cpu', 'requests.memory'];
const under = (prefix: string, leaves: string[]) => leaves.map((l) => `${prefix}.${l}`);

/**
 * The Interaction Server chart `ixn` (004 §1.2: one release `ixn-<tenant sid>` per tenant): it deploys
 * both catalogue services, `ixn` (the IXN Server and IXN Node pod) and `ixn-vqnode`, and is registered
 * under the first. Keys: the guide's parameter table (004 §3.1), the keys its sample uses beyond the
 * table (004 §3.1, second table) and the vendor's override values.
 */
export const INTERACTION_SERVER_CHART: ChartFact = {
  service: 'ixn',
  chart: 'ixn',
  chartVersion: '100.0.008+02',
  source: `004 §1.2; ${VENDOR}/chart.ver`,
  keys: [
    ...keys('004 §3.1', 'image.imagePullSecrets', 'image.pullPolicy', 'image.registry', 'ixnService.annotations',
      'ixnService.image.ixnNode.repository', 'ixnService.image.ixnNode.tag', 'ixnService.image.ixnServer.repository',
      'ixnService.image.ixnServer.tag', 'ixnService.image.logSidecar.enabled', 'ixnService.image.logSidecar.repository',
      'ixnService.image.logSidecar.tag',
      'ixnService.ixnNode.configNode.host', 'ixnService.ixnNode.configNode.port', 'ixnService.ixnNode.consul.host',
      'ixnService.ixnNode.consul.port', 'ixnService.ixnNode.consul.sslMode',
      ...under('ixnService.ixnNode.livenessProbe', PROBES), ...under('ixnService.ixnNode.readinessProbe', PROBES),
      'ixnService.ixnNode.ports.default', 'ixnService.ixnNode.redisOptions.tls.enabled',
      'ixnService.ixnNode.redisOptions.tls.rejectUnauthorized', 'ixnService.ixnNode.redis',
      ...under('ixnService.ixnNode.resources', RESOURCES), 'ixnService.ixnNode.settings.file', 'ixnService.ixnNode.settings.mountPath',
      'ixnService.ixnNode.volumeMounts',
      'ixnService.ixnServer.confServer.appName', 'ixnService.ixnServer.confServer.host', 'ixnService.ixnServer.confServer.port',
      'ixnService.ixnServer.db.connectionString', 'ixnService.ixnServer.db.engine', 'ixnService.ixnServer.db.host',
      'ixnService.ixnServer.db.name', 'ixnService.ixnServer.db.optionBlobChunkSize', 'ixnService.ixnServer.db.optionReconnectPause',
      'ixnService.ixnServer.db.port', 'ixnService.ixnServer.db.schemaName', 'ixnService.ixnServer.jvmOptions.*',
      ...under('ixnService.ixnServer.livenessProbe', PROBES), ...under('ixnService.ixnServer.readinessProbe', PROBES),
      'ixnService.ixnServer.startupProbe.failureThreshold', 'ixnService.ixnServer.startupProbe.periodSeconds',
      'ixnService.ixnServer.logStorage.mountPath', 'ixnService.ixnServer.logStorage.storageClassName',
      'ixnService.ixnServer.logStorage.storageSize', 'ixnService.ixnServer.logStorage.volume',
      'ixnService.ixnServer.ports.default', 'ixnService.ixnServer.ports.health',
      ...under('ixnService.ixnServer.resources', RESOURCES),
      'ixnService.ixnServer.secrets.db.enabled', 'ixnService.ixnServer.secrets.db.password',
      'ixnService.ixnServer.secrets.db.secretName', 'ixnService.ixnServer.secrets.db.username',
      'ixnService.ixnServer.serviceAccount.create', 'ixnService.ixnServer.serviceAccount.name', 'ixnService.ixnServer.volumeMounts',
      'ixnService.labels', 'ixnService.logSidecar.ports.health', ...under('ixnService.logSidecar.resources', RESOURCES),
      'ixnService.logSidecar.settings.enableHealthPort', 'ixnService.nodeSelector', 'ixnService.priorityClassName',
      'ixnService.prometheus.podMonitor.enabled', 'ixnService.prometheus.podMonitor.targetLabels', 'ixnService.securityContext',
      'ixnService.service.enabled', 'ixnService.volumes',
      'ixnVQNode.annotations', 'ixnVQNode.image.ixnVQNode.repository', 'ixnVQNode.image.ixnVQNode.tag', 'ixnVQNode.labels',
      ...under('ixnVQNode.livenessProbe', PROBES), ...under('ixnVQNode.readinessProbe', PROBES), 'ixnVQNode.nodeSelector',
      'ixnVQNode.ports.default', 'ixnVQNode.ports.health', 'ixnVQNode.priorityClassName', 'ixnVQNode.prometheus.podMonitor.enabled',
      'ixnVQNode.prometheus.podMonitor.targetLabels', ...under('ixnVQNode.resources', RESOURCES), 'ixnVQNode.securityContext',
      'ixnVQNode.serviceAccount.create', 'ixnVQNode.serviceAccount.name', 'ixnVQNode.volumeMounts',
      'podAnnotations', 'podLabels', 'replicaCount', 'tenant.id', 'tenant.sid'),
    ...keys('004 §3.2', 'ixnService.prometheus.monitoringService.enabled', 'ixnVQNode.prometheus.monitoringService.enabled',
      'ixnService.ixnServer.dbinit.enabled', 'ixnService.ixnNode.dbinit.enabled', 'ixnService.ixnNode.storingSessions.enabled',
      'ixnService.ixnNode.db.host', 'ixnService.ixnNode.db.port', 'ixnService.ixnNode.db.name',
      'ixnService.ixnNode.db.options.keepAlive', 'ixnService.ixnNode.db.options.keepAliveInitialDelayMillis',
      'ixnService.ixnNode.db.options.ssl', 'ixnService.ixnNode.secrets.db.enabled', 'ixnService.ixnNode.secrets.db.secretName',
      'ixnService.ixnNode.secrets.db.username', 'ixnService.ixnNode.secrets.db.password', 'ixnVQNode.volumes'),
    ...keys(`${VENDOR}/override_values.yaml`, 'ixnService.ixnServer.serviceq.create', 'ixnService.ixnServer.serviceq.name'),
  ],
};
