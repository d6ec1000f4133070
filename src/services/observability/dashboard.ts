import { createHash } from 'crypto';
import { DashboardBuilder, DatasourceVariableBuilder, RowBuilder, ThresholdsConfigBuilder, ThresholdsMode } from '@grafana/grafana-foundation-sdk/dashboard';
import { DataqueryBuilder } from '@grafana/grafana-foundation-sdk/prometheus';
import { PanelBuilder } from '@grafana/grafana-foundation-sdk/timeseries';
import { PanelSpec, alertPanel, metricPanel, resourcePanels } from './dashboard-queries';
import { InstanceScope } from './instance-scope';
import { AlertFact, MetricFact } from '../../catalog';

/** The Grafana datasource variable every query reads. */
const DATASOURCE = 'datasource';

/** What one service dashboard is made from. */
export interface DashboardInput {
  /** The unit (cluster) id, part of the title and uid. */
  readonly unitId: string;
  /** The service as the guides name it, e.g. "Voice SIP Cluster Service". */
  readonly displayName: string;
  /** The deployed instance. */
  readonly instance: InstanceScope;
  /** The catalogue's metrics of the service. */
  readonly metrics: MetricFact[];
  /** The alerts written for the service. */
  readonly alerts: AlertFact[];
}

/** A Grafana uid (at most 40 characters), the same for the same unit and instance. */
export function dashboardUid(unitId: string, name: string): string {
  const plain = `gmcx-${unitId}-${name}`;
  if (plain.length <= 40) return plain;
  return `gmcx-${createHash('sha256').update(`${unitId}/${name}`).digest('hex').slice(0, 35)}`;
}

function panel(spec: PanelSpec, instance: InstanceScope, id: number): PanelBuilder {
  const datasource = { type: 'prometheus', uid: `\${${DATASOURCE}}` };
  const builder = new PanelBuilder()
    .id(id)
    .title(spec.title)
    .description(spec.description)
    .datasource(datasource)
    .unit(spec.unit)
    .height(8)
    .span(12)
    .withTarget(new DataqueryBuilder().datasource(datasource).expr(instance.render(spec.expr)).legendFormat(spec.legend).refId('A'));
  const t = spec.threshold;
  if (t) {
    const alarm = t.critical ? 'red' : 'orange';
    builder.thresholds(new ThresholdsConfigBuilder().mode(ThresholdsMode.Absolute).steps(t.above
      ? [{ value: null, color: 'green' }, { value: t.value, color: alarm }]
      : [{ value: null, color: alarm }, { value: t.value, color: 'green' }]));
  }
  return builder;
}

/**
 * The dashboard of one deployed service: a row with what each of its alerts compares and the
 * alert's threshold, a row with its containers' CPU, memory and restarts, and a row with every
 * metric the catalogue lists for it, all scoped to the instance's pods.
 */
export function serviceDashboard(input: DashboardInput): object {
  const { instance } = input;
  let id = 0;
  const builder = new DashboardBuilder(`${input.displayName}: ${instance.name} (${input.unitId})`)
    .uid(dashboardUid(input.unitId, instance.name))
    .tags(['genesys-multicloud', instance.serviceId, input.unitId])
    .description(`Generated from the catalogue's metrics and alerts of ${instance.serviceId}, namespace ${instance.namespace}, unit ${input.unitId}.`)
    .time({ from: 'now-6h', to: 'now' })
    .refresh('1m')
    .withVariable(new DatasourceVariableBuilder(DATASOURCE).label('Prometheus').type('prometheus'));
  const alertPanels = input.alerts.map(alertPanel).filter((p): p is PanelSpec => p !== undefined);
  if (alertPanels.length > 0) {
    builder.withRow(new RowBuilder('Alerts: the quantity each rule compares, with its threshold').id(++id));
    for (const spec of alertPanels) builder.withPanel(panel(spec, instance, ++id));
  }
  builder.withRow(new RowBuilder('Containers').id(++id));
  for (const spec of resourcePanels()) builder.withPanel(panel(spec, instance, ++id));
  if (input.metrics.length > 0) {
    builder.withRow(new RowBuilder('Service metrics').id(++id));
    for (const metric of input.metrics) builder.withPanel(panel(metricPanel(metric), instance, ++id));
  }
  return builder.build();
}
