import { VOICE_RELEASES } from './support';
import { defineReferenceTopology } from '../../apps/reference-topology';
import { KubernetesPlatform, UnitMonitoring } from '../../src';
import { testApp } from '../support/fixtures';
import { synth } from '../support/synth';

const CXC = ['cxc-api-aggregator', 'cxc-campaign-manager', 'cxc-compliance-manager', 'cxc-job-scheduler', 'cxc-list-builder', 'cxc-list-manager'];
const IXN = ['ixn-100', 'ixn-100-vqnode-deploy'];

describe('The default app (reference topology) monitors every service', () => {
  test.each([KubernetesPlatform.AKS, KubernetesPlatform.GKE])('%s: scrape objects and the guides\' alerts in every unit', (cloud) => {
    const app = testApp();
    defineReferenceTopology(app, cloud);
    const out = synth(app);
    for (const unit of ['us-east', 'us-central', 'eu-west', 'eu-north']) {
      const monitoring = out.objects.filter((o) => o.file === `${unit}/${UnitMonitoring.FILE}`);
      const primary = unit === 'us-east';
      // GES and CX Contact get ServiceMonitors on AKS; on GKE, whose workload metrics read only PodMonitors (003 §6.6), PodMonitors.
      const podMonitors = [...VOICE_RELEASES, ...(primary ? (cloud === KubernetesPlatform.GKE ? ['ges', ...CXC, ...IXN] : IXN) : [])];
      expect(monitoring.filter((o) => o.kind === 'PodMonitor').map((o) => o.metadata.name).sort()).toEqual([...podMonitors].sort());
      const serviceMonitors = monitoring.filter((o) => o.kind === 'ServiceMonitor').map((o) => o.metadata.name).sort();
      expect(serviceMonitors).toEqual(primary && cloud === KubernetesPlatform.AKS ? ['ges', ...CXC].sort() : []);
      // Voice: the guide's 174 alerts and 20 of the vendor's; the primary adds GES's 28 and 7 of the
      // vendor's, CX Contact's 61 less Dial Manager's 8, which is off without Nexus (002 §1.1), and
      // Interaction Server's 10, all the vendor's (004 §6.4 defines none).
      const alerts = monitoring.filter((o) => o.kind === 'PrometheusRule').flatMap((o) => o.spec.groups[0].rules);
      expect(alerts).toHaveLength(primary ? 174 + 20 + 28 + 7 + 61 - 8 + 10 : 174 + 20);
    }
  });
});
