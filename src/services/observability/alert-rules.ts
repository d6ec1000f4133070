import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { InstanceScope } from './instance-scope';
import { AlertFact } from '../../catalog';
import { GenesysService } from '../../charts';
import { PrometheusRule, PrometheusRuleSpecGroupsRulesExpr } from '../../imports/prometheusrule-monitoring.coreos.com';

/** Label every rule carries with the catalogue id of its service, as the GES guide's rules carry `service`. */
export const SERVICE_LABEL = 'service';
/** Label with the alert's severity, lower case (`critical`, `warning`, `info`, `high`). */
export const SEVERITY_LABEL = 'severity';

/**
 * One PrometheusRule, `<name>-alerts` in the service's namespace, with one group named after the
 * service holding every alert its guide defines, scoped to this instance's pods.
 */
export function alertRules(scope: Construct, service: GenesysService, alerts: AlertFact[], labels: Record<string, string>): ApiObject {
  const instance = new InstanceScope(service);
  return new PrometheusRule(scope, `${service.namespace}-${service.name}-alerts`, {
    metadata: { name: `${service.name}-alerts`, namespace: service.namespace, labels },
    spec: {
      groups: [
        {
          name: service.name,
          rules: alerts.map((a) => ({
            alert: a.name,
            expr: PrometheusRuleSpecGroupsRulesExpr.fromString(instance.render(a.expr)),
            for: a.duration,
            labels: { [SEVERITY_LABEL]: a.severity, [SERVICE_LABEL]: a.service },
            annotations: { summary: a.summary, description: a.description },
          })),
        },
      ],
    },
  });
}
