import { InteractionServerProps } from './interaction-server-props';
import { ixnSid } from './ixn-names';
import { IXN_ORS_REDIS, IXN_REPLICAS, IXN_SECRETS } from '../../catalog/data/interaction-server-facts';
import { problem } from '../../core';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** "Tenant short 4-digit ID"; its example is `100`, so one to four digits, optionally after a `t`. */
const SHORT_ID = /^t?[0-9]{1,4}$/;

/** Every rule one tenant's Interaction Server options must satisfy; one message per broken rule. */
export function checkInteractionServerProps(props: InteractionServerProps): string[] {
  const found: string[] = [];
  const who = `ixn-${ixnSid(props.tenantShortId)}:`;
  const replicas = props.replicas;
  if (replicas !== undefined && !(IXN_REPLICAS.allowed as readonly number[]).includes(replicas)) {
    found.push(
      problem(
        `${who} replicas is ${replicas}, but Interaction Server runs one instance per tenant: replicas "can only be 1 or 0", and it does not support scaling or HA`,
        'give 1 (or 0 to stop it)',
        IXN_REPLICAS.source,
      ),
    );
  }
  if (!UUID.test(props.tenantId)) {
    found.push(problem(`${who} tenant id "${props.tenantId}" is not a UUID; it names the Consul upstream tenant-<uuid> to the tenant's Configuration Server`, 'give the tenant\'s UUID in lower case, e.g. "9350e2fc-a1dd-4c65-8d40-1f75a2e080dd"', '004 §3.1'));
  }
  if (!SHORT_ID.test(props.tenantShortId)) {
    found.push(
      problem(
        `${who} tenant short id "${props.tenantShortId}" is not the tenant's short numeric id (tenant.sid, "short 4-digit ID")`,
        'give one to four digits, e.g. "100" (or "t100")',
        '004 §3.1',
      ),
    );
  }
  const redis = props.orsRedis;
  if (redis.name !== IXN_ORS_REDIS.name) {
    found.push(problem(`${who} orsRedis is "${redis.name}", but IXN Node uses the same Redis as ORS, the ORS stream`, `pass voiceRedis.crossNamespaceBinding('${IXN_ORS_REDIS.name}', ...)`, IXN_ORS_REDIS.source));
  }
  if (!redis.credentials) {
    found.push(problem(`${who} orsRedis has no credentials; IXN Node reads the ORS stream connection from a Secret`, `pass SecretReference.of('${IXN_SECRETS.redisSecretName}', '${IXN_SECRETS.redisSecretKey}') to crossNamespaceBinding`, IXN_SECRETS.source));
  } else if (redis.credentials.secretName !== IXN_SECRETS.redisSecretName) {
    found.push(problem(`${who} the ORS stream Secret is "${redis.credentials.secretName}"; IXN Node reads Secret "${IXN_SECRETS.redisSecretName}" in namespace ixn`, `pass SecretReference.of('${IXN_SECRETS.redisSecretName}', '${IXN_SECRETS.redisSecretKey}') to crossNamespaceBinding(..., 'ixn')`, IXN_SECRETS.source));
  } else if (redis.credentials.key !== IXN_SECRETS.redisSecretKey) {
    found.push(problem(`${who} the ORS stream Secret key is "${redis.credentials.key}"; IXN Node reads key "${IXN_SECRETS.redisSecretKey}"`, `create the Secret with key ${IXN_SECRETS.redisSecretKey}`, IXN_SECRETS.source));
  }
  const kafkaKey = props.kafkaCredentials?.key;
  if (kafkaKey !== undefined && kafkaKey !== IXN_SECRETS.kafkaSecretKey) {
    found.push(problem(`${who} the Kafka Secret key is "${kafkaKey}"; IXN Server and VQ Node read key "${IXN_SECRETS.kafkaSecretKey}"`, `create the Secret with key ${IXN_SECRETS.kafkaSecretKey}`, IXN_SECRETS.source));
  }
  const server = props.serverPostgres;
  const node = props.nodePostgres;
  if (server.host === node.host && server.port === node.port && server.database === node.database) {
    found.push(
      problem(
        `${who} IXN Server and IXN Node were given the same database "${server.database}"; Interaction Server requires two databases, one for IXN and one for IXN Node`,
        `give IXN Node its own database, e.g. "ixn-node-${ixnSid(props.tenantShortId)}"`,
        '004 §2.1',
      ),
    );
  }
  for (const option of props.jvmOptions ?? []) {
    if (!/^-\S+$/.test(option)) {
      found.push(problem(`${who} JVM option "${option}" is not one`, 'give options like "-XX:+UseG1GC", one per entry', '004 §1.5'));
    }
  }
  return found;
}
