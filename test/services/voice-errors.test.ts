import {
  Platform,
  VoiceConfig,
  VoiceMicroservices,
  VoiceMicroservicesProps,
  VoiceRedisQueue,
  VoiceSipCluster,
  VoiceSipProxy,
  VoiceVoicemail,
  VoiceVoicemailProps,
} from '../../src';
import { testApp } from '../support/fixtures';
import { synth } from '../support/synth';
import { VoiceStores, voiceProps, voiceStores } from '../support/voice-unit';

function problems(build: (s: VoiceStores) => void, platform?: Platform): string {
  const app = testApp();
  build(voiceStores(app, platform));
  try {
    app.synthFiles();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected synthesis to fail');
}

function voicemail(s: VoiceStores, props: Partial<VoiceVoicemailProps>) {
  return new VoiceVoicemail(s.unit, 'vm', {
    version: '1',
    platform: s.unit.platform,
    gwsBaseUrl: 'https://gws.example.com/auth/v3',
    redis: [],
    ...props,
  });
}

describe('Voice services refuse bad props with the rule and the fix', () => {
  test('zero or negative replicas', () => {
    expect(problems((s) => new VoiceRedisQueue(s.unit, 'rq', { version: '1', redis: [s.redis.binding('redis-rq-state')], replicas: 0 }))).toContain(
      '[us-east/rq] voice-rq: replicas is 0; a Voice service needs at least one pod (003 §2.2). Fix: give 1 or more (3 recommended).',
    );
    expect(problems((s) => new VoiceRedisQueue(s.unit, 'rq', { version: '1', redis: [s.redis.binding('redis-rq-state')], replicas: -1 }))).toContain(
      'voice-rq: replicas is -1',
    );
  });

  test('autoscaling min above max', () => {
    const text = problems((s) => new VoiceConfig(s.unit, 'config', { version: '1', redis: [s.redis.binding('redis-config-state')], autoscaling: { minReplicas: 6, maxReplicas: 4 } }));
    expect(text).toContain('autoscaling maxReplicas (4) is below minReplicas (6)');
  });

  test('autoscaling where the guide forbids it (RQ, SIP Proxy)', () => {
    expect(problems((s) => new VoiceRedisQueue(s.unit, 'rq', { version: '1', redis: [s.redis.binding('redis-rq-state')], autoscaling: { maxReplicas: 5 } }))).toContain(
      'voice-rq: autoscaling is not supported; the Voice guide disables the autoscaler of voice-rq (000 §3.1). Fix: remove autoscaling and set replicas.',
    );
    expect(problems((s) => new VoiceSipProxy(s.unit, 'proxy', { version: '1', kafka: s.kafka.binding, autoscaling: {} }))).toContain(
      'the Voice guide disables the autoscaler of voice-sipproxy',
    );
  });

  test('replicas on an autoscaled service', () => {
    expect(problems((s) => new VoiceConfig(s.unit, 'config', { version: '1', redis: [s.redis.binding('redis-config-state')], replicas: 2 }))).toContain(
      'voice-config: replicas is set, but the autoscaler owns the replica count (000 §3.1)',
    );
  });

  test('a Redis binding the service does not use, and a missing one', () => {
    const text = problems((s) => new VoiceConfig(s.unit, 'config', { version: '1', redis: [s.redis.binding('redis-sip-state')] }));
    expect(text).toContain('voice-config: was given Redis "redis-sip-state", which it does not use (000 §2.2). Fix: give only: redis-config-state.');
    expect(text).toContain('voice-config: needs Redis "redis-config-state" but was not given it (000 §2.2)');
  });

  test('Kafka given to a service that does not use it, or missing from one that does', () => {
    expect(problems((s) => new VoiceConfig(s.unit, 'config', { version: '1', redis: [s.redis.binding('redis-config-state')], kafka: s.kafka.binding }))).toContain(
      'voice-config: was given Kafka, which it does not use (000 §2.3)',
    );
    expect(problems((s) => new VoiceSipProxy(s.unit, 'proxy', { version: '1' }))).toContain('voice-sipproxy: uses Kafka but was not given it (000 §2.3)');
  });

  test('Voicemail without storage, or with two', () => {
    expect(problems((s) => voicemail(s, {}))).toContain(
      'voice-voicemail: no storage given (000 §7.2; 000 §7.3). Fix: give exactly one of fileSystem, azureBlob or s3.',
    );
    expect(problems((s) => voicemail(s, { fileSystem: {}, s3: {} }))).toContain('voice-voicemail: 2 storages given (fileSystem, s3); Voicemail uses exactly one');
  });

  test('Voicemail: Key Vault needs AKS; a bad GWS URL', () => {
    expect(problems((s) => voicemail(s, { azureBlob: {} }), Platform.gke())).toContain(
      'voice-voicemail: Azure Key Vault through the Secrets Store CSI driver needs AKS (000 §8.3)',
    );
    expect(problems((s) => voicemail(s, { s3: {}, gwsBaseUrl: 'gws' }))).toContain('voice-voicemail: gwsBaseUrl "gws" is not a URL');
  });

  test('SIP Cluster: a DNS server that is not an address; none on GKE', () => {
    expect(
      problems((s) =>
        new VoiceSipCluster(s.unit, 'sip', {
          version: '1',
          platform: s.unit.platform,
          kafka: s.kafka.binding,
          redis: [s.redis.binding('redis-ors-stream'), s.redis.binding('redis-sip-state')],
          dnsServer: 'kube-dns',
        }),
      ),
    ).toContain('voice-sip: dnsServer "kube-dns" is not an IPv4 address');
    expect(
      problems(
        (s) =>
          new VoiceSipCluster(s.unit, 'sip', {
            version: '1',
            platform: s.unit.platform,
            kafka: s.kafka.binding,
            redis: [s.redis.binding('redis-ors-stream'), s.redis.binding('redis-sip-state')],
          }),
        Platform.gke(),
      ),
    ).toContain('voice-sip: dnsServer is required on GKE, where the cluster DNS address differs per cluster (000 §8.3)');
  });

  test('all of a set\'s mistakes are reported at once', () => {
    const text = problems((s) =>
      new VoiceMicroservices(s.unit, 'voice', voiceProps(s, {
        voicemail: { gwsBaseUrl: 'https://gws/auth/v3' },
        services: { 'voice-rq': { replicas: 0 }, 'voice-sipproxy': { autoscaling: {} } },
      } as Partial<VoiceMicroservicesProps>)),
    );
    expect(text).toMatch(/3 problem\(s\) found/);
  });
});

describe('Voicemail storage options (000 §7.2, §7.3)', () => {
  function deployment(props: Partial<VoiceVoicemailProps>, platform?: Platform) {
    const app = testApp();
    voicemail(voiceStores(app, platform), props);
    const out = synth(app);
    return { out, pod: out.find('Deployment', 'voice-voicemail').spec.template.spec, config: out.find('ConfigMap', 'voice-voicemail-configmap').data };
  }

  test('FileSystem: a ReadWriteMany claim mounted at /storage/data', () => {
    const { out, pod, config } = deployment({ fileSystem: {} });
    expect(config).toMatchObject({ STORAGE_INTERFACE: 'FileSystem', VOICEMAIL_HOME: '/storage/data', GWS_BASE_URL: 'https://gws.example.com/auth/v3' });
    expect(out.find('PersistentVolumeClaim', 'voice-voicemail-pvc').spec).toMatchObject({ accessModes: ['ReadWriteMany'], resources: { requests: { storage: '20Gi' } } });
    expect(pod.containers[0].volumeMounts).toContainEqual({ name: 'voicemail-storage', mountPath: '/storage/data', readOnly: false });
  });

  test('FileSystem with an existing claim creates none', () => {
    const { out, pod } = deployment({ fileSystem: { existingClaim: 'shared-vm' } });
    expect(out.objects.some((o) => o.kind === 'PersistentVolumeClaim')).toBe(false);
    expect(pod.volumes).toContainEqual({ name: 'voicemail-storage', persistentVolumeClaim: { claimName: 'shared-vm', readOnly: false } });
  });

  test('Azure Blob with Key Vault: the guide\'s SecretProviderClass through the CSI driver', () => {
    const { pod, config } = deployment({ azureBlob: {} });
    expect(config).toMatchObject({ STORAGE_INTERFACE: 'AzureBlob', VOICEMAIL_HOME: '' });
    expect(pod.volumes).toContainEqual({
      name: 'voicemail-secrets',
      csi: { driver: 'secrets-store.csi.k8s.io', readOnly: true, volumeAttributes: { secretProviderClass: 'keyvault-voice-voicemail-storage-csi-secrets' } },
    });
    expect(pod.containers[0].volumeMounts).toContainEqual({ name: 'voicemail-secrets', mountPath: '/opt/genesys/katana/voicemail/secret', readOnly: true });
  });

  test('Azure Blob by Secret, and S3 by Secret', () => {
    expect(deployment({ azureBlob: { keyVault: false } }, Platform.gke()).pod.volumes).toContainEqual({ name: 'voicemail-secrets', secret: { secretName: 'voicemail-storage-secrets' } });
    const s3 = deployment({ s3: {} });
    expect(s3.config.STORAGE_INTERFACE).toBe('AWS_S3');
    expect(s3.pod.volumes).toContainEqual({ name: 'voicemail-s3-secrets', secret: { secretName: 'voice-voicemail-s3-secrets' } });
  });
});
