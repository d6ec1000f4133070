/**
 * A Helm release of one unit, as plain data: what the Terraform turns into a `helm_release` and
 * what the problem checks and reports read. Built by `ChartRelease` (src/charts).
 */
export interface ReleaseSpec {
  /** Release name: the guides' name for the service, e.g. `voice-agent`. */
  readonly releaseName: string;
  /** Namespace the release installs into. */
  readonly namespace: string;
  /** Chart name. */
  readonly chart: string;
  /** Chart version. */
  readonly chartVersion: string;
  /** Chart repository URL, when the charts come from a repository. */
  readonly repositoryUrl?: string;
  /** Local folder of unpacked charts, when they come from one. */
  readonly chartFolder?: string;
  /** True when the repository needs a login (the Terraform then takes its credentials as sensitive variables). */
  readonly repositoryLogin: boolean;
  /** The release's final values. */
  readonly values: { [key: string]: any };
  /** The unit's manifest file whose deployment wave the release belongs to, e.g. `03-voice.yaml`. */
  readonly fileName: string;
  /** True when the Terraform delivers the release (`helm_release`). */
  readonly deliveredByTerraform: boolean;
}
