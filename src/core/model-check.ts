import { ApiObject, Yaml } from 'cdk8s';
import { IConstruct } from 'constructs';
import { runBeforeSynthHooks } from './before-synth';
import { ClusterChart } from './cluster-chart';
import { UnitOutput, componentPrerequisites, secretPrerequisites, unitConsistencyProblems } from './consistency';
import type { UnitManifests } from './genesys-app';
import { kindRank } from './kind-order';
import { ManifestFile } from './manifest-file';
import { collectObjectProblems } from './object-checks';
import { collectProblems } from './problems';

/** One unit's rendered output and the cluster chart it comes from. */
interface ClusterOutput {
  readonly cluster: ClusterChart;
  readonly unit: UnitManifests;
}

/** What one pass of the checks found: every problem, or, when there is none, the units' manifests. */
export interface ModelCheck {
  /** The problems, each prefixed with the path of the construct that reported it. */
  readonly problems: string[];
  /** Every unit's manifests, in output order; empty when there are problems. */
  readonly manifests: UnitManifests[];
}

/**
 * Checks the whole model under `app` once: runs the before-synth hooks, the construct checks, and,
 * once the model itself has no problem, renders every object (once) for the checks of the final
 * objects and of how they work together. `GenesysApp.problems()` and `GenesysApp.manifests()` are
 * this pass; `GroupTerraform`, which needs both, calls it once instead of each in turn.
 *
 * When there is no problem, each unit's prerequisites file is added to its chart (once), as
 * `GenesysApp.manifests()` has always done.
 */
export function checkModel(app: IConstruct): ModelCheck {
  const { problems, outputs } = checkPass(app);
  if (problems.length > 0) return { problems, manifests: [] };
  for (const { cluster, unit } of outputs) writePrerequisites(cluster, outputOf(unit));
  return { problems, manifests: outputs.map(({ unit }) => unit) };
}

/** The problems of the model under `app`, without writing prerequisites: `GenesysApp.problems()`. */
export function modelProblems(app: IConstruct): string[] {
  return checkPass(app).problems;
}

function checkPass(app: IConstruct): { problems: string[]; outputs: ClusterOutput[] } {
  runBeforeSynthHooks(app);
  const clusters = clustersUnder(app);
  const ids = clusters.map((c) => c.clusterId);
  const repeated = [...new Set(ids.filter((x, i) => ids.indexOf(x) !== i))];
  const found = [
    ...collectProblems(app),
    ...repeated.map((id) => `[${id}] two units share the id "${id}" and would write one output folder (003 §1.10). Fix: give every unit its own id.`),
  ];
  if (found.length > 0) return { problems: found, outputs: [] };
  // Rendered once, here: the object checks read the same JSON the output is made of.
  const rendered = new Map<ApiObject, any>();
  const outputs = clusters.map((cluster) => ({ cluster, unit: unitOutput(cluster, rendered) }));
  const objectProblems = collectObjectProblems(app, (apiObject) => rendered.get(apiObject) ?? apiObject.toJson());
  if (objectProblems.length > 0) return { problems: objectProblems, outputs: [] };
  // The objects must work together, not only one by one (the design guide, principle 5).
  return { problems: outputs.flatMap(({ unit }) => unitConsistencyProblems(outputOf(unit))), outputs };
}

function clustersUnder(app: IConstruct): ClusterChart[] {
  return app.node.findAll().filter((c): c is ClusterChart => c instanceof ClusterChart);
}

/** A unit's manifest files and releases, unchecked; every object's JSON is kept in `rendered`. */
function unitOutput(cluster: ClusterChart, rendered: Map<ApiObject, any>): UnitManifests {
  const byFile = new Map<string, { rank: number; index: number; json: any }[]>();
  cluster.apiObjects.forEach((apiObject, index) => {
    const json = apiObject.toJson();
    rendered.set(apiObject, json);
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
  return { unitId: cluster.clusterId, files, releases };
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
  cluster._addRenderedTextFile(PREREQUISITES_FILE, () => `# What unit ${output.unitId} needs before its manifests apply\n${Yaml.stringify(doc)}`);
}

/** Where each unit's prerequisites are written. */
export const PREREQUISITES_FILE = 'prerequisites/prerequisites.yaml';

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
