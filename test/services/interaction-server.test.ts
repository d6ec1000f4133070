import { Guide, InteractionServer, InteractionServerProps, SecretReference, UnitRole } from '../../src';
import { IXN_CONSUL } from '../../src/catalog/data/interaction-server-facts';
import { EngagementStores, T100, engagementStores, ixnProps } from '../support/engagement-unit';
import { testApp } from '../support/fixtures';
import { describeWithGuides, guideText } from '../support/guides';
import { synth } from '../support/synth';

/** Interaction Server as its guide (004) describes it, transcribed from the parameter table and the sample. */
const GUIDE = {
  images: { server: 'ixn/interaction_server', node: 'ixn/ixn_node', vqNode: 'ixn/ixn_vq_node', sidecar: 'fluent/fluent-bit:1.8.5' },
  // Parameter-table resources: requests cpu/memory, limits cpu/memory.
  resources: {
    server: ['50m', '1Gi', '1.25', '6Gi'],
    node: ['40m', '128Mi', '300m', '320Mi'],
    vqNode: ['30m', '128Mi', '300m', '160Mi'],
    sidecar: ['40m', '128Mi', '300m', '320Mi'],
  },
  // Architecture table (004 §2.4): IXN 7120, IXN metrics 13131, IXN Node 13133, VQ Node 7122 and 13139.
  ports: { server: [7120, 13131], node: [13133], vqNode: [7122, 13139] },
  probe: { initialDelaySeconds: 15, periodSeconds: 30, timeoutSeconds: 3, failureThreshold: 3 },
  startup: { periodSeconds: 30, failureThreshold: 120 },
  jvm: [
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+UseCGroupMemoryLimitForHeap',
    '-XX:+UseG1GC',
    '-XX:MinHeapFreeRatio=5',
    '-XX:MaxHeapFreeRatio=10',
    '-XX:GCTimeRatio=4',
    '-XX:AdaptiveSizePolicyWeight=90', // printed cut off as "-XX:AdaptiveSizePol"
  ],
};

function synthIxn(overrides: Partial<InteractionServerProps> = {}) {
  const app = testApp();
  const s = engagementStores(app);
  const ixn = new InteractionServer(s.unit, 'ixn-100', ixnProps(s, overrides));
  return { out: synth(app), ixn };
}

