import { K8sObject, PodGroup, ServiceEntry, podGroups, selects, services } from './unit-objects';
import { problem } from '../problems';
import { ReleaseSpec } from '../release-spec';

/** What the consistency check reads of one unit. */
export interface UnitOutput {
  readonly unitId: string;
  readonly objects: K8sObject[];
  readonly releases: ReleaseSpec[];
}

const ref = (o: K8sObject) => `${o.kind} ${o.metadata.namespace ?? ''}${o.metadata.namespace ? '/' : ''}${o.metadata.name}`;

/**
 * Checks that a unit's objects work together, not only one by one: Services select pods that serve
 * their ports, autoscalers and disruption budgets find their workloads, monitors select something,
 * pods find the ConfigMaps, claims and service accounts they use, and ingresses reach a Service
 * port. Pods of chart releases count as the model describes them when the chart is not rendered at
 * synth time. Returns one problem per broken rule, prefixed with the unit.
 */
export function unitConsistencyProblems(unit: UnitOutput): string[] {
  const pods = podGroups(unit.objects, unit.releases);
  const svcs = services(unit.objects, unit.releases);
  const found = [
    ...serviceProblems(unit.objects, pods),
    ...targetProblems(unit.objects, pods),
    ...monitorProblems(unit.objects, pods, svcs),
    ...podReferenceProblems(unit.objects, pods),
    ...ingressProblems(unit.objects, svcs),
  ];
  return found.map((p) => `[${unit.unitId}] ${p}`);
}

function podsIn(pods: PodGroup[], namespace: string, selector: Record<string, string> | undefined): PodGroup[] {
  return pods.filter((p) => p.namespace === namespace && selects(selector, p.labels));
}

/** Every Service with a selector selects pods in its namespace, and those pods serve its target ports. */
function serviceProblems(objects: K8sObject[], pods: PodGroup[]): string[] {
  const found: string[] = [];
  for (const s of objects.filter((o) => o.kind === 'Service' && o.spec?.type !== 'ExternalName')) {
    const selector = s.spec?.selector;
    if (!selector || Object.keys(selector).length === 0) {
      const endpoints = objects.some((o) => (o.kind === 'Endpoints' || o.kind === 'EndpointSlice') && o.metadata.namespace === s.metadata.namespace && o.metadata.name === s.metadata.name);
      if (!endpoints) found.push(problem(`${ref(s)} has no selector and no Endpoints, so it routes nowhere`, 'give it a selector of its pods, or write its Endpoints'));
      continue;
    }
    const selected = podsIn(pods, s.metadata.namespace ?? 'default', selector);
    if (selected.length === 0) {
      found.push(problem(`${ref(s)} selects no pods (selector ${JSON.stringify(selector)})`, 'make its selector match the labels of a workload\'s pods in its namespace'));
      continue;
    }
    for (const port of s.spec?.ports ?? []) {
      const target = port.targetPort ?? port.port;
      const known = selected.filter((p) => p.ports !== undefined && p.ports.length > 0);
      if (known.length === 0) continue;
      const served = known.some((p) => p.ports!.some((c) => (typeof target === 'string' ? c.name === target : c.port === target)));
      if (!served) found.push(problem(`${ref(s)} port ${port.name ?? port.port} targets ${target}, which none of its pods (${known.map((p) => p.owner).join(', ')}) serves`, 'target a port the pods declare'));
    }
  }
  return found;
}

/** Autoscalers find their workload; disruption budgets select pods. */
function targetProblems(objects: K8sObject[], pods: PodGroup[]): string[] {
  const found: string[] = [];
  for (const hpa of objects.filter((o) => o.kind === 'HorizontalPodAutoscaler')) {
    const t = hpa.spec?.scaleTargetRef ?? {};
    if (!pods.some((p) => p.namespace === hpa.metadata.namespace && p.kind === t.kind && p.name === t.name)) {
      found.push(problem(`${ref(hpa)} scales ${t.kind} ${t.name}, which the unit does not run`, 'point scaleTargetRef at a workload of its namespace'));
    }
  }
  for (const pdb of objects.filter((o) => o.kind === 'PodDisruptionBudget')) {
    if (podsIn(pods, pdb.metadata.namespace ?? 'default', pdb.spec?.selector?.matchLabels).length === 0) {
      found.push(problem(`${ref(pdb)} selects no pods`, 'make its selector match the labels of a workload\'s pods'));
    }
  }
  return found;
}

function monitoredNamespaces(monitor: K8sObject): string[] {
  return monitor.spec?.namespaceSelector?.matchNames ?? [monitor.metadata.namespace ?? 'default'];
}

