/** A named port of a release's pods. */
export interface ReleasePort {
  /** Port name. */
  readonly name: string;
  /** Port number. */
  readonly port: number;
}

/**
 * What the library knows a release's chart creates, from the model: the pods (by the labels Helm
 * charts give them) and the Service. The unit's consistency check reads it where the chart is not
 * rendered at synth time (GitOps and Terraform delivery).
 */
export interface ReleaseWorkload {
  /** Workload kind the chart renders (`Deployment` or `StatefulSet`). */
  readonly kind: string;
  /** Workload name. */
  readonly name: string;
  /** Labels of its pods. */
  readonly podLabels: { [key: string]: string };
  /** Ports its pods serve. */
  readonly ports: ReleasePort[];
  /** Name of the Service the chart creates, if any. */
  readonly serviceName?: string;
  /** Port names of that Service. */
  readonly servicePorts: string[];
}

/** Something that knows one workload a release's chart creates (a service of the release). */
export interface IReleaseWorkloadSource {
  /** The workload, as the model knows it. */
  readonly releaseWorkload: ReleaseWorkload;
}

/** A chart value that is a credential: where it comes from, never the value. */
export interface ReleaseSecretValue {
  /** The chart key, as `helm --set` takes it, e.g. `redis.password`. */
  readonly key: string;
  /** The Secret, in the release's namespace. */
  readonly secretName: string;
  /** The Secret's key holding the value. */
  readonly secretKey: string;
}

/** A Secret a chart reads, and the keys it reads from it. */
export interface ReleaseSecret {
  /** Secret name. */
  readonly name: string;
  /** Keys read. */
  readonly keys: string[];
}

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
  /** True when the chart was rendered at synth time, so its objects are in the manifests. */
  readonly rendered: boolean;
  /**
   * What the chart creates, from the model: one workload per service of the release (a chart such
   * as CX Contact's or Interaction Server's deploys several). @default - not known
   */
  readonly workloads?: ReleaseWorkload[];
  /** Chart values that are credentials, taken from Secrets at install time. @default - none */
  readonly secretValues?: ReleaseSecretValue[];
  /** Secrets the chart reads by its own defaults (not named in the values), with their keys. @default - none */
  readonly readsSecrets?: ReleaseSecret[];
}
