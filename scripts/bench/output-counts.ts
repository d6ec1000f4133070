/** Counts what a run wrote, read back after the timed phases so that every case is counted alike. */
import * as fs from 'fs';
import * as path from 'path';

/** Kubernetes objects and manifest files written. */
export interface Counted {
  /** Objects (YAML documents) or Terraform resources and data sources. */
  readonly items: number;
  /** Manifest files or Terraform stacks. */
  readonly files: number;
}

/**
 * Counts the YAML documents of the manifest files `depth` folders below `dir`: 2 for the
 * library's `<unit>/<file>.yaml`, 1 for cdk8s's `<chart>.k8s.yaml`. Deeper YAML (the library's
 * `helm/` values) is not a manifest and is not counted.
 */
export function countManifests(dir: string, depth: number): Counted {
  const files = filesAtDepth(dir, depth).filter((f) => f.endsWith('.yaml'));
  const items = files.reduce((sum, f) => sum + fs.readFileSync(f, 'utf8').split(/^---$/m).filter((doc) => doc.trim() !== '').length, 0);
  return { items, files: files.length };
}

/** Counts the resources and data sources of every stack in a cdktf output folder. */
export function countTerraform(dir: string): Counted {
  const stacksDir = path.join(dir, 'stacks');
  const stacks = fs.readdirSync(stacksDir);
  let items = 0;
  for (const stack of stacks) {
    const json = JSON.parse(fs.readFileSync(path.join(stacksDir, stack, 'cdk.tf.json'), 'utf8'));
    for (const block of ['resource', 'data']) {
      for (const byName of Object.values<Record<string, unknown>>(json[block] ?? {})) items += Object.keys(byName).length;
    }
  }
  return { items, files: stacks.length };
}

/** Files exactly `depth` levels below `dir` (1 = directly in it). */
function filesAtDepth(dir: string, depth: number): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return depth > 1 ? filesAtDepth(full, depth - 1) : [];
    return depth === 1 ? [full] : [];
  });
}
