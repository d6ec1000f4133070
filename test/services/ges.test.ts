import { ConsulSettings, GenesysEngagementService, GenesysEngagementServiceProps, GesSecrets, Guide, SecretReference, UnitRole } from '../../src';
import { GES_ALLOWED_PATHS, GES_SECRETS } from '../../src/catalog/data/ges-facts';
import { EngagementStores, engagementStores, gesProps } from '../support/engagement-unit';
import { testApp } from '../support/fixtures';
import { describeWithGuides, guideText } from '../support/guides';
import { synth } from '../support/synth';

/**
 * GES as its guide (001) runs it, transcribed from the guide: the parameter table, the sample values
 * file (`ges-values.yaml`), the routes and the secrets sections.
 */
const GUIDE = {
  internalPort: 3050, // configMap.env.server.internal_port, "Typically 3050"
  externalPort: 2050, // external_port, "Typically 2050"
  servicePorts: { internal: 80, external: 8080 }, // sample `port internal: 80`, `port external: 8080`; routes
  healthPath: '/ges/v1/health/detail', // "ges:3050/ges/v1/health/detail"
  resources: { cpuRequest: '500m', memoryRequest: '512Mi', cpuLimit: '1250m', memoryLimit: '2048Mi' },
  hpa: { min: 2, max: 5, cpu: 50 }, // sample hpa
  minReadySeconds: 300,
  rollingUpdate: { maxSurge: '100%', maxUnavailable: 1 },
  secrets: [
    ['secrets-infra', 'ges-secrets-infra', '/secrets-infra'],
    ['secrets-ors', 'voice-redis-ors-stream', '/secrets-ors'],
    ['secrets-gws', 'gws-client-credentials', '/secrets-gws'],
  ],
  routes: {
    external: { name: 'ges-ext-ingress', host: 'ges.example.com', tls: 'ges-ingress-ext', port: 8080 },
    internal: { name: 'ges-int-ingress', host: 'ges-int.example.com', tls: 'ges-secret-int', port: 80 },
  },
};

