import {
  CxContact,
  CxContactComplianceProvider,
  CxContactProps,
  CxContactTenantProps,
  ElasticsearchCluster,
  Guide,
  Platform,
  PostgresServer,
  SecretReference,
  StorageRole,
} from '../../src';
import { EngagementStores, T100, cxcProps, engagementStores } from '../support/engagement-unit';
import { testApp } from '../support/fixtures';
import { describeWithGuides, guideText } from '../support/guides';
import { synth } from '../support/synth';

/** The components as the CX Contact guide (002 §1.1, §6.1) lists them: metrics port and autoscaler. */
const COMPONENTS: Array<[id: string, guideName: string, metricsPort: number, hpa: boolean]> = [
  ['cxc-api-aggregator', 'API Aggregator', 9102, false],
  ['cxc-campaign-manager', 'Campaign Manager', 3106, false],
  ['cxc-compliance-manager', 'Compliance Manager', 3107, true],
  ['cxc-dial-manager', 'Dial Manager', 3109, true],
  ['cxc-job-scheduler', 'Job Scheduler', 3108, false],
  ['cxc-list-builder', 'List Builder', 3104, false],
  ['cxc-list-manager', 'List Manager', 3105, false],
];
/** The chart's default stickiness annotations for ingress-nginx (002 §1.3, override sample). */
const STICKINESS = {
  'nginx.ingress.kubernetes.io/affinity': 'cookie',
  'nginx.ingress.kubernetes.io/session-cookie-samesite': 'Lax',
  'nginx.ingress.kubernetes.io/session-cookie-name': 'cxc-session-cookie',
  'nginx.ingress.kubernetes.io/proxy-body-size': '0',
};
const NEXUS = { host: 'nexus.nexus.svc.cluster.local', port: 443, apiKey: SecretReference.of('cxc-nexus', 'api_key') };

function tenant(overrides: Partial<CxContactTenantProps> = {}): CxContactTenantProps {
  return {
    tenantId: T100.tenantId,
    shortTenantName: 'ten100',
    customerName: 'Tenant100',
    domain: 't100',
    configServerPassword: SecretReference.of('cxc-t100-configserver', 'password'),
    ...overrides,
  };
}

const PROVISIONING = {
  gwsBasicAuthUser: SecretReference.of('cxc-gws-ops', 'user'),
  gwsBasicAuthPassword: SecretReference.of('cxc-gws-ops', 'password'),
};

function synthCxc(overrides: (s: EngagementStores) => Partial<CxContactProps> = () => ({}), platform?: Platform) {
  const app = testApp();
  const s = engagementStores(app, platform ? { platform } : {});
  const cxc = new CxContact(s.unit, 'cxc', cxcProps(s, overrides(s)));
  return { out: synth(app), cxc };
}

