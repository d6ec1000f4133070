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
 * (004 §3.1, "Configuration Server settings"), and, should the chart not read the existing database
 * Secrets it is given, how to have it create them instead (`secrets.db.enabled`, `username`,
 * `password`, 004 §2.3) from the values of those Secrets, at install: the library never writes them.
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
    'The database Secrets are named, not created by the chart (secrets.db.enabled: false). To have the chart',
    'create them instead (004 §2.3; no Secret of that name may exist then), pass at install (helm --set)',
    'enabled=true and, never written by the library:',
    ...secret('ixnService.ixnServer.secrets.db', props.serverPostgres),
    ...secret('ixnService.ixnNode.secrets.db', props.nodePostgres),
    '',
  ];
  return { fileName: `ixn/${sid}-configuration.txt`, content: lines.join('\n') };
}