function synthGes(overrides: Partial<GenesysEngagementServiceProps> = {}) {
  const app = testApp();
  const s = engagementStores(app);
  const ges = new GenesysEngagementService(s.unit, 'ges', gesProps(s, overrides));
  return { out: synth(app), ges };
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

describe('GenesysEngagementService: GES as its guide specifies', () => {
  const { out, ges } = synthGes({ ingress: { domain: 'example.com', clusterIssuer: 'letsencrypt' } });
  const deployment = out.find('Deployment', 'ges', 'ges');
  const pod = deployment.spec.template.spec;
  const c = pod.containers[0];

  test('one Deployment `ges` in namespace ges, written with wave 7', () => {
    expect(out.objects.filter((o) => o.metadata.namespace === 'ges' && ['Deployment', 'StatefulSet'].includes(o.kind))).toHaveLength(1);
    expect((out.objects.find((o) => o.kind === 'Deployment' && o.metadata.name === 'ges') as any).file).toBe('us-east/07-ges.yaml');
    expect(c.image).toBe('registry.example.com/genesys/ges:100.0.100.0050');
    expect(pod.priorityClassName).toBe('genesysengage-high-priority');
    expect(pod.securityContext).toMatchObject({ runAsUser: 500, runAsGroup: 500, fsGroup: 500, runAsNonRoot: true });
  });

  test('ports: 3050 internal and 2050 external; the Service adds 80 and 8080 for the routes', () => {
    expect(c.ports.map((p: any) => [p.name, p.containerPort])).toEqual([['http', GUIDE.internalPort], ['http-external', GUIDE.externalPort]]);
    const ports = out.find('Service', 'ges', 'ges').spec.ports.map((p: any) => [p.port, p.targetPort]);
    expect(ports).toEqual([
      [GUIDE.internalPort, GUIDE.internalPort],
      [GUIDE.externalPort, GUIDE.externalPort],
      [GUIDE.servicePorts.internal, GUIDE.internalPort],
      [GUIDE.servicePorts.external, GUIDE.externalPort],
    ]);
  });

  test('health: readiness and startup on the health path, liveness on the port', () => {
    expect(c.readinessProbe.httpGet).toEqual({ path: GUIDE.healthPath, port: GUIDE.internalPort, scheme: 'HTTP' });
    expect(c.startupProbe.httpGet).toEqual({ path: GUIDE.healthPath, port: GUIDE.internalPort, scheme: 'HTTP' });
    expect(c.livenessProbe.tcpSocket).toEqual({ port: GUIDE.internalPort });
    expect([ges.healthPath, ges.internalPort]).toEqual([GUIDE.healthPath, GUIDE.internalPort]);
  });

  test('resources', () => {
    const r = GUIDE.resources;
    expect(c.resources).toEqual({ requests: { cpu: r.cpuRequest, memory: r.memoryRequest }, limits: { cpu: r.cpuLimit, memory: r.memoryLimit } });
  });

  test('autoscaling 2 to 5 at 50% CPU with the guide\'s pace; minAvailable 1; minReadySeconds 300; 100% surge', () => {
    const hpa = out.find('HorizontalPodAutoscaler', 'ges', 'ges').spec;
    expect([hpa.minReplicas, hpa.maxReplicas]).toEqual([GUIDE.hpa.min, GUIDE.hpa.max]);
    expect(hpa.metrics).toEqual([{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: GUIDE.hpa.cpu } } }]);
    expect(hpa.behavior).toEqual({
      scaleDown: { stabilizationWindowSeconds: 60, selectPolicy: 'Max', policies: [{ type: 'Pods', value: 1, periodSeconds: 30 }] },
      scaleUp: { stabilizationWindowSeconds: 0, selectPolicy: 'Max', policies: [{ type: 'Pods', value: 1, periodSeconds: 30 }] },
    });
    expect(deployment.spec.replicas).toBeUndefined();
    const pdb = out.find('PodDisruptionBudget', 'ges', 'ges').spec;
    expect(pdb.minAvailable).toBe(1);
    expect(pdb.maxUnavailable).toBeUndefined();
    expect(deployment.spec.minReadySeconds).toBe(GUIDE.minReadySeconds);
    expect(deployment.spec.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: GUIDE.rollingUpdate });
    expect(pod.dnsConfig).toEqual({ options: [{ name: 'ndots', value: '3' }] });
    expect(pod.enableServiceLinks).toBe(false);
    expect(pod.topologySpreadConstraints[0].topologyKey).toBe('topology.kubernetes.io/zone');
  });

  test('the three Secrets mounted whole, read-only, at the folders configFolders lists; no Secret written', () => {
    expect(pod.volumes.map((v: any) => [v.name, v.secret.secretName])).toEqual(GUIDE.secrets.map(([volume, secret]) => [volume, secret]));
    expect(c.volumeMounts).toEqual(GUIDE.secrets.map(([volume, , path]) => ({ name: volume, mountPath: path, readOnly: true })));
    const config = out.find('ConfigMap', 'ges-configmap', 'ges').data;
    expect(config.CONFIG_FOLDERS).toBe('/secrets-infra,/secrets-ors,/secrets-gws');
    expect(out.objects.some((o) => o.kind === 'Secret')).toBe(false);
  });

  test('its own Redis and database, the ORS stream and the GWS endpoints in the ConfigMap', () => {
    expect(c.envFrom).toEqual([{ configMapRef: { name: 'ges-configmap' } }]);
    expect(out.find('ConfigMap', 'ges-configmap', 'ges').data).toMatchObject({
      SERVER_INTERNAL_PORT: '3050',
      SERVER_EXTERNAL_PORT: '2050',
      SERVER_INTERNAL_URL: 'ges.ges',
      REGION_AFFINITY: 'eastus2',
      LOG_LEVEL: 'INFO',
      REDIS_HOST: 'ges-redis.infra.svc.cluster.local',
      REDIS_PORT: '6379',
      REDIS_SECURE: 'true',
      DB_HOST: 'ges-pg.infra',
      DB_NAME: 'ges',
      DB_SECURE: 'true',
      GWS_AUTH: 'gauth-auth.gauth:8095',
      GWS_ENV: 'gauth-environment.gauth:8091',
      GWS_CONF: 'gws-configuration.gws:8092',
      GWS_PUBLIC_AUTH: 'https://gauth.example.com',
      VMCS_REDIS_HOST: 'redis-ors-stream.voice.svc.cluster.local',
      VMCS_REDIS_STREAM_NAME: 'NewCallbackStream',
      VMCS_ORS_REDIS_LOCATION: 'redis-ors-stream.voice.svc.cluster.local:6379',
      DEVOPS_ACCESS_GROUPS: 'Platform Read Only,Platform Provisioning,Platform Internal Administrator',
    });
  });

  test('the external route: the allow-listed paths only, headers emptied, 500 KB bodies, HTTPS redirect', () => {
    const g = GUIDE.routes.external;
    const ingress = out.find('Ingress', g.name, 'ges');
    expect(ingress.spec.ingressClassName).toBe('nginx');
    expect(ingress.spec.tls).toEqual([{ hosts: [g.host], secretName: g.tls }]);
    const rule = ingress.spec.rules[0];
    expect(rule.host).toBe(g.host);
    expect(rule.http.paths.map((p: any) => p.path)).toEqual(GES_ALLOWED_PATHS.map((p) => p.path));
    expect(rule.http.paths.filter((p: any) => p.pathType === 'Prefix').map((p: any) => p.path)).toEqual([
      '/ges/',
      '/engagement/v3/callbacks/availability/',
      '/engagement/v3/callbacks/queue-status/',
      '/engagement/v3/callbacks/open-for/',
    ]);
    expect(new Set(rule.http.paths.map((p: any) => JSON.stringify(p.backend)))).toEqual(new Set([JSON.stringify({ service: { name: 'ges', port: { number: g.port } } })]));
    expect(ingress.metadata.annotations).toEqual({
      'cert-manager.io/cluster-issuer': 'letsencrypt',
      'nginx.ingress.kubernetes.io/proxy-body-size': '500k',
      'nginx.ingress.kubernetes.io/ssl-redirect': 'true',
      'nginx.ingress.kubernetes.io/configuration-snippet': 'proxy_set_header ccid "";\nproxy_set_header ContactCenterID "";',
    });
    expect(ges.externalIngress?.name).toBe(g.name);
  });

  test('the internal route: everything to port 80, 10 MB bodies, no redirect', () => {
    const g = GUIDE.routes.internal;
    const ingress = out.find('Ingress', g.name, 'ges');
    expect(ingress.spec.tls).toEqual([{ hosts: [g.host], secretName: g.tls }]);
    expect(ingress.spec.rules[0].http.paths).toEqual([{ path: '/', pathType: 'Prefix', backend: { service: { name: 'ges', port: { number: g.port } } } }]);
    expect(ingress.metadata.annotations).toEqual({
      'cert-manager.io/cluster-issuer': 'letsencrypt',
      'nginx.ingress.kubernetes.io/proxy-body-size': '10m',
      'nginx.ingress.kubernetes.io/ssl-redirect': 'false',
    });
  });

  test('route options: no internal route, the sample\'s redirect off, no header snippet', () => {
    const { out: other } = synthGes({ ingress: { domain: 'example.com', internalRoute: false, sslRedirect: false, clearContactCenterHeaders: false } });
    expect(other.objects.filter((o) => o.kind === 'Ingress').map((o) => o.metadata.name)).toEqual(['ges-ext-ingress']);
    expect(other.find('Ingress', 'ges-ext-ingress').metadata.annotations).toEqual({
      'nginx.ingress.kubernetes.io/proxy-body-size': '500k',
      'nginx.ingress.kubernetes.io/ssl-redirect': 'false',
    });
  });

  test('without ingress options there is no route', () => {
    expect(synthGes().out.objects.some((o) => o.kind === 'Ingress')).toBe(false);
  });

  test('the ingress controller, outside the mesh, reaches both routes\' ports past the sidecar', () => {
    const exclusions = (o: any) => o.find('Deployment', 'ges').spec.template.metadata.annotations['consul.hashicorp.com/transparent-proxy-exclude-inbound-ports'];
    expect(exclusions(out)).toBe('2050,3050');
    // Without routes, only Prometheus's port (3050 serves the metrics) is opened, by the unit's ConsulMesh.
    expect(exclusions(synthGes().out)).toBe('3050');
  });

  test('overrides: autoscaling bounds, log level, DevOps groups', () => {
    const { out: other } = synthGes({ autoscaling: { minReplicas: 3, maxReplicas: 8 }, devopsAccessGroups: ['Ops'] });
    expect([other.find('HorizontalPodAutoscaler', 'ges').spec.minReplicas, other.find('HorizontalPodAutoscaler', 'ges').spec.maxReplicas]).toEqual([3, 8]);
    expect(other.find('ConfigMap', 'ges-configmap').data.DEVOPS_ACCESS_GROUPS).toBe('Ops');
  });
});

