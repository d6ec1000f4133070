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

/** The Entra ID application of the AKS API server, which kubelogin asks tokens for (the same in every tenant). */
const AKS_SERVER_APP_ID = '6dae42f8-4368-4678-94ff-3960e28e3630';

/**
 * `kubelogin get-token`, which signs in to an AKS cluster with Entra ID.
 *
 * @param mode kubelogin's `--login` (`AksKubeloginMode`)
 */
export function kubeloginExec(mode: string): ClusterExec {
  return { apiVersion: 'client.authentication.k8s.io/v1beta1', command: 'kubelogin', args: ['get-token', '--login', mode, '--server-id', AKS_SERVER_APP_ID] };
}
