import { Catalog, Guide, Platform, SecretReference, SipLogStorage, VoiceConfig, VoiceMicroservices, VoiceService } from '../../src';
import { VOICE_REDIS } from '../../src/catalog/data/data-stores';
import { VOICEMAIL_FACTS } from '../../src/catalog/data/voice-profiles';
import { testApp } from '../support/fixtures';
import { describeWithGuides, guideSection } from '../support/guides';
import { synth } from '../support/synth';
import { releaseValues } from '../support/values';
import { voiceProps, voiceStores } from '../support/voice-unit';

/**
 * The eleven services as the Voice guide describes them (000 §0 quick reference, §3.1 samples,
 * §2.2 Redis secrets, §2.3 Kafka clients), written out independently of the catalogue.
 */
const GUIDE: Array<{
  release: string;
  kind: 'Deployment' | 'StatefulSet';
  ports: number[];
  resources: [string, string, string, string];
  hpa?: [number, number];
  redisSecrets: string[];
  kafka: boolean;
}> = [
  { release: 'voice-agent', kind: 'Deployment', ports: [11000], resources: ['250m', '256Mi', '500m', '512Mi'], hpa: [60, 60], redisSecrets: ['redis-agent-token', 'redis-tenant-token'], kafka: true },
  { release: 'voice-callthread', kind: 'Deployment', ports: [11900], resources: ['250m', '256Mi', '500m', '512Mi'], hpa: [60, 60], redisSecrets: ['redis-callthread-token'], kafka: true },
  { release: 'voice-config', kind: 'Deployment', ports: [9100], resources: ['250m', '256Mi', '500m', '512Mi'], hpa: [60, 60], redisSecrets: ['redis-config-token'], kafka: false },
  { release: 'voice-dialplan', kind: 'Deployment', ports: [8800], resources: ['250m', '256Mi', '500m', '512Mi'], hpa: [60, 60], redisSecrets: ['redis-registrar-token'], kafka: false },
  { release: 'voice-sipfe', kind: 'Deployment', ports: [9101], resources: ['250m', '256Mi', '500m', '512Mi'], hpa: [60, 60], redisSecrets: [], kafka: true },
  { release: 'voice-ors', kind: 'StatefulSet', ports: [11200, 9098], resources: ['500m', '1Gi', '1500m', '4Gi'], hpa: [50, 50], redisSecrets: ['redis-ors-token', 'redis-ors-stream-token', 'redis-tenant-token'], kafka: false },
  { release: 'voice-registrar', kind: 'Deployment', ports: [11500], resources: ['250m', '256Mi', '500m', '512Mi'], hpa: [60, 60], redisSecrets: ['redis-registrar-token', 'redis-tenant-token'], kafka: true },
  { release: 'voice-rq', kind: 'StatefulSet', ports: [12100, 12000], resources: ['250m', '256Mi', '500m', '512Mi'], redisSecrets: ['redis-rq-token'], kafka: false },
  { release: 'voice-sip', kind: 'StatefulSet', ports: [11300, 5090], resources: ['500m', '1Gi', '1500m', '4Gi'], hpa: [50, 50], redisSecrets: ['redis-ors-stream-token', 'redis-sip-token'], kafka: true },
  { release: 'voice-sipproxy', kind: 'StatefulSet', ports: [5080, 5080, 11400], resources: ['250m', '256Mi', '500m', '512Mi'], redisSecrets: [], kafka: true },
  { release: 'voice-voicemail', kind: 'Deployment', ports: [8081], resources: ['250m', '256Mi', '500m', '512Mi'], hpa: [60, 60], redisSecrets: [], kafka: false },
];

function synthVoice(overrides = {}) {
  const app = testApp();
  const stores = voiceStores(app);
  const voice = new VoiceMicroservices(stores.unit, 'voice', voiceProps(stores, overrides));
  return { out: synth(app), voice };
}

/** The Redis Secret of each Voice Redis service, as the guide's `kubectl create secret` commands name them (000 §2.2). */
const REDIS_SECRET_OF: Record<string, string> = {
  'redis-agent-state': 'redis-agent-token',
  'redis-call-state': 'redis-callthread-token',
  'redis-config-state': 'redis-config-token',
  'redis-tenant-stream': 'redis-tenant-token',
  'redis-registrar-state': 'redis-registrar-token',
  'redis-sip-state': 'redis-sip-token',
  'redis-ors-stream': 'redis-ors-stream-token',
  'redis-ors-state': 'redis-ors-token',
  'redis-rq-state': 'redis-rq-token',
};

