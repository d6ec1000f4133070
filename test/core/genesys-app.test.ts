import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { GenericChartService, GenesysApp } from '../../src';
import { testApp, testUnit } from '../support/fixtures';
import { synth } from '../support/synth';

function twoUnits(app: GenesysApp) {
  for (const id of ['us-east', 'us-central']) {
    const unit = testUnit(app, {}, id);
    // In the Consul mesh, as the guides run Voice and the Tenant Service (000 §2.4).
    new GenericChartService(unit, 'tenant', { serviceId: 'tenant', chart: 'tenant', chartVersion: '1.0.0', meshed: true });
    new GenericChartService(unit, 'voice-config', { serviceId: 'voice-config', chart: 'voice-config', chartVersion: '1.0.0', meshed: true });
  }
}

describe('GenesysApp output', () => {
  test('one folder per unit; files sort in deployment-wave order', () => {
    const app = testApp();
    twoUnits(app);
    const files = Object.keys(synth(app).files);
    expect(files).toEqual([
      ...['us-central', 'us-east'].flatMap((unit) => [
        `${unit}/00-cluster.yaml`,
        // The Flux HelmRepository the releases install from.
        `${unit}/01-infrastructure.yaml`,
        `${unit}/01-mesh.yaml`,
        // Voice services deploy in wave 3, the Tenant Service in wave 4 (003 §7.1).
        `${unit}/03-voice.yaml`,
        `${unit}/04-tenant.yaml`,
        `${unit}/helm/README.md`,
        `${unit}/helm/tenant.values.yaml`,
        `${unit}/helm/voice-config.values.yaml`,
        `${unit}/mesh/intentions.md`,
        `${unit}/prerequisites/prerequisites.yaml`,
      ]),
    ]);
  });

  test('within a file, kinds come in apply order', () => {
    const app = testApp();
    twoUnits(app);
    const kinds = synth(app).objects.filter((o) => o.file === 'us-east/00-cluster.yaml').map((o) => o.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)));
    expect(kinds[0]).toBe('Namespace');
    // A service is its chart release; the chart renders its workload.
    const voice = synth(app).objects.filter((o) => o.file === 'us-east/03-voice.yaml').map((o) => [o.kind, o.metadata.name]);
    expect(voice).toEqual([['HelmRelease', 'voice-config']]);
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
    const valuesBefore = fs.readFileSync(path.join(outdir, 'us-east', 'helm', 'voice-config.values.yaml'), 'utf8');
    expect(fs.readdirSync(outdir).sort()).toEqual(['us-central', 'us-east']);

    const bad = new GenesysApp({ outdir });
    const unit = testUnit(bad, { imageRegistry: 'Not A Registry' }, 'Bad_Unit');
    new GenericChartService(unit, 'voice-config', { serviceId: 'voice-config', chart: 'voice-config', chartVersion: 'latest' });
    expect(() => bad.synth()).toThrow(/3 problem\(s\) found; nothing was written/);
    expect(fs.readFileSync(path.join(outdir, 'us-east', '03-voice.yaml'), 'utf8')).toBe(before);
    expect(fs.readFileSync(path.join(outdir, 'us-east', 'helm', 'voice-config.values.yaml'), 'utf8')).toBe(valuesBefore);
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
