import * as fs from 'fs';
import * as path from 'path';
import { App, AppProps, Yaml } from 'cdk8s';
import { ClusterChart } from './cluster-chart';
import { ModelCheck, checkModel, modelProblems } from './model-check';
import { SynthProblemsError } from './problems';
import { ReleaseSpec } from './release-spec';

export { PREREQUISITES_FILE } from './model-check';

/** One manifest file of a unit, as objects. */
export interface ManifestFileObjects {
  /** File name, e.g. `03-voice.yaml`. */
  readonly fileName: string;
  /** The objects, in apply order. */
  readonly objects: any[];
}

/** A unit's manifests, as objects. */
export interface UnitManifests {
  /** The unit (cluster) id. */
  readonly unitId: string;
  /** Its manifest files in name order, which is deployment order. */
  readonly files: ManifestFileObjects[];
  /** Its Helm releases, in deployment order. */
  readonly releases: ReleaseSpec[];
}

/**
 * The cdk8s app for private edition output: every unit (cluster) gets its own folder,
 * `<outdir>/<unit-id>/`, whose files sort in deployment order.
 *
 * Synthesis checks the whole model first and reports every problem at once; only then does it
 * write, into a staging folder that replaces the output folder in one rename, so a failed synth
 * never leaves half-written output.
 */
export class GenesysApp extends App {
  private readonly rootFiles = new Map<string, string>();
  private wrote = false;

  /** @param props cdk8s app options; `outdir` defaults to `CDK8S_OUTDIR` or `dist` */
  public constructor(props: AppProps = {}) {
    super(props);
  }

  /**
   * Adds a text file at the top of the output folder, beside the units' folders (e.g. a topology
   * diagram).
   *
   * @param fileName file name, e.g. `acme-topology.mmd`; not YAML or JSON, which `kubectl apply -f` would read
   * @param content file content
   */
  public addTextFile(fileName: string, content: string): void {
    if (!/^[a-z0-9][a-z0-9._-]*$/i.test(fileName) || /\.(ya?ml|json)$/.test(fileName)) {
      throw new Error(`GenesysApp: "${fileName}" must be a plain file name that is not YAML or JSON`);
    }
    if (this.rootFiles.has(fileName)) throw new Error(`GenesysApp: a text file "${fileName}" was added already`);
    this.rootFiles.set(fileName, content);
  }

  /** Checks the model, then writes every unit's folder. Throws `SynthProblemsError` listing all problems. */
  public synth(): void {
    const files = this.synthFiles();
    writeFolderAtomically(this.outdir, files);
    this.wrote = true;
  }

  /** True once `synth()` has written the manifests, e.g. before a Terraform built from the same model was checked. */
  public get hasWritten(): boolean {
    return this.wrote;
  }

  /**
   * For command-line apps: synthesizes, and on a model problem prints the problem list (without a
   * stack trace) and sets a failing exit code. Other errors are thrown.
   */
  public synthOrReport(): void {
    try {
      this.synth();
    } catch (error) {
      if (!(error instanceof SynthProblemsError)) throw error;
      console.error(error.message);
      process.exitCode = 1;
    }
  }

  /**
   * Checks the model and returns every unit's manifests as objects, file by file in deployment
   * order: what the Terraform applies as `kubernetes_manifest` resources.
   */
  public manifests(): UnitManifests[] {
    const { problems, manifests } = checkModel(this);
    if (problems.length > 0) throw new SynthProblemsError(problems);
    return manifests;
  }

  /**
   * Checks the whole model and returns every problem, each prefixed with the path of the construct
   * that reported it; empty when the model can be written. Runs the before-synth hooks first, and
   * the checks of the final objects once the model itself has no problem.
   */
  public problems(): string[] {
    return modelProblems(this);
  }

  /**
   * One pass of the checks for a caller that needs both the problems and, when there are none, the
   * manifests (`GroupTerraform`): `problems()` then `manifests()` would check and render twice.
   *
   * @internal
   */
  public _checkModel(): ModelCheck {
    return checkModel(this);
  }

  private clusters(): ClusterChart[] {
    return this.node.findAll().filter((c): c is ClusterChart => c instanceof ClusterChart);
  }

  /**
   * Checks the model and renders the output without writing it: file path (relative to the output
   * folder, e.g. `us-east/00-cluster.yaml`) to content.
   */
  public synthFiles(): Record<string, string> {
    return this._filesOf(this.manifests());
  }

  /**
   * The output files of checked manifests (`_checkModel()` with no problem), for a caller that
   * checked the model already (`synthesize`): `synthFiles()` would check and render again.
   *
   * @internal
   */
  public _filesOf(manifests: UnitManifests[]): Record<string, string> {
    const files: Record<string, string> = {};
    const clusters = this.clusters();
    for (const unit of manifests) {
      for (const file of unit.files) files[path.posix.join(unit.unitId, file.fileName)] = Yaml.stringify(...file.objects);
    }
    for (const cluster of clusters) {
      for (const [fileName, content] of Object.entries(cluster.extraFiles)) {
        files[path.posix.join(cluster.clusterId, fileName)] = content;
      }
    }
    for (const [fileName, content] of this.rootFiles) files[fileName] = content;
    return sortKeys(files);
  }
}

function sortKeys(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Writes `files` into a sibling staging folder, then swaps it in place of `outdir`.
 *
 * @param outdir the folder to replace
 * @param files file path (relative to `outdir`) to content
 */
export function writeFolderAtomically(outdir: string, files: Record<string, string>): void {
  const staging = `${outdir.replace(/\/+$/, '')}.staging-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    fs.mkdirSync(staging, { recursive: true });
    const folders = new Set<string>([staging]);
    for (const [relativePath, content] of Object.entries(files)) {
      const target = path.join(staging, relativePath);
      const folder = path.dirname(target);
      if (!folders.has(folder)) {
        fs.mkdirSync(folder, { recursive: true });
        folders.add(folder);
      }
      fs.writeFileSync(target, content);
    }
    fs.rmSync(outdir, { recursive: true, force: true });
    fs.renameSync(staging, outdir);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