describe('VoiceMicroservices: each chart gets the values the Voice guide specifies', () => {
  const { out, voice } = synthVoice();

  test.each(GUIDE.map((g) => [g.release, g] as const))('%s', (release, g) => {
    const v = releaseValues(out, 'us-east', release);
    const service = voice.services[release];
    // The chart's workload kind and the catalogue's ports (the chart's Service serves them).
    expect(service.workloadKind).toBe(g.kind);
    expect(service.containerPortNames.map((n) => service.containerPort(n))).toEqual(g.ports);
    // Image version and registry, namespace (000 §3.2).
    expect(v.version).toBe('100.0.100.0009');
    expect(v.image.registry).toBe('registry.example.com');
    expect(v.deployment.namespace).toBe('voice');
    // Resources (000 §3.1).
    expect([v.resources.requests.cpu, v.resources.requests.memory, v.resources.limits.cpu, v.resources.limits.memory]).toEqual(g.resources);
    // Autoscaling: the guide's targets, replicaCount the minimum; none for RQ and SIP Proxy.
    if (g.hpa) {
      expect(v.hpa).toEqual({ enabled: true, targetCPUPercent: g.hpa[0], targetMemoryPercent: g.hpa[1] });
      expect([v.deployment.replicaCount, v.deployment.maxReplicas]).toEqual([3, 10]);
    } else {
      expect(v.hpa).toEqual({ enabled: false });
      expect(v.deployment.replicaCount).toBe(3);
    }
    // The Consul token volume every chart mounts (000 §2.4, §3.1); Redis and Kafka secrets switched on for their users.
    expect(v.secrets.consulACL.volumes).toEqual([{ name: 'consul-shared-secret', secret: { secretName: 'consul-voice-token' } }]);
    expect(v.secrets.redisCache?.general.enabled ?? false).toBe(g.redisSecrets.length > 0);
    expect(v.secrets.kafka?.general.enabled ?? false).toBe(g.kafka);
    // The Redis services it is bound to are those whose guide Secrets it reads.
    expect(service instanceof VoiceService).toBe(true);
    // The guides' user 500 (000 §3.1).
    expect(v.podSecurityContext).toEqual({ fsGroup: 500, runAsUser: 500, runAsGroup: 500, runAsNonRoot: true });
    expect(v.containerSecurityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 500, runAsGroup: 500 });
  });

  test('each Redis binding is one whose guide Secret the service reads (000 §2.2)', () => {
    for (const g of GUIDE) {
      const stores = VOICE_REDIS.filter((r) => r.consumers.includes(g.release)).map((r) => REDIS_SECRET_OF[r.name]);
      expect([g.release, stores.sort()]).toEqual([g.release, [...g.redisSecrets].sort()]);
    }
  });

  test('Voice releases in 03-voice.yaml; Voicemail, with its claim and tenants list, after the Tenant Service (000 §5.1)', () => {
    const releaseFile = (name: string) => out.find('HelmRelease', name, 'voice').file;
    for (const g of GUIDE.filter((x) => x.release !== 'voice-voicemail')) expect(releaseFile(g.release)).toBe('us-east/03-voice.yaml');
    expect(releaseFile('voice-voicemail')).toBe('us-east/04-voicemail.yaml');
    expect(out.find('PersistentVolumeClaim', 'voice-voicemail-pvc', 'voice').file).toBe('us-east/04-voicemail.yaml');
    expect(out.find('ConfigMap', 'voice-voicemail-tenants-list', 'voice').file).toBe('us-east/04-voicemail.yaml');
  });

  test('services that hold live calls run on the tainted real-time pool (003 §1.10); the others on the general pool', () => {
    for (const g of GUIDE) {
      const v = releaseValues(out, 'us-east', g.release);
      const live = ['voice-ors', 'voice-rq', 'voice-sip', 'voice-sipproxy'].includes(g.release);
      expect([g.release, v.nodeSelector]).toEqual([g.release, { 'genesys-pe.io/node-pool': live ? 'realtime' : 'general' }]);
      expect([g.release, v.tolerations ?? []]).toEqual([g.release, live ? [{ key: 'genesys-pe.io/node-pool', operator: 'Equal', value: 'realtime', effect: 'NoSchedule' }] : []]);
      expect(v.priorityClassName).toMatch(/^genesysengage-(critical|high|medium|low)-priority$/);
    }
  });

  test('RQ is a StatefulSet updated with OnDelete (000 §3.1, §5.5)', () => {
    expect(releaseValues(out, 'us-east', 'voice-rq').deployment).toMatchObject({ deploymentType: 'statefulset', strategy: 'OnDelete' });
  });

  test('SIP Cluster options of the whole set reach the SIP Cluster: SBC address, shared trunks and softswitches (000 §3.2)', () => {
    const { out: other } = synthVoice({ sipCluster: { sbcAddress: '10.2.0.4', enableSharedTrunk: false, enableSharedSoftswitch: false } });
    expect(releaseValues(other, 'us-east', 'voice-sip').context.envs).toMatchObject({ sbcAddress: '10.2.0.4', enableSharedTrunk: false, enableSharedSoftswitch: false });
  });

  test('SIP Cluster: DNS server, node-local log volume, JSON and SIPS logs, logging sidecar (000 §3.1, §3.2)', () => {
    const v = releaseValues(out, 'us-east', 'voice-sip');
    expect(v.context.envs).toEqual({ dnsServer: '10.0.0.10', sbcAddress: '', enableSharedTrunk: true, enableSharedSoftswitch: true, redis: { port: 6379 } });
    expect(v.volumes).toEqual({
      pvcLog: { create: false },
      pvcJsonLog: { create: false },
      log: { mountPath: '/opt/genesys/logs/volume', volumePath: '/mnt/log' },
      jsonLog: { emptyDir: true, mountPath: '/opt/genesys/logs/sip_node/JSON' },
      sipsLog: { mountPath: '/opt/genesys/logs/sip_node/SIPS' },
    });
    expect(v.loggingSidecar).toEqual({ enabled: true, image: { registry: 'registry.example.com', repository: 'sre/fluent-bit', tag: '1.6.1' } });
    expect(v.sipsLoggingSidecar).toEqual({ enabled: false });
  });

  test('SIP Proxy: the name SBCs resolve', () => {
    expect(voice.sipProxy.sbcTarget).toBe('voice-sipproxy.voice.svc.cluster.local');
    expect(voice.sipProxy.srvRecord).toBe('_sip._tcp.voice-sipproxy.voice.svc.cluster.local');
  });

  test('Voicemail: GWS URL, FileSystem storage on its claim, tenant stream Secret and tenants list (000 §7, vendor values)', () => {
    const v = releaseValues(out, 'us-east', 'voice-voicemail');
    expect(v.context.envs).toEqual({ gwsBaseUrl: 'https://gws.example.com/auth/v3', storageInterface: 'FileSystem', voicemailHome: '/storage/data' });
    expect(v.volumes.pvcOne).toEqual({ create: false, claim: 'voice-voicemail-pvc', mountPath: '/storage/data' });
    expect(v.blobStorage.general.enabled).toBe(false);
    expect(v.secrets.redisTenantStream.volumes).toEqual([{ name: 'redis-tenant-stream-secret', secret: { secretName: 'redis-tenant-token' } }]);
    expect(v.tenants.volumes).toEqual([{ name: 'voicemail-tenants', configMap: { name: 'voice-voicemail-tenants-list' } }]);
    expect(JSON.parse(out.find('ConfigMap', 'voice-voicemail-tenants-list', 'voice').data['tenants.json'])).toEqual([
      { name: 't100', tenant_id: 't100', tenant_uuid: '9350e2fc-a1dd-4c65-8d40-1f75a2e080dd', status: 'INIT' },
    ]);
    expect(voice.services['voice-voicemail'].serviceName).toBe('voice-voicemail-service');
  });

  test('no secret value is written anywhere: only references', () => {
    expect(out.objects.some((o) => o.kind === 'Secret')).toBe(false);
    const text = Object.values(out.files).join('\n');
    expect(text).not.toMatch(/password\s*[:=]\s*\S+/i);
  });

  test('per-service overrides: version, replicas, autoscaling, resources, and raw values', () => {
    const { out: o } = synthVoice({
      services: {
        'voice-rq': { replicas: 5, version: '2.0' },
        'voice-config': { autoscaling: { minReplicas: 2, maxReplicas: 4 } },
        'voice-sipfe': { disableAutoscaling: true, replicas: 2 },
        'voice-ors': { resources: { cpuRequest: '1', cpuLimit: '2', memoryRequest: '2Gi', memoryLimit: '8Gi' } },
        'voice-agent': { values: { image: { pullPolicy: 'IfNotPresent' }, hpa: { targetCPUPercent: 70 } } },
      },
    });
    expect(releaseValues(o, 'us-east', 'voice-rq')).toMatchObject({ version: '2.0', deployment: { replicaCount: 5 } });
    expect(releaseValues(o, 'us-east', 'voice-config').deployment).toMatchObject({ replicaCount: 2, maxReplicas: 4 });
    expect(releaseValues(o, 'us-east', 'voice-sipfe')).toMatchObject({ hpa: { enabled: false }, deployment: { replicaCount: 2 } });
    expect(releaseValues(o, 'us-east', 'voice-ors').resources.limits).toEqual({ cpu: '2', memory: '8Gi' });
    expect(releaseValues(o, 'us-east', 'voice-agent')).toMatchObject({ image: { pullPolicy: 'IfNotPresent' }, hpa: { enabled: true, targetCPUPercent: 70, targetMemoryPercent: 60 } });
  });

  test('a value key the chart does not take is a problem naming the chart and the key', () => {
    expect(() => synthVoice({ services: { 'voice-agent': { values: { deployment: { replicas: 2 }, imagePullPolicy: 'Always' } } } })).toThrow(
      /\[\S*voice-agent\S*\] voice-agent \(chart voice-agent\): value "deployment\.replicas" is not a key the chart takes[\s\S]*value "imagePullPolicy" is not a key the chart takes/,
    );
  });

  test('an unknown service in the overrides is refused at once', () => {
    expect(() => synthVoice({ services: { 'voice-orz': {} } })).toThrow('VoiceMicroservices: no Voice service "voice-orz"');
  });

  test('a shared ReadWriteMany claim for SIP logs: the chart creates it with the platform\'s redundant RWX class', () => {
    const { out: o } = synthVoice({ sipCluster: { logStorage: SipLogStorage.SHARED_CLAIM } });
    expect(releaseValues(o, 'us-east', 'voice-sip').volumes.pvcLog).toEqual({ create: true, claim: 'sip-log-pvc', storageClass: 'files-standard-redundant' });
  });

  test('on GKE, whose nodes give no hostPath (003 §4.3), SIP logs default to the shared claim; node-local is refused', () => {
    const gkeVoice = (sipCluster: object) => {
      const app = testApp();
      const stores = voiceStores(app, Platform.gke());
      new VoiceMicroservices(stores.unit, 'voice', voiceProps(stores, { sipCluster: { dnsServer: '10.201.0.10', ...sipCluster } }));
      return app;
    };
    const v = releaseValues(synth(gkeVoice({})), 'us-east', 'voice-sip');
    // GKE's zone-redundant ReadWriteMany class (003 §4).
    expect(v.volumes.pvcLog).toEqual({ create: true, claim: 'sip-log-pvc', storageClass: 'redundant-rwx' });
    expect(v.volumes.log).toEqual({ mountPath: '/opt/genesys/logs/volume' });
    expect(() => gkeVoice({ logStorage: SipLogStorage.NODE_LOCAL }).synthFiles()).toThrow(
      'voice-sip: node-local SIP Server logs are a hostPath (volumes.log.volumePath), which GKE nodes do not give (003 §4.3). Fix: use logStorage: SipLogStorage.SHARED_CLAIM, the default on GKE.',
    );
  });

  test('Redis credentials in another Secret than the chart reads are refused, with the guide\'s name', () => {
    const app = testApp();
    const stores = voiceStores(app);
    const props = voiceProps(stores);
    const binding = { ...stores.redis.binding('redis-config-state'), credentials: SecretReference.of('my-redis', 'password') };
    new VoiceConfig(stores.unit, 'config', { version: props.version, redis: [binding] });
    expect(() => synth(app)).toThrow('voice-config: Redis "redis-config-state" credentials are in Secret my-redis key password, but the chart reads Secret redis-config-token key redis-config-state (000 §2.2)');
  });
});

