import { IConstruct } from 'constructs';

const ASSIGNED = new WeakMap<IConstruct, string>();

/** A file name that sorts by deployment wave: `03-voice.yaml`. */
export function waveFileName(wave: number, name: string): string {
  return `${String(wave).padStart(2, '0')}-${name}.yaml`;
}

/**
 * Decides which file of a unit's output folder an object is written to. File names start with
 * their deployment wave (003 §7.1), so applying a folder's files in name order follows the guides'
 * deployment order.
 */
export class ManifestFile {
  /** Cluster-scoped prerequisites: namespaces, priority classes, storage classes. */
  public static readonly CLUSTER = waveFileName(0, 'cluster');
  /** Step 1 of 003 §7.1: Consul, Kafka and the other data stores' bindings. */
  public static readonly INFRASTRUCTURE = waveFileName(1, 'infrastructure');
  /** Objects added by users without a file of their own; applied last. */
  public static readonly EXTRAS = waveFileName(90, 'extras');

  /** Writes every object under `scope` (unless a nearer scope says otherwise) to `fileName`. */
  public static assign(scope: IConstruct, fileName: string): void {
    if (!/^[0-9]{2}-[a-z0-9-]+\.yaml$/.test(fileName)) {
      throw new Error(`ManifestFile: "${fileName}" must look like "07-ges.yaml" (two-digit wave, lower-case name)`);
    }
    ASSIGNED.set(scope, fileName);
  }

  /** The file `scope` is written to: the nearest assignment on its path, else the extras file. */
  public static of(scope: IConstruct): string {
    for (let current: IConstruct | undefined = scope; current; current = current.node.scope) {
      const fileName = ASSIGNED.get(current);
      if (fileName) return fileName;
    }
    return ManifestFile.EXTRAS;
  }

  private constructor() {}
}
