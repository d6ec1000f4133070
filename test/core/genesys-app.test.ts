import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { GenesysApp, GenesysService } from '../../src';
import { container, testApp, testUnit } from '../support/fixtures';
import { synth } from '../support/synth';

function twoUnits(app: GenesysApp) {
  for (const id of ['us-east', 'us-central']) {
    const unit = testUnit(app, {}, id);
    new GenesysService(unit, 'tenant', { serviceId: 'tenant', containers: [container()] });
    new GenesysService(unit, 'voice-config', { serviceId: 'voice-config', containers: [container()] });
  }
}

describe('GenesysApp output', () => {
  test('one folder per unit; files sort in deployment-wave order', () => {
    const app = testApp();
    twoUnits(app);
    const files = Object.keys(synth(app).files);
    expect(files).toEqual([
      'us-central/00-cluster.yaml',
      'us-central/01-mesh.yaml',
      'us-central/03-voice.yaml',
      'us-central/04-tenant.yaml',
      'us-central/mesh/intentions.md',
      'us-east/00-cluster.yaml',
      'us-east/01-mesh.yaml',
      'us-east/03-voice.yaml',
      'us-east/04-tenant.yaml',
      'us-east/mesh/intentions.md',
    ]);
  });

  test('within a file, kinds come in apply order', () => {
    const app = testApp();
    twoUnits(app);
    const kinds = synth(app).objects.filter((o) => o.file === 'us-east/00-cluster.yaml').map((o) => o.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)));
    expect(kinds[0]).toBe('Namespace');
    const voice = synth(app).objects.filter((o) => o.file === 'us-east/03-voice.yaml').map((o) => o.kind);
    expect(voice).toEqual(['ServiceAccount', 'Service', 'Deployment', 'PodDisruptionBudget']);
  });

  test('same input, byte-identical output', () => {
    const render = () => {
      const app = testApp();
      twoUnits(app);
      return app.synthFiles();
    };
    expect(render()).toEqual(render());
  });

  test('synth writes the folder; a failing synth lists every problem and leaves the previous output untouched', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'genesys-out-'));
    const good = new GenesysApp({ outdir });
    twoUnits(good);
    good.synth();
    const before = fs.readFileSync(path.join(outdir, 'us-east', '03-voice.yaml'), 'utf8');
    expect(fs.readdirSync(outdir).sort()).toEqual(['us-central', 'us-east']);

    const bad = new GenesysApp({ outdir });
    const unit = testUnit(bad, { imageRegistry: 'Not A Registry' }, 'Bad_Unit');
    new GenesysService(unit, 'voice-config', { serviceId: 'voice-config', containers: [container()], replicas: -2 });
    expect(() => bad.synth()).toThrow(/3 problem\(s\) found; nothing was written/);
    expect(fs.readFileSync(path.join(outdir, 'us-east', '03-voice.yaml'), 'utf8')).toBe(before);
    expect(fs.readdirSync(path.dirname(outdir)).filter((f) => f.startsWith(`${path.basename(outdir)}.staging`))).toEqual([]);
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test('synthOrReport prints the problems and sets a failing exit code instead of throwing', () => {
    const app = testApp();
    testUnit(app, {}, 'Bad_Unit');
    const errors: string[] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((m: string) => errors.push(m));
    const previous = process.exitCode;
    app.synthOrReport();
    expect(process.exitCode).toBe(1);
    process.exitCode = previous;
    spy.mockRestore();
    expect(errors.join('\n')).toContain('[Bad_Unit] unit id "Bad_Unit" is not a DNS label; it names the unit\'s folder and is a label value on every object (Kubernetes object names, DNS label names (RFC 1123); 003 §1.10). Fix: use lower-case letters');
  });

  test('text files added to a unit are written beside its manifests', () => {
    const app = testApp();
    const unit = testUnit(app);
    unit.addTextFile('README.txt', 'hello\n');
    expect(() => unit.addTextFile('values.yaml', 'a: 1')).toThrow(/would be read as a manifest by kubectl apply -f; put it in a subfolder/);
    expect(synth(app).files['us-east/README.txt']).toBe('hello\n');
    expect(() => unit.addTextFile('README.txt', 'again')).toThrow(/was added already/);
  });
});

const ORDER = ['Namespace', 'PriorityClass', 'StorageClass'];
