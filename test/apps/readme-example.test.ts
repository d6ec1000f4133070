import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');

/** The README's example app, verbatim, importing the library from src/. */
function readmeExample(): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  // The ts block that builds the model inside synthesize(...).
  const start = readme.lastIndexOf('```ts\nimport {\n', readme.indexOf('synthesize((app, terraform) => {'));
  const code = readme.slice(start + '```ts\n'.length, readme.indexOf('```', start + 6));
  expect(code).toContain('synthesize((app, terraform) => {');
  return code.replace("'genesys-pe-constructs'", JSON.stringify(path.join(ROOT, 'src')));
}

/** Runs the example as a command line would (ts-node), in a fresh folder, with `env` added. */
function run(code: string, env: Record<string, string> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-example-'));
  fs.writeFileSync(path.join(dir, 'acme.ts'), code);
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'CDK8S_OUTDIR' && k !== 'CDKTF_OUTDIR'));
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/ts-node'), ['--transpile-only', '--project', path.join(ROOT, 'apps/tsconfig.json'), 'acme.ts'], {
    cwd: dir,
    env: { ...clean, ...env },
    encoding: 'utf8',
  });
  return { dir, status: result.status, stderr: result.stderr };
}

describe('the README example', () => {
  test('under ts-node it writes the manifests and the Terraform', () => {
    const { dir, status, stderr } = run(readmeExample());
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(fs.existsSync(path.join(dir, 'dist-acme/us-east/03-voice.yaml'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'cdktf.out.acme/stacks/us-east-infra/cdk.tf.json'))).toBe(true);
    // EngagementServices: GES, CX Contact and the Interaction Server of t100 in the primary unit only,
    // and the stores the Terraform provisions for them.
    for (const wave of ['07-ges.yaml', '07-cxc.yaml', '08-ixn.yaml']) {
      expect(fs.existsSync(path.join(dir, 'dist-acme/us-east', wave))).toBe(true);
      expect(fs.existsSync(path.join(dir, 'dist-acme/us-central', wave))).toBe(false);
    }
    const infra = fs.readFileSync(path.join(dir, 'cdktf.out.acme/stacks/us-east-infra/cdk.tf.json'), 'utf8');
    for (const store of ['acme-us-east-ges', 'acme-us-east-ges-pg', 'acme-us-east-cxc', 'acme-us-east-cxc-pg', 'acme-us-east-ixn-t100']) {
      expect(infra).toContain(`"name": "${store}"`);
    }
  });

  test('under cdk8s synth (CDK8S_OUTDIR) it writes the manifests only, where the command line says', () => {
    const { dir, status } = run(readmeExample(), { CDK8S_OUTDIR: 'k8s-out' });
    expect(status).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(['acme.ts', 'k8s-out']);
    expect(fs.existsSync(path.join(dir, 'k8s-out/us-central/03-voice.yaml'))).toBe(true);
  });

  test('under cdktf synth (CDKTF_OUTDIR) it writes the Terraform only, where the command line says', () => {
    const { dir, status } = run(readmeExample(), { CDKTF_OUTDIR: path.join(os.tmpdir(), `tf-out-${process.pid}`) });
    expect(status).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(['acme.ts']);
    const out = path.join(os.tmpdir(), `tf-out-${process.pid}`);
    expect(fs.existsSync(path.join(out, 'manifest.json'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'stacks/us-central-workloads/cdk.tf.json'))).toBe(true);
    fs.rmSync(out, { recursive: true, force: true });
  });

  test.each([
    ['a misspelt option', (c: string) => c.replace("region: 'eastus2'", "regoin: 'eastus2'"), '[acme/us/us-east] UnitProps: "regoin" is not an option'],
    ['a Terraform-only rule', (c: string) => c.replace("kubernetesVersion: '1.29',", "kubernetesVersion: '1.29', containerRegistryId: 'acr',"), '[acme] GroupTerraform: containerRegistryId "acr" is not the resource id'],
  ])('%s: exit code 1, the problem with its fix, no stack trace, both folders as they were', (_, breakIt, message) => {
    const code = breakIt(readmeExample());
    expect(code).not.toBe(readmeExample());
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-broken-'));
    for (const folder of ['dist-acme', 'cdktf.out.acme']) {
      fs.mkdirSync(path.join(dir, folder));
      fs.writeFileSync(path.join(dir, folder, 'previous.txt'), 'last good output');
    }
    fs.writeFileSync(path.join(dir, 'acme.ts'), code);
    const result = spawnSync(path.join(ROOT, 'node_modules/.bin/ts-node'), ['--transpile-only', '--project', path.join(ROOT, 'apps/tsconfig.json'), 'acme.ts'], { cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Fix: ');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    for (const folder of ['dist-acme', 'cdktf.out.acme']) expect(fs.readdirSync(path.join(dir, folder))).toEqual(['previous.txt']);
    expect(fs.readdirSync(dir).sort()).toEqual(['acme.ts', 'cdktf.out.acme', 'dist-acme']);
  });
});
