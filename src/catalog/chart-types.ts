/**
 * Types of the chart catalogue: which Helm chart deploys a Genesys service, and which value keys
 * that chart takes. The keys are the documented interface of the vendor's charts (the guides'
 * values tables and the vendor's published override values); the library writes no other key.
 */

/** One value key a chart takes, with where it is documented. */
export interface ValueKeyFact {
  /**
   * Dotted key path, e.g. `context.envs.redis.port`. A `*` segment stands for any one key (a map,
   * such as `nodeSelector.*`). Everything below a listed key is accepted: list `resources` to take
   * any requests and limits, or `resources.requests.cpu` to take just that.
   */
  readonly path: string;
  /** Where the key is documented: a guide section (`000 §3.2`) or a vendor file (`vendor: services/...`). */
  readonly source: string;
}

/** A Genesys Helm chart and the values it takes. */
export interface ChartFact {
  /** Catalogue id of the service the chart deploys (`voice-agent`, `ges`, ...). */
  readonly service: string;
  /** Chart name in the chart repository, e.g. `voice-agent`. */
  readonly chart: string;
  /**
   * The chart version the library's values are written for: the vendor's published `chart.ver`,
   * or the guide's minimum where it is later.
   */
  readonly chartVersion: string;
  /** Where the chart name and version come from. */
  readonly source: string;
  /** The value keys the chart takes. */
  readonly keys: ValueKeyFact[];
}
