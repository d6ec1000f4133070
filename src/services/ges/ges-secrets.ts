import { GES_DB_PASSWORD_KEY, GES_DB_USER_KEY, GES_REDIS_PASSWORD_KEY, GES_SECRETS } from '../../catalog/data/ges-facts';
import { SecretReference } from '../../datastores';

/**
 * References to the Secrets GES reads, by the guide's names (001 §3.3). Pass them to the data-store
 * bindings; the library mounts the Secrets and never writes their values.
 */
export class GesSecrets {
  /** `ges-secrets-infra`, key `DB-PASSWORD`: the database credentials (with `DB-USER` beside it). */
  public static database(): SecretReference {
    return SecretReference.of(GES_SECRETS.infra.secretName, GES_DB_PASSWORD_KEY);
  }

  /** `ges-secrets-infra`, key `DB-USER`: the user GES logs in to its database as. */
  public static databaseUser(): SecretReference {
    return SecretReference.of(GES_SECRETS.infra.secretName, GES_DB_USER_KEY);
  }

  /** `ges-secrets-infra`, key `REDIS-CACHEKEY`: the GES Redis password. */
  public static redis(): SecretReference {
    return SecretReference.of(GES_SECRETS.infra.secretName, GES_REDIS_PASSWORD_KEY);
  }

  /** `voice-redis-ors-stream`, key `voice-redis-ors-stream`: the ORS stream connection JSON. */
  public static orsStream(): SecretReference {
    return SecretReference.of(GES_SECRETS.orsStream.secretName, GES_SECRETS.orsStream.keys[0]);
  }

  private constructor() {}
}