function problems(build: (s: EngagementStores) => void, role = UnitRole.PRIMARY): string {
  const app = testApp();
  build(engagementStores(app, { role }));
  try {
    app.synthFiles();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected synthesis to fail');
}

const resourcesOf = (c: any) => [c.resources.requests.cpu, c.resources.requests.memory, c.resources.limits.cpu, c.resources.limits.memory];
const portsOf = (c: any) => (c.ports ?? []).map((p: any) => p.containerPort);

describe('InteractionServer: one tenant\'s Interaction Server as its guide specifies', () => {
  const { out, ixn } = synthIxn({ logSidecar: { configMapName: 'ixn-fluent-bit' } });
  const sts = out.find('StatefulSet', 'ixn-100-sts', 'ixn');
  const pod = sts.spec.template.spec;
  const [server, node, sidecar] = pod.containers;
  const vq = out.find('Deployment', 'ixn-100-vqnode-deploy', 'ixn');
  const vqPod = vq.spec.template.spec;

  test('release ixn-100: StatefulSet ixn-100-sts (pod ixn-100-sts-0) and Deployment ixn-100-vqnode-deploy, in namespace ixn, wave 8', () => {
    expect(ixn.release).toBe('ixn-100');
    expect(sts.spec.template.metadata.labels).toMatchObject({ 'app.kubernetes.io/name': 'ixn', 'app.kubernetes.io/instance': 'ixn-100', 'genesys-pe.io/tenant': '100' });
    expect(vq.spec.template.metadata.labels).toMatchObject({ 'app.kubernetes.io/name': 'ixn-vqnode', 'app.kubernetes.io/instance': 'ixn-100' });
    expect(new Set(out.objects.filter((o) => o.metadata.namespace === 'ixn' && o.kind !== 'ServiceIntentions').map((o) => o.file))).toEqual(new Set(['us-east/08-ixn.yaml']));
  });

  test('the Interaction Server pod: IXN Server, IXN Node and the log sidecar', () => {
    expect(pod.containers.map((c: any) => c.name)).toEqual(['ixn-server', 'ixn-node', 'log-sidecar']);
    expect(server.image).toBe(`registry.example.com/${GUIDE.images.server}:100.0.100.0070`);
    expect(node.image).toBe(`registry.example.com/${GUIDE.images.node}:100.0.100.0070`);
    expect(sidecar.image).toBe(`registry.example.com/${GUIDE.images.sidecar}`);
    const r = GUIDE.resources;
    expect([resourcesOf(server), resourcesOf(node), resourcesOf(sidecar)]).toEqual([r.server, r.node, r.sidecar]);
  });

  test('ports: 7120 and 13131 on IXN Server, 13133 on IXN Node, 7122 and 13139 on VQ Node', () => {
    expect([portsOf(server), portsOf(node), portsOf(sidecar)]).toEqual([GUIDE.ports.server, GUIDE.ports.node, []]);
    expect(portsOf(vqPod.containers[0])).toEqual(GUIDE.ports.vqNode);
    expect(out.find('Service', 'ixn-server-100', 'ixn').spec.ports.map((p: any) => p.port)).toEqual([...GUIDE.ports.server, ...GUIDE.ports.node]);
    expect(out.find('Service', 'ixn-vqnode-100', 'ixn').spec.ports.map((p: any) => p.port)).toEqual(GUIDE.ports.vqNode);
    expect(sts.spec.serviceName).toBe('ixn-server-100');
  });

  test('probes: the guide\'s timing; IXN Server may take 60 minutes to start', () => {
    expect(server.livenessProbe).toEqual({ tcpSocket: { port: 7120 }, ...GUIDE.probe });
    expect(server.readinessProbe).toEqual({ tcpSocket: { port: 7120 }, ...GUIDE.probe });
    expect(server.startupProbe).toEqual({ tcpSocket: { port: 7120 }, ...GUIDE.startup });
    expect(GUIDE.startup.periodSeconds * GUIDE.startup.failureThreshold).toBe(3600);
    expect(node.livenessProbe).toEqual({ tcpSocket: { port: 13133 }, ...GUIDE.probe });
    expect(node.readinessProbe).toEqual({ tcpSocket: { port: 13133 }, ...GUIDE.probe });
    expect(vqPod.containers[0].readinessProbe).toEqual({ tcpSocket: { port: 7122 }, ...GUIDE.probe });
    expect(vqPod.containers[0].livenessProbe).toEqual({ tcpSocket: { port: 7122 }, ...GUIDE.probe });
  });

  test('JVM options: the guide\'s seven, the last one completed', () => {
    expect(server.env).toEqual([{ name: 'JAVA_TOOL_OPTIONS', value: GUIDE.jvm.join(' ') }]);
    expect(ixn.jvmOptions).toEqual(GUIDE.jvm);
  });

  test('replicas 1 for both workloads, no autoscaler, and no second VQ Node during a rollout', () => {
    expect(sts.spec.replicas).toBe(1);
    expect(vq.spec.replicas).toBe(1);
    expect(vq.spec.strategy).toEqual({ type: 'Recreate' });
    expect(out.objects.some((o) => o.kind === 'HorizontalPodAutoscaler')).toBe(false);
    expect(synthIxn({ replicas: 0 }).out.find('StatefulSet', 'ixn-100-sts').spec.replicas).toBe(0);
  });

  test('service accounts ixn-server-100 and ixn-vqnode-100, named like their Consul services', () => {
    expect(out.objects.filter((o) => o.kind === 'ServiceAccount').map((o) => o.metadata.name)).toEqual(['ixn-server-100', 'ixn-vqnode-100']);
    expect(pod.serviceAccountName).toBe('ixn-server-100');
    expect(vqPod.serviceAccountName).toBe('ixn-vqnode-100');
    expect(pod.automountServiceAccountToken).toBe(true);
  });

  test('Consul: injected, upstreams voice-config and tenant-<uuid>, the guide\'s service port, tags and tenant meta', () => {
    expect(sts.spec.template.metadata.annotations).toMatchObject({
      'consul.hashicorp.com/connect-inject': 'true',
      'consul.hashicorp.com/connect-service-port': 'server-default',
      'consul.hashicorp.com/connect-service-upstreams': `voice-config:11100,tenant-${T100.tenantId}:8888`,
      'consul.hashicorp.com/service-tags': 'service-ixn',
      'consul.hashicorp.com/service-meta-tenant-id': T100.tenantId,
      'consul.hashicorp.com/service-meta-tenant-sid': '100',
    });
    expect(vq.spec.template.metadata.annotations).toMatchObject({
      'consul.hashicorp.com/connect-inject': 'true',
      'consul.hashicorp.com/connect-service-port': 'vqnode-default',
    });
    // Two upstreams must not share a local port.
    const locals = sts.spec.template.metadata.annotations['consul.hashicorp.com/connect-service-upstreams'].split(',').map((u: string) => u.split(':')[1]);
    expect(new Set(locals).size).toBe(locals.length);
    expect(node.env).toEqual([{ name: 'IXN_NODE_CONSUL_HOST', valueFrom: { fieldRef: { fieldPath: 'status.hostIP' } } }]);
    expect(ixn.configServerHealthEndpoint).toBe('http://localhost:13131/health');
  });

  test('two databases, the ORS Redis stream and Kafka: settings in the ConfigMap, Secrets mounted at the guide\'s paths', () => {
    expect(out.find('ConfigMap', 'ixn-100-sts-configmap', 'ixn').data).toMatchObject({
      TENANT_ID: T100.tenantId,
      TENANT_SID: '100',
      IXN_SERVER_DB_ENGINE: 'postgre',
      IXN_SERVER_DB_HOST: 'ixn-pg.infra',
      IXN_SERVER_DB_NAME: 'ixn-100',
      IXN_SERVER_DB_CONNECTION_STRING: 'KeepaliveInterval=1;KeepaliveTime=60;',
      IXN_SERVER_CONF_SERVER_PORT: '8888',
      IXN_SERVER_CONF_SERVER_APP_NAME: 'InteractionServer',
      IXN_NODE_DB_NAME: 'ixn-node-100',
      IXN_NODE_CONFIG_NODE_PORT: '11100',
      IXN_NODE_REDIS_HOST: 'redis-ors-stream.voice.svc.cluster.local',
      IXN_NODE_REDIS_IS_REDIS_CLUSTER: 'true',
      // Consul runs with TLS (000 §2.4), which serves the agent API over HTTPS only.
      IXN_NODE_CONSUL_PORT: '8501',
      IXN_NODE_CONSUL_SSL_MODE: 'true',
    });
    const secrets = Object.fromEntries(pod.volumes.filter((v: any) => v.secret).map((v: any) => [v.name, v.secret.secretName]));
    expect(secrets).toEqual({
      'redis-ors-secret': 'redis-ors-secret',
      'kafka-shared-secret': 'kafka-shared-secret',
      'ixn-db-secret': 'ixn-db-secret-100',
      'ixn-node-db-secret': 'ixn-node-db-secret-100',
    });
    const mounts = (c: any) => Object.fromEntries(c.volumeMounts.map((m: any) => [m.name, m.mountPath]));
    expect(mounts(server)).toMatchObject({ 'kafka-shared-secret': '/mnt/env-secrets/kafka-secrets', 'log-storage': '/mnt/logs' });
    expect(mounts(node)).toMatchObject({ 'redis-ors-secret': '/mnt/env-secrets/redis-secrets' });
    expect(mounts(node)['kafka-shared-secret']).toBeUndefined();
    expect(mounts(vqPod.containers[0])).toEqual({ 'kafka-shared-secret': '/mnt/env-secrets/kafka-secrets' });
    expect(mounts(sidecar)).toEqual({ 'log-storage': '/mnt/logs', 'log-sidecar-config': '/fluent-bit/etc' });
    expect(out.objects.some((o) => o.kind === 'Secret')).toBe(false);
  });

  test('a Consul without TLS: the agent on 8500 without SSL, as in the guide\'s sample (004 §3.2)', () => {
    const plain = synthIxn({ consulAgentTls: false }).out;
    const config = plain.objects.find((o) => o.kind === 'ConfigMap' && o.metadata.namespace === 'ixn' && o.data?.IXN_NODE_CONSUL_PORT)!;
    expect(config.data).toMatchObject({ IXN_NODE_CONSUL_PORT: '8500', IXN_NODE_CONSUL_SSL_MODE: 'false' });
  });

  test('500:500:500 in both pods', () => {
    for (const p of [pod, vqPod]) {
      expect(p.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 500, runAsGroup: 500, fsGroup: 500 });
      for (const c of p.containers) expect(c.securityContext).toMatchObject({ allowPrivilegeEscalation: false, privileged: false });
    }
  });

  test('without the sidecar the pod has two containers; a "t100" short id names the same release', () => {
    const { out: other } = synthIxn({ tenantShortId: 't100' });
    expect(other.find('StatefulSet', 'ixn-100-sts').spec.template.spec.containers.map((c: any) => c.name)).toEqual(['ixn-server', 'ixn-node']);
    expect(other.find('ServiceAccount', 'ixn-server-100')).toBeDefined();
  });

  test('two tenants make two releases', () => {
    const app = testApp();
    const s = engagementStores(app);
    new InteractionServer(s.unit, 'ixn-100', ixnProps(s));
    new InteractionServer(s.unit, 'ixn-200', ixnProps(s, {
      tenantId: '0f5c1d52-7a3e-4b8e-9a57-2b1c0d9e8f7a',
      tenantShortId: '200',
      serverPostgres: s.ixnPostgres.database({ database: 'ixn-200', service: 'ixn', tenant: '200', credentials: SecretReference.of('ixn-db-secret-200', 'password') }),
      nodePostgres: s.ixnPostgres.database({ database: 'ixn-node-200', service: 'ixn', tenant: '200', credentials: SecretReference.of('ixn-node-db-secret-200', 'password') }),
    }));
    expect(synth(app).objects.filter((o) => o.kind === 'StatefulSet').map((o) => o.metadata.name)).toEqual(['ixn-100-sts', 'ixn-200-sts']);
  });
});

