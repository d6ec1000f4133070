/**
 * Where the Genesys Helm charts come from: a chart repository (the mirror of the Genesys JFrog
 * repository that the guides install from, 000 §3, 003 §7.2) or a local folder of unpacked charts.
 *
 * Credentials are never part of the model: GitOps controllers read them from a Secret you create,
 * `helm template` from the environment at synth time, and the Terraform from sensitive variables.
 */
export class ChartRepository {
  /**
   * A Helm chart repository served over HTTPS (or an OCI registry, `oci://...`).
   *
   * @param url the repository URL, e.g. `https://acme.jfrog.io/artifactory/api/helm/genesys-helm`
   * @param options name and credentials
   */
  public static url(url: string, options: ChartRepositoryOptions = {}): ChartRepository {
    return new ChartRepository(url, undefined, options);
  }

  /**
   * A local folder holding one unpacked chart per subfolder (`<folder>/<chart>/Chart.yaml`): for
   * `helm template` at synth time and for the Terraform; a GitOps controller cannot read it.
   *
   * @param folder path of the folder, relative to where synthesis runs or absolute
   */
  public static localFolder(folder: string): ChartRepository {
    return new ChartRepository(undefined, folder, {});
  }

  /** The repository URL, when the charts come from a repository. */
  public readonly repositoryUrl?: string;
  /** The local folder, when the charts come from one. */
  public readonly folder?: string;
  /** Short name of the repository, used for the Flux `HelmRepository` object. */
  public readonly name: string;
  /** Name of the Secret with the repository's `username` and `password`, for GitOps controllers. */
  public readonly credentialsSecret?: string;
  /** Environment variables holding the user name and password for `helm template` at synth time. */
  public readonly credentialsFromEnvironment?: RepositoryCredentialsEnvironment;

  private constructor(repositoryUrl: string | undefined, folder: string | undefined, options: ChartRepositoryOptions) {
    this.repositoryUrl = repositoryUrl;
    this.folder = folder;
    this.name = options.name ?? 'genesys-charts';
    this.credentialsSecret = options.credentialsSecret;
    this.credentialsFromEnvironment = options.credentialsFromEnvironment;
  }

  /** True for an OCI registry (`oci://`). */
  public get isOci(): boolean {
    return this.repositoryUrl?.startsWith('oci://') ?? false;
  }

  /** Problems with the repository itself, for the one problem report. */
  public problems(): string[] {
    const found: string[] = [];
    if (this.repositoryUrl !== undefined && !/^(https|oci):\/\/[^\s/]+(\/\S*)?$/.test(this.repositoryUrl)) {
      found.push(`chart repository "${this.repositoryUrl}" is not an https:// or oci:// URL. Fix: give the URL of your mirror of the Genesys chart repository (003 §7.2: do not install straight from Genesys).`);
    }
    if (this.repositoryUrl !== undefined && /\/\/[^/@]+:[^/@]+@/.test(this.repositoryUrl)) {
      found.push('the chart repository URL carries a user name and password, which would be written into the output. Fix: remove them from the URL and use credentialsSecret or credentialsFromEnvironment.');
    }
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(this.name) || this.name.length > 63) {
      found.push(`chart repository name "${this.name}" is not a DNS label. Fix: use lower-case letters, digits and "-".`);
    }
    return found;
  }
}

/** Environment variables that hold chart repository credentials at synth time. */
export interface RepositoryCredentialsEnvironment {
  /** Variable with the user name, e.g. `JFROG_USER` as in the guides' commands (000 §3). */
  readonly usernameVariable: string;
  /** Variable with the password, e.g. `JFROG_PASSWORD`. */
  readonly passwordVariable: string;
}

/** Options of a chart repository. */
export interface ChartRepositoryOptions {
  /** Short name, a DNS label. @default 'genesys-charts' */
  readonly name?: string;
  /**
   * An existing Secret with keys `username` and `password` that the GitOps controller reads to log
   * in to the repository (Flux: in the controller's namespace; Argo CD: a repository Secret).
   *
   * @default - none: the repository needs no login
   */
  readonly credentialsSecret?: string;
  /**
   * Environment variables with the user name and password, read by `helm template` at synth time
   * and never written.
   *
   * @default - none
   */
  readonly credentialsFromEnvironment?: RepositoryCredentialsEnvironment;
}
