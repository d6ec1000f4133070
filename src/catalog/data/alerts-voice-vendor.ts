import { AlertContext, POD, alert, configNodeFail, spoken } from './alert-builders';
import { AlertFact, AlertSeverity } from '../monitoring-types';
import { VOICE_VENDOR } from './metrics/voice';

const { CRITICAL, WARNING } = AlertSeverity;

/** The context of a vendor-sourced rule of a Voice service, and the rule's `vendorRule`. */
function vendorContext(service: string, what: string, file: string): { ctx: AlertContext; rule: (name: string) => { vendorRule: string } } {
  const path = `${VOICE_VENDOR}/alerts/${file}`;
  return { ctx: { service, what, source: `000 §6.3; vendor: ${path}` }, rule: (name) => ({ vendorRule: `${path}#${name}` }) };
}

/** The config node status gauge at 0 (disconnected, 000 §6.1) for 2 minutes (warning) and 5 minutes (critical). */
function configNodeDown(service: string, what: string, file: string, metric: string): AlertFact[] {
  const { ctx, rule } = vendorContext(service, what, file);
  return ([['2m', WARNING], ['5m', CRITICAL]] as const).map(([duration, severity]) => ({
    ...alert(ctx, {
      name: `Config node unavailable for ${spoken(duration)}`,
      severity,
      threshold: 0,
      expr: `${metric}{${POD}} == 0`,
      duration,
      summary: `${what} pod {{ $labels.pod }} has lost the config node for ${spoken(duration)}`,
      description: `Intent: say early that a pod cannot read configuration, before its callers notice. ${metric} is 0 (disconnected, 000 §6.1). Check the Config Service pods and the Envoy sidecar of this pod.`,
      basedOn: [metric],
      reading: 'The guide\'s table has no such alert; the vendor publishes it (warning at 2 minutes, critical at 5).',
    }),
    ...rule(`config_node_unavailable_for_${duration}`),
  }));
}

/** An ORS health-check error of one kind (`orsnode_health_check_error{reason}`, 1 error / 0 none, 000 §6.2). */
function orsCheck(reason: string, what: string, duration: string, severity: AlertSeverity, vendorName: string): AlertFact {
  const { ctx, rule } = vendorContext('voice-ors', 'ORS', 'ors.yaml');
  return {
    ...alert(ctx, {
      name: `ORS ${reason} health check failed for ${spoken(duration)}`,
      severity,
      threshold: 0,
      expr: `orsnode_health_check_error{${POD},reason="${reason}"} != 0`,
      duration,
      summary: `ORS pod {{ $labels.pod }} fails its ${what} health check`,
      description: `Intent: name the dependency behind a failing ORS. The pod's health check of ${what} has reported an error for ${spoken(duration)}; check ${what} and the pod's path to it.`,
      basedOn: ['orsnode_health_check_error'],
      reading: 'The guide\'s table has no such alert; the vendor publishes it with this reason label, duration and severity.',
    }),
    ...rule(vendorName),
  };
}

