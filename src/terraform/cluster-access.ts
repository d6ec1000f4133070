/** How the kubernetes and helm providers reach a unit's cluster. */
export interface ClusterAccess {
  /** API server URL. */
  readonly host: string;
  /** Cluster CA certificate (PEM). */
  readonly clusterCaCertificate: string;
  /** Client certificate (PEM), on AKS. */
  readonly clientCertificate?: string;
  /** Client key (PEM), on AKS. */
  readonly clientKey?: string;
  /** Bearer token, on GKE. */
  readonly token?: string;
}
