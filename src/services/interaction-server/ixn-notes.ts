import { InteractionServerProps } from './interaction-server-props';
import { ixnSid } from './ixn-names';
import { IXN_CONSUL, IXN_HEALTH_SERVICE } from '../../catalog/data/interaction-server-facts';

/** A text file for the operator. */
export interface IxnNotes {
  /** File name in the unit's folder. */
  readonly fileName: string;
  /** Its content. */
  readonly content: string;
}

/**
 * What the operator sets outside the chart for one tenant: the IXN Server application's
 * `[health-service] soap-endpoint` in Configuration Server, on the health port the chart is given
 * (004 §3.1, "Configuration Server settings"), and the database user names and passwords the chart
 * puts in its database Secrets (`ixnService.ixnServer.secrets.db`, `ixnService.ixnNode.secrets.db`,
 * 004 §2.3), which the library never writes: pass them at install, read from the Secrets named.
 */
export function ixnConfigurationNotes(props: InteractionServerProps, healthEndpoint: string): IxnNotes {
  const sid = ixnSid(props.tenantShortId);
  const secret = (path: string, binding: InteractionServerProps['serverPostgres']) => [
    `  ${path}.username  <- ${binding.user ? `Secret ${binding.user.secretName}, key ${binding.user.key}` : 'the database user'}`,
    `  ${path}.password  <- Secret ${binding.credentials.secretName}, key ${binding.credentials.key}`,
  ];
  const lines = [
    `# Interaction Server of tenant ${sid} (${props.tenantId}), release ixn-${sid}`,
    '',
    `Configuration Server, application ${IXN_CONSUL.configServerAppName}, section [${IXN_HEALTH_SERVICE.section}] (004 §3.1):`,
    `  ${IXN_HEALTH_SERVICE.option} = ${healthEndpoint}`,
    '',
    'Values to pass at install (helm --set), not written by the library (004 §2.3):',
    ...secret('ixnService.ixnServer.secrets.db', props.serverPostgres),
    ...secret('ixnService.ixnNode.secrets.db', props.nodePostgres),
    '',
  ];
  return { fileName: `ixn/${sid}-configuration.txt`, content: lines.join('\n') };
}