/** ORS rules the vendor publishes beyond the guide's table (alerts/ors.yaml). */
function orsVendor(): AlertFact[] {
  const { ctx, rule } = vendorContext('voice-ors', 'ORS', 'ors.yaml');
  const rq = ([['5m', WARNING], ['10m', CRITICAL]] as const).map(([duration, severity]) => ({
    ...alert(ctx, {
      name: `RQ disconnected for ${spoken(duration)}`,
      severity,
      threshold: 1,
      expr: `orsnode_rq_state{${POD}} != 1`,
      duration,
      summary: `ORS pod {{ $labels.pod }} has had no RQ connection for ${spoken(duration)}`,
      description: 'Intent: catch ORS losing the Redis queue service it streams through. Check the RQ pods and their Redis.',
      basedOn: ['orsnode_rq_state'],
      reading: 'orsnode_rq_state is the RQ connection state (000 §6.2), 1 when connected as the vendor\'s rule reads it.',
    }),
    ...rule(`RQDownFor${duration.replace('m', 'min')}`),
  }));
  const urs = ([['5m', WARNING, 'URSHealthCheckFailFor5in'], ['10m', CRITICAL, 'URSHealthCheckFailFor10min']] as const).map(([duration, severity, name]) => ({
    ...alert(ctx, {
      name: `URS health check failing for ${spoken(duration)}`,
      severity,
      threshold: 0,
      expr: `min by (namespace, tenant) (orsnode_urs_rlib_state{${POD}}) == 0`,
      duration,
      summary: 'No ORS pod reaches URS for tenant {{ $labels.tenant }}',
      description: 'Intent: page when routing requests of a tenant time out on every ORS pod. Check the tenant\'s URS and the network to it.',
      basedOn: ['orsnode_urs_rlib_state'],
      reading: 'orsnode_urs_rlib_state reports the tenant\'s rlib request timeouts (000 §6.2); the vendor\'s rule reads 0 on every pod as failing.',
    }),
    ...rule(name),
  }));
  return [
    ...rq,
    ...urs,
    {
      ...alert(ctx, {
        name: 'Strategies fail to load',
        severity: CRITICAL,
        threshold: 0.02,
        expr: `sum by (namespace, pod) (rate(orsnode_load_errors{${POD}}[5m])) > 0.02`,
        duration: '5m',
        summary: 'ORS pod {{ $labels.pod }} keeps failing to load strategies',
        description: 'Intent: catch broken or unreachable Designer applications. More than one strategy load a minute has failed for 5 minutes; check the applications and the Designer storage ORS loads them from.',
        basedOn: ['orsnode_load_errors'],
        reading: 'The vendor\'s threshold of 0.02 load errors a second; a 5-minute rate instead of the vendor\'s irate over 1 minute, so one burst does not decide.',
      }),
      ...rule('ors_node_load_strategy_error'),
    },
    orsCheck('config', 'config node', '2m', WARNING, 'orsnode_config_health_check_failed_warning'),
    orsCheck('config', 'config node', '5m', CRITICAL, 'orsnode_config_health_check_failed_critical'),
    orsCheck('envoy', 'Envoy sidecar', '2m', WARNING, 'orsnode_envoy_health_check_failed_warning'),
    orsCheck('envoy', 'Envoy sidecar', '5m', CRITICAL, 'orsnode_envoy_health_check_failed_critical'),
    orsCheck('sipfe', 'Front End', '5m', WARNING, 'orsnode_sipfe_health_check_failed_warning'),
  ];
}

/** SIP Cluster rules the vendor publishes beyond the guide's table (alerts/sip.yaml). */
function sipVendor(): AlertFact[] {
  const { ctx, rule } = vendorContext('voice-sip', 'SIP Cluster', 'sip.yaml');
  return [
    {
      ...alert(ctx, {
        name: 'ORS health check failed',
        severity: CRITICAL,
        threshold: 0,
        expr: `sum by (namespace, pod) (sipnode_ors_health_check{${POD}}) == 0`,
        duration: '5m',
        summary: 'SIP node {{ $labels.pod }} reaches no ORS',
        description: 'Intent: page when calls can no longer get a strategy. For 5 minutes the SIP node has seen every ORS health check fail; check the ORS pods.',
        basedOn: ['sipnode_ors_health_check'],
        reading: 'The guide gives sipnode_ors_health_check no encoding (000 §6.2); the vendor\'s rule reads a sum of 0 as no healthy ORS.',
      }),
      ...rule('voice_sipnode_ors_health_check_failed'),
    },
    (() => {
      const failing = configNodeFail(ctx);
      return { ...failing, description: `Intent: catch a SIP node that cannot read configuration. ${failing.description}`, ...rule('config_node_fail') };
    })(),
  ];
}

/**
 * Rules the vendor publishes for Voice services (`voice-cpe-monitoring/.../alerts/*.yaml`) where the
 * guide's tables (000 §6.3) are silent, in the library's words on the catalogue's metrics; each
 * names its vendor rule. The vendor rules left out are in vendor-exclusions.ts, with the reason.
 */
export const VOICE_VENDOR_ALERTS: AlertFact[] = [
  ...configNodeDown('voice-agent', 'Agent State', 'agent.yaml', 'agent_config_node_status'),
  ...configNodeDown('voice-dialplan', 'Dial Plan', 'dialplan.yaml', 'dialplan_config_node_status'),
  ...configNodeDown('voice-sip', 'SIP Cluster', 'sip.yaml', 'sipnode_config_node_status'),
  ...configNodeDown('voice-sipproxy', 'SIP Proxy', 'sipproxy.yaml', 'sipproxy_config_node_status'),
  ...orsVendor(),
  ...sipVendor(),
];
