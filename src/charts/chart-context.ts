/** A pod toleration, as Kubernetes and the charts' `tolerations` values take it. */
export interface PodToleration {
  /** Taint key. */
  readonly key: string;
  /** `Equal` or `Exists`. */
  readonly operator: string;
  /** Taint value, with `Equal`. */
  readonly value?: string;
  /** Taint effect, e.g. `NoSchedule`. */
  readonly effect: string;
}

/**
 * What every chart's values draw from the unit and the catalogue: where the images come from, the
 * namespace, the priority class, the node pool and the guides' 500:500:500 user. A service
 * construct lays these out under its chart's own keys.
 */
export interface ChartContext {
  /** Release name, e.g. `voice-agent`. */
  readonly releaseName: string;
  /** Namespace, e.g. `voice`. */
  readonly namespace: string;
  /** Registry that serves the images (the unit's, unless the service overrides it). */
  readonly imageRegistry: string;
  /** Names of image pull Secrets; empty when the nodes' identity pulls (AKS with ACR). */
  readonly imagePullSecrets: string[];
  /** Priority class name (003 §7.4). */
  readonly priorityClassName: string;
  /** Node selector that places the pods on the catalogue's node pool (003 §1.10). */
  readonly nodeSelector: { [key: string]: string };
  /** Tolerations of the node pool's taint; empty on the untainted general pool. */
  readonly tolerations: PodToleration[];
  /** User, group and fsGroup the containers run as: the guides' `genesys` user, 500 (003 §3.5). */
  readonly runAsId: number;
}
