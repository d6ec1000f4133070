import { Catalog, Guide, SipLogStorage, VoiceMicroservices } from '../../src';
import { VOICEMAIL_FACTS } from '../../src/catalog/data/voice-profiles';
import { memoryBytes } from '../../src/core/quantities';
import { testApp } from '../support/fixtures';
import { describeWithGuides, guideSection } from '../support/guides';
import { synth } from '../support/synth';
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

describe('VoiceMicroservices: each service as the Voice guide specifies', () => {
  const { out } = synthVoice();

  test.each(GUIDE.map((g) => [g.release, g] as const))('%s', (release, g) => {
    const workload = out.find(g.kind, release, 'voice');
    const pod = workload.spec.template.spec;
    const c = pod.containers[0];
    // Ports, on the Service named after the release (Voicemail's is voice-voicemail-service, 000 §7.1).
    const serviceName = release === 'voice-voicemail' ? 'voice-voicemail-service' : release;
    expect(out.find('Service', serviceName, 'voice').spec.ports.map((p: any) => p.port)).toEqual(g.ports);
    // Resources (000 §3.1).
    expect([c.resources.requests.cpu, c.resources.requests.memory, c.resources.limits.cpu, c.resources.limits.memory]).toEqual(g.resources);
    // Autoscaling: the guide's targets, or none for RQ and SIP Proxy.
    const hpas = out.objects.filter((o) => o.kind === 'HorizontalPodAutoscaler' && o.metadata.name === release);
    if (g.hpa) {
      expect(hpas[0].spec.metrics.map((m: any) => m.resource.target.averageUtilization)).toEqual(g.hpa);
      expect([hpas[0].spec.minReplicas, hpas[0].spec.maxReplicas]).toEqual([3, 10]);
      expect(hpas[0].spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: g.kind, name: release });
    } else {
      expect(hpas).toHaveLength(0);
      expect(workload.spec.replicas).toBe(3);
    }
    // Secrets by reference: the Redis secrets it uses, Kafka when it is a client, the Consul token always.
    const secrets = pod.volumes.filter((v: any) => v.secret).map((v: any) => v.secret.secretName);
    expect(secrets.filter((s: string) => s.startsWith('redis-')).sort()).toEqual([...g.redisSecrets].sort());
    expect(secrets.includes('kafka-secrets-token')).toBe(g.kafka);
    expect(secrets).toContain('consul-voice-token');
    expect(pod.volumes.find((v: any) => v.name === 'consul-shared-secret').secret).toEqual({
      secretName: 'consul-voice-token',
      items: [{ key: 'consul-consul-voice-token', path: 'consul-consul-voice-token' }],
    });
    // Probes on the service's first port; security context 500:500:500.
    expect(c.livenessProbe.tcpSocket.port).toBe(g.ports[0]);
    expect(c.readinessProbe.tcpSocket.port).toBe(g.ports[0]);
    expect(c.startupProbe.tcpSocket.port).toBe(g.ports[0]);
    expect(pod.securityContext).toMatchObject({ runAsUser: 500, runAsGroup: 500, fsGroup: 500, runAsNonRoot: true });
    // Every service has a disruption budget.
    expect(out.find('PodDisruptionBudget', release, 'voice').spec.maxUnavailable).toBe(1);
  });

  test('Voice services in 03-voice.yaml; Voicemail, with its claim, after the Tenant Service (000 §5.1)', () => {
    const fileOf = (name: string) =>
      out.objects.filter((o) => o.metadata.name === name && o.metadata.namespace === 'voice' && o.kind !== 'ServiceIntentions').map((o) => o.file);
    for (const g of GUIDE.filter((x) => x.release !== 'voice-voicemail')) expect(new Set(fileOf(g.release))).toEqual(new Set(['us-east/03-voice.yaml']));
    expect(new Set([...fileOf('voice-voicemail'), ...fileOf('voice-voicemail-service'), ...fileOf('voice-voicemail-pvc')])).toEqual(new Set(['us-east/04-voicemail.yaml']));
  });

  test('services that hold live calls run on the real-time pool and drain for at least 60 minutes (003 §1.10)', () => {
    for (const g of GUIDE) {
      const pod = out.find(g.kind, g.release).spec.template.spec;
      const pool = pod.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values[0];
      const live = ['voice-ors', 'voice-rq', 'voice-sip', 'voice-sipproxy'].includes(g.release);
      expect([g.release, pool]).toEqual([g.release, live ? 'realtime' : 'general']);
      if (live) expect(pod.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(3600);
    }
  });

  test('rollouts never take the last ready pod down; pods spread across zones', () => {
    for (const g of GUIDE.filter((x) => x.kind === 'Deployment')) {
      expect(out.find('Deployment', g.release).spec.strategy.rollingUpdate).toEqual({ maxSurge: 1, maxUnavailable: 0 });
    }
    for (const g of GUIDE) {
      expect(out.find(g.kind, g.release).spec.template.spec.topologySpreadConstraints[0].topologyKey).toBe('topology.kubernetes.io/zone');
    }
  });

  test('RQ updates with OnDelete (000 §5.5); the other StatefulSets roll', () => {
    expect(out.find('StatefulSet', 'voice-rq').spec.updateStrategy).toEqual({ type: 'OnDelete' });
    expect(out.find('StatefulSet', 'voice-ors').spec.updateStrategy.type).toBe('RollingUpdate');
  });

  test('SIP Cluster options of the whole set reach the SIP Cluster: SBC address, shared trunks and softswitches', () => {
    const { out: other } = synthVoice({ sipCluster: { sbcAddress: '10.2.0.4', enableSharedTrunk: false, enableSharedSoftswitch: false } });
    expect(other.find('ConfigMap', 'voice-sip-configmap').data).toMatchObject({ SBC_ADDRESS: '10.2.0.4', ENABLE_SHARED_TRUNK: 'false', ENABLE_SHARED_SOFTSWITCH: 'false' });
  });

  test('SIP Cluster: DNS server, SBC settings and the node-local log volume', () => {
    const sip = out.find('StatefulSet', 'voice-sip').spec.template.spec;
    expect(out.find('ConfigMap', 'voice-sip-configmap').data).toMatchObject({
      DNS_SERVER: '10.0.0.10',
      SBC_ADDRESS: '',
      ENABLE_SHARED_TRUNK: 'true',
      ENABLE_SHARED_SOFTSWITCH: 'true',
    });
    expect(sip.volumes.find((v: any) => v.name === 'log')).toEqual({ name: 'log', hostPath: { path: '/mnt/log', type: 'DirectoryOrCreate' } });
    expect(sip.containers[0].volumeMounts).toContainEqual({ name: 'log', mountPath: '/opt/genesys/logs/volume', readOnly: false });
  });

  test('SIP Proxy: headless Service whose SRV name SBCs resolve', () => {
    const { out: o, voice } = synthVoice();
    expect(o.find('Service', 'voice-sipproxy').spec.clusterIP).toBe('None');
    expect(voice.sipProxy.sbcTarget).toBe('voice-sipproxy.voice.svc.cluster.local');
    expect(voice.sipProxy.srvRecord).toBe('_sip._tcp.voice-sipproxy.voice.svc.cluster.local');
    expect(o.find('Service', 'voice-sipproxy').spec.ports.map((p: any) => [p.name, p.protocol])).toEqual([['sip', 'TCP'], ['sip-udp', 'UDP'], ['metrics', 'TCP']]);
  });

  test('Redis settings of each binding reach the ConfigMap', () => {
    expect(out.find('ConfigMap', 'voice-agent-configmap').data).toMatchObject({
      REDIS_AGENT_STATE_HOST: 'redis-agent-state.voice.svc.cluster.local',
      REDIS_AGENT_STATE_PORT: '6379',
      REDIS_AGENT_STATE_TLS: 'true',
      REDIS_AGENT_STATE_CLUSTER_MODE: 'true',
      REDIS_TENANT_STREAM_HOST: 'redis-tenant-stream.voice.svc.cluster.local',
      REDIS_PORT: '6379',
      KAFKA_TLS: 'true',
    });
  });

  test('no secret value is written anywhere: only references', () => {
    expect(out.objects.some((o) => o.kind === 'Secret')).toBe(false);
    const text = Object.values(out.files).join('\n');
    expect(text).not.toMatch(/password\s*[:=]\s*\S+/i);
  });

  test('per-service overrides: image, replicas, autoscaling, resources', () => {
    const { out: o } = synthVoice({
      services: {
        'voice-rq': { replicas: 5, imageRepository: 'acme/rq', version: '2.0' },
        'voice-config': { autoscaling: { minReplicas: 2, maxReplicas: 4 } },
        'voice-sipfe': { disableAutoscaling: true, replicas: 2 },
        'voice-ors': { resources: { cpuRequest: '1', cpuLimit: '2', memoryRequest: '2Gi', memoryLimit: '8Gi' } },
      },
    });
    const rq = o.find('StatefulSet', 'voice-rq').spec;
    expect(rq.replicas).toBe(5);
    expect(rq.template.spec.containers[0].image).toBe('registry.example.com/acme/rq:2.0');
    expect(o.find('HorizontalPodAutoscaler', 'voice-config').spec).toMatchObject({ minReplicas: 2, maxReplicas: 4 });
    expect(o.objects.some((x) => x.kind === 'HorizontalPodAutoscaler' && x.metadata.name === 'voice-sipfe')).toBe(false);
    expect(o.find('Deployment', 'voice-sipfe').spec.replicas).toBe(2);
    expect(memoryBytes(o.find('StatefulSet', 'voice-ors').spec.template.spec.containers[0].resources.limits.memory)).toBe(8 * 1024 ** 3);
  });

  test('an unknown service in the overrides is refused at once', () => {
    expect(() => synthVoice({ services: { 'voice-orz': {} } })).toThrow('VoiceMicroservices: no Voice service "voice-orz"');
  });

  test('a shared ReadWriteMany claim for SIP logs uses the platform\'s redundant RWX class', () => {
    const { out: o } = synthVoice({ sipCluster: { logStorage: SipLogStorage.SHARED_CLAIM } });
    const claim = o.find('PersistentVolumeClaim', 'sip-log-pvc', 'voice');
    expect(claim.spec).toMatchObject({ accessModes: ['ReadWriteMany'], storageClassName: 'files-standard-redundant', resources: { requests: { storage: '50Gi' } } });
    expect(o.find('StatefulSet', 'voice-sip').spec.template.spec.volumes).toContainEqual({ name: 'log', persistentVolumeClaim: { claimName: 'sip-log-pvc', readOnly: false } });
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
  const { out } = synthVoice();

  test.each(Object.entries(releases))('%s serves metrics on the printed port', (printedName, release) => {
    expect(printed[printedName]).toBeDefined();
    const service = out.objects.find((o) => o.kind === 'Service' && o.metadata.name === release)!;
    expect(service.spec.ports.map((p: any) => p.port)).toContain(printed[printedName]);
  });
});
