import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Testing } from 'cdktf';
import { Json, baseProps, referenceGroup, refusal } from './terraform-support';
import { referenceTerraformProps } from '../../apps/reference-terraform';
import { GroupTerraform, KubernetesPlatform, StateBackend } from '../../src';

const { AKS, GKE } = KubernetesPlatform;

/** Every stack of a full synth (cross-stack references resolved as `cdktf synth` does), by name. */
function synthAll(cloud: KubernetesPlatform, stateBackend: StateBackend): Record<string, Json> {
  const app = Testing.app();
  new GroupTerraform(app, 'acme', baseProps(referenceGroup(cloud), { stateBackend }));
  app.synth();
  const stacks = path.join(app.outdir, 'stacks');
  return Object.fromEntries(fs.readdirSync(stacks).sort().map((name) => [name, JSON.parse(fs.readFileSync(path.join(stacks, name, 'cdk.tf.json'), 'utf8'))]));
}

const remoteStates = (stack: Json): Json[] => Object.values(stack.data?.terraform_remote_state ?? {});

describe('state in Azure Storage', () => {
  const stacks = synthAll(AKS, StateBackend.azureStorage({ resourceGroupName: 'tfstate', storageAccountName: 'acmetfstate', containerName: 'state', keyPrefix: '/acme/' }));

  test('every stack has the azurerm backend, with Entra ID auth and a key named after the stack', () => {
    expect(Object.keys(stacks)).toContain('acme-network');
    for (const [name, stack] of Object.entries(stacks)) {
      expect(stack.terraform.backend).toEqual({
        azurerm: { resource_group_name: 'tfstate', storage_account_name: 'acmetfstate', container_name: 'state', key: `acme/${name}.tfstate`, use_azuread_auth: true },
      });
    }
  });

  test('a workloads stack reads its infra stack\'s outputs from that stack\'s key', () => {
    const [state] = remoteStates(stacks['us-east-workloads']);
    expect(state).toMatchObject({ backend: 'azurerm', config: { key: 'acme/us-east-infra.tfstate', container_name: 'state' } });
  });
});

describe('state in a GCS bucket', () => {
  const stacks = synthAll(GKE, StateBackend.gcs({ bucket: 'acme-tfstate', prefix: 'pe' }));

  test('every stack has the gcs backend, prefix named after the stack', () => {
    for (const [name, stack] of Object.entries(stacks)) expect(stack.terraform.backend).toEqual({ gcs: { bucket: 'acme-tfstate', prefix: `pe/${name}` } });
  });

  test('cross-stack references read the producer\'s prefix', () => {
    const sources = remoteStates(stacks['us-east-infra']);
    expect(sources).toEqual([expect.objectContaining({ backend: 'gcs', config: { bucket: 'acme-tfstate', prefix: 'pe/acme-network' } })]);
  });
});

describe('local state, only when asked for', () => {
  const stacks = synthAll(AKS, StateBackend.local());

  test('files at a path relative to the stack folder, read back by the stacks that depend on them', () => {
    expect(stacks['us-east-infra'].terraform.backend).toEqual({ local: { path: '../../../terraform.us-east-infra.tfstate' } });
    const [state] = remoteStates(stacks['us-east-workloads']);
    expect(state).toMatchObject({ backend: 'local', config: { path: '../../../terraform.us-east-infra.tfstate' } });
  });

  test('a directory inside the stack folder is reached from the others through theirs', () => {
    const own = synthAll(AKS, StateBackend.local({ directory: 'state' }));
    expect(own['us-east-infra'].terraform.backend.local.path).toBe('state/terraform.us-east-infra.tfstate');
    expect(remoteStates(own['us-east-workloads'])[0].config.path).toBe('../us-east-infra/state/terraform.us-east-infra.tfstate');
  });
});

describe('the output names no path of the machine that synthesized it', () => {
  const machine = [process.cwd(), os.homedir(), os.tmpdir(), path.resolve(__dirname, '..', '..')].filter((p) => p.length > 1);

  test.each([
    ['AKS, local state', AKS, StateBackend.local()],
    ['GKE, local state', GKE, StateBackend.local()],
    ['AKS, Azure Storage', AKS, StateBackend.azureStorage({ resourceGroupName: 'tfstate', storageAccountName: 'acmetfstate', containerName: 'state' })],
    ['GKE, GCS', GKE, StateBackend.gcs({ bucket: 'acme-tfstate' })],
  ])('%s', (_name, cloud, backend) => {
    for (const [name, stack] of Object.entries(synthAll(cloud, backend))) {
      const text = JSON.stringify(stack);
      expect({ name, found: machine.filter((dir) => text.includes(dir)) }).toEqual({ name, found: [] });
      // The state files and the states read from other stacks: relative, when local.
      const files = [stack.terraform.backend.local?.path, ...remoteStates(stack).map((s) => s.config.path)].filter((f) => f !== undefined);
      expect(files.filter((f: string) => path.isAbsolute(f))).toEqual([]);
    }
  });

  test('the reference app\'s options give remote state on both clouds', () => {
    expect(referenceTerraformProps(referenceGroup(AKS), AKS).stateBackend.kind).toBe('azurerm');
    expect(referenceTerraformProps(referenceGroup(GKE), GKE).stateBackend.kind).toBe('gcs');
  });
});

describe('GroupTerraform refuses a missing or unusable backend', () => {
  test('no backend: refused by the props schema, naming the remote backends and the explicit local choice', () => {
    // stateBackend is a required prop: the generated props schema refuses it at construction, with its documentation.
    const message = refusal(AKS, { stateBackend: undefined as any });
    expect(message).toContain('[acme] GroupTerraformProps: stateBackend is missing; it is required (a StateBackend');
    expect(message).toContain('`StateBackend.azureStorage(...)` or `StateBackend.gcs(...)` (locked, one key or prefix per stack, named after the stack), or `StateBackend.local()` to keep local files on purpose');
    expect(message).toContain('The state holds every credential the Terraform creates');
    expect(message).toContain('Fix: give stateBackend.');
  });

  test('an absolute local directory, an empty bucket name', () => {
    expect(refusal(AKS, { stateBackend: StateBackend.local({ directory: '/var/state' }) })).toContain(
      'GroupTerraform: the local state directory "/var/state" is an absolute path of this machine. Fix:',
    );
    expect(refusal(GKE, { stateBackend: StateBackend.gcs({ bucket: ' ' }) })).toContain('GroupTerraform: the gcs state backend has an empty name. Fix:');
  });
});