describeWithGuides('Interaction Server facts read from the guide text (004)', () => {
  const text = guideText(Guide.INTERACTION_SERVER);
  const flat = text.replace(/\s+/g, ' ');
  /** A default of the parameter table, printed as `<key><type> <value>`. */
  const tableDefault = (key: string) => {
    const match = new RegExp(`${key.replace(/\./g, '\\.')}(?:string|int|bool) "?([^"\\s]+)"?`).exec(text);
    if (!match) throw new Error(`guide 004 has no parameter ${key}`);
    return match[1];
  };

  test('the Consul agent: 8500 in the guide\'s sample, 8500/8501 (HTTP/HTTPS) in the platform guide\'s by-port table (003 §5.2)', () => {
    expect(tableDefault('ixnService.ixnNode.consul.port')).toBe(String(IXN_CONSUL.agentPort));
    const byPort = guideText(Guide.PLATFORM).split('\n').find((l) => /^\| 8500\/8501 +\| TCP +\| Interaction Server/.test(l));
    expect(byPort).toBeDefined();
    expect(byPort!.split('|')[1].trim()).toBe(`${IXN_CONSUL.agentPort}/${IXN_CONSUL.agentTlsPort}`);
  });

  test('resources of the parameter table', () => {
    const keys = { server: 'ixnService.ixnServer', node: 'ixnService.ixnNode', vqNode: 'ixnVQNode', sidecar: 'ixnService.logSidecar' } as const;
    for (const [name, key] of Object.entries(keys)) {
      const read = ['requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory'].map((r) => tableDefault(`${key}.resources.${r}`));
      expect(read).toEqual(GUIDE.resources[name as keyof typeof keys]);
    }
  });

  test('probe timing of the parameter table', () => {
    for (const key of ['ixnService.ixnServer.livenessProbe', 'ixnService.ixnServer.readinessProbe', 'ixnService.ixnNode.livenessProbe', 'ixnVQNode.readinessProbe']) {
      for (const [field, value] of Object.entries(GUIDE.probe)) expect(Number(tableDefault(`${key}.${field}`))).toBe(value);
    }
    expect(Number(tableDefault('ixnService.ixnServer.startupProbe.failureThreshold'))).toBe(GUIDE.startup.failureThreshold);
    expect(Number(tableDefault('ixnService.ixnServer.startupProbe.periodSeconds'))).toBe(GUIDE.startup.periodSeconds);
  });

  test('JVM options: six as printed, the seventh cut off', () => {
    const printed = [...text.matchAll(/jvmOptions\.(\d)string "-\s*(\S+?)"/g)].map((m) => `-${m[2]}`);
    expect(printed.slice(0, 6)).toEqual(GUIDE.jvm.slice(0, 6));
    expect(printed[6]).toBe('-XX:AdaptiveSizePol');
    expect(GUIDE.jvm[6].startsWith(printed[6])).toBe(true);
  });

  test('ports of the architecture table, replicas, images and Secret paths', () => {
    for (const row of ['Prometheus IXN VQ Node HTTP 13139', 'Prometheus IXN Node HTTP 13133', 'Prometheus IXN HTTP 13131', 'URS IXN VQ Node TCP 7122', 'IXN Node IXN TCP 7120']) {
      if (!flat.includes(row)) throw new Error(`guide 004 does not say "${row}"`);
    }
    for (const needle of ['Can only be 1 or 0.', GUIDE.images.server, GUIDE.images.node, GUIDE.images.vqNode, '/mnt/env-secrets/redis-secrets', '/mnt/env-secrets/kafka-secrets', 'port: 11100', 'it must be named as ixn-server-']) {
      if (!flat.includes(needle)) throw new Error(`guide 004 does not say "${needle}"`);
    }
  });
});

