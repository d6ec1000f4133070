import { ChartDelivery, ChartRepository, VoiceMicroservices } from '../../src';
import { testApp } from '../support/fixtures';
import { describeWithHelm, fixtureChartFolder, helmBinary } from '../support/helm';
import { synth } from '../support/synth';
import { tenantService } from '../support/tenant-unit';
import { releaseValues } from '../support/values';
import { voiceProps, voiceStores } from '../support/voice-unit';

const VOICE_CHARTS = ['voice-agent', 'voice-callthread', 'voice-config', 'voice-dialplan', 'voice-sipfe', 'voice-ors', 'voice-registrar', 'voice-rq', 'voice-sip', 'voice-sipproxy', 'voice-voicemail'];

/** A unit with the Voice services and tenant t100, delivered as `charts` says. */
function voiceAndTenant(charts?: ChartDelivery) {
  const app = testApp();
  const stores = voiceStores(app);
  if (charts) ChartDelivery.use(stores.unit, charts);
  new VoiceMicroservices(stores.unit, 'voice', voiceProps(stores));
  tenantService(stores);
  return app;
}

describe('Flux delivery', () => {
  const out = synth(voiceAndTenant());

  test('one HelmRepository per unit in flux-system, in the infrastructure wave', () => {
    const repositories = out.objects.filter((o) => o.kind === 'HelmRepository');
    expect(repositories).toHaveLength(1);
    expect(repositories[0]).toMatchObject({ file: 'us-east/01-infrastructure.yaml', metadata: { name: 'genesys-charts', namespace: 'flux-system' }, spec: { url: 'https://charts.example.com/genesys', interval: '10m' } });
  });

  test('a HelmRelease per release, with the values written to helm/<release>.values.yaml', () => {
    const releases = out.objects.filter((o) => o.kind === 'HelmRelease');
    expect(releases.map((r) => r.metadata.name).sort()).toEqual([...VOICE_CHARTS, 't100'].sort());
    for (const r of releases) {
      expect(r.spec.values).toEqual(releaseValues(out, 'us-east', r.metadata.name));
      expect(r.spec.chart.spec.sourceRef).toEqual({ kind: 'HelmRepository', name: 'genesys-charts', namespace: 'flux-system' });
    }
  });

  test('dependsOn follows the deployment order: Voice, then the Tenant Service, then Voicemail (000 §5.1)', () => {
    const dependsOn = (name: string) => (out.find('HelmRelease', name).spec.dependsOn ?? []).map((d: any) => d.name).sort();
    expect(dependsOn('voice-agent')).toEqual([]);
    expect(dependsOn('t100')).toEqual(VOICE_CHARTS.filter((c) => c !== 'voice-voicemail').sort());
    expect(dependsOn('voice-voicemail')).toEqual(['t100']);
  });

  test('helm/README.md gives the guide\'s helm upgrade --install of every release with its values file, in deployment order', () => {
    const lines = out.files['us-east/helm/README.md'].split('\n').filter((l) => l.startsWith('helm '));
    expect(lines[0]).toBe('helm repo add genesys https://charts.example.com/genesys  # add --username/--password if your mirror needs them');
    expect(lines).toContain('helm upgrade --install voice-agent genesys/voice-agent --version 100.0.1000006 -n voice -f voice-agent.values.yaml --wait');
    const order = lines.slice(1).map((l) => l.split(' ')[3]);
    expect(order.indexOf('t100')).toBeGreaterThan(order.indexOf('voice-sip'));
    expect(order.indexOf('voice-voicemail')).toBeGreaterThan(order.indexOf('t100'));
    expect(order).toHaveLength(12);
  });

  test('a credentials Secret of the repository is referenced, never written', () => {
    const o = synth(voiceAndTenant(ChartDelivery.flux({ repository: ChartRepository.url('oci://acme.azurecr.io/helm', { credentialsSecret: 'genesys-charts-login' }) })));
    expect(o.find('HelmRepository', 'genesys-charts').spec).toEqual({ url: 'oci://acme.azurecr.io/helm', interval: '10m', type: 'oci', secretRef: { name: 'genesys-charts-login' } });
    expect(o.objects.some((x) => x.kind === 'Secret')).toBe(false);
  });
});

describe('Argo CD delivery', () => {
  const out = synth(voiceAndTenant(ChartDelivery.argoCd({ repository: ChartRepository.url('https://charts.example.com/genesys') })));

  test('an Application per release with the values inline and the wave as its sync wave', () => {
    const agent = out.find('Application', 'us-east-voice-agent', 'argocd');
    expect(agent.metadata.annotations).toEqual({ 'argocd.argoproj.io/sync-wave': '3' });
    expect(agent.spec.source).toMatchObject({ repoURL: 'https://charts.example.com/genesys', chart: 'voice-agent', targetRevision: '100.0.1000006', helm: { releaseName: 'voice-agent' } });
    expect(agent.spec.source.helm.valuesObject).toEqual(releaseValues(out, 'us-east', 'voice-agent'));
    expect(agent.spec.destination).toEqual({ server: 'https://kubernetes.default.svc', namespace: 'voice' });
    expect(out.find('Application', 'us-east-t100', 'argocd').metadata.annotations?.['argocd.argoproj.io/sync-wave']).toBe('4');
    expect(out.objects.some((o) => o.kind === 'HelmRelease' || o.kind === 'HelmRepository')).toBe(false);
  });
});

