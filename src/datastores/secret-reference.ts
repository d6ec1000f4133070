import { nameProblem } from '../catalog/naming';
import { SynthProblemsError } from '../core/problems';

/**
 * A key of an existing Kubernetes Secret. The library only ever refers to Secrets by name; their
 * values are created outside the manifests (by you, by external-secrets, or by the Terraform).
 */
export class SecretReference {
  /**
   * @param secretName name of the Secret, in the consuming service's namespace
   * @param key key within the Secret
   */
  public static of(secretName: string, key: string): SecretReference {
    const problems = [nameProblem('k8s-dns-subdomain', secretName, 'Secret name'), nameProblem('k8s-secret-key', key, `Secret "${secretName}": key`)];
    const found = problems.filter((p): p is string => p !== undefined);
    if (found.length > 0) throw new SynthProblemsError(found.map((p) => `[SecretReference.of] ${p}`));
    return new SecretReference(secretName, key);
  }

  private constructor(
    /** Secret name. */
    public readonly secretName: string,
    /** Key within the Secret. */
    public readonly key: string,
  ) {}
}
