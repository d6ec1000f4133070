import { parse } from 'yaml';
import { ChartDelivery, Guide, InteractionServer, InteractionServerProps, Labels, SecretReference, UnitRole, WorkloadKind } from '../../src';
import { IXN_CONSUL } from '../../src/catalog/data/interaction-server-facts';
import { expectEveryKeyCited, fixtureDelivery } from '../support/chart-values';
import { EngagementStores, T100, engagementStores, ixnProps } from '../support/engagement-unit';
import { testApp } from '../support/fixtures';
import { describeWithGuides, guideText } from '../support/guides';
import { describeWithHelm } from '../support/helm';
import { synth } from '../support/synth';
import { releaseValues } from '../support/values';

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
  // Probe timing of the parameter table: the chart's own defaults, which the library leaves alone.
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

function synthIxn(overrides: Partial<InteractionServerProps> = {}, delivery?: ChartDelivery) {
  const app = testApp();
  const s = engagementStores(app, {}, delivery);
  const ixn = new InteractionServer(s.unit, 'ixn-100', ixnProps(s, overrides));
  const out = synth(app);
  return { out, ixn, values: releaseValues(out, 'us-east', 'ixn-100') };
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

const resourcesOf = (r: any) => [r.requests.cpu, r.requests.memory, r.limits.cpu, r.limits.memory];
/** The `|-` strings the chart parses as YAML (annotations, volumes). */
const parsed = (value: string) => parse(value);

describe('InteractionServer: the ixn chart\'s values for one tenant, as its guide specifies', () => {
  const { out, ixn, values } = synthIxn({ logSidecar: {} });
  const server = values.ixnService;
  const vq = values.ixnVQNode;

  test('release ixn-100 of chart ixn in namespace ixn, wave 8; the VQ Node shares it', () => {
    expect([ixn.release.releaseName, ixn.release.chart.chart, ixn.release.namespace]).toEqual(['ixn-100', 'ixn', 'ixn']);
    expect(ixn.vqNode.release).toBe(ixn.release);
    expect(out.objects.filter((o) => o.kind === 'HelmRelease').map((o) => [o.metadata.name, o.file])).toEqual([['ixn-100', 'us-east/08-ixn.yaml']]);
    expect(ixn.selector).toEqual({ 'app.kubernetes.io/name': 'ixn', 'app.kubernetes.io/instance': 'ixn-100' });
    expect(ixn.vqNode.selector).toEqual(ixn.selector);
    expect([ixn.workloadKind, ixn.vqNode.name]).toEqual([WorkloadKind.STATEFUL_SET, 'ixn-100-vqnode-deploy']);
  });

  test('tenant, images, registry and one pod of each', () => {
    expect(values.tenant).toEqual({ id: T100.tenantId, sid: '100' });
    expect(values.image).toEqual({ registry: 'registry.example.com' });
    expect(values.replicaCount).toBe(1);
    expect(server.image).toEqual({
      ixnServer: { repository: GUIDE.images.server, tag: '100.0.100.0070' },
      ixnNode: { repository: GUIDE.images.node, tag: '100.0.100.0070' },
      logSidecar: { enabled: true, repository: 'fluent/fluent-bit', tag: '1.8.5' },
    });
    expect(vq.image).toEqual({ ixnVQNode: { repository: GUIDE.images.vqNode, tag: '100.0.100.0070' } });
    expect(synthIxn({ replicas: 0 }).values.replicaCount).toBe(0);
  });

  test('resources of the parameter table', () => {
    const r = GUIDE.resources;
    const read = [server.ixnServer.resources, server.ixnNode.resources, vq.resources].map(resourcesOf);
    expect(read).toEqual([r.server, r.node, r.vqNode]);
  });

  test('ports: 7120 and 13131 on IXN Server, 13133 on IXN Node, 7122 and 13139 on VQ Node', () => {
    expect(server.ixnServer.ports).toEqual({ default: GUIDE.ports.server[0], health: GUIDE.ports.server[1] });
    expect(server.ixnNode.ports).toEqual({ default: GUIDE.ports.node[0] });
    expect(vq.ports).toEqual({ default: GUIDE.ports.vqNode[0], health: GUIDE.ports.vqNode[1] });
  });

  test('500:500:500, the priority class and the node pool in both pods', () => {
    for (const pod of [server, vq]) {
      expect(pod.securityContext).toEqual({ runAsNonRoot: true, runAsUser: 500, runAsGroup: 500, fsGroup: 500 });
      expect(pod.priorityClassName).toBe(ixn.chartContext.priorityClassName);
      expect(pod.nodeSelector).toEqual({ [Labels.NODE_POOL]: ixn.nodePool });
    }
  });

  test('Consul services and accounts named as the Tenant Service\'s upstreams expect: ixn-server-<uuid>, ixn-vqnode-<uuid>', () => {
    expect([ixn.serviceName, ixn.vqNode.serviceName]).toEqual([`ixn-server-${T100.tenantId}`, `ixn-vqnode-${T100.tenantId}`]);
    expect(server.ixnServer.serviceAccount).toEqual({ create: true, name: `ixn-server-${T100.tenantId}` });
    expect(vq.serviceAccount).toEqual({ create: true, name: `ixn-vqnode-${T100.tenantId}` });
    expect(parsed(server.annotations)).toEqual({
      'consul.hashicorp.com/connect-inject': 'true',
      'consul.hashicorp.com/connect-service': `ixn-server-${T100.tenantId}`,
      'consul.hashicorp.com/connect-service-port': 'server-default',
      'consul.hashicorp.com/connect-service-upstreams': `voice-config:11100,tenant-${T100.tenantId}:8888`,
      'consul.hashicorp.com/service-tags': 'service-ixn',
      'consul.hashicorp.com/service-meta-tenant-id': T100.tenantId,
      'consul.hashicorp.com/service-meta-tenant-sid': '100',
    });
    expect(parsed(vq.annotations)).toEqual({
      'consul.hashicorp.com/connect-inject': 'true',
      'consul.hashicorp.com/connect-service': `ixn-vqnode-${T100.tenantId}`,
      'consul.hashicorp.com/connect-service-port': 'vqnode-default',
    });
    expect(ixn.meshUpstreams).toEqual(['voice-config:11100', `tenant-${T100.tenantId}:8888`]);
  });

  test('Configuration Server and Voice Config through the upstreams; the Consul agent on the node, over TLS', () => {
    expect(server.ixnServer.confServer).toEqual({ host: 'localhost', port: 8888, appName: 'InteractionServer' });
    expect(server.ixnNode.configNode).toEqual({ host: 'localhost', port: 11100 });
    // Consul runs with TLS (000 §2.4), which serves the agent API over HTTPS only.
    expect(server.ixnNode.consul).toEqual({ host: { valueFrom: { fieldRef: { fieldPath: 'status.hostIP' } } }, port: 8501, sslMode: true });
    expect(synthIxn({ consulAgentTls: false }).values.ixnService.ixnNode.consul).toMatchObject({ port: 8500, sslMode: false });
  });

  test('two databases by name, with the bindings\' existing Secrets (the chart does not create them); no credential written', () => {
    expect(server.ixnServer.db).toEqual({ engine: 'postgre', host: 'ixn-pg.infra', port: 5432, name: 'ixn-100', connectionString: 'KeepaliveInterval=1;KeepaliveTime=60;' });
    expect(server.ixnServer.secrets).toEqual({ db: { enabled: false, secretName: 'ixn-db-secret-100' } });
    expect(server.ixnNode.db).toEqual({ host: 'ixn-pg.infra', port: 5432, name: 'ixn-node-100', options: { keepAlive: true, keepAliveInitialDelayMillis: 300000, ssl: {} } });
    expect(server.ixnNode.secrets).toEqual({ db: { enabled: false, secretName: 'ixn-node-db-secret-100' } });
    const switches = [server.ixnServer.dbinit, server.ixnNode.dbinit, server.ixnNode.storingSessions];
    expect(switches).toEqual([{ enabled: true }, { enabled: true }, { enabled: true }]);
    expect(out.files['us-east/helm/ixn-100.values.yaml']).not.toMatch(/password/i);
  });

  test('IXN Node\'s Redis: the ORS stream, Secret redis-ors-secret (key voice-redis-ors-stream) in namespace ixn; Kafka from kafka-shared-secret', () => {
    expect(server.ixnNode.redis).toEqual([{ host: 'redis-ors-stream.voice.svc.cluster.local', port: 6379, is_redis_cluster: 'true' }]);
    expect(server.ixnNode.redisOptions).toEqual({ tls: { enabled: true } });
    expect(parsed(server.volumes)).toEqual([
      { name: 'redis-ors-secret', secret: { secretName: 'redis-ors-secret' } },
      { name: 'kafka-shared-secret', secret: { secretName: 'kafka-shared-secret' } },
    ]);
    expect(server.ixnNode.volumeMounts).toEqual({ 'redis-ors-secret': { readOnly: true, mountPath: '/mnt/env-secrets/redis-secrets' } });
    expect(server.ixnServer.volumeMounts).toEqual({ 'kafka-shared-secret': { readOnly: true, mountPath: '/mnt/env-secrets/kafka-secrets' } });
    expect(parsed(vq.volumes)).toEqual([{ name: 'kafka-shared-secret', secret: { secretName: 'kafka-shared-secret' } }]);
    expect(vq.volumeMounts).toEqual({ 'kafka-shared-secret': { readOnly: true, mountPath: '/mnt/env-secrets/kafka-secrets' } });
    // The unit's prerequisites: both, in namespace ixn, with the keys read (004 §3.3).
    const prerequisites = parse(out.files['us-east/prerequisites/prerequisites.yaml']).secrets.filter((s: any) => s.namespace === 'ixn');
    expect(prerequisites.map((s: any) => [s.name, s.keys])).toEqual([
      ['ixn-db-secret-100', []],
      ['ixn-node-db-secret-100', []],
      ['kafka-shared-secret', ['kafka-secrets']],
      ['redis-ors-secret', ['voice-redis-ors-stream']],
    ]);
  });

  test('JVM options: the guide\'s seven, the last one completed, under jvmOptions.1 to .7; logs on an emptyDir at /mnt/logs', () => {
    expect(server.ixnServer.jvmOptions).toEqual(Object.fromEntries(GUIDE.jvm.map((o, i) => [String(i + 1), o])));
    expect(ixn.jvmOptions).toEqual(GUIDE.jvm);
    expect(server.ixnServer.logStorage).toEqual({ mountPath: '/mnt/logs', volume: { emptyDir: {} } });
  });

  test('the operator\'s file: the soap-endpoint on the health port, and how to have the chart create the database Secrets', () => {
    expect(ixn.configServerHealthEndpoint).toBe('http://localhost:13131/health');
    const notes = out.files['us-east/ixn/100-configuration.txt'];
    expect(notes).toContain('Configuration Server, application InteractionServer, section [health-service] (004 §3.1):\n  soap-endpoint = http://localhost:13131/health');
    expect(notes).toContain('ixnService.ixnServer.secrets.db.password  <- Secret ixn-db-secret-100, key password');
    expect(notes).toContain('ixnService.ixnNode.secrets.db.password  <- Secret ixn-node-db-secret-100, key password');
  });

  test('a "t100" short id names the same release; two tenants make two releases', () => {
    expect(synthIxn({ tenantShortId: 't100' }).ixn.release.releaseName).toBe('ixn-100');
    const app = testApp();
    const s = engagementStores(app);
    new InteractionServer(s.unit, 'ixn-100', ixnProps(s));
    new InteractionServer(s.unit, 'ixn-200', ixnProps(s, {
      tenantId: '0f5c1d52-7a3e-4b8e-9a57-2b1c0d9e8f7a',
      tenantShortId: '200',
      serverPostgres: s.ixnPostgres.database({ database: 'ixn-200', service: 'ixn', tenant: '200', credentials: SecretReference.of('ixn-db-secret-200', 'password') }),
      nodePostgres: s.ixnPostgres.database({ database: 'ixn-node-200', service: 'ixn', tenant: '200', credentials: SecretReference.of('ixn-node-db-secret-200', 'password') }),
    }));
    const files = synth(app).files;
    expect(Object.keys(files).filter((f) => f.includes('/helm/ixn-')).sort()).toEqual(['us-east/helm/ixn-100.values.yaml', 'us-east/helm/ixn-200.values.yaml']);
  });

  test('every key written is a key of the ixn chart, with the guide row or vendor file it comes from', () => {
    expectEveryKeyCited(ixn.release, 50, {
      'ixnService.ixnNode.db.options.keepAlive': '004 §3.2',
      'ixnService.ixnServer.jvmOptions.7': '004 §3.1',
      'tenant.id': '004 §3.1',
    });
  });
});

describeWithHelm('Interaction Server values rendered through the fixture chart with helm', () => {
  const { out } = synthIxn({}, fixtureDelivery());

  test('the StatefulSet, the VQ Node Deployment, their Services and accounts, schema-checked', () => {
    const sts = out.find('StatefulSet', 'ixn-100-sts', 'ixn');
    expect(sts.spec.template.spec.containers.map((c: any) => c.name)).toEqual(['ixn-server', 'ixn-node']);
    expect(sts.spec.template.metadata.annotations['consul.hashicorp.com/connect-service']).toBe(`ixn-server-${T100.tenantId}`);
    expect(sts.spec.template.spec.serviceAccountName).toBe(`ixn-server-${T100.tenantId}`);
    expect(out.find('Deployment', 'ixn-100-vqnode-deploy', 'ixn').spec.template.spec.serviceAccountName).toBe(`ixn-vqnode-${T100.tenantId}`);
    expect(out.find('Service', `ixn-server-${T100.tenantId}`, 'ixn').spec.ports.map((p: any) => p.port)).toEqual([...GUIDE.ports.server, ...GUIDE.ports.node]);
    expect(out.find('Service', `ixn-vqnode-${T100.tenantId}`, 'ixn').spec.ports.map((p: any) => p.port)).toEqual(GUIDE.ports.vqNode);
    expect(sts.spec.template.spec.volumes.filter((v: any) => v.secret).map((v: any) => v.secret.secretName)).toEqual(['redis-ors-secret', 'kafka-shared-secret']);
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

  test('IXN Node\'s Redis Secret other than redis-ors-secret (the Voice services\' own)', () => {
    expect(problems((s) => new InteractionServer(s.unit, 'ixn-100', ixnProps(s, {
      orsRedis: s.voiceRedis.crossNamespaceBinding('redis-ors-stream', SecretReference.of('redis-ors-stream-token', 'voice-redis-ors-stream')),
    })))).toContain(
      'ixn-100: the ORS stream Secret is "redis-ors-stream-token"; IXN Node reads Secret "redis-ors-secret" in namespace ixn (004 §3.2; 004 §3.3). Fix: pass SecretReference.of(\'redis-ors-secret\', \'voice-redis-ors-stream\') to crossNamespaceBinding(..., \'ixn\').',
    );
  });

  test('a value key the ixn chart does not take', () => {
    expect(problems((s) => new InteractionServer(s.unit, 'ixn-100', ixnProps(s, { values: { ixnService: { ixnServer: { env: { DEBUG: '1' } } } } })))).toContain(
      'ixn-100 (chart ixn): value "ixnService.ixnServer.env.DEBUG" is not a key the chart takes',
    );
  });

  test('a JVM option that is not one', () => {
    expect(problems((s) => new InteractionServer(s.unit, 'ixn-100', ixnProps(s, { jvmOptions: ['-XX:+UseG1GC', 'Xmx2g'] })))).toContain(
      'ixn-100: JVM option "Xmx2g" is not one (004 §1.5).',
    );
  });

  test('Interaction Server in a secondary unit (primary unit only)', () => {
    const text = problems((s) => new InteractionServer(s.unit, 'ixn-100', ixnProps(s)), UnitRole.SECONDARY);
    expect(text).toContain('Interaction Server (IXN Server and IXN Node) (ixn-100) runs only in the primary unit, but us-east is a secondary unit');
    expect(text).toContain('Interaction Server VQ Node (ixn-100-vqnode-deploy) runs only in the primary unit');
  });
});