function problems(overrides: (s: EngagementStores) => Partial<CxContactProps>): string {
  const app = testApp();
  const s = engagementStores(app);
  new CxContact(s.unit, 'cxc', cxcProps(s, overrides(s)));
  try {
    app.synthFiles();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected synthesis to fail');
}

describe('CxContact: each component as the CX Contact guide specifies', () => {
  const { out, cxc } = synthCxc(() => ({
    nexus: NEXUS,
    uiPort: 8080,
    apiPort: 3000,
    ingress: { domain: 'example.com', clusterIssuer: 'letsencrypt' },
    provisioning: { ...PROVISIONING, tenants: [tenant(), tenant({ tenantId: '0f5c1d52-7a3e-4b8e-9a57-2b1c0d9e8f7a', shortTenantName: 'ten200', customerName: 'Tenant200', domain: 't200' })] },
  }));

  test.each(COMPONENTS)('%s (%s): a Deployment with metrics port %d', (id, _name, port, hpa) => {
    const deployment = out.find('Deployment', id, 'cxc');
    const pod = deployment.spec.template.spec;
    const c = pod.containers[0];
    expect((out.objects.find((o) => o.kind === 'Deployment' && o.metadata.name === id) as any).file).toBe('us-east/07-cxc.yaml');
    expect(c.ports[0]).toEqual({ name: 'metrics', containerPort: port, protocol: 'TCP' });
    expect(out.find('Service', id, 'cxc').spec.ports[0]).toMatchObject({ name: 'metrics', port, targetPort: port });
    expect(c.livenessProbe.tcpSocket.port).toBe(port);
    expect(c.readinessProbe.tcpSocket.port).toBe(port);
    // Autoscaling only where the guide has it; the guide's 2 replicas elsewhere.
    const hpas = out.objects.filter((o) => o.kind === 'HorizontalPodAutoscaler' && o.metadata.name === id);
    expect(hpas).toHaveLength(hpa ? 1 : 0);
    if (hpa) expect([hpas[0].spec.minReplicas, hpas[0].spec.maxReplicas]).toEqual([2, 6]);
    else expect(deployment.spec.replicas).toBe(2);
    // 500:500:500, off the Consul mesh, the shared volume, no Secret values.
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 500, runAsGroup: 500, fsGroup: 500 });
    expect(deployment.spec.template.metadata.annotations['consul.hashicorp.com/connect-inject']).toBe('false');
    expect(pod.volumes).toEqual([{ name: 'cxc-data', persistentVolumeClaim: { claimName: 'cxc-claim', readOnly: false } }]);
    expect(c.volumeMounts).toEqual([{ name: 'cxc-data', mountPath: '/data', readOnly: false }]);
    expect(c.resources).toEqual({ requests: { cpu: '200m', memory: '512Mi' }, limits: { cpu: '1', memory: '1Gi' } });
    expect(c.env.every((e: any) => e.valueFrom?.secretKeyRef)).toBe(true);
  });

  test('eight components with Nexus, in the guide\'s order; the UI has no metrics port and no shared volume', () => {
    expect(cxc.components.map((c) => c.name)).toEqual([...COMPONENTS.map(([id]) => id), 'cxc-ui']);
    const ui = out.find('Deployment', 'cxc-ui', 'cxc').spec.template.spec;
    expect(ui.volumes).toBeUndefined();
    expect(ui.containers[0].ports).toEqual([{ containerPort: 8080, name: 'http', protocol: 'TCP' }]);
    expect(ui.containers[0].readinessProbe.tcpSocket.port).toBe(8080);
    expect(out.find('Service', 'cxc-ui', 'cxc').spec.ports).toEqual([{ name: 'http', port: 8080, targetPort: 8080, protocol: 'TCP' }]);
  });

  test('the shared ReadWriteMany claim cxc-claim, 100Gi, on the zone-redundant RWX class', () => {
    const claim = out.find('PersistentVolumeClaim', 'cxc-claim', 'cxc');
    expect(claim.spec).toMatchObject({ accessModes: ['ReadWriteMany'], storageClassName: 'files-standard-redundant', resources: { requests: { storage: '100Gi' } } });
    const gke = synthCxc(() => ({ storage: { size: '200Gi' } }), Platform.gke()).out.find('PersistentVolumeClaim', 'cxc-claim');
    expect(gke.spec).toMatchObject({ storageClassName: 'redundant-rwx', resources: { requests: { storage: '200Gi' } } });
  });

  test('Redis, Elasticsearch and PostgreSQL settings in the ConfigMap, their credentials by reference', () => {
    const config = out.find('ConfigMap', 'cxc-campaign-manager-configmap', 'cxc').data;
    expect(config).toMatchObject({
      REDIS_NODES: 'rediss://cxc-redis.infra.svc.cluster.local:6379',
      REDIS_CLUSTER: 'true',
      REDIS_USE_TLS: 'true',
      ELASTICSEARCH_HOST: 'https://cxc-es.infra.svc.cluster.local',
      ELASTICSEARCH_PORT: '9200',
      POSTGRES_HOST: 'cxc-pg.infra',
      POSTGRES_DATABASE: 'cxc',
      GWS_FRONTEND_HOST: 'https://gauth.example.com',
      GWS_FRONTEND_PORT: '443',
      GWS_CORE_AUTH: 'http://gauth-auth.gauth:80',
      GWS_PLATFORM_OCS: 'http://gws-service-proxy.gws:80',
      LOG_LEVEL: 'info',
    });
    const env = out.find('Deployment', 'cxc-campaign-manager').spec.template.spec.containers[0].env;
    expect(env.map((e: any) => [e.name, e.valueFrom.secretKeyRef.name, e.valueFrom.secretKeyRef.key])).toEqual([
      ['GWS_CLIENT_ID', 'cxc-gws-client', 'client_id'],
      ['GWS_CLIENT_SECRET', 'cxc-gws-client', 'client_secret'],
      ['CONFIGSERVER_USER_NAME', 'cxc-configserver', 'user_name'],
      ['CONFIGSERVER_USER_PASSWORD', 'cxc-configserver', 'user_password'],
      ['POSTGRES_PASSWORD', 'cxc-postgres', 'password'],
      ['REDIS_PASSWORD', 'cxc-redis', 'password'],
    ]);
    expect(out.objects.some((o) => o.kind === 'Secret')).toBe(false);
  });

  test('List Builder reads the CDP NG settings and credentials; no other component does', () => {
    const config = out.find('ConfigMap', 'cxc-list-builder-configmap').data;
    expect(config).toMatchObject({
      CDP_NG_URL: 'https://api.usw2.pure.cloud/api/v2/outbound/compliancedata',
      CDP_NG_GCLOUD_AUTH: 'https://login.usw2.pure.cloud/oauth/token',
      LIST_BUILDER_DATA_EMBEDDED_BASEPATH: '/list_builder/data/ng_init_data',
      CDP_NG_RULE_SET_AREACODE: 'AU,CA,GB,NZ,US',
      CDP_NG_RULE_SET_DNC: 'GB,US',
    });
    const env = out.find('Deployment', 'cxc-list-builder').spec.template.spec.containers[0].env.map((e: any) => e.name);
    expect(env).toEqual(expect.arrayContaining(['CDP_NG_GCLOUD_ID', 'CDP_NG_GCLOUD_SECRET']));
    const others = out.objects.filter((o) => o.kind === 'ConfigMap' && o.metadata.name !== 'cxc-list-builder-configmap');
    expect(others.some((o) => 'CDP_NG_URL' in o.data)).toBe(false);
  });

  test('Dial Manager reads Nexus', () => {
    expect(out.find('ConfigMap', 'cxc-dial-manager-configmap').data).toMatchObject({ NEXUS_HOST: NEXUS.host, NEXUS_PORT: '443' });
    const env = out.find('Deployment', 'cxc-dial-manager').spec.template.spec.containers[0].env;
    expect(env.find((e: any) => e.name === 'NEXUS_API_KEY').valueFrom.secretKeyRef).toEqual({ name: 'cxc-nexus', key: 'api_key' });
  });

  test('the frontend ingress: ingress-nginx cookie stickiness, UI at /, API under /cx-contact/, TLS', () => {
    const ingress = out.find('Ingress', 'cxc', 'cxc');
    expect(ingress.metadata.annotations).toEqual({ ...STICKINESS, 'cert-manager.io/cluster-issuer': 'letsencrypt' });
    expect(ingress.spec.ingressClassName).toBe('nginx');
    expect(ingress.spec.tls).toEqual([{ hosts: ['cxc.example.com'], secretName: 'cxc-tls' }]);
    expect(ingress.spec.rules).toEqual([{
      host: 'cxc.example.com',
      http: {
        paths: [
          { path: '/', pathType: 'Prefix', backend: { service: { name: 'cxc-ui', port: { number: 8080 } } } },
          { path: '/cx-contact/', pathType: 'Prefix', backend: { service: { name: 'cxc-api-aggregator', port: { number: 3000 } } } },
        ],
      },
    }]);
    expect(out.find('Service', 'cxc-api-aggregator').spec.ports.map((p: any) => p.port)).toEqual([9102, 3000]);
  });

  test('the internal ingress: the API on cxc-int, no body limit, no HTTPS redirect', () => {
    const ingress = out.find('Ingress', 'cxc-internal', 'cxc');
    expect(ingress.metadata.annotations).toEqual({ 'nginx.ingress.kubernetes.io/proxy-body-size': '0', 'nginx.ingress.kubernetes.io/ssl-redirect': 'false' });
    expect(ingress.spec.rules[0].host).toBe('cxc-int.example.com');
    expect(ingress.spec.rules[0].http.paths[0].backend).toEqual({ service: { name: 'cxc-api-aggregator', port: { number: 3000 } } });
    expect(ingress.spec.tls).toBeUndefined();
  });

  test('off the mesh, the ingress routes need no sidecar bypass', () => {
    for (const name of ['cxc-ui', 'cxc-api-aggregator']) {
      const annotations = out.find('Deployment', name, 'cxc').spec.template.metadata.annotations ?? {};
      expect(annotations['consul.hashicorp.com/connect-inject']).toBe('false');
      expect(annotations['consul.hashicorp.com/transparent-proxy-exclude-inbound-ports']).toBeUndefined();
    }
  });

  test('one provisioning Job per tenant, cxc-provisioning-<index>, on the tenant\'s Configuration Server', () => {
    expect(cxc.provisioningJobs.map((j) => j.name)).toEqual(['cxc-provisioning-0', 'cxc-provisioning-1']);
    const job = out.find('Job', 'cxc-provisioning-0', 'cxc');
    const pod = job.spec.template.spec;
    const c = pod.containers[0];
    expect(c.name).toBe('cxc-provisioning');
    const value = (name: string) => c.env.find((e: any) => e.name === name);
    expect(value('CONFIGSERVER_PRIMARY_HOST').value).toBe(`tenant-${T100.tenantId}.voice.svc.cluster.local`);
    expect(value('CONFIGSERVER_PRIMARY_PORT').value).toBe('8888');
    expect(value('CONFIGSERVER_LOCATION').value).toBe('/USW1');
    expect(value('CONFIGSERVER_SERVER_APP_NAME').value).toBe('CloudCluster');
    expect(value('CONFIGSERVER_OCS_DAP_NAME').value).toBe('OCSDAP');
    expect([value('SHORT_TENANT_NAME').value, value('CUSTOMER_NAME').value, value('DOMAIN').value]).toEqual(['ten100', 'Tenant100', 't100']);
    expect(value('GWS_BASIC_AUTH_PASS').valueFrom.secretKeyRef).toEqual({ name: 'cxc-gws-ops', key: 'password' });
    expect(value('CONFIGSERVER_PASSWORD').valueFrom.secretKeyRef).toEqual({ name: 'cxc-t100-configserver', key: 'password' });
    expect(pod.restartPolicy).toBe('Never');
    expect(pod.securityContext).toEqual({ runAsNonRoot: true, runAsUser: 500, runAsGroup: 500, fsGroup: 500 });
    expect(c.securityContext).toMatchObject({ allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
    expect(c.resources.limits).toBeDefined();
    expect(job.spec.template.metadata.annotations['consul.hashicorp.com/connect-inject']).toBe('false');
    expect(out.find('Job', 'cxc-provisioning-1').spec.template.spec.containers[0].env.find((e: any) => e.name === 'DOMAIN').value).toBe('t200');
  });
});

describe('CxContact options', () => {
  test('without Nexus: seven components, no Dial Manager ("7, if you have not defined Nexus")', () => {
    const { out, cxc } = synthCxc();
    expect(cxc.components).toHaveLength(7);
    expect(out.objects.filter((o) => o.kind === 'Deployment').map((o) => o.metadata.name)).not.toContain('cxc-dial-manager');
    expect(out.objects.filter((o) => o.kind === 'HorizontalPodAutoscaler').map((o) => o.metadata.name)).toEqual(['cxc-compliance-manager']);
    expect(out.objects.some((o) => o.kind === 'Ingress' || o.kind === 'Job')).toBe(false);
    // Without a UI port the UI has no Service.
    expect(out.objects.filter((o) => o.kind === 'Service').map((o) => o.metadata.name)).not.toContain('cxc-ui');
  });

  test('per-component overrides: replicas, resources, image, autoscaling off', () => {
    const { out } = synthCxc(() => ({
      listBuilder: { replicas: 3, resources: { cpuRequest: '1', cpuLimit: '2', memoryRequest: '1Gi', memoryLimit: '2Gi' }, imageRepository: 'cxc/list-builder', version: '9' },
      complianceManager: { disableAutoscaling: true, replicas: 4 },
    }));
    const lb = out.find('Deployment', 'cxc-list-builder');
    expect(lb.spec.replicas).toBe(3);
    expect(lb.spec.template.spec.containers[0].image).toBe('registry.example.com/cxc/list-builder:9');
    expect(lb.spec.template.spec.containers[0].resources.limits).toEqual({ cpu: '2', memory: '2Gi' });
    expect(out.find('Deployment', 'cxc-compliance-manager').spec.replicas).toBe(4);
    expect(out.objects.some((o) => o.kind === 'HorizontalPodAutoscaler')).toBe(false);
  });

  test('legacy CDP: the legacy base path and no CDP NG credentials', () => {
    const { out } = synthCxc(() => ({ complianceData: { provider: CxContactComplianceProvider.LEGACY } }));
    expect(out.find('ConfigMap', 'cxc-list-builder-configmap').data).toMatchObject({
      CDP_NG_URL: 'false',
      LIST_BUILDER_DATA_EMBEDDED_BASEPATH: '/list_builder/data/init_data',
    });
    expect(out.find('Deployment', 'cxc-list-builder').spec.template.spec.containers[0].env.map((e: any) => e.name)).not.toContain('CDP_NG_GCLOUD_ID');
  });
});

describeWithGuides('CX Contact facts read from the guide text (002)', () => {
  const flat = guideText(Guide.CX_CONTACT).replace(/\s+/g, ' ');
  const says = (needle: string) => {
    if (!flat.includes(needle)) throw new Error(`guide 002 does not say "${needle}"`);
  };

  test.each(COMPONENTS)('%s: "%s ServiceMonitor %d /metrics 15 seconds"', (_id, name, port) => {
    says(`${name} ServiceMonitor ${port} /metrics 15 seconds`);
  });

  test('autoscaling, storage, stickiness, provisioning and CDP', () => {
    says('CX Contact supports Horizontal Pod Autoscaler (HPA) for Compliance Manager and Dial Manager.');
    says('The minimal recommended PVC size is 100GB.');
    says('name: cxc-claim');
    says('ReadWriteMany (RWX)');
    says('The CX Contact UI requires Session Stickiness.');
    for (const [key, value] of Object.entries(STICKINESS)) says(`${key}: ${key.endsWith('affinity') ? value : `"${value}"`}`);
    says('job-name=cxc-provisioning-0 -c cxc-provi');
    says('The gcloud_id and gcloud_secret parameters are required, but do not have default values.');
    says('replicas: 2');
    says('runAsUser: 500 runAsGroup: 500 fsGroup: 500');
  });
});

describe('CxContact refuses what a user gets wrong, naming the rule and the fix', () => {
  test('no CDP credentials', () => {
    expect(problems(() => ({ complianceData: undefined }))).toContain(
      '[us-east/cxc] cxc: the Compliance Data Provider (CDP NG) credentials are missing: clientId (gcloud_id), clientSecret (gcloud_secret); they are required and have no default (002 §3.2). Fix: obtain the id and secret from Genesys Customer Care, store them in a Secret and pass complianceData.clientId and clientSecret, or set complianceData.provider to LEGACY.',
    );
    expect(problems(() => ({ complianceData: { clientId: SecretReference.of('cdp', 'id') } }))).toContain('credentials are missing: clientSecret (gcloud_secret)');
    expect(problems(() => ({ complianceData: { provider: CxContactComplianceProvider.LEGACY, clientId: SecretReference.of('cdp', 'id') } }))).toContain(
      'cxc: complianceData has CDP NG credentials, but the provider is LEGACY, which does not use them (002 §3.2).',
    );
  });

  test('storage that is not ReadWriteMany', () => {
    expect(problems(() => ({ storage: { storageRole: StorageRole.RWO_PREMIUM } }))).toContain(
      '[us-east/cxc] cxc: the shared volume uses storage class "disk-premium" (rwo-premium), which is not ReadWriteMany; several CX Contact components mount it at once (002 §1.2). Fix: use a ReadWriteMany role (StorageRole.RWX_REDUNDANT or StorageRole.RWX_LOCAL), or leave storageRole unset.',
    );
    expect(problems(() => ({ storage: { size: 'lots' } }))).toContain('cxc: storage size "lots" is not a quantity (002 §1.2)');
  });

  test('data stores without TLS', () => {
    const text = problems((s) => ({
      redis: { ...s.cxcRedis.bind('cxc', 'cxc-redis'), tls: false },
      elasticsearch: new ElasticsearchCluster(s.unit, 'plain-es', { url: 'http://es.infra:9200', version: '7.17', serviceGroup: 'cxc' }).bind('cxc'),
      postgres: new PostgresServer(s.unit, 'plain-pg', { address: 'pg.infra', version: '14', tls: false }).database({ database: 'cxc', service: 'cxc-list-manager', credentials: SecretReference.of('pg', 'password') }),
    }));
    expect(text).toContain('cxc: Redis "cxc-redis" is reached without TLS; TLS 1.2 is required for every connection to Redis, PostgreSQL and Elasticsearch (002 §2.1). Fix: turn TLS on for the Redis store.');
    expect(text).toContain('cxc: PostgreSQL database "cxc" is reached without TLS');
    expect(text).toContain('cxc: Elasticsearch is reached at "http://es.infra:9200", not over https');
  });

  test('Dial Manager options without Nexus', () => {
    expect(problems(() => ({ dialManager: { replicas: 3 } }))).toContain(
      'cxc: dialManager options are given without nexus; Dial Manager runs only when Nexus is configured (002 §3.2). Fix: give nexus (host, port, apiKey), or remove dialManager.',
    );
  });

  test('an ingress without the UI and API ports, or on another controller', () => {
    expect(problems(() => ({ ingress: { domain: 'example.com' } }))).toContain(
      'cxc: the ingress needs uiPort and apiPort, the port(s) the UI and the API Aggregator serve HTTP on, which the guide does not give (002 §1.3). Fix: set uiPort and apiPort to the ports of your CX Contact images.',
    );
    expect(problems(() => ({ uiPort: 8080, apiPort: 3000, ingress: { domain: 'example.com', ingressClassName: 'traefik' } }))).toContain(
      'cxc: ingress class "traefik" is not ingress-nginx; the CX Contact UI requires session stickiness, which is written as ingress-nginx annotations (002 §1.3). Fix: use ingress-nginx (ingressClassName "nginx").',
    );
  });

  test('replicas: zero, or set on an autoscaled component', () => {
    const text = problems(() => ({ listManager: { replicas: 0 }, complianceManager: { replicas: 3 } }));
    expect(text).toContain('cxc: cxc-list-manager replicas is 0; CX Contact runs N+1 (002 §5). Fix: give 1 or more (2 recommended).');
    expect(text).toContain('cxc: cxc-compliance-manager has replicas set, but its autoscaler owns the replica count (002 §1.1).');
  });

  test('bad tenants: an id that is not a UUID, a repeated domain, a bad location, all at once', () => {
    const text = problems(() => ({
      provisioning: {
        ...PROVISIONING,
        tenants: [tenant({ tenantId: 't100' }), tenant({ shortTenantName: 'ten200', customerName: 'Tenant200', location: 'USW1' })],
      },
    }));
    expect(text).toContain('cxc: provisioning tenant 0: tenant id "t100" is not a UUID; it names the tenant\'s Configuration Server tenant-<uuid> (002 §4.2).');
    expect(text).toContain('cxc: provisioning tenants repeat domain "t100"; it must be unique (002 §4.2). Fix: give each tenant its own domain.');
    expect(text).toContain('cxc: provisioning tenant 1: location "USW1" is not a Configuration Server location (002 §4.2). Fix: write it like "/USW1".');
    expect(text).toMatch(/^Synthesis stopped: 3 problem\(s\) found/);
  });
});
