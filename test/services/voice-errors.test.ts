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
import { T100 } from '../support/tenant-unit';
import { releaseValues } from '../support/values';
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
    tenants: [T100],
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
        voicemail: { gwsBaseUrl: 'https://gws/auth/v3', tenants: [T100] },
        services: { 'voice-rq': { replicas: 0 }, 'voice-sipproxy': { autoscaling: {} } },
      } as Partial<VoiceMicroservicesProps>)),
    );
    expect(text).toMatch(/3 problem\(s\) found/);
  });
});

describe('Voicemail storage options (000 §7.2, §7.3)', () => {
  /** The Voicemail release's chart values, its objects, and the tenants list the library writes beside it. */
  function release(props: Partial<VoiceVoicemailProps>, platform?: Platform) {
    const app = testApp();
    voicemail(voiceStores(app, platform), props);
    const out = synth(app);
    return { out, values: releaseValues(out, 'us-east', 'voice-voicemail') };
  }

  test('FileSystem: the library\'s ReadWriteMany claim, which the chart mounts at /storage/data without creating one', () => {
    const { out, values } = release({ fileSystem: {} });
    expect(values.context.envs).toEqual({ gwsBaseUrl: 'https://gws.example.com/auth/v3', storageInterface: 'FileSystem', voicemailHome: '/storage/data' });
    expect(out.find('PersistentVolumeClaim', 'voice-voicemail-pvc').spec).toMatchObject({ accessModes: ['ReadWriteMany'], resources: { requests: { storage: '20Gi' } } });
    expect(values.volumes).toEqual({ pvcOne: { create: false, claim: 'voice-voicemail-pvc', mountPath: '/storage/data' } });
    expect(values.blobStorage).toEqual({ general: { enabled: false } });
    // The tenants list the chart mounts (tenants.volumes), in the vendor's tenants.json form.
    expect(values.tenants.volumes).toEqual([{ name: expect.any(String), configMap: { name: 'voice-voicemail-tenants-list' } }]);
    const list = Object.values<string>(out.find('ConfigMap', 'voice-voicemail-tenants-list').data ?? {})[0];
    expect(JSON.parse(list)).toEqual([{ name: 't100', tenant_id: 't100', tenant_uuid: T100.tenantId, status: 'INIT' }]);
  });

  test('FileSystem with an existing claim creates none and mounts that one', () => {
    const { out, values } = release({ fileSystem: { existingClaim: 'shared-vm' } });
    expect(out.objects.some((o) => o.kind === 'PersistentVolumeClaim')).toBe(false);
    expect(values.volumes.pvcOne).toEqual({ create: false, claim: 'shared-vm', mountPath: '/storage/data' });
  });

  test('Azure Blob with Key Vault: the guide\'s SecretProviderClass through the CSI driver', () => {
    const { out, values } = release({ azureBlob: {} });
    expect(values.context.envs).toMatchObject({ storageInterface: 'AzureBlob', voicemailHome: '' });
    expect(values.blobStorage.general).toEqual({ mode: 'csi', enabled: true });
    expect(values.blobStorage.volumes).toEqual([{
      name: 'voicemail-secrets',
      csi: { driver: 'secrets-store.csi.k8s.io', readOnly: true, volumeAttributes: { secretProviderClass: 'keyvault-voice-voicemail-storage-csi-secrets' } },
    }]);
    expect(values.blobStorage.mounts).toEqual([{ name: 'voicemail-secrets', mountPath: '/opt/genesys/katana/voicemail/secret', readOnly: true }]);
    expect(out.objects.some((o) => o.kind === 'PersistentVolumeClaim')).toBe(false);
  });

  test('Azure Blob by Secret, and S3 by Secret', () => {
    const blob = release({ azureBlob: { keyVault: false } }, Platform.gke()).values.blobStorage;
    expect(blob.general).toEqual({ mode: 'k8s', enabled: true });
    expect(blob.volumes).toEqual([{ name: 'voicemail-secrets', secret: { secretName: 'voicemail-storage-secrets' } }]);
    const s3 = release({ s3: {} }).values;
    expect(s3.context.envs.storageInterface).toBe('AWS_S3');
    expect(s3.blobStorage).toEqual({ general: { enabled: false } });
    expect(s3.s3Storage.general).toEqual({ mode: 'k8s', enabled: true });
    expect(s3.s3Storage.volumes).toEqual([{ name: 'voicemail-s3-secrets', secret: { secretName: 'voice-voicemail-s3-secrets' } }]);
  });
});
