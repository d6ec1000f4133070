// The core Kubernetes kinds covered by the strict schema: one kubernetes-models class per line.
// Adding a kind is adding its line; the schema cache key includes this list, so the cache regenerates itself.
export { ClusterRole } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole';
export { ClusterRoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding';
export { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
export { CronJob } from 'kubernetes-models/batch/v1/CronJob';
export { DaemonSet } from 'kubernetes-models/apps/v1/DaemonSet';
export { Deployment } from 'kubernetes-models/apps/v1/Deployment';
export { Endpoints } from 'kubernetes-models/v1/Endpoints';
export { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
export { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
export { Job } from 'kubernetes-models/batch/v1/Job';
export { Namespace } from 'kubernetes-models/v1/Namespace';
export { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
export { PersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
export { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
export { PriorityClass } from 'kubernetes-models/scheduling.k8s.io/v1/PriorityClass';
export { Role } from 'kubernetes-models/rbac.authorization.k8s.io/v1/Role';
export { RoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/RoleBinding';
export { Secret } from 'kubernetes-models/v1/Secret';
export { Service } from 'kubernetes-models/v1/Service';
export { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
export { StatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
export { StorageClass } from 'kubernetes-models/storage.k8s.io/v1/StorageClass';
