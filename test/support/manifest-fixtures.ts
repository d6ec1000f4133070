// Valid Kubernetes objects for the schema-helper tests. Each call returns a fresh copy that a test may break.

/** Fresh labels each time, so that a test changing one object's labels changes no other. */
function labels() {
  return { 'app.kubernetes.io/name': 'web', 'app.kubernetes.io/part-of': 'genesys' };
}

/** A Deployment with one container, probes, resources and a volume. */
export function validDeployment() {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'prod', labels: labels(), annotations: { 'example.com/owner': 'team-a' } },
    spec: {
      replicas: 3,
      selector: { matchLabels: labels() },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } },
      template: {
        metadata: { labels: labels() },
        spec: {
          serviceAccountName: 'web',
          priorityClassName: 'genesys-high',
          containers: [{
            name: 'web',
            image: 'registry.example.com/web:1.2.3',
            imagePullPolicy: 'IfNotPresent',
            ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
            env: [{ name: 'LOG_LEVEL', value: 'info' }],
            resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: 1, memory: '1Gi' } },
            readinessProbe: { httpGet: { path: '/healthz', port: 'http' }, periodSeconds: 10 },
            volumeMounts: [{ name: 'config', mountPath: '/etc/web' }],
          }],
          volumes: [{ name: 'config', configMap: { name: 'web-config' } }],
        },
      },
    },
  };
}

/** A ClusterIP Service in front of validDeployment(). */
export function validService() {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web', namespace: 'prod', labels: labels() },
    spec: { type: 'ClusterIP', selector: labels(), ports: [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }] },
  };
}

/** A Namespace. */
export function validNamespace() {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'prod', labels: { 'kubernetes.io/metadata.name': 'prod' } } };
}

/** A PriorityClass. */
export function validPriorityClass() {
  return {
    apiVersion: 'scheduling.k8s.io/v1',
    kind: 'PriorityClass',
    metadata: { name: 'genesys-high' },
    value: 1000000,
    globalDefault: false,
    preemptionPolicy: 'PreemptLowerPriority',
    description: 'Genesys services',
  };
}

/** A StorageClass. */
export function validStorageClass() {
  return {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: { name: 'genesys-premium' },
    provisioner: 'disk.csi.azure.com',
    parameters: { skuName: 'Premium_LRS' },
    reclaimPolicy: 'Retain',
    volumeBindingMode: 'WaitForFirstConsumer',
    allowVolumeExpansion: true,
  };
}

/** A PodDisruptionBudget for validDeployment(). */
export function validPodDisruptionBudget() {
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: 'web', namespace: 'prod' },
    spec: { maxUnavailable: 1, selector: { matchLabels: labels() } },
  };
}

/** An autoscaling/v2 HorizontalPodAutoscaler for validDeployment(). */
export function validHorizontalPodAutoscaler() {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: 'web', namespace: 'prod' },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
      minReplicas: 2,
      maxReplicas: 10,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
      behavior: { scaleDown: { stabilizationWindowSeconds: 300, policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }] } },
    },
  };
}

/** A Consul ServiceIntentions (consul.hashicorp.com/v1alpha1). */
export function validServiceIntentions() {
  return {
    apiVersion: 'consul.hashicorp.com/v1alpha1',
    kind: 'ServiceIntentions',
    metadata: { name: 'web', namespace: 'prod' },
    spec: {
      destination: { name: 'web' },
      sources: [
        { name: 'frontend', action: 'allow' },
        { name: '*', action: 'deny' },
      ],
    },
  };
}

/** A Prometheus-operator PodMonitor (monitoring.coreos.com/v1). */
export function validPodMonitor() {
  return {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PodMonitor',
    metadata: { name: 'web', namespace: 'prod', labels: labels() },
    spec: {
      selector: { matchLabels: labels() },
      namespaceSelector: { matchNames: ['prod'] },
      podMetricsEndpoints: [{ port: 'http', path: '/metrics', interval: '30s', scheme: 'http' }],
    },
  };
}

/** A Prometheus-operator PrometheusRule (monitoring.coreos.com/v1). */
export function validPrometheusRule() {
  return {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PrometheusRule',
    metadata: { name: 'web', namespace: 'prod', labels: labels() },
    spec: {
      groups: [{
        name: 'web',
        rules: [
          { alert: 'WebDown', expr: 'up{job="web"} == 0', for: '5m', labels: { severity: 'critical' }, annotations: { summary: 'web is down' } },
          { record: 'web:requests:rate5m', expr: 'sum(rate(http_requests_total{job="web"}[5m]))' },
        ],
      }],
    },
  };
}

/** A KEDA ScaledObject (keda.sh/v1alpha1) for validDeployment(). */
export function validScaledObject() {
  return {
    apiVersion: 'keda.sh/v1alpha1',
    kind: 'ScaledObject',
    metadata: { name: 'web', namespace: 'prod' },
    spec: {
      scaleTargetRef: { name: 'web' },
      minReplicaCount: 1,
      maxReplicaCount: 10,
      pollingInterval: 30,
      triggers: [{
        type: 'prometheus',
        metadata: { serverAddress: 'http://prometheus.monitoring:9090', query: 'sum(rate(http_requests_total[1m]))', threshold: '100' },
      }],
    },
  };
}