describe('InteractionServer refuses what a user gets wrong, naming the rule and the fix', () => {
  test('two replicas', () => {
    expect(problems((s) => new InteractionServer(s.unit, 'ixn-100', ixnProps(s, { replicas: 2 })))).toContain(
      '[us-east/ixn-100] ixn-100: replicas is 2, but Interaction Server runs one instance per tenant: replicas "can only be 1 or 0", and it does not support scaling or HA (004 §1.6; 004 §3.1). Fix: give 1 (or 0 to stop it).',
    );
  });

  test('bad tenant ids', () => {
    const text = problems((s) => new InteractionServer(s.unit, 'ixn-100', ixnProps(s, { tenantId: 'T100', tenantShortId: 'tenant-100' })));
    expect(text).toContain('ixn-tenant-100: tenant id "T100" is not a UUID; it names the Consul upstream tenant-<uuid> to the tenant\'s Configuration Server (004 §3.1).');
    expect(text).toContain('ixn-tenant-100: tenant short id "tenant-100" is not the tenant\'s short numeric id (tenant.sid, "short 4-digit ID") (004 §3.1). Fix: give one to four digits, e.g. "100" (or "t100").');
  });

  test('one database for both IXN Server and IXN Node', () => {
    const text = problems((s) => {
      const db = s.ixnPostgres.database({ database: 'ixn-100', service: 'ixn', tenant: '100', credentials: SecretReference.of('ixn-db-secret-100', 'password') });
      new InteractionServer(s.unit, 'ixn-100', ixnProps(s, { serverPostgres: db, nodePostgres: db }));
    });
    expect(text).toContain('ixn-100: IXN Server and IXN Node were given the same database "ixn-100"; Interaction Server requires two databases, one for IXN and one for IXN Node (004 §2.1). Fix: give IXN Node its own database, e.g. "ixn-node-100".');
  });

  test('a Redis other than the ORS stream, without credentials; a Kafka Secret with the wrong key', () => {
    const text = problems((s) =>
      new InteractionServer(s.unit, 'ixn-100', ixnProps(s, {
        orsRedis: s.voiceRedis.crossNamespaceBinding('redis-tenant-stream', undefined as any),
        kafkaCredentials: SecretReference.of('kafka-shared-secret', 'bootstrap'),
      })),
    );
    expect(text).toContain('ixn-100: orsRedis is "redis-tenant-stream", but IXN Node uses the same Redis as ORS, the ORS stream (004 §2.1).');
    expect(text).toContain('ixn-100: orsRedis has no credentials; IXN Node reads the ORS stream connection from a Secret (004 §3.2; 004 §3.3).');
    expect(text).toContain('ixn-100: the Kafka Secret key is "bootstrap"; IXN Server and VQ Node read key "kafka-secrets"');
  });

  test('a JVM option that is not one', () => {
    expect(problems((s) => new InteractionServer(s.unit, 'ixn-100', ixnProps(s, { jvmOptions: ['-XX:+UseG1GC', 'Xmx2g'] })))).toContain(
      'ixn-100: JVM option "Xmx2g" is not one (004 §1.5).',
    );
  });

  test('Interaction Server in a secondary unit (primary unit only)', () => {
    const text = problems((s) => new InteractionServer(s.unit, 'ixn-100', ixnProps(s)), UnitRole.SECONDARY);
    expect(text).toContain('Interaction Server (IXN Server and IXN Node) (ixn-100-sts) runs only in the primary unit, but us-east is a secondary unit');
    expect(text).toContain('Interaction Server VQ Node (ixn-100-vqnode-deploy) runs only in the primary unit');
  });
});
