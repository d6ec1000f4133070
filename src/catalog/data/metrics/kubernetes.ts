import { metricTable } from './table';
import { MetricFact } from '../../monitoring-types';

/**
 * The kube-state-metrics (v2 names) and cAdvisor series every pod has, which the guides' alert rows
 * name (000 §6.3, 001 §6.4) and the vendor's rules read. kube-state-metrics 2 replaced the guides'
 * kube_hpa_* and kube_pod_container_resource_requests_memory_bytes-style names with
 * kube_horizontalpodautoscaler_* and kube_pod_container_resource_requests{resource=...}.
 */
export const KUBERNETES_METRICS: MetricFact[] = metricTable('kubernetes', '000 §6.3; 000 §6.4; 001 §6.4', `
kube_pod_status_phase gauge phase
kube_pod_status_ready gauge condition
kube_pod_container_status_ready gauge container
kube_pod_container_status_restarts_total counter container
kube_pod_container_resource_requests gauge container,resource,unit
kube_pod_container_resource_limits gauge container,resource,unit
kube_deployment_spec_replicas gauge deployment
kube_deployment_status_replicas_available gauge deployment
kube_statefulset_status_replicas_ready gauge statefulset
kube_statefulset_status_replicas_current gauge statefulset
kube_horizontalpodautoscaler_status_current_replicas gauge horizontalpodautoscaler
kube_horizontalpodautoscaler_spec_min_replicas gauge horizontalpodautoscaler
kube_horizontalpodautoscaler_spec_max_replicas gauge horizontalpodautoscaler
container_cpu_usage_seconds_total counter container
container_memory_working_set_bytes gauge container
kube_pod_container_status_terminated_reason gauge container,reason # Not named by the guides; the vendor's ixn alerts/ixn-prometheusrule.yaml reads it.
kube_pod_container_status_waiting_reason gauge container,reason # Not named by the guides; the vendor's ixn alerts/ixn-prometheusrule.yaml reads it.
`);
