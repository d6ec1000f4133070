import { ReleaseSpec } from '../release-spec';

/** A Kubernetes object as synthesized. */
export type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [key: string]: any;
};

/** Pods a unit will run: from a workload in the output, or from a chart release the model describes. */
export interface PodGroup {
  /** Namespace. */
  readonly namespace: string;
  /** What makes them: `Deployment voice/voice-agent` or `release voice/voice-agent`. */
  readonly owner: string;
  /** Workload kind and name, for autoscaler targets. */
  readonly kind: string;
  readonly name: string;
  /** Pod labels. */
  readonly labels: Record<string, string>;
  /** Container ports by name and number; undefined when not known. */
  readonly ports?: Array<{ name?: string; port: number }>;
  /** The pod spec, when the pods are in the output. */
  readonly spec?: any;
  /** Claims a StatefulSet makes for its pods. */
  readonly claimTemplates: string[];
}

/** A Service of the unit: in the output, or the one a chart release creates. */
export interface ServiceEntry {
  readonly namespace: string;
  readonly name: string;
  readonly labels: Record<string, string>;
  /** Port names and numbers. */
  readonly ports: Array<{ name?: string; port?: number }>;
}

const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob']);

function podTemplate(o: K8sObject): any {
  return o.kind === 'CronJob' ? o.spec?.jobTemplate?.spec?.template : o.spec?.template;
}

/** Every group of pods the unit will run. */
export function podGroups(objects: K8sObject[], releases: ReleaseSpec[]): PodGroup[] {
  const groups: PodGroup[] = objects
    .filter((o) => WORKLOAD_KINDS.has(o.kind))
    .map((o) => {
      const template = podTemplate(o) ?? {};
      const containers = [...(template.spec?.containers ?? []), ...(template.spec?.initContainers ?? [])];
      return {
        namespace: o.metadata.namespace ?? 'default',
        owner: `${o.kind} ${o.metadata.namespace}/${o.metadata.name}`,
        kind: o.kind,
        name: o.metadata.name,
        labels: template.metadata?.labels ?? {},
        ports: containers.flatMap((c: any) => (c.ports ?? []).map((p: any) => ({ name: p.name, port: p.containerPort }))),
        spec: template.spec,
        claimTemplates: (o.spec?.volumeClaimTemplates ?? []).map((t: any) => t.metadata?.name),
      };
    });
  for (const r of releases) {
    if (r.rendered) continue;
    for (const w of r.workloads ?? []) {
      groups.push({
        namespace: r.namespace,
        owner: `release ${r.namespace}/${r.releaseName}`,
        kind: w.kind,
        name: w.name,
        labels: w.podLabels,
        ports: w.ports,
        claimTemplates: [],
      });
    }
  }
  return groups;
}

/** Every Service of the unit. */
export function services(objects: K8sObject[], releases: ReleaseSpec[]): ServiceEntry[] {
  const entries: ServiceEntry[] = objects
    .filter((o) => o.kind === 'Service')
    .map((o) => ({
      namespace: o.metadata.namespace ?? 'default',
      name: o.metadata.name,
      labels: o.metadata.labels ?? {},
      ports: (o.spec?.ports ?? []).map((p: any) => ({ name: p.name, port: p.port })),
    }));
  for (const r of releases) {
    if (r.rendered) continue;
    for (const w of r.workloads ?? []) {
      if (!w.serviceName) continue;
      const byName = new Map(w.ports.map((p) => [p.name, p.port]));
      entries.push({
        namespace: r.namespace,
        name: w.serviceName,
        // Helm charts label their objects with the release's standard labels.
        labels: w.podLabels,
        ports: w.servicePorts.map((name) => ({ name, port: byName.get(name) })),
      });
    }
  }
  return entries;
}

/** True when every label of `selector` is on `labels`. */
export function selects(selector: Record<string, string> | undefined, labels: Record<string, string>): boolean {
  if (!selector) return false;
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}
