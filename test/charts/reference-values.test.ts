import { parse } from 'yaml';
import { defineReferenceTopology } from '../../apps/reference-topology';
import { Catalog, KubernetesPlatform } from '../../src';
import { keyAccepted } from '../../src/charts';
import { testApp } from '../support/fixtures';
import { synth } from '../support/synth';
import { leafPathsOf } from '../support/values';

describe.each([KubernetesPlatform.AKS, KubernetesPlatform.GKE])('the reference topology on %s: every value the library writes is documented', (cloud) => {
  const app = testApp();
  const group = defineReferenceTopology(app, cloud);
  const out = synth(app);
  const releases = group.units.flatMap((u) => u.services.map((s) => ({ unit: u.clusterId, service: s })));

  test('every Genesys release has a values file, and every key in it is one its chart takes, with the guide row or vendor file it comes from', () => {
    let checked = 0;
    for (const { unit, service } of releases) {
      const file = out.files[`${unit}/helm/${service.release.releaseName}.values.yaml`];
      expect([service.release.releaseName, file !== undefined]).toEqual([service.release.releaseName, true]);
      const keys = service.release.chart.keys;
      for (const path of leafPathsOf(parse(file))) {
        const documented = keys.filter((k) => keyAccepted(path, [k]));
        expect([service.release.releaseName, path, documented.length > 0]).toEqual([service.release.releaseName, path, true]);
        expect(documented[0].source).toMatch(/^(vendor: services\/|00[0-4] §)/);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  test('every release is one of the catalogue\'s charts', () => {
    for (const { service } of releases) expect(Catalog.charts()).toContainEqual(service.release.chart);
  });

  test('nothing configures a Genesys image through a name no guide or vendor file gives (the former native renderings)', () => {
    const text = Object.entries(out.files).filter(([f]) => !f.includes('/dashboards/')).map(([, c]) => c).join('\n');
    for (const invented of [/REDIS_[A-Z_]+_HOST/, /\bDNS_SERVER\b/, /GWS_CORE_AUTH/, /IXN_NODE_/, /\bDB_HOST\b/, /\/opt\/genesys\/secrets\//, /tcpSocket/]) {
      expect([String(invented), invented.test(text)]).toEqual([String(invented), false]);
    }
    // No Genesys workload is written natively: the charts render them.
    expect(out.objects.filter((o) => ['Deployment', 'StatefulSet', 'DaemonSet'].includes(o.kind))).toEqual([]);
  });
});
