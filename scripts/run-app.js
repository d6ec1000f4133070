#!/usr/bin/env node
// Runs one of the repository's apps (apps/*.ts) the fast way: esbuild bundles the app with the
// library's TypeScript sources into .cache/run-app/ (about 0.1 s; packages stay outside the bundle,
// loaded from node_modules as usual), then Node runs the bundle. ts-node spent about 3 s
// transpiling src/ at every start. The bundle is built again only when one of its sources (or this
// script) is newer. Type-checking is not this script's job: the build and the tests type-check
// apps/ and src/.
//
// Usage: node scripts/run-app.js apps/<app>.ts
'use strict';
const fs = require('fs');
const path = require('path');

const entry = process.argv[2];
if (!entry || !entry.endsWith('.ts')) {
  console.error('Usage: node scripts/run-app.js apps/<app>.ts');
  process.exit(2);
}
const root = path.resolve(__dirname, '..');
const bundle = path.join(root, '.cache', 'run-app', path.relative(root, path.resolve(entry)).replace(/\.ts$/, '.js'));
const inputsFile = `${bundle}.inputs.json`;

/** Whether the bundle is newer than every file it was built from. */
function upToDate() {
  try {
    const built = fs.statSync(bundle).mtimeMs;
    const inputs = JSON.parse(fs.readFileSync(inputsFile, 'utf8'));
    return [__filename, ...inputs].every((file) => fs.statSync(path.resolve(root, file)).mtimeMs < built);
  } catch {
    return false; // no bundle yet, or an input is gone
  }
}

if (!upToDate()) {
  const result = require('esbuild').buildSync({
    entryPoints: [entry],
    outfile: bundle,
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    // The library names classes in its messages and checks (constructor.name): keep them.
    keepNames: true,
    // For stack traces in the TypeScript sources, run with NODE_OPTIONS=--enable-source-maps; not on
    // by default, since mapping every stack that cdktf captures made the synth 0.6 s slower.
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  fs.writeFileSync(inputsFile, JSON.stringify(Object.keys(result.metafile.inputs)));
}
// Run the bundle as the main module, with the app's own arguments, so that `require.main === module` holds in it.
process.argv.splice(1, 2, bundle);
require('module').runMain();
