import { CONSUL_FACTS } from '../../catalog/data/data-stores';
import { ServiceVolume, VolumeMountSpec } from '../../core';
import { KafkaBinding, PostgresBinding, RedisBinding, SecretReference } from '../../datastores';

/** Default root of the mounted credentials; the guides name the Secrets but not where they go. */
export const DEFAULT_SECRETS_PATH = '/opt/genesys/secrets';

/** The data-store bindings of one service. */
export interface Bindings {
  readonly redis?: RedisBinding[];
  readonly kafka?: KafkaBinding;
  readonly postgres?: PostgresBinding;
  readonly consulToken?: SecretReference;
}

/** What bindings turn into: ConfigMap entries, and Secret volumes with their mounts. */
export interface BindingWiring {
  readonly config: Record<string, string>;
  readonly volumes: ServiceVolume[];
  readonly mounts: VolumeMountSpec[];
}

/**
 * Turns bindings into configuration and mounted Secrets: each credentials Secret is mounted by
 * reference (`<root>/redis/<name>`, `<root>/kafka`, `<root>/postgres`, `<root>/postgres-user`,
 * `<root>/consul`), and the connection settings go into the ConfigMap (`REDIS_<NAME>_HOST`, ...).
 * No Secret value is written.
 */
export function wireBindings(bindings: Bindings, root: string = DEFAULT_SECRETS_PATH): BindingWiring {
  const config: Record<string, string> = {};
  const volumes: ServiceVolume[] = [];
  const mounts: VolumeMountSpec[] = [];
  const mountSecret = (volume: string, ref: SecretReference, path: string) => {
    volumes.push(ServiceVolume.fromSecret(volume, ref.secretName, { items: { [ref.key]: ref.key } }));
    mounts.push({ volume, mountPath: `${root}/${path}` });
  };

  if (bindings.consulToken) mountSecret(CONSUL_FACTS.tokenVolumeName, bindings.consulToken, 'consul');
  for (const redis of bindings.redis ?? []) {
    const env = envName(redis.name);
    config[`${env}_HOST`] = redis.host;
    config[`${env}_PORT`] = String(redis.port);
    config[`${env}_TLS`] = String(redis.tls);
    config[`${env}_CLUSTER_MODE`] = String(redis.clusterMode);
    if (redis.credentials) mountSecret(redis.name, redis.credentials, `redis/${redis.name}`);
  }
  // The Voice charts' single `context.envs.redis.port` setting (000 §3.2).
  if (bindings.redis && bindings.redis.length > 0) config.REDIS_PORT = String(bindings.redis[0].port);
  if (bindings.kafka) {
    config.KAFKA_TLS = String(bindings.kafka.tls);
    mountSecret('kafka-secrets', bindings.kafka.credentials, 'kafka');
  }
  if (bindings.postgres) {
    const pg = bindings.postgres;
    Object.assign(config, { POSTGRES_HOST: pg.host, POSTGRES_PORT: String(pg.port), POSTGRES_DATABASE: pg.database, POSTGRES_TLS: String(pg.tls) });
    mountSecret('postgres-credentials', pg.credentials, 'postgres');
    if (pg.user) mountSecret('postgres-user', pg.user, 'postgres-user');
  }
  return { config, volumes, mounts };
}

/** `redis-agent-state` → `REDIS_AGENT_STATE`. */
function envName(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}
