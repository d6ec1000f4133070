/**
 * Who collects the services' metrics in a unit's cluster. The platform guide leaves monitoring to
 * the customer and names each cloud's own offer (003 §6.6).
 */
export enum MetricsCollector {
  /**
   * A Prometheus operator in the cluster (for example kube-prometheus-stack): it reads PodMonitor,
   * ServiceMonitor and PrometheusRule objects, and Prometheus scrape annotations, so each service is
   * scraped the way its guide says. AKS: Azure Monitor "also supports Prometheus metrics collected
   * from Kubernetes clusters" (003 §6.6).
   */
  PROMETHEUS_OPERATOR = 'prometheus-operator',
  /**
   * GKE workload metrics in Google Cloud operations: application metrics are scraped "based on the
   * PodMonitor resource definition" (003 §6.6), so every service gets a PodMonitor, whatever its guide
   * prefers. Annotations and ServiceMonitors are not read.
   */
  GKE_WORKLOAD_METRICS = 'gke-workload-metrics',
}
