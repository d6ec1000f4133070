import { GenesysEngagementServiceProps } from './ges-props';
import { checkGesRoutes } from './ges-routes';
import { VOICE_REDIS } from '../../catalog/data/data-stores';
import { GES_CONFIG_DEFAULTS, GES_DB_DEFAULT_PORT, GES_DB_PASSWORD_KEY, GES_DB_USER_KEY, GES_REDIS_PASSWORD_KEY, GES_SCALING, GES_SECRETS } from '../../catalog/data/ges-facts';
import { problem } from '../../core';

/** Every rule the GES options must satisfy; one message per broken rule. */
export function checkGesProps(props: GenesysEngagementServiceProps): string[] {
  const found: string[] = [];
  const ors = props.orsRedis;
  const orsKey = GES_SECRETS.orsStream.keys[0];

  if (ors.name !== GES_CONFIG_DEFAULTS.orsRedisName) {
    found.push(problem(`ges: orsRedis is "${ors.name}", but GES writes callbacks to the ORS stream`, `pass voiceRedis.crossNamespaceBinding('${GES_CONFIG_DEFAULTS.orsRedisName}', GesSecrets.orsStream())`, '001 §2.1'));
  }
  if (!ors.credentials) {
    found.push(problem('ges: orsRedis has no credentials; GES reads the ORS stream connection (with the required rejectUnauthorized) from a Secret', 'pass GesSecrets.orsStream() to crossNamespaceBinding', '001 §3.3'));
  } else if (ors.credentials.key !== orsKey) {
    // voiceRedis.binding() gives the Voice services' own Secret, in namespace voice, which GES cannot read.
    const voiceSecret = VOICE_REDIS.some((r) => r.secretName === ors.credentials!.secretName && r.secretKey === ors.credentials!.key);
    found.push(
      problem(
        voiceSecret
          ? `ges: orsRedis reads the Voice services' Secret "${ors.credentials.secretName}" (namespace voice); GES reads the ORS stream connection from its own Secret in namespace ges, key "${orsKey}"`
          : `ges: the ORS stream Secret key is "${ors.credentials.key}"; GES reads key "${orsKey}"`,
        voiceSecret
          ? `pass orsRedis: voiceRedis.crossNamespaceBinding('${GES_CONFIG_DEFAULTS.orsRedisName}', GesSecrets.orsStream(), 'ges') instead of voiceRedis.binding(...)`
          : `use GesSecrets.orsStream(), or a Secret with key ${orsKey}`,
        '001 §3.3',
      ),
    );
  }
  if (VOICE_REDIS.some((r) => r.name === props.redis.name)) {
    found.push(problem(`ges: redis is the Voice Redis service "${props.redis.name}"; GES needs its own Redis`, "create a dedicated RedisCluster and pass gesRedis.bind('ges', 'ges-redis', GesSecrets.redis())", '001 §4.2'));
  }

  const infra = props.postgres.credentials.secretName;
  if (props.postgres.credentials.key !== GES_DB_PASSWORD_KEY) {
    found.push(
      problem(
        `ges: the database credentials are key "${props.postgres.credentials.key}" of Secret "${infra}"; GES reads keys DB-USER and DB-PASSWORD`,
        'create the database with credentials GesSecrets.database()',
        '001 §3.3',
      ),
    );
  }
  const user = props.postgres.user;
  if (!user || user.secretName !== infra || user.key !== GES_DB_USER_KEY) {
    const given = user ? `key "${user.key}" of Secret "${user.secretName}"` : 'not given';
    found.push(
      problem(
        `ges: the database user is ${given}; GES reads it from key ${GES_DB_USER_KEY} of Secret "${infra}", beside the password`,
        `create the database with user: ${infra === GES_SECRETS.infra.secretName ? 'GesSecrets.databaseUser()' : `SecretReference.of('${infra}', '${GES_DB_USER_KEY}')`}`,
        '001 §3.3',
      ),
    );
  }
  const redisCredentials = props.redis.credentials;
  if (redisCredentials && (redisCredentials.secretName !== infra || redisCredentials.key !== GES_REDIS_PASSWORD_KEY)) {
    found.push(
      problem(
        `ges: the Redis password is key "${redisCredentials.key}" of Secret "${redisCredentials.secretName}"; GES reads it as key ${GES_REDIS_PASSWORD_KEY} of the database Secret "${infra}"`,
        'bind the GES Redis with GesSecrets.redis(), or without credentials when it needs none',
        '001 §3.3',
      ),
    );
  }

  if (props.postgres.port !== GES_DB_DEFAULT_PORT) {
    found.push(
      problem(
        `ges: the database listens on port ${props.postgres.port}, but the GES chart takes the database host and name only (configMap.integrations.db), so GES connects to ${GES_DB_DEFAULT_PORT}`,
        `serve the GES database on port ${GES_DB_DEFAULT_PORT}`,
        '001 §3.1',
      ),
    );
  }
  const min = props.autoscaling?.minReplicas;
  if (min !== undefined && min < GES_SCALING.minReplicas) {
    found.push(
      problem(
        `ges: autoscaling minReplicas is ${min}; there must be at least two GES pods spread across availability zones`,
        `give ${GES_SCALING.minReplicas} or more`,
        '001 §1.1',
      ),
    );
  }
  if (!/^[A-Za-z0-9][-A-Za-z0-9_.]*$/.test(props.regionAffinity)) {
    found.push(problem(`ges: regionAffinity "${props.regionAffinity}" is not a Consul data center name`, 'give the Consul datacenter of this region, as named in its ConsulSettings, e.g. "us-east"', '001 §3.1'));
  }
  if (!/^https?:\/\/[^\s/]+/.test(props.gws.publicAuth)) {
    found.push(problem(`ges: gws.publicAuth "${props.gws.publicAuth}" is not a URL`, 'give the external Genesys Authentication address, e.g. "https://gauth.example.com"', '001 §3.1'));
  }
  if (props.devopsAccessGroups && props.devopsAccessGroups.some((g) => g.trim() === '' || g.includes(','))) {
    found.push(problem('ges: devopsAccessGroups has an empty name or a name with a comma', 'give each role name once, without commas', '001 §3.1'));
  }
  if (props.ingress) found.push(...checkGesRoutes(props.ingress));
  return found;
}
