#!/usr/bin/env node
// Creates a new platform repository that uses genesys-pe-constructs: package.json with the library,
// a pinned TypeScript and the cdk8s and cdktf CLIs, cdk8s.yaml, cdktf.json, tsconfig.json and a
// main.ts describing a small topology. Then: cd <folder> && npm install && npx cdk8s synth && npx cdktf synth.
//
//   npx -p genesys-pe-constructs genesys-pe-init <folder> [--library <version, path or tarball>]
'use strict';
const fs = require('fs');
const path = require('path');

function usage(message) {
  if (message) console.error(`genesys-pe-init: ${message}`);
  console.error('Usage: genesys-pe-init <folder> [--library <version, path or tarball>]');
  process.exit(2);
}

const args = process.argv.slice(2);
const folder = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--library');
const libraryIndex = args.indexOf('--library');
if (!folder) usage('give the folder to create');
if (libraryIndex >= 0 && !args[libraryIndex + 1]) usage('--library needs a value');
const own = require(path.join(__dirname, '..', 'package.json'));
const library = libraryIndex >= 0 ? args[libraryIndex + 1] : `^${own.version}`;
const target = path.resolve(folder);
if (fs.existsSync(target) && fs.readdirSync(target).length > 0) usage(`${target} exists and is not empty; nothing was written`);

const peers = own.peerDependencies || {};
const optional = own.peerDependenciesMeta || {};
// The starter's topology runs on AKS with its Terraform: the required peers, and of the optional
// Terraform providers those of AKS (not Google's: about 300 MB a GKE-less repository does not need).
const AKS_PROVIDERS = ['@cdktf/provider-azurerm', '@cdktf/provider-kubernetes', '@cdktf/provider-helm', '@cdktf/provider-random'];
const wanted = Object.fromEntries(Object.entries(peers).filter(([name]) => !(optional[name] && optional[name].optional) || AKS_PROVIDERS.includes(name)));
const dev = own.devDependencies || {};
const files = {
  'package.json': `${JSON.stringify({
    name: path.basename(target),
    private: true,
    scripts: { synth: 'cdk8s synth', 'tf:synth': 'cdktf synth' },
    dependencies: { 'genesys-pe-constructs': library, ...wanted },
    devDependencies: {
      // The TypeScript line the library is built with: ts-node does not work with TypeScript 7.
      'typescript': dev.typescript || '~5.9.0',
      'ts-node': dev['ts-node'] || '^10.9.2',
      '@types/node': dev['@types/node'] || '^20',
      'cdk8s-cli': dev['cdk8s-cli'] || '^2.207.0',
      'cdktf-cli': dev['cdktf-cli'] || '^0.21.0',
    },
  }, null, 2)}\n`,
  'cdk8s.yaml': 'language: typescript\napp: npx ts-node main.ts\noutput: dist\n',
  'cdktf.json': `${JSON.stringify({ language: 'typescript', app: 'npx ts-node main.ts', output: 'cdktf.out', terraformProviders: [], terraformModules: [], context: {} }, null, 2)}\n`,
  'tsconfig.json': `${JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'commonjs', moduleResolution: 'node', strict: true, esModuleInterop: true, skipLibCheck: true },
    include: ['main.ts'],
  }, null, 2)}\n`,
  '.gitignore': 'node_modules/\ndist/\ncdktf.out/\n',
  'main.ts': fs.readFileSync(path.join(__dirname, '..', 'starter', 'main.ts'), 'utf8'),
};
fs.mkdirSync(target, { recursive: true });
for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(target, name), content);
console.log(`Created ${target}. Next: cd ${folder} && npm install && npx cdk8s synth && npx cdktf synth`);
