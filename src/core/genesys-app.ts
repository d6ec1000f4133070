import * as fs from 'fs';
import * as path from 'path';
import { App, AppProps, Yaml } from 'cdk8s';
import { runBeforeSynthHooks } from './before-synth';
import { ClusterChart } from './cluster-chart';
import { UnitOutput, componentPrerequisites, secretPrerequisites, unitConsistencyProblems } from './consistency';
import { kindRank } from './kind-order';
import { ManifestFile } from './manifest-file';
import { collectObjectProblems } from './object-checks';
import { SynthProblemsError, collectProblems } from './problems';
import { ReleaseSpec } from './release-spec';

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
  private checkedOutputs?: Array<{ cluster: ClusterChart; unit: UnitManifests }>;
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
    const problems = this.problems();
    if (problems.length > 0) throw new SynthProblemsError(problems);
    // problems() rendered them to check them; render once.
    const units = this.checkedOutputs ?? this.unitOutputs();
    for (const { cluster, unit } of units) writePrerequisites(cluster, outputOf(unit));
    return units.map(({ unit }) => unit);
  }

  /** Every unit's manifest files and releases, unchecked. */
  private unitOutputs(): Array<{ cluster: ClusterChart; unit: UnitManifests }> {
    return this.clusters().map((cluster) => {
      const byFile = new Map<string, { rank: number; index: number; json: any }[]>();
      cluster.apiObjects.forEach((apiObject, index) => {
        const json = apiObject.toJson();
        const fileName = ManifestFile.of(apiObject);
        const entries = byFile.get(fileName) ?? [];
        entries.push({ rank: kindRank(json.kind), index, json });
        byFile.set(fileName, entries);
      });
      const files = [...byFile.keys()].sort(byName).map((fileName) => ({
        fileName,
        objects: byFile.get(fileName)!.sort((a, b) => a.rank - b.rank || a.index - b.index).map((e) => e.json),
      }));
      const releases = cluster.releases.sort((a, b) => byName(a.fileName, b.fileName));
      return { cluster, unit: { unitId: cluster.clusterId, files, releases } };
    });
  }

  /**
   * Checks the whole model and returns every problem, each prefixed with the path of the construct
   * that reported it; empty when the model can be written. Runs the before-synth hooks first, and
   * the checks of the final objects once the model itself has no problem.
   */
  public problems(): string[] {
    runBeforeSynthHooks(this);
    const ids = this.clusters().map((c) => c.clusterId);
    const repeated = [...new Set(ids.filter((x, i) => ids.indexOf(x) !== i))];
    const found = [
      ...collectProblems(this),
      ...repeated.map((id) => `[${id}] two units share the id "${id}" and would write one output folder (003 §1.10). Fix: give every unit its own id.`),
    ];
    if (found.length > 0) return found;
    const objectProblems = collectObjectProblems(this);
    if (objectProblems.length > 0) return objectProblems;
    // The objects must work together, not only one by one (the design guide, principle 5).
    this.checkedOutputs = this.unitOutputs();
    return this.checkedOutputs.flatMap(({ unit }) => unitConsistencyProblems(outputOf(unit)));
  }

  private clusters(): ClusterChart[] {
    return this.node.findAll().filter((c): c is ClusterChart => c instanceof ClusterChart);
  }

  /**
   * Checks the model and renders the output without writing it: file path (relative to the output
   * folder, e.g. `us-east/00-cluster.yaml`) to content.
   */
  public synthFiles(): Record<string, string> {

    const files: Record<string, string> = {};
    const clusters = this.clusters();
    for (const unit of this.manifests()) {
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

const PREREQUISITES_WRITTEN = new WeakSet<ClusterChart>();

function outputOf(unit: UnitManifests): UnitOutput {
  return { unitId: unit.unitId, objects: unit.files.flatMap((f) => f.objects), releases: unit.releases };
}

/**
 * Writes what the unit needs before its manifests apply: the Secrets its services read (name, keys,
 * readers) and the controllers and CRDs its objects need. Not at the folder's top level, where
 * `kubectl apply -f` would read it as a manifest.
 */
function writePrerequisites(cluster: ClusterChart, output: UnitOutput): void {
  if (PREREQUISITES_WRITTEN.has(cluster)) return;
  PREREQUISITES_WRITTEN.add(cluster);
  const doc = {
    unit: output.unitId,
    note: 'Create these before applying the unit. GroupTerraform creates the Secrets of the stores it provisions.',
    secrets: secretPrerequisites(output),
    components: componentPrerequisites(output),
  };
  cluster.addTextFile(PREREQUISITES_FILE, `# What unit ${output.unitId} needs before its manifests apply\n${Yaml.stringify(doc)}`);
}

/** Where each unit's prerequisites are written. */
export const PREREQUISITES_FILE = 'prerequisites/prerequisites.yaml';

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
    for (const [relativePath, content] of Object.entries(files)) {
      const target = path.join(staging, relativePath);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, content);
    }
    fs.rmSync(outdir, { recursive: true, force: true });
    fs.renameSync(staging, outdir);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