describe('Terraform delivery', () => {
  test('no release objects in the manifests; the values files are still written; the releases are recorded for the Terraform', () => {
    const app = voiceAndTenant(ChartDelivery.terraform({ repository: ChartRepository.url('https://charts.example.com/genesys') }));
    const out = synth(app);
    expect(out.objects.some((o) => ['HelmRelease', 'HelmRepository', 'Application'].includes(o.kind))).toBe(false);
    expect(Object.keys(out.files).filter((f) => f.startsWith('us-east/helm/') && f.endsWith('.values.yaml'))).toHaveLength(12);
    const releases = app.manifests()[0].releases;
    expect(releases.map((r) => [r.releaseName, r.fileName, r.deliveredByTerraform])).toContainEqual(['voice-voicemail', '04-voicemail.yaml', true]);
  });
});

describe('delivery problems', () => {
  test.each([
    ['no delivery at all', undefined, 'no chart delivery is set for this unit'],
    ['a local chart folder for Flux', ChartDelivery.flux({ repository: ChartRepository.localFolder('charts') }), 'the flux delivery cannot read charts from the local folder "charts"'],
    ['a URL that is not https', ChartDelivery.argoCd({ repository: ChartRepository.url('http://charts.example.com') }), 'chart repository "http://charts.example.com" is not an https:// or oci:// URL'],
    ['a password in the URL', ChartDelivery.flux({ repository: ChartRepository.url('https://me:secret@charts.example.com') }), 'the chart repository URL carries a user name and password'],
    ['a Flux interval that is no duration', ChartDelivery.flux({ repository: ChartRepository.url('https://charts.example.com'), interval: 'often' }), 'Flux interval "often" is not a duration'],
  ])('%s', (_name, delivery, message) => {
    const app = testApp();
    const stores = voiceStores(app, undefined, true, { charts: delivery });
    new VoiceMicroservices(stores.unit, 'voice', voiceProps(stores));
    expect(() => app.synthFiles()).toThrow(message);
  });

  test('helm template with no helm binary is a problem with the fix, not a crash', () => {
    const app = testApp();
    const charts = ChartDelivery.helmTemplate({ repository: ChartRepository.url('https://charts.example.com'), helmExecutable: '/nonexistent/helm' });
    const stores = voiceStores(app, undefined, true, { charts });
    new VoiceMicroservices(stores.unit, 'voice', voiceProps(stores));
    expect(() => app.synthFiles()).toThrow(
      "voice-agent: helm template failed: unable to execute '/nonexistent/helm' to render Helm chart. Is it installed on your system. Fix: install helm 3 and put it on the PATH (or set HELM_BINARY), or choose the flux, argoCd or terraform delivery.",
    );
  });
});

describeWithHelm('helm template through fixture charts that take the vendor\'s keys', () => {
  const folder = fixtureChartFolder({ ...Object.fromEntries(VOICE_CHARTS.map((c) => [c, 'voice'])), tenant: 'tenant' });
  const out = synth(voiceAndTenant(ChartDelivery.helmTemplate({ repository: ChartRepository.localFolder(folder), helmExecutable: helmBinary })));

  test('every release renders, and every rendered object passes the schema check (synth checks them)', () => {
    for (const chart of VOICE_CHARTS.filter((c) => c !== 'voice-sip' && c !== 'voice-ors' && c !== 'voice-rq' && c !== 'voice-sipproxy')) {
      expect(out.find('Deployment', chart, 'voice').file).toBe(chart === 'voice-voicemail' ? 'us-east/04-voicemail.yaml' : 'us-east/03-voice.yaml');
    }
    expect(out.find('StatefulSet', 'voice-rq', 'voice').spec.updateStrategy).toEqual({ type: 'OnDelete' });
    expect(out.find('StatefulSet', 't100', 'voice').file).toBe('us-east/04-tenant.yaml');
  });

  test('the rendered pods carry the computed image, priority, placement and user', () => {
    const pod = out.find('Deployment', 'voice-agent', 'voice').spec.template.spec;
    expect(pod.containers[0].image).toBe('registry.example.com/voice-agent:100.0.100.0009');
    expect(pod.priorityClassName).toBe('genesysengage-critical-priority');
    expect(pod.nodeSelector).toEqual({ 'genesys-pe.io/node-pool': 'general' });
    expect(pod.securityContext).toEqual({ fsGroup: 500, runAsUser: 500, runAsGroup: 500, runAsNonRoot: true });
    const tenantPod = out.find('StatefulSet', 't100', 'voice').spec.template.spec;
    expect(tenantPod.volumes.find((v: any) => v.name === 'dbserver')).toEqual({ name: 'dbserver', configMap: { name: 't100-database', items: [{ key: 'dbserver', path: 'dbserver' }] } });
  });

  test('namespaced objects without a namespace get the release\'s', () => {
    for (const o of out.objects.filter((x) => ['Deployment', 'StatefulSet', 'Service', 'ConfigMap', 'ServiceAccount', 'HorizontalPodAutoscaler'].includes(x.kind))) {
      expect([o.kind, o.metadata.name, o.metadata.namespace]).toEqual([o.kind, o.metadata.name, 'voice']);
    }
  });

  test('a broken chart is a problem naming the release', () => {
    const app = testApp();
    const stores = voiceStores(app);
    ChartDelivery.use(stores.unit, ChartDelivery.helmTemplate({ repository: ChartRepository.localFolder('/nonexistent/charts'), helmExecutable: helmBinary }));
    new VoiceMicroservices(stores.unit, 'voice', voiceProps(stores));
    expect(() => app.synthFiles()).toThrow(/voice-agent: helm template failed: .*Fix: check the chart name and version/);
  });
});
