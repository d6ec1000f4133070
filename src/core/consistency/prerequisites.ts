import { UnitOutput } from './unit-consistency';
import { K8sObject, podGroups } from './unit-objects';
import { CONSUL_FACTS, KAFKA_SECRET, VOICE_REDIS } from '../../catalog/data/data-stores';
import { TENANT_FACTS } from '../../catalog/data/tenant-facts';

/** A Secret the unit reads but does not write: the operator (or the Terraform) creates it. */
export interface SecretPrerequisite {
  readonly namespace: string;
  readonly name: string;
  /** Keys read from it, where the output or the guides name them. */
  readonly keys: string[];
  /** Who reads it. */
  readonly readers: string[];
}

/** A controller or set of CRDs the unit's objects need in the cluster first. */
export interface ComponentPrerequisite {
  readonly component: string;
  /** Why: the kinds or features of the output that need it. */
  readonly neededFor: string[];
}

/** The keys of the guides' Secrets, from the catalogue (000 §2.2-§2.4, the vendor's tenant values). */
function guideKeys(): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  const add = (name: string, key: string) => keys.set(name, [...new Set([...(keys.get(name) ?? []), key])]);
  for (const r of VOICE_REDIS) add(r.secretName, r.secretKey);
  add(CONSUL_FACTS.tokenSecretName, CONSUL_FACTS.tokenSecretKey);
  add(KAFKA_SECRET.name, KAFKA_SECRET.key);
  add(TENANT_FACTS.gwsClientIdSecret.name, TENANT_FACTS.gwsClientIdSecret.key);
  add(TENANT_FACTS.gwsClientSecretSecret.name, TENANT_FACTS.gwsClientSecretSecret.key);
  return keys;
}

/** Secret references in a chart's values: `secretName` fields (not file paths), their `items` keys, pull secrets. */
function secretsInValues(values: any, found: Array<{ name: string; keys: string[] }>): void {
  if (Array.isArray(values)) {
    values.forEach((v) => secretsInValues(v, found));
    return;
  }
  if (!values || typeof values !== 'object') return;
  for (const [key, value] of Object.entries(values)) {
    if (key === 'secretName' && typeof value === 'string' && value && !value.startsWith('/')) {
      found.push({ name: value, keys: ((values as any).items ?? []).map((i: any) => i.key).filter(Boolean) });
    } else if (key === 'imagePullSecrets' && typeof value === 'string' && value) {
      found.push({ name: value, keys: ['.dockerconfigjson'] });
    } else if (typeof value === 'string' && /^\s*- name:/.test(value)) {
      // A list the vendor's values give as a YAML block (the Tenant chart's database volumes).
      for (const m of value.matchAll(/secretName: (\S+)(?:\n\s+items:\n\s+- key: (\S+))?/g)) found.push({ name: m[1], keys: m[2] ? [m[2]] : [] });
    } else {
      secretsInValues(value, found);
    }
  }
}

/** Every Secret the unit's pods and chart releases read that the output does not write. */
export function secretPrerequisites(unit: UnitOutput): SecretPrerequisite[] {
  const written = new Set(unit.objects.filter((o) => o.kind === 'Secret').map((o) => `${o.metadata.namespace}/${o.metadata.name}`));
  const known = guideKeys();
  const byName = new Map<string, { namespace: string; name: string; keys: Set<string>; readers: Set<string> }>();
  const add = (namespace: string, name: string, keys: string[], reader: string) => {
    const id = `${namespace}/${name}`;
    if (written.has(id)) return;
    const entry = byName.get(id) ?? { namespace, name, keys: new Set(known.get(name) ?? []), readers: new Set() };
    keys.forEach((k) => entry.keys.add(k));
    entry.readers.add(reader);
    byName.set(id, entry);
  };
  for (const pod of podGroups(unit.objects, []).filter((p) => p.spec)) {
    const spec = pod.spec;
    for (const v of spec.volumes ?? []) {
      if (v.secret) add(pod.namespace, v.secret.secretName, (v.secret.items ?? []).map((i: any) => i.key), pod.owner);
    }
    for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
      for (const e of c.env ?? []) {
        const ref = e.valueFrom?.secretKeyRef;
        if (ref) add(pod.namespace, ref.name, [ref.key], pod.owner);
      }
      for (const e of c.envFrom ?? []) if (e.secretRef) add(pod.namespace, e.secretRef.name, [], pod.owner);
    }
    for (const s of spec.imagePullSecrets ?? []) add(pod.namespace, s.name, ['.dockerconfigjson'], pod.owner);
  }
  for (const r of unit.releases) {
    const found: Array<{ name: string; keys: string[] }> = [];
    secretsInValues(r.values, found);
    for (const f of [...found, ...(r.readsSecrets ?? [])]) add(r.namespace, f.name, f.keys, `release ${r.namespace}/${r.releaseName}`);
  }
  // Chart repository logins of the GitOps controllers.
  for (const o of unit.objects.filter((x) => x.kind === 'HelmRepository' && x.spec?.secretRef?.name)) {
    add(o.metadata.namespace ?? 'default', o.spec.secretRef.name, ['username', 'password'], `HelmRepository ${o.metadata.namespace}/${o.metadata.name}`);
  }
  return [...byName.values()]
    .sort((a, b) => (`${a.namespace}/${a.name}` < `${b.namespace}/${b.name}` ? -1 : 1))
    .map((e) => ({ namespace: e.namespace, name: e.name, keys: [...e.keys].sort(), readers: [...e.readers].sort() }));
}

/** Controllers and CRDs the unit's objects need, by the kinds and features they use. */
export function componentPrerequisites(unit: UnitOutput): ComponentPrerequisite[] {
  const kinds = new Set(unit.objects.map((o) => o.kind));
  const needs: Array<[string, string[]]> = [
    ['Consul with connect injection, the controller and catalog sync (000 §2.4; values in helm/consul-values.yaml)', ['ServiceIntentions'].filter((k) => kinds.has(k))],
    ['prometheus-operator CRDs (kube-prometheus-stack)', ['PodMonitor', 'ServiceMonitor', 'PrometheusRule'].filter((k) => kinds.has(k))],
    ['KEDA', ['ScaledObject'].filter((k) => kinds.has(k))],
    ['Flux (source and helm controllers)', ['HelmRepository', 'HelmRelease'].filter((k) => kinds.has(k))],
    ['Argo CD', ['Application'].filter((k) => kinds.has(k))],
    ['an ingress controller (ingress-nginx, 003 §7.1)', ['Ingress'].filter((k) => kinds.has(k))],
  ];
  const csi = unit.releases.some((r) => JSON.stringify(r.values).includes('secrets-store.csi.k8s.io'))
    || unit.objects.some((o: K8sObject) => JSON.stringify(o).includes('secrets-store.csi.k8s.io'));
  if (csi) needs.push(['the Secrets Store CSI driver with the Azure Key Vault provider, and the SecretProviderClass the values name', ['csi volumes']]);
  if (unit.releases.some((r) => !r.rendered && !r.deliveredByTerraform) && !kinds.has('HelmRelease') && !kinds.has('Application')) {
    needs.push(['helm, to install the releases of helm/README.md', ['chart releases']]);
  }
  return needs.filter(([, why]) => why.length > 0).map(([component, neededFor]) => ({ component, neededFor }));
}
