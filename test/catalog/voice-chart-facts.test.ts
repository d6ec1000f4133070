import { Guide } from '../../src';
import { CONSUL_FACTS, VOICE_REDIS } from '../../src/catalog/data/data-stores';
import { SIP_CLUSTER_FACTS, VOICEMAIL_FACTS } from '../../src/catalog/data/voice-profiles';
import { describeWithGuides, guideText } from '../support/guides';

/**
 * The values the Voice charts get that are facts of the guide (000 §3.1, §3.2, §7.3), each read
 * back from the guide's own samples.
 */
describeWithGuides('Voice chart value facts against the guide (000)', () => {
  const text = guideText(Guide.VOICE);
  const sample = (key: string, value: string) => new RegExp(`${key}:\\s*"?${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"?`);

  test.each([
    ['volumes.pvcLog.claim', 'claim', SIP_CLUSTER_FACTS.logClaimName],
    ['volumes.log.mountPath', 'mountPath', SIP_CLUSTER_FACTS.logMountPath],
    ['volumes.log.volumePath', 'volumePath', SIP_CLUSTER_FACTS.logHostPath],
    ['volumes.jsonLog.mountPath', 'mountPath', SIP_CLUSTER_FACTS.jsonLogMountPath],
    ['volumes.sipsLog.mountPath', 'mountPath', SIP_CLUSTER_FACTS.sipsLogMountPath],
    ['loggingSidecar.image.repository', 'repository', SIP_CLUSTER_FACTS.loggingSidecarRepository],
    ['loggingSidecar.image.tag', 'tag', SIP_CLUSTER_FACTS.loggingSidecarTag],
    ['context.envs.voicemailHome', 'voicemailHome', VOICEMAIL_FACTS.fileSystemHome],
    ['secrets.consulACL.volumes[].name', 'name', CONSUL_FACTS.tokenVolumeName],
    ['secrets.consulACL.volumes[].secret.secretName', 'secretName', CONSUL_FACTS.tokenSecretName],
  ])('%s is the guide\'s %s: %s', (_key, field, value) => {
    expect(text).toMatch(sample(field, value));
  });

  test('the Redis Secrets the charts read by default are the guide\'s kubectl commands (000 §2.2)', () => {
    for (const r of VOICE_REDIS) {
      expect([r.name, text.includes(`${r.secretName} --from-literal=${r.secretKey}=`)]).toEqual([r.name, true]);
    }
  });
});
