import { parse } from 'yaml';
import { ChartDelivery, ConsulSettings, GenesysEngagementService, GenesysEngagementServiceProps, GesSecrets, Guide, Labels, PostgresServer, SecretReference, UnitMonitoring, UnitRole } from '../../src';
import { GES_ALLOWED_PATHS, GES_SECRETS } from '../../src/catalog/data/ges-facts';
import { expectEveryKeyCited, fixtureDelivery } from '../support/chart-values';
import { EngagementStores, engagementStores, gesProps } from '../support/engagement-unit';
import { testApp } from '../support/fixtures';
import { describeWithGuides, guideText } from '../support/guides';
import { describeWithHelm } from '../support/helm';
import { synth } from '../support/synth';
import { releaseValues } from '../support/values';

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

function synthGes(overrides: Partial<GenesysEngagementServiceProps> = {}, delivery?: ChartDelivery) {
  const app = testApp();
  const s = engagementStores(app, {}, delivery);
  const ges = new GenesysEngagementService(s.unit, 'ges', gesProps(s, overrides));
  const out = synth(app);
  return { out, ges, values: releaseValues(out, 'us-east', 'ges').ges };
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

describe('GenesysEngagementService: the GES chart\'s values as its guide specifies', () => {
  const { out, ges, values } = synthGes({ ingress: { domain: 'example.com', clusterIssuer: 'letsencrypt' } });

  test('one release `ges` of chart `ges` in namespace ges, delivered by Flux in wave 7; the chart renders the workload', () => {
    expect([ges.release.releaseName, ges.release.chart.chart, ges.release.namespace]).toEqual(['ges', 'ges', 'ges']);
    const release = out.objects.find((o) => o.kind === 'HelmRelease' && o.metadata.name === 'ges');
    expect(release?.file).toBe('us-east/07-ges.yaml');
    expect(out.objects.filter((o) => ['Deployment', 'StatefulSet', 'Service', 'ConfigMap', 'Ingress'].includes(o.kind) && o.metadata.namespace === 'ges')).toEqual([]);
    expect(ges.selector).toEqual({ 'app.kubernetes.io/name': 'ges', 'app.kubernetes.io/instance': 'ges' });
  });

  test('image, placement and priority from the unit', () => {
    expect(values.deployment.image).toEqual({ registry: 'registry.example.com', name: 'genesys/ges', version: '100.0.100.0050' });
    expect(values.priorityClassName).toBe('genesysengage-high-priority');
    expect(values.deployment.nodeSelector).toEqual({ [Labels.NODE_POOL]: ges.nodePool });
    expect(values.tolerations).toBeUndefined(); // the general pool has no taint
  });

  test('ports: 3050 internal and 2050 external; the Service\'s 80 and 8080 for the routes; internal_url ges.ges', () => {
    expect(values.configMap.env.server).toEqual({ internal_port: GUIDE.internalPort, external_port: GUIDE.externalPort, internal_url: 'ges.ges' });
    expect(values.service).toEqual({ port_internal: GUIDE.servicePorts.internal, port_external: GUIDE.servicePorts.external });
    expect(values.servicename).toBe('ges');
    expect(ges.servicePortNames).toEqual(['http', 'http-external', 'web-internal', 'web-external']);
    expect([ges.healthPath, ges.internalPort]).toEqual([GUIDE.healthPath, GUIDE.internalPort]);
  });

  test('resources', () => {
    const r = GUIDE.resources;
    expect(values.resources).toEqual({
      requests: { cpu: r.cpuRequest, memory: r.memoryRequest },
      limits: { cpu: r.cpuLimit, memory: r.memoryLimit },
    });
  });

  test('autoscaling 2 to 5 at 50% CPU with the guide\'s pace (under both spellings of the fewest pods); minAvailable 1; min_ready_seconds 300; 100% surge', () => {
    const hpa = values.deployment.hpa;
    expect([hpa.enabled, hpa.minimumReplicas, hpa.mimimumReplicas, hpa.maximumReplicas]).toEqual([true, GUIDE.hpa.min, GUIDE.hpa.min, GUIDE.hpa.max]);
    expect(hpa.targetMetrics).toEqual([{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: GUIDE.hpa.cpu } } }]);
    expect(hpa.behavior).toEqual({
      scaleDown: { stabilizationWindowSeconds: 60, policies: [{ type: 'Pods', value: 1, periodSeconds: 30 }] },
      scaleUp: { stabilizationWindowSeconds: 0, selectPolicy: 'Max', policies: [{ type: 'Pods', value: 1, periodSeconds: 30 }] },
    });
    expect(values.podDisruptionBudget).toEqual({ enabled: true, strategy: { minAvailable: 1 } });
    expect(values.deployment.min_ready_seconds).toBe(GUIDE.minReadySeconds);
    expect(values.deployment.update_strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: GUIDE.rollingUpdate });
    expect(values.deployment.dnsConfig).toEqual({ options: [{ name: 'ndots', value: '3' }] });
    expect(values.deployment.enableServiceLinks).toBe(false);
    // "at least two GES nodes spread across availability zones".
    expect(values.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution).toEqual([
      { weight: 100, podAffinityTerm: { topologyKey: 'topology.kubernetes.io/zone', labelSelector: { matchLabels: ges.selector } } },
    ]);
  });

  test('the three Secrets mounted whole, read-only, at the folders configFolders lists; no Secret written', () => {
    expect(values.secrets.configFolders).toBe('/secrets-infra,/secrets-ors,/secrets-gws');
    expect(values.secrets.volumes).toEqual({ enabled: true, list: GUIDE.secrets.map(([name, secretName]) => ({ name, secret: { secretName } })) });
    const mounts = GUIDE.secrets.map(([name, , mountPath]) => ({ mountPath, name, readOnly: true }));
    expect(values.secrets.volumeMounts).toEqual({ enabled: true, list: mounts });
    expect(out.objects.some((o) => o.kind === 'Secret')).toBe(false);
    // The unit's prerequisites list them with the keys GES reads (001 §3.3).
    const folders = GUIDE.secrets.map(([, secret]) => secret);
    const prerequisites = parse(out.files['us-east/prerequisites/prerequisites.yaml']).secrets.filter((s: any) => folders.includes(s.name));
    expect(prerequisites.map((s: any) => [s.namespace, s.name, s.keys])).toEqual([
      ['ges', 'ges-secrets-infra', ['DB-PASSWORD', 'DB-USER', 'REDIS-CACHEKEY']],
      ['ges', 'gws-client-credentials', ['AUTHENTICATION-CLIENT-ID', 'AUTHENTICATION-CLIENT-SECRET']],
      ['ges', 'voice-redis-ors-stream', ['voice-redis-ors-stream']],
    ]);
  });

  test('its own Redis and database, the ORS stream and the GWS endpoints under configMap', () => {
    expect(values.configMap.env).toMatchObject({
      regionAffinity: 'eastus2',
      devOpsAccessGroups: 'Platform Read Only,Platform Provisioning,Platform Internal Administrator',
      log: { level: 'INFO', max_len: 2048 },
    });
    expect(values.configMap.integrations).toEqual({
      redis: { host: 'ges-redis.infra.svc.cluster.local', port: 6379, secure: 'true' },
      db: { host: 'ges-pg.infra', name: 'ges', secure: 'true' },
      gws: { auth: 'gauth-auth.gauth:8095', env: 'gauth-environment.gauth:8091', conf: 'gws-configuration.gws:8092', public_auth: 'https://gauth.example.com' },
      vmcs: { redis_host: 'redis-ors-stream.voice.svc.cluster.local', redis_port: '6379', redis_cluster_mode: 'true', redis_stream_name: 'NewCallbackStream' },
    });
  });

  test('the external route: the allow-listed paths only, headers emptied, 500 KB bodies, HTTPS redirect', () => {
    const g = GUIDE.routes.external;
    expect(values.ingress.ingressext).toEqual({
      enabled: true,
      ingressClassName: 'nginx',
      hosts: [g.host],
      paths: GES_ALLOWED_PATHS.map((p) => p.path),
      tls: [{ hosts: [g.host], secretName: g.tls }],
      annotations: {
        'cert-manager.io/cluster-issuer': 'letsencrypt',
        'nginx.ingress.kubernetes.io/proxy-body-size': '500k',
        'nginx.ingress.kubernetes.io/ssl-redirect': 'true',
        'nginx.ingress.kubernetes.io/configuration-snippet': 'proxy_set_header ccid "";\nproxy_set_header ContactCenterID "";',
      },
    });
  });

  test('the internal route: everything, 10 MB bodies, no redirect', () => {
    const g = GUIDE.routes.internal;
    expect(values.ingress.ingressint).toEqual({
      enabled: true,
      ingressClassName: 'nginx',
      hosts: [g.host],
      paths: ['/'],
      tls: [{ hosts: [g.host], secretName: g.tls }],
      annotations: {
        'cert-manager.io/cluster-issuer': 'letsencrypt',
        'nginx.ingress.kubernetes.io/proxy-body-size': '10m',
        'nginx.ingress.kubernetes.io/ssl-redirect': 'false',
      },
    });
    expect(ges.portsOutsideMesh).toEqual([GUIDE.externalPort, GUIDE.internalPort]);
  });

  test('route options: no internal route, the sample\'s redirect off, no header snippet; no routes without ingress', () => {
    const other = synthGes({ ingress: { domain: 'example.com', internalRoute: false, sslRedirect: false, clearContactCenterHeaders: false } }).values;
    expect(other.ingress.ingressint).toEqual({ enabled: false });
    expect(other.ingress.ingressext.annotations).toEqual({ 'nginx.ingress.kubernetes.io/proxy-body-size': '500k', 'nginx.ingress.kubernetes.io/ssl-redirect': 'false' });
    expect(synthGes().values.ingress).toBeUndefined();
  });

  test('overrides: autoscaling bounds, DevOps groups, and the user\'s values merged last', () => {
    const other = synthGes({
      autoscaling: { minReplicas: 3, maxReplicas: 8 },
      devopsAccessGroups: ['Ops'],
      values: { ges: { configMap: { env: { log: { level: 'DEBUG' } } } } },
    }).values;
    expect([other.deployment.hpa.minimumReplicas, other.deployment.hpa.maximumReplicas]).toEqual([3, 8]);
    expect(other.configMap.env.devOpsAccessGroups).toBe('Ops');
    expect(other.configMap.env.log).toEqual({ level: 'DEBUG', max_len: 2048 });
    expect(synthGes({ chartVersion: '100.0.003+0001' }).ges.release.chartVersion).toBe('100.0.003+0001');
    expect(ges.release.chartVersion).toBe('100.0.002+0010'); // vendor: services/ges/02_chart_ges/chart.ver
  });

  test('Prometheus annotations go to the chart\'s pod annotations (001 §3.1, §6.1)', () => {
    expect(ges.scrapeByAnnotations({ 'prometheus.io/scrape': 'true', 'prometheus.io/port': '3050' }, '/metrics')).toEqual([]);
    expect(ges.release.values.ges.annotations.podAnnotations).toEqual({ 'prometheus.io/scrape': 'true', 'prometheus.io/port': '3050' });
  });

  test('with the unit\'s monitoring scraping GES, the chart\'s own ServiceMonitor is off; without it, left alone', () => {
    const app = testApp();
    const s = engagementStores(app);
    new UnitMonitoring(s.unit, 'monitoring', { platform: s.unit.platform });
    new GenesysEngagementService(s.unit, 'ges', gesProps(s));
    expect(releaseValues(synth(app), 'us-east', 'ges').ges.monitoring).toEqual({ prometheus: { use_service_monitor: false } });
    expect(values.monitoring).toBeUndefined();
  });

  test('every key written is a key of the GES chart, with the guide row or vendor file it comes from', () => {
    expectEveryKeyCited(ges.release, 40, {
      'ges.deployment.hpa.mimimumReplicas': 'vendor: services/ges/02_chart_ges/override_values.yaml',
      'ges.ingress.ingressext.paths': 'vendor: services/ges/02_chart_ges/override_values_aks.yaml',
      'ges.secrets.configFolders': '001 §3.1',
      'ges.deployment.update_strategy.type': 'vendor: services/ges/02_chart_ges/override_values.yaml',
      'ges.servicename': '001 §3.2',
    });
  });
});

