import { JsonFile, YamlFile, cdk8s, javascript } from 'projen';

// The source of truth for package.json, tsconfig*.json, jest and eslint.
// Edit this file and run `npx projen` to regenerate them.

/** TypeScript line shared by jsii, ts-jest and ts-node (jsii 5.9 compiles with TypeScript 5.9). */
const TYPESCRIPT = '~5.9.0';

const project = new cdk8s.ConstructLibraryCdk8s({
  name: 'genesys-pe-constructs',
  description:
    'Typed cdk8s and cdktf constructs that deploy Genesys Multicloud CX private edition on AKS or GKE: units, unit pairs and unit groups synthesized to plain manifests and Terraform.',
  author: 'Genesys PE constructs team',
  authorAddress: 'pe-constructs@example.com',
  repositoryUrl: 'https://example.com/genesys-pe-constructs.git',
  defaultReleaseBranch: 'main',
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,
  license: 'Apache-2.0',
  minNodeVersion: '20.0.0',

  jsiiVersion: '~5.9.0',
  typescriptVersion: TYPESCRIPT,
  cdk8sVersion: '2.70.106',
  constructsVersion: '10.4.2',
  peerDeps: [
    'cdk8s-plus-27@^2.9.5',
    'cdktf@^0.21.0',
    '@cdktf/provider-kubernetes@^12.1.1',
    '@cdktf/provider-helm@^12.1.2',
    '@cdktf/provider-azurerm@^14.23.1',
    '@cdktf/provider-google@^16.12.1',
    '@cdktf/provider-random@^12.0.1',
  ],
  devDeps: [
    'cdk8s-cli@^2.207.0',
    'cdktf-cli@^0.21.0',
    'kubernetes-models@4.5.1',
    '@kubernetes-models/validate@^4',
    'yaml@^2.5.0',
    'ts-json-schema-generator@^2.4.0',
    '@cdktf/hcl2json@^0.21.0',
    `typescript@${TYPESCRIPT}`,
    // Schemas of the GitOps release objects (Flux HelmRelease / HelmRepository, Argo CD Application).
    '@kubernetes-models/flux-cd@^4.0.0',
    '@kubernetes-models/argo-cd@^4.0.0',
    // Bundles an app with the library's sources in 0.1 s, so the apps run without ts-node (scripts/run-app.js).
    'esbuild@^0.28.2',
  ],
  // Not jsii libraries, so they ship inside the package: typed Grafana dashboards at synth time, and
  // ajv, which checks props against the schemas generated from their interfaces (props-schemas).
  bundledDeps: ['@grafana/grafana-foundation-sdk@0.0.21', 'ajv@^8.17.0'],

  // jsii writes its packages to dist/ by default; dist/ is where the manifests go (DESIGN.md, Output layout).
  artifactsDirectory: 'pkg',

  // No hosted CI or release pipeline: CI is .ci/run on a clean clone.
  github: false,
  release: false,
  buildWorkflow: false,
  depsUpgrade: false,
  pullRequestTemplate: false,

  docgen: true,
  eslint: true,
  eslintOptions: { dirs: ['src', 'apps'], devdirs: ['test', 'scripts', 'projenrc', '.projenrc.ts'] },
  prettier: false,

  jestOptions: {
    jestVersion: '^29',
    // Snapshots are a second guard (DESIGN.md, Testing): a changed snapshot must fail, never rewrite itself.
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
    passWithNoTests: false,
    jestConfig: {
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      testTimeout: 60_000,
      // Coverage instrumentation slows synth-heavy tests; run `npx jest --coverage` when wanted.
      collectCoverage: false,
    },
  },
  tsconfigDev: {
    include: ['apps/**/*.ts', 'scripts/**/*.ts'],
    compilerOptions: {},
  },
  gitignore: ['/dist/', '/dist-gke/', '/cdktf.out/', '/cdktf.out.gke/', '/pkg/', '/.cache/'],
});

// jest 30 and eslint-import-resolver-typescript 4 load native resolvers through optional
// per-platform packages that the registry CI uses does not serve, which breaks `npm ci`; the eslint
// component adds the resolver unpinned, so pin it here.
project.deps.removeDependency('eslint-import-resolver-typescript');
project.addDevDeps('eslint-import-resolver-typescript@3.8.0');

// The Terraform providers are optional peers: manifests-only users install none (about 720 MB), an
// AKS user not Google's, a GKE user not AzureRM's. The library loads them only when its Terraform
// constructs build their resources (src/terraform/providers.ts).
project.package.addField('peerDependenciesMeta', Object.fromEntries(
  ['@cdktf/provider-kubernetes', '@cdktf/provider-helm', '@cdktf/provider-azurerm', '@cdktf/provider-google', '@cdktf/provider-random']
    .map((name) => [name, { optional: true }]),
));