describeWithGuides('Deployment order against the guide (000 §5.1)', () => {
  test('Voice Services, then Tenant Service, then Voicemail Service', () => {
    const order = guideSection(Guide.VOICE, 'Genesys recommends the following order of deployment', 'Create the Voice namespace').filter((l) => l.startsWith('- '));
    expect(order).toEqual(['- Voice Services', '- Tenant Service', '- Voicemail Service']);
    // Voicemail goes with the product the guide puts just before it.
    expect(Catalog.product(VOICEMAIL_FACTS.deployAfterProduct).displayName).toBe('Tenant Service');
  });
});

describeWithGuides('Voice metrics ports against the guide\'s table (000 §6.1)', () => {
  const rows = guideSection(Guide.VOICE, 'Service\tCRD or annotations?\tPort', 'Voicemail\tSupports both').filter((l) => /\t\d+\t/.test(l));
  const printed: Record<string, number> = Object.fromEntries(rows.map((l) => [l.split('\t')[0], Number(l.split('\t')[2])]));
  const releases: Record<string, string> = {
    'Agent State Service': 'voice-agent',
    'Call State Service': 'voice-callthread',
    'Config Service': 'voice-config',
    'Dial Plan Service': 'voice-dialplan',
    'FrontEnd Service': 'voice-sipfe',
    'ORS': 'voice-ors',
    'Voice Registrar Service': 'voice-registrar',
    'Voice RQ Service': 'voice-rq',
    'Voice SIP Cluster Service': 'voice-sip',
    'Voice SIP Proxy Service': 'voice-sipproxy',
  };
  const { voice } = synthVoice();

  test.each(Object.entries(releases))('%s serves metrics on the printed port', (printedName, release) => {
    expect(printed[printedName]).toBeDefined();
    const service = voice.services[release];
    expect(service.containerPortNames.map((n) => service.containerPort(n))).toContain(printed[printedName]);
  });
});
