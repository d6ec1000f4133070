/**
 * Order of kinds within one manifest file, so that `kubectl apply -f` on a single file creates what
 * an object refers to before the object (the same idea as Helm's install order).
 */
const KIND_ORDER = [
  'Namespace',
  'PriorityClass',
  'StorageClass',
  'CustomResourceDefinition',
  'ServiceAccount',
  'Secret',
  'ConfigMap',
  'PersistentVolumeClaim',
  'ClusterRole',
  'ClusterRoleBinding',
  'Role',
  'RoleBinding',
  'Service',
  'Endpoints',
  'DaemonSet',
  'Deployment',
  'StatefulSet',
  'Job',
  'CronJob',
  'HorizontalPodAutoscaler',
  'PodDisruptionBudget',
  'Ingress',
];

/** Rank of a kind in the apply order; kinds not listed (custom resources) come last. */
export function kindRank(kind: string): number {
  const rank = KIND_ORDER.indexOf(kind);
  return rank === -1 ? KIND_ORDER.length : rank;
}