describeWithGuides('GES facts read from the guide text (001)', () => {
  const text = guideText(Guide.GES);
  const flat = text.replace(/\s+/g, ' ');
  const says = (needle: string | RegExp) => {
    const found = typeof needle === 'string' ? flat.includes(needle) : needle.test(flat);
    if (!found) throw new Error(`guide 001 does not say ${needle}`);
  };

  test('ports, health path and resources', () => {
    says(`Typically ${GUIDE.internalPort}.`);
    says(new RegExp(`outside world\\). Typically.{0,300}?${GUIDE.externalPort}\\. This is required`));
    says(`ges:${GUIDE.internalPort}${GUIDE.healthPath.replace('detail', '')}`);
    says(`cpu: ${GUIDE.resources.cpuLimit}`);
    says(`memory: ${GUIDE.resources.memoryLimit}`);
    says(`cpu: "${GUIDE.resources.cpuRequest}"`);
    says('cpu: "12560m"'); // the sample's slip, read as 1250m
    says(`port internal: ${GUIDE.servicePorts.internal} port external: ${GUIDE.servicePorts.external}`);
  });

  test('scaling and rollout values of the sample', () => {
    for (const line of [`maximumReplicas: ${GUIDE.hpa.max}`, `mimimumReplicas: ${GUIDE.hpa.min}`, `averageUtilization: ${GUIDE.hpa.cpu}`, 'minAvailable: 1', 'maxSurge: 100%', `min_ready_seconds ${GUIDE.minReadySeconds}`]) {
      says(line);
    }
  });

  test('route names, TLS Secrets and Service ports of the two route samples', () => {
    for (const r of Object.values(GUIDE.routes)) {
      says(`name: ${r.name}`);
      says(`secretName: ${r.tls}`);
    }
    says(/name: ges-ext-ingress.*number: 8080.*name: ges-int-ingress.*number: 80\b/);
  });

  test('the WAF allow-list, with the OCR\'s "/lengagement" read as "/engagement"', () => {
    const start = text.indexOf('allow requests to only the following paths');
    const block = text.slice(start, text.indexOf('In addition to allowing connections', start));
    const paths = [...block.matchAll(/^\s*-\s*(\S+)\s*$/gm)].map((m) => m[1].replace(/^\/?lengagement/, '/engagement'));
    expect(paths).toEqual(GES_ALLOWED_PATHS.map((p) => p.path));
    says('ensure that the ccid or ContactCenterID headers on any incoming requests are empty');
  });

  test('the Secret keys: REDIS-CACHEKEY (also printed REDIS_CACHEKEY and "REDIS CACHEKEY"), AUTHENTICATION-CLIENT-SECRET as the command creates it', () => {
    says('the key is REDIS-CACHEKEY');
    says('from-literal=REDIS CACHEKEY=');
    says('literal=AUTHENTICATION-CLIENT-ID= --from-literal=AUTHENTICATION-CLIENT-SECRET=');
    says('AUTHENTICATION-CLIENT-PASSWORD');
    expect(GesSecrets.redis().key).toBe('REDIS-CACHEKEY');
    expect(GesSecrets.database()).toEqual(SecretReference.of('ges-secrets-infra', 'DB-PASSWORD'));
    says('The DB-USER and DB-PASSWORD must be supplied to GES through the use of an opaque secret');
    says('--from-literal=DB-USER= --from-');
    expect(GesSecrets.databaseUser()).toEqual(SecretReference.of('ges-secrets-infra', 'DB-USER'));
    expect(GES_SECRETS.gwsClient.keys).toEqual(['AUTHENTICATION-CLIENT-ID', 'AUTHENTICATION-CLIENT-SECRET']);
  });

  test('the Secrets and their folders', () => {
    says('configFolders: "/secrets-infra,/secrets-ors,/secrets-gws"');
    for (const [volume, secret, path] of GUIDE.secrets) {
      says(`name: ${volume} secret: secretName: ${secret}`);
      says(`mountPath: ${path}`);
    }
  });
});