describeWithHelm('GES values rendered through the fixture chart with helm', () => {
  const { out } = synthGes({ ingress: { domain: 'example.com' } }, fixtureDelivery());

  test('the Deployment, Service, HPA, PDB and both routes, schema-checked, in wave 7', () => {
    const deployment = out.find('Deployment', 'ges', 'ges');
    expect((out.objects.find((o) => o.kind === 'Deployment') as any).file).toBe('us-east/07-ges.yaml');
    const pod = deployment.spec.template.spec;
    expect(pod.containers[0].image).toBe('registry.example.com/genesys/ges:100.0.100.0050');
    expect(pod.volumes.map((v: any) => v.secret.secretName)).toEqual(GUIDE.secrets.map(([, secret]) => secret));
    expect(pod.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.labelSelector.matchLabels)
      .toEqual(deployment.spec.selector.matchLabels);
    expect(out.find('HorizontalPodAutoscaler', 'ges', 'ges').spec.minReplicas).toBe(GUIDE.hpa.min);
    expect(out.find('PodDisruptionBudget', 'ges', 'ges').spec.minAvailable).toBe(1);
    expect(out.find('Service', 'ges', 'ges').spec.ports.map((p: any) => p.port)).toEqual([80, 8080, 3050, 2050]);
    expect(out.objects.filter((o) => o.kind === 'Ingress').map((o) => o.spec.rules[0].host).sort()).toEqual(['ges-int.example.com', 'ges.example.com']);
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

  test('a database on a port the chart cannot take, and a value key the chart does not take', () => {
    const text = problems((s) => {
      const pg = new PostgresServer(s.unit, 'pg-6432', { address: 'pg.infra', version: '14', port: 6432 });
      new GenesysEngagementService(s.unit, 'ges', gesProps(s, {
        postgres: pg.database({ database: 'ges', service: 'ges', credentials: GesSecrets.database(), user: GesSecrets.databaseUser() }),
        values: { ges: { deployment: { replicaCount: 3 } } },
      }));
    });
    expect(text).toContain('ges: the database listens on port 6432, but the GES chart takes the database host and name only (configMap.integrations.db), so GES connects to 5432 (001 §3.1). Fix: serve the GES database on port 5432.');
    expect(text).toContain('ges (chart ges): value "ges.deployment.replicaCount" is not a key the chart takes');
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
