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
  /** A credential plugin that prints a token (`kubelogin` on AKS without local accounts). */
  readonly exec?: ClusterExec;
}

/** A client-go credential plugin. */
export interface ClusterExec {
  /** `client.authentication.k8s.io/v1beta1`. */
  readonly apiVersion: string;
  /** The command, e.g. `kubelogin`. */
  readonly command: string;
  /** Its arguments. */
  readonly args: string[];
}

/** The Kubernetes provider's settings for a cluster (its `exec` is a list). */
export function kubernetesProviderAccess(access: ClusterAccess) {
  const { exec, ...rest } = access;
  return { ...rest, exec: exec ? [exec] : undefined };
}
