/**
 * A child process for test/terraform/provider-loading.test.ts: hides the provider packages named
 * in its argument (as if not installed), loads the library, synthesizes the reference topology as
 * told, and prints which provider packages were loaded, as JSON on stdout.
 *
 * Argument: JSON `{ hidden: string[], cloud: 'aks' | 'gke', terraform: boolean, outdir: string }`.
 */
import * as path from 'path';

interface ChildTask {
  readonly hidden: string[];
  readonly cloud: 'aks' | 'gke';
  readonly terraform: boolean;
  readonly outdir: string;
}

const task: ChildTask = JSON.parse(process.argv[2]);

// Node's resolver, made to fail for the hidden packages exactly as for a package that is absent.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Module = require('module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request: string, ...rest: unknown[]) {
  if (task.hidden.some((name) => request === name || request.startsWith(`${name}/`))) {
    const error = new Error(`Cannot find module '${request}'`) as NodeJS.ErrnoException;
    error.code = 'MODULE_NOT_FOUND';
    throw error;
  }
  return resolve.call(this, request, ...rest);
};

function loadedProviders(): string[] {
  const names = Object.keys(require.cache)
    .map((file) => /node_modules[\\/](@cdktf[\\/]provider-[a-z]+)[\\/]/.exec(file)?.[1].replace('\\', '/'))
    .filter((name): name is string => name !== undefined);
  return [...new Set(names)].sort();
}

// Loaded after the hook, as a user's app loads the package.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const library = require('../../src') as typeof import('../../src');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { referenceModel } = require('../../apps/reference-app') as typeof import('../../apps/reference-app');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defineReferenceTopology } = require('../../apps/reference-topology') as typeof import('../../apps/reference-topology');
const afterLoad = loadedProviders();
let error: string | undefined;
try {
  const cloud = task.cloud === 'aks' ? library.KubernetesPlatform.AKS : library.KubernetesPlatform.GKE;
  if (task.terraform) {
    const result = library.synthesize(referenceModel(cloud), {
      outdir: path.join(task.outdir, 'dist'),
      terraformOutdir: path.join(task.outdir, 'cdktf.out'),
      report: false,
    });
    if (result.problems.length > 0) error = result.problems.join('\n');
  } else {
    // What a manifests-only app does: the model and GenesysApp.synth(), no GroupTerraform.
    const app = new library.GenesysApp({ outdir: path.join(task.outdir, 'dist') });
    defineReferenceTopology(app, cloud);
    app.synth();
  }
} catch (e) {
  error = (e as Error).message;
}
process.stdout.write(JSON.stringify({ afterLoad, afterSynth: loadedProviders(), error }));
