import { VOICE_RELEASES } from './support';
import { defineReferenceTopology } from '../../apps/reference-topology';
import { KubernetesPlatform, UnitMonitoring } from '../../src';
import { testApp } from '../support/fixtures';
import { synth } from '../support/synth';

describe('The default app (reference topology) monitors its Voice services', () => {
  test.each([KubernetesPlatform.AKS, KubernetesPlatform.GKE])('%s: every unit has a PodMonitor and the guide\'s alerts for each Voice service', (cloud) => {
    const app = testApp();
    defineReferenceTopology(app, cloud);
    const out = synth(app);
    for (const unit of ['us-east', 'us-central', 'eu-west', 'eu-north']) {
      const monitoring = out.objects.filter((o) => o.file === `${unit}/${UnitMonitoring.FILE}`);
      expect(monitoring.filter((o) => o.kind === 'PodMonitor').map((o) => o.metadata.name)).toEqual(VOICE_RELEASES);
      expect(monitoring.filter((o) => o.kind === 'PrometheusRule').map((o) => o.metadata.name)).toEqual(VOICE_RELEASES.map((r) => `${r}-alerts`));
      expect(monitoring.filter((o) => o.kind === 'PrometheusRule').flatMap((o) => o.spec.groups[0].rules)).toHaveLength(174);
    }
  });
});
