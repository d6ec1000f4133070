/**
 * The one place that imports cdk8s-plus and its Kubernetes bindings, so that moving to a newer
 * cdk8s-plus line is a change to this file only (the design guide, "Not ours to write").
 */
export * as kplus from 'cdk8s-plus-27';
export {
  IntOrString,
  KubeConfigMap,
  KubeEndpoints,
  KubeIngress,
  KubeJob,
  KubeService,
  KubeServiceAccount,
  KubeNamespace,
  KubeNetworkPolicy,
  KubePersistentVolumeClaim,
  KubePodDisruptionBudget,
  KubePriorityClass,
  KubeStorageClass,
  Quantity,
} from 'cdk8s-plus-27/lib/imports/k8s';
