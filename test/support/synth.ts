import { parseAllDocuments } from 'yaml';
import { expectValidManifests } from './schema';
import { GenesysApp } from '../../src';

/** A Kubernetes object as synthesized. */
export type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [key: string]: any;
};

/** What an app synthesized: files by path, and every object with the file it is in. */
export interface Synthesized {
  readonly files: Record<string, string>;
  readonly objects: Array<K8sObject & { file: string }>;
  /** The one object of this kind and name (and namespace, when given); throws when there is not exactly one. */
  find(kind: string, name: string, namespace?: string): K8sObject;
  /** Every object in one unit's folder. */
  inUnit(unitId: string): K8sObject[];
}

/**
 * Synthesizes an app in memory and checks every object against the Kubernetes and CRD schemas
 * (DESIGN.md, Testing): every test that synthesizes goes through here.
 */
export function synth(app: GenesysApp): Synthesized {
  const files = app.synthFiles();
  const objects: Array<K8sObject & { file: string }> = [];
  for (const [file, content] of Object.entries(files)) {
    // Manifests are the YAML files at the top of a unit's folder; subfolders hold Helm values and reports.
    if (!/^[^/]+\/[^/]+\.yaml$/.test(file)) continue;
    for (const doc of parseAllDocuments(content)) {
      if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors.join('; ')}`);
      const json = doc.toJS();
      if (json) objects.push({ ...json, file });
    }
  }
  expectValidManifests(objects.map(({ file: _file, ...object }) => object));
  return {
    files,
    objects,
    find(kind, name, namespace) {
      const found = objects.filter(
        (o) => o.kind === kind && o.metadata.name === name && (namespace === undefined || o.metadata.namespace === namespace),
      );
      if (found.length !== 1) throw new Error(`expected one ${kind} ${namespace ?? '*'}/${name}, found ${found.length}`);
      return found[0];
    },
    inUnit(unitId) {
      return objects.filter((o) => o.file.startsWith(`${unitId}/`));
    },
  };
}
