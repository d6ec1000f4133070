import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildSync } from 'esbuild';
import { PROVIDER_PACKAGES } from '../../src/terraform/providers';

const ROOT = path.resolve(__dirname, '../..');
const AZURERM = '@cdktf/provider-azurerm';
const GOOGLE = '@cdktf/provider-google';
const ALL_PROVIDERS = [AZURERM, GOOGLE, '@cdktf/provider-kubernetes', '@cdktf/provider-helm', '@cdktf/provider-random'];

interface ChildReport {
  /** Provider packages loaded once the library and the reference app were loaded. */
  readonly afterLoad: string[];
  /** Provider packages loaded once the output was synthesized. */
  readonly afterSynth: string[];
  /** The synthesis error, if any. */
  readonly error?: string;
}

let bundle: string;
beforeAll(() => {
  // Bundled like the repository's apps (scripts/run-app.js): starts in a second, not ts-node's five.
  // Inside the repository, so that Node finds the packages in its node_modules.
  fs.mkdirSync(path.join(ROOT, '.cache'), { recursive: true });
  bundle = path.join(fs.mkdtempSync(path.join(ROOT, '.cache', 'provider-loading-')), 'child.js');
  buildSync({
    entryPoints: [path.join(ROOT, 'test/support/provider-loading-child.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    keepNames: true,
    logLevel: 'error',
    absWorkingDir: ROOT,
  });
});

afterAll(() => fs.rmSync(path.dirname(bundle), { recursive: true, force: true }));

/** Runs the reference topology in a fresh process where the `hidden` packages are not installed. */
function run(hidden: string[], cloud: 'aks' | 'gke', terraform: boolean): ChildReport {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'provider-loading-out-'));
  const result = spawnSync(process.execPath, [bundle, JSON.stringify({ hidden, cloud, terraform, outdir })], { cwd: ROOT, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
}

describe('the Terraform providers are loaded only when used', () => {
  test('a manifests-only user needs no provider: the library loads and synthesizes with none installed', () => {
    const report = run(ALL_PROVIDERS, 'aks', false);
    expect(report).toEqual({ afterLoad: [], afterSynth: [] });
  });

  test('loading the library loads no provider even when all are installed', () => {
    expect(run([], 'aks', false).afterLoad).toEqual([]);
  });

  test('the Terraform of an AKS group loads AzureRM, not Google', () => {
    const report = run([GOOGLE], 'aks', true);
    expect(report.error).toBeUndefined();
    expect(report.afterSynth).toEqual(['@cdktf/provider-azurerm', '@cdktf/provider-helm', '@cdktf/provider-kubernetes', '@cdktf/provider-random']);
  });

  test('the Terraform of a GKE group loads Google, not AzureRM', () => {
    const report = run([AZURERM], 'gke', true);
    expect(report.error).toBeUndefined();
    expect(report.afterSynth).toEqual(['@cdktf/provider-google', '@cdktf/provider-helm', '@cdktf/provider-kubernetes', '@cdktf/provider-random']);
  });

  test('a missing provider is a clear error naming the package, the range and the install command', () => {
    const report = run([AZURERM], 'aks', true);
    // One problem, reported by synthesize like any other (nothing written).
    expect(report.error).toMatch(/^GroupTerraform: /);
    expect(report.error).toContain(`GroupTerraform: the Terraform of a group on AKS needs the Terraform provider package ${AZURERM}, which is not installed`);
    expect(report.error).toContain(`npm install ${AZURERM}@"^14.23.1"`);
  });
});

describe('the provider packages', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

  test('are optional peers, with the ranges the loader names', () => {
    const known = Object.values(PROVIDER_PACKAGES);
    expect(known.map((p) => p.name).sort()).toEqual([...ALL_PROVIDERS].sort());
    for (const p of known) {
      expect(pkg.peerDependencies[p.name]).toBe(p.range);
      expect(pkg.peerDependenciesMeta[p.name]).toEqual({ optional: true });
    }
  });

  test('no module of src/ imports a provider at load time: only `import type`, and the loader', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) {walk(file);} else if (file.endsWith('.ts')) {
          const text = fs.readFileSync(file, 'utf8');
          const imports = text.match(/^import(?! type)[^;]*from '@cdktf\/provider-[^']+';$/gm) ?? [];
          offenders.push(...imports.map((line) => `${path.relative(ROOT, file)}: ${line}`));
        }
      }
    };
    walk(path.join(ROOT, 'src'));
    expect(offenders).toEqual([]);
  });
});