/** ServiceMonitors select a Service with the named ports; PodMonitors select pods with the named ports. */
function monitorProblems(objects: K8sObject[], pods: PodGroup[], svcs: ServiceEntry[]): string[] {
  const found: string[] = [];
  for (const m of objects.filter((o) => o.kind === 'ServiceMonitor')) {
    const namespaces = monitoredNamespaces(m);
    const selected = svcs.filter((s) => namespaces.includes(s.namespace) && selects(m.spec?.selector?.matchLabels, s.labels));
    if (selected.length === 0) {
      found.push(problem(`${ref(m)} selects no Service`, 'make its selector match the labels of the service\'s Service'));
      continue;
    }
    for (const e of m.spec?.endpoints ?? []) {
      if (e.port && !selected.some((s) => s.ports.some((p) => p.name === e.port))) {
        found.push(problem(`${ref(m)} scrapes port "${e.port}", which the Services it selects do not name`, 'scrape a named port of the Service'));
      }
    }
  }
  for (const m of objects.filter((o) => o.kind === 'PodMonitor')) {
    const namespaces = monitoredNamespaces(m);
    const selected = pods.filter((p) => namespaces.includes(p.namespace) && selects(m.spec?.selector?.matchLabels, p.labels));
    if (selected.length === 0) {
      found.push(problem(`${ref(m)} selects no pods`, 'make its selector match the labels of the service\'s pods'));
      continue;
    }
    for (const e of m.spec?.podMetricsEndpoints ?? []) {
      const known = selected.filter((p) => p.ports !== undefined && p.ports.length > 0);
      if (e.port && known.length > 0 && !known.some((p) => p.ports!.some((c) => c.name === e.port))) {
        found.push(problem(`${ref(m)} scrapes port "${e.port}", which the pods it selects do not name`, 'scrape a named container port'));
      }
    }
  }
  return found;
}

/** Pods in the output find the ConfigMaps, claims and service accounts they use (Secrets are prerequisites). */
function podReferenceProblems(objects: K8sObject[], pods: PodGroup[]): string[] {
  const found: string[] = [];
  const exists = (kind: string, namespace: string, name: string) =>
    objects.some((o) => o.kind === kind && (o.metadata.namespace ?? 'default') === namespace && o.metadata.name === name);
  for (const pod of pods.filter((p) => p.spec)) {
    const spec = pod.spec;
    for (const v of spec.volumes ?? []) {
      if (v.configMap && !v.configMap.optional && !exists('ConfigMap', pod.namespace, v.configMap.name)) {
        found.push(problem(`${pod.owner} mounts ConfigMap ${v.configMap.name}, which the unit does not write`, 'write the ConfigMap, or mount one that exists'));
      }
      const claim = v.persistentVolumeClaim?.claimName;
      if (claim && !exists('PersistentVolumeClaim', pod.namespace, claim)) {
        found.push(problem(`${pod.owner} mounts claim ${claim}, which the unit does not write`, 'write the PersistentVolumeClaim, or use a volumeClaimTemplate'));
      }
    }
    const containers = [...(spec.containers ?? []), ...(spec.initContainers ?? [])];
    for (const c of containers) {
      for (const e of c.envFrom ?? []) {
        if (e.configMapRef && !e.configMapRef.optional && !exists('ConfigMap', pod.namespace, e.configMapRef.name)) {
          found.push(problem(`${pod.owner} reads ConfigMap ${e.configMapRef.name}, which the unit does not write`, 'write the ConfigMap'));
        }
      }
    }
    const account = spec.serviceAccountName;
    if (account && account !== 'default' && !exists('ServiceAccount', pod.namespace, account)) {
      found.push(problem(`${pod.owner} runs as service account ${account}, which the unit does not write`, 'write the ServiceAccount'));
    }
  }
  return found;
}

/** Every Ingress backend is a Service of its namespace with that port. */
function ingressProblems(objects: K8sObject[], svcs: ServiceEntry[]): string[] {
  const found: string[] = [];
  for (const ing of objects.filter((o) => o.kind === 'Ingress')) {
    const backends = [
      ...(ing.spec?.defaultBackend ? [ing.spec.defaultBackend] : []),
      ...(ing.spec?.rules ?? []).flatMap((r: any) => (r.http?.paths ?? []).map((p: any) => p.backend)),
    ].filter((b: any) => b?.service);
    for (const b of backends) {
      const svc = svcs.find((s) => s.namespace === (ing.metadata.namespace ?? 'default') && s.name === b.service.name);
      if (!svc) {
        found.push(problem(`${ref(ing)} routes to Service ${b.service.name}, which the unit does not run`, 'route to a Service of its namespace'));
        continue;
      }
      const port = b.service.port ?? {};
      const known = svc.ports.some((p) => (port.name !== undefined ? p.name === port.name : p.port === undefined || p.port === port.number));
      if (!known) found.push(problem(`${ref(ing)} routes to port ${port.name ?? port.number} of Service ${b.service.name}, which it does not have`, 'route to one of the Service\'s ports'));
    }
  }
  return found;
}
