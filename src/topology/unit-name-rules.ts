import { KubernetesPlatform } from '../catalog';
import { CONTAINER_BOUNDS } from '../catalog/data/naming-rules';
import { nameProblem } from '../catalog/naming';
import { ChartRelease, DeliveryMode } from '../charts';
import { RenderedObject } from '../core/object-checks';
import { cpuMillis, memoryBytes } from '../core/quantities';
import { PostgresServer, RedisCluster } from '../datastores';
import type { Unit } from './unit';

/** The unit's group id, a label on every object (the unit id is checked by ClusterChart). */
export function unitIdProblems(unit: Unit): string[] {
  const wrong = nameProblem('k8s-label-value', unit.unitGroup, 'unit group id (a label on every object)');
  return wrong ? [wrong] : [];
}

/** Names of the stores the Terraform provisions, by the rules of the unit's cloud. */
export function managedStoreNameProblems(unit: Unit): string[] {
  const gke = unit.platform.kind === KubernetesPlatform.GKE;
  const found: Array<string | undefined> = [];
  for (const c of unit.node.findAll()) {
    if (c instanceof RedisCluster && c.managedName !== undefined) {
      found.push(nameProblem(gke ? 'gcp-redis' : 'azure-redis', c.managedName, `Redis "${c.node.id}" (RedisCluster.managed name)`));
    } else if (c instanceof PostgresServer && c.managedName !== undefined) {
      found.push(nameProblem(gke ? 'gcp-postgres-instance' : 'azure-postgres-server', c.managedName, `PostgreSQL "${c.node.id}" (PostgresServer.managed name)`));
    }
  }
  return found.filter((p): p is string => p !== undefined);
}

/**
 * Names, labels, images and resources of the unit's final objects, as the API server and the
 * scheduler will see them (the design guide, principle 5: check the final objects).
 *
 * @param unit the unit
 * @param rendered each object's JSON, rendered once for the whole check
 */
export function objectProblems(unit: Unit, rendered: RenderedObject): string[] {
  const bounds = CONTAINER_BOUNDS[unit.platform.kind === KubernetesPlatform.GKE ? 'gke' : 'aks'];
  const found: Array<string | undefined> = [];
  for (const apiObject of unit.apiObjects) {
    const json = rendered(apiObject);
    const label = `${json.kind} ${json.metadata?.name ?? '(unnamed)'}`;
    const nameKind = json.kind === 'Namespace' || json.kind === 'Service' ? 'k8s-dns-label' : 'k8s-dns-subdomain';
    found.push(nameProblem(nameKind, json.metadata?.name, `${label}: name`));
    if (json.metadata?.namespace !== undefined) found.push(nameProblem('k8s-dns-label', json.metadata.namespace, `${label}: namespace`));
    for (const labels of [json.metadata?.labels, podTemplate(json)?.metadata?.labels]) {
      for (const [key, value] of Object.entries<unknown>(labels ?? {})) found.push(nameProblem('k8s-label-value', value, `${label}: label ${key}`));
    }
    if (json.kind === 'ConfigMap') {
      for (const [key, value] of Object.entries<unknown>(json.data ?? {})) {
        if (typeof value !== 'string') {
          found.push(`${label}: data key ${key} is the ${typeof value} ${String(value)}; ConfigMap data holds strings only (Kubernetes API, ConfigMap.data map[string]string). Fix: give "${String(value)}" as a string.`);
        }
      }
    }
    const spec = podTemplate(json)?.spec;
    for (const c of [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])]) {
      found.push(imageProblem(`${label}: container ${c.name}`, c.image));
      found.push(...resourceProblems(`${label}: container ${c.name}`, c.resources, bounds));
    }
  }
  // A chart that is not rendered at synth makes its pods from its values: check the image tags and
  // resources the values give (rendered charts' objects are checked above).
  for (const release of ChartRelease.allUnder(unit)) {
    if (release.delivery?.mode === DeliveryMode.HELM_TEMPLATE) continue;
    found.push(...valuesProblems(`release ${release.releaseName}: value`, release.values, bounds));
  }
  return found.filter((p): p is string => p !== undefined);
}

/** Image tags (`tag` under an `image`/`images` key) and `resources` anywhere in a release's values. */
function valuesProblems(where: string, values: any, bounds: (typeof CONTAINER_BOUNDS)['aks'], path = '', inImage = false): Array<string | undefined> {
  if (!values || typeof values !== 'object' || Array.isArray(values)) return [];
  const found: Array<string | undefined> = [];
  for (const [key, value] of Object.entries<any>(values)) {
    const at = path ? `${path}.${key}` : key;
    if (inImage && key === 'tag' && (typeof value === 'string' || value === undefined)) {
      found.push(nameProblem('image-tag', value, `${where} ${at}`));
    } else if (key === 'resources' && value && typeof value === 'object' && (value.requests || value.limits)) {
      found.push(...resourceProblems(`${where} ${at}`, value, bounds));
    } else {
      found.push(...valuesProblems(where, value, bounds, at, inImage || /^images?$/i.test(key)));
    }
  }
  return found;
}

function podTemplate(json: any): any {
  return json.spec?.jobTemplate?.spec?.template ?? json.spec?.template;
}

/** The tag of `registry/repository:tag`; an image pinned by digest has none to check. */
function imageProblem(where: string, image: unknown): string | undefined {
  if (typeof image !== 'string' || image.includes('@')) return undefined;
  const last = image.split('/').pop() ?? '';
  const colon = last.indexOf(':');
  const tag = colon < 0 ? undefined : last.slice(colon + 1);
  return nameProblem('image-tag', tag, `${where}, image "${image}"`);
}

function resourceProblems(where: string, resources: any, bounds: (typeof CONTAINER_BOUNDS)['aks']): string[] {
  const found: string[] = [];
  for (const kind of ['requests', 'limits'] as const) {
    const cpu = resources?.[kind]?.cpu;
    const millis = cpu === undefined ? undefined : cpuMillis(String(cpu));
    if (millis !== undefined && millis > bounds.cpuCores * 1000) {
      found.push(`${where}: CPU ${kind} ${cpu} is more than any node of the unit's machine family has (${bounds.cpuCores} cores), so the pod would never schedule (${bounds.source}). Fix: give at most ${bounds.cpuCores} cores, e.g. "2" or "500m".`);
    }
    const memory = resources?.[kind]?.memory;
    const bytes = memory === undefined ? undefined : memoryBytes(String(memory));
    if (bytes !== undefined && bytes > bounds.memoryGiB * 1024 ** 3) {
      found.push(`${where}: memory ${kind} ${memory} is more than any node of the unit's machine family has (${bounds.memoryGiB}Gi), so the pod would never schedule (${bounds.source}). Fix: give at most ${bounds.memoryGiB}Gi, e.g. "4Gi".`);
    }
  }
  return found;
}