describe('GES refuses what a user gets wrong, naming the rule and the fix', () => {
  test('GES in a secondary unit (primary unit only, 003 §2.3)', () => {
    expect(problems((s) => new GenesysEngagementService(s.unit, 'ges', gesProps(s)), UnitRole.SECONDARY)).toContain(
      '[us-east] Genesys Engagement Service (ges) runs only in the primary unit, but us-east is a secondary unit (003 §2.3 #11). Fix: deploy it in the primary unit of the group.',
    );
  });

  test('an external route missing allow-listed paths', () => {
    const paths = GES_ALLOWED_PATHS.map((p) => p.path).filter((p) => !p.includes('cancel') && !p.includes('retrieve'));
    expect(problems((s) => new GenesysEngagementService(s.unit, 'ges', gesProps(s, { ingress: { domain: 'example.com', externalPaths: paths } })))).toContain(
      '[us-east/ges] ges: the external route is missing allow-listed path(s) /engagement/v3/callbacks/cancel, /engagement/v3/callbacks/retrieve; omitting them breaks the external APIs (001 §1.5). Fix: add them to ingress.externalPaths, or leave externalPaths unset for the guide\'s list.',
    );
  });

  test('an external route forwarding a path that is not allow-listed', () => {
    const paths = [...GES_ALLOWED_PATHS.map((p) => p.path), '/.*'];
    expect(problems((s) => new GenesysEngagementService(s.unit, 'ges', gesProps(s, { ingress: { domain: 'example.com', externalPaths: paths } })))).toContain(
      'ges: the external route forwards path(s) /.*, which are not on the allow-list; only the listed paths may reach GES from outside (001 §1.5)',
    );
  });

  test('a Voice Redis service as GES\'s own Redis, and a Redis other than the ORS stream for callbacks', () => {
    const text = problems((s) =>
      new GenesysEngagementService(s.unit, 'ges', gesProps(s, {
        redis: s.voiceRedis.binding('redis-agent-state'),
        orsRedis: s.voiceRedis.crossNamespaceBinding('redis-ors-state', SecretReference.of('ors', 'voice-redis-ors-stream')),
      })),
    );
    expect(text).toContain('ges: redis is the Voice Redis service "redis-agent-state"; GES needs its own Redis (001 §4.2).');
    expect(text).toContain('ges: orsRedis is "redis-ors-state", but GES writes callbacks to the ORS stream (001 §2.1).');
  });

  test('GES data in the Voice Redis store (each service group its own store, 003 §1.11)', () => {
    expect(problems((s) => {
      const voiceStore = s.unit.node.findChild('voice-redis-store') as any;
      new GenesysEngagementService(s.unit, 'ges', gesProps(s, { redis: voiceStore.bind('ges', 'ges-redis') }));
    })).toContain('Redis "voice-redis-store" belongs to service group "voice" but also holds data of "ges"');
  });

  test('the ORS stream without credentials, and credentials under the wrong keys', () => {
    const text = problems((s) =>
      new GenesysEngagementService(s.unit, 'ges', gesProps(s, {
        orsRedis: s.voiceRedis.crossNamespaceBinding('redis-ors-stream', undefined as any),
        postgres: s.gesPostgres.database({ database: 'ges', service: 'ges', credentials: SecretReference.of('ges-pg', 'password') }),
        redis: s.gesRedis.bind('ges', 'ges-redis', SecretReference.of('ges-redis', 'password')),
      })),
    );
    expect(text).toContain('ges: orsRedis has no credentials; GES reads the ORS stream connection (with the required rejectUnauthorized) from a Secret (001 §3.3).');
    expect(text).toContain('ges: the database credentials are key "password" of Secret "ges-pg"; GES reads keys DB-USER and DB-PASSWORD (001 §3.3). Fix: create the database with credentials GesSecrets.database().');
    expect(text).toContain('ges: the Redis password is key "password" of Secret "ges-redis"; GES reads it as key REDIS-CACHEKEY of the database Secret "ges-pg" (001 §3.3).');
  });

  test('the database user: required, beside the password, as DB-USER', () => {
    const withUser = (user?: SecretReference) =>
      problems((s) =>
        new GenesysEngagementService(s.unit, 'ges', gesProps(s, { postgres: s.gesPostgres.database({ database: 'ges', service: 'ges', credentials: GesSecrets.database(), user }) })),
      );
    expect(withUser()).toContain(
      'ges: the database user is not given; GES reads it from key DB-USER of Secret "ges-secrets-infra", beside the password (001 §3.3). Fix: create the database with user: GesSecrets.databaseUser().',
    );
    expect(withUser(SecretReference.of('ges-secrets-infra', 'user'))).toContain('ges: the database user is key "user" of Secret "ges-secrets-infra"');
    const app = testApp();
    const s = engagementStores(app, { role: UnitRole.PRIMARY });
    new GenesysEngagementService(s.unit, 'ges', gesProps(s, { postgres: s.gesPostgres.database({ database: 'ges', service: 'ges', credentials: GesSecrets.database(), user: GesSecrets.databaseUser() }) }));
    expect(() => app.synthFiles()).not.toThrow();
  });

  test('the ORS stream through voiceRedis.binding(): the Voice services\' Secret, which GES cannot read', () => {
    expect(problems((s) => new GenesysEngagementService(s.unit, 'ges', gesProps(s, { orsRedis: s.voiceRedis.binding('redis-ors-stream') })))).toContain(
      '[us-east/ges] ges: orsRedis reads the Voice services\' Secret "redis-ors-stream-token" (namespace voice); GES reads the ORS stream connection from its own Secret in namespace ges, key "voice-redis-ors-stream" (001 §3.3). '
        + "Fix: pass orsRedis: voiceRedis.crossNamespaceBinding('redis-ors-stream', GesSecrets.orsStream(), 'ges') instead of voiceRedis.binding(...).",
    );
  });

  test('regionAffinity that names no Consul datacenter of the app (the cloud region instead of the datacenter)', () => {
    expect(problems((s) => {
      new ConsulSettings(s.unit, 'consul', { datacenter: 'us-east' });
      new GenesysEngagementService(s.unit, 'ges', gesProps(s, { regionAffinity: 'eastus2' }));
    })).toContain(
      '[us-east/ges] ges: regionAffinity "eastus2" is not one of the Consul datacenters (us-east); GES prefers the ORS and URS nodes of that datacenter (001 §3.1). Fix: give this unit\'s datacenter, regionAffinity: \'us-east\'.',
    );
  });

  test('a JavaScript caller that leaves out a binding gets the construct, the rule and the fix, not a TypeError', () => {
    const app = testApp();
    const s = engagementStores(app);
    // The props check (schemas generated from GenesysEngagementServiceProps) runs before the constructor reads them.
    expect(() => new GenesysEngagementService(s.unit, 'ges', gesProps(s, { redis: undefined as any }))).toThrow(
      "[us-east/ges] GenesysEngagementServiceProps: redis is missing; it is required (a RedisBinding object): GES's own Redis: a dedicated store (001 §4.2 step 2), e.g. `gesRedis.bind('ges', 'ges-redis', GesSecrets.redis())`.",
    );
  });

  test('fewer than two pods, a bad region, a bad public GAuth URL and a bad domain, all at once', () => {
    const text = problems((s) =>
      new GenesysEngagementService(s.unit, 'ges', gesProps(s, {
        autoscaling: { minReplicas: 1 },
        regionAffinity: 'east us',
        gws: { publicAuth: 'gauth.example.com' },
        ingress: { domain: 'Example' },
      })),
    );
    expect(text).toMatch(/^Synthesis stopped: 4 problem\(s\) found/);
    expect(text).toContain('ges: autoscaling minReplicas is 1; there must be at least two GES pods spread across availability zones (001 §1.1). Fix: give 2 or more.');
    expect(text).toContain('ges: regionAffinity "east us" is not a Consul data center name (001 §3.1).');
    expect(text).toContain('ges: gws.publicAuth "gauth.example.com" is not a URL (001 §3.1).');
    expect(text).toContain('ges: ingress domain "Example" is not a DNS domain.');
  });
});