// What users need is lib/, .jsii, API.md, README and LICENSE: not the repo's outputs, caches, CRDs,
// docs or CLI configuration (cdktf.json carries a local project id).
for (const path of [
  '/apps/', '/scripts/', '/dist/', '/dist-gke/', '/cdktf.out/', '/cdktf.out.gke/', '/.ci/', '/.cache/', '/pkg/',
  '/crds/', '/docs/', '/cdk8s.yaml', '/cdktf.json', '/test-reports/',
]) {
  project.npmignore?.exclude(path);
}

// The example apps compile against src/ directly, so that `cdk8s synth` needs no build first; they
// run through scripts/run-app.js, which bundles them with esbuild (ts-node took 3 s to start).
new JsonFile(project, 'apps/tsconfig.json', {
  obj: {
    extends: '../tsconfig.json',
    compilerOptions: { rootDir: '..', noEmit: true },
    include: ['./**/*.ts', '../src/**/*.ts'],
  },
});

new YamlFile(project, 'cdk8s.yaml', {
  obj: {
    language: 'typescript',
    // The build and the tests type-check apps/; this runs them bundled, without checking again.
    app: 'node scripts/run-app.js apps/main.ts',
    output: 'dist',
    // CRD bindings in src/imports are generated from the vendored CRDs: `npx projen import`.
    imports: [
      'crds/consul-k8s/consul.hashicorp.com_serviceintentions.yaml',
      // One binding file per prometheus-operator kind (the prefix names the file).
      'podmonitor:=crds/prometheus-operator/monitoring.coreos.com_podmonitors.yaml',
      'servicemonitor:=crds/prometheus-operator/monitoring.coreos.com_servicemonitors.yaml',
      'prometheusrule:=crds/prometheus-operator/monitoring.coreos.com_prometheusrules.yaml',
    ],
  },
});

// `cdktf synth` runs the Terraform of the reference topology (AKS; GENESYS_CLOUD=gke for GKE).
new JsonFile(project, 'cdktf.json', {
  obj: {
    language: 'typescript',
    app: 'node scripts/run-app.js apps/terraform.ts',
    output: 'cdktf.out',
    terraformProviders: [],
    terraformModules: [],
    context: {},
  },
});

// The starter: `npx -p genesys-pe-constructs genesys-pe-init <folder>` creates a platform repository.
project.addBins({ 'genesys-pe-init': 'bin/genesys-pe-init.js' });

project.addTask('tf:synth', {
  description: 'Synthesize the Terraform of the reference topology on AKS (cdktf.out/) and on GKE (cdktf.out.gke/)',
  env: { CHECKPOINT_DISABLE: '1' },
  steps: [{ exec: 'cdktf synth' }, { exec: 'cdktf synth --output cdktf.out.gke', env: { GENESYS_CLOUD: 'gke' } }],
});

project.addTask('synth:gke', {
  description: 'Synthesize the reference topology on GKE (apps/gke.ts) into dist-gke/<unit-id>/',
  exec: 'node scripts/run-app.js apps/gke.ts',
});

project.addTask('bench', {
  description: 'Synth benchmark: unit groups of 1-8 units, both outputs, against bare cdk8s/cdktf floors; writes docs/benchmark.md (options: -- --help)',
  exec: 'ts-node --transpile-only --project scripts/tsconfig.json scripts/bench/main.ts',
  receiveArgs: true,
});

// The props check (src/core/check-props.ts) reads JSON schemas generated from the props interfaces;
// a test fails when the committed file is stale.
const propsSchemas = project.addTask('props-schemas', {
  description: 'Generate src/core/props-schemas.generated.ts, the JSON schemas of the public props interfaces',
  exec: 'ts-node --transpile-only --project scripts/tsconfig.json scripts/props-schemas.ts',
});
project.preCompileTask.spawn(propsSchemas);

// Generated code is not linted.
project.eslint?.addIgnorePattern('src/imports/');

project.addTask('import', {
  description: 'Regenerate the CRD bindings in src/imports from the CRDs listed in cdk8s.yaml',
  exec: 'cdk8s import --output src/imports --language typescript',
});

// `cdk8s synth` runs the default app; `npm run synth` is the same, spelled for people who expect npm
// scripts. The npm script calls cdk8s directly: through projen's task runner it started 0.6 s later.
const SYNTH = 'cdk8s synth --check-upgrade=false';
project.addTask('synth', {
  description: 'Synthesize the default app (apps/main.ts) into dist/<unit-id>/',
  exec: SYNTH,
});
project.package.setScript('synth', SYNTH);

project.synth();
