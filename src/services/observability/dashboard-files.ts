import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { serviceDashboard } from './dashboard';
import { InstanceScope } from './instance-scope';
import { AlertFact, Catalog } from '../../catalog';
import { GenesysService } from '../../charts';
import { ClusterChart } from '../../core';

/** The label the Grafana sidecar of kube-prometheus-stack looks for (`sidecar.dashboards.label`, value "1"). */
export const GRAFANA_DASHBOARD_LABEL = 'grafana_dashboard';

/** The folder of a unit's output with the dashboards as JSON files, for importing them by hand. */
export const DASHBOARD_FOLDER = 'dashboards';

/**
 * One service's dashboard, twice: as a ConfigMap labelled for the Grafana sidecar (in `namespace`,
 * else the service's), and as `dashboards/<name>.json` in the unit's output folder.
 */
export function dashboardFor(
  scope: Construct,
  cluster: ClusterChart,
  service: GenesysService,
  alerts: AlertFact[],
  labels: Record<string, string>,
  namespace?: string,
): ApiObject {
  const instance = new InstanceScope(service);
  const json = `${JSON.stringify(serviceDashboard({
    unitId: cluster.clusterId,
    displayName: service.info.displayName,
    instance,
    metrics: Catalog.metrics(service.info.id),
    alerts,
  }), null, 2)}\n`;
  cluster.addTextFile(`${DASHBOARD_FOLDER}/${service.name}.json`, json);
  const ns = namespace ?? service.namespace;
  return new ApiObject(scope, `${ns}-${service.name}-dashboard`, {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: `${service.name}-dashboard`, namespace: ns, labels: { ...labels, [GRAFANA_DASHBOARD_LABEL]: '1' } },
    data: { [`${service.name}.json`]: json },
  });
}
