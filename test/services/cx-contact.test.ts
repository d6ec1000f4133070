import { parse } from 'yaml';
import {
  ChartDelivery,
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
  UnitMonitoring,
} from '../../src';
import { expectEveryKeyCited, fixtureDelivery } from '../support/chart-values';
import { EngagementStores, T100, cxcProps, engagementStores } from '../support/engagement-unit';
import { testApp } from '../support/fixtures';
import { describeWithGuides, guideText } from '../support/guides';
import { describeWithHelm } from '../support/helm';
import { synth } from '../support/synth';
import { releaseValues } from '../support/values';

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

function synthCxc(overrides: (s: EngagementStores) => Partial<CxContactProps> = () => ({}), platform?: Platform, delivery?: ChartDelivery) {
  const app = testApp();
  const s = engagementStores(app, platform ? { platform } : {}, delivery);
  const cxc = new CxContact(s.unit, 'cxc', cxcProps(s, overrides(s)));
  const out = synth(app);
  return { out, cxc, values: releaseValues(out, 'us-east', 'cxc') };
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

const TENANT_200 = { tenantId: '0f5c1d52-7a3e-4b8e-9a57-2b1c0d9e8f7a', shortTenantName: 'ten200', customerName: 'Tenant200', domain: 't200' };

describe('CxContact: the cxcontact chart\'s values as the CX Contact guide specifies', () => {
  const { out, cxc, values } = synthCxc(() => ({
    nexus: NEXUS,
    ingress: { domain: 'example.com', clusterIssuer: 'letsencrypt' },
    provisioning: { ...PROVISIONING, tenants: [tenant(), tenant(TENANT_200)] },
  }));

  test('one release cxc of chart cxcontact in namespace cxc, wave 7, rendering every component', () => {
    expect([cxc.release.releaseName, cxc.release.chart.chart, cxc.release.namespace]).toEqual(['cxc', 'cxcontact', 'cxc']);
    expect(out.objects.filter((o) => o.kind === 'HelmRelease').map((o) => [o.metadata.name, o.file])).toEqual([['cxc', 'us-east/07-cxc.yaml']]);
    expect(cxc.components.map((c) => c.info.id)).toEqual([...COMPONENTS.map(([id]) => id), 'cxc-ui']);
    for (const c of cxc.components) {
      expect(c.release).toBe(cxc.release);
      expect(c.selector).toEqual({ 'app.kubernetes.io/name': 'cxcontact', 'app.kubernetes.io/instance': 'cxc' });
      expect(c.meshed).toBe(false);
    }
    expect(out.objects.filter((o) => ['Deployment', 'Job', 'PersistentVolumeClaim', 'Ingress'].includes(o.kind))).toEqual([]);
  });

  test.each(COMPONENTS)('%s (%s): metrics port %d from the catalogue', (id, _name, port) => {
    expect(cxc.component(id).containerPort('metrics')).toBe(port);
  });

  test('registry as the vendor lays it out, replicas 2, log level, 500:500:500', () => {
    expect(values.image).toEqual({ registry: 'registry.example.com/cxcontact' });
    expect(values.cxcontact.replicas).toBe(2);
    expect(values.cxcontact.log).toEqual({ level: 'info' });
    expect(values.securityContext).toEqual({ runAsNonRoot: true, runAsUser: 500, runAsGroup: 500, fsGroup: 500 });
  });

  test('Redis and Elasticsearch; the GWS and Genesys Authentication endpoints', () => {
    expect(values.redis).toEqual({ enabled: true, cluster: true, nodes: 'redis://cxc-redis.infra.svc.cluster.local:6379', use_tls: true, requirepass: true });
    expect(values.elasticsearch).toEqual({ enabled: true, host: 'https://cxc-es.infra.svc.cluster.local', port: 9200 });
    const proxy = { host: 'http://gws-service-proxy.gws', port: 80 };
    expect(values.gws).toEqual({
      frontend_host: 'https://gauth.example.com',
      frontend_port: 443,
      core: { auth: { host: 'http://gauth-auth.gauth', port: 80 }, environment: { host: 'http://gauth-environment.gauth', port: 80 } },
      platform: { ocs: proxy, configuration: proxy, statistics: proxy, setting: proxy, voice: proxy },
    });
  });

  test('CDP NG with its URLs, base path and rule sets; Dial Manager on with Nexus', () => {
    expect(values.cxcontact.compliance_data).toEqual({
      cdp_ng: {
        url: 'https://api.usw2.pure.cloud/api/v2/outbound/compliancedata',
        gcloud_auth: 'https://login.usw2.pure.cloud/oauth/token',
        embedded_basepath: '/list_builder/data/ng_init_data',
        rule_set: { areacode: 'AU,CA,GB,NZ,US', geo: 'AU,CA,GB,NZ,US', postal: 'CA,GB,US', dnc: 'GB,US' },
      },
    });
    expect(values.cxcontact.override).toEqual({ 'dial-manager': { enabled: true, nexus: { host: NEXUS.host, port: NEXUS.port } } });
  });

  test('the shared ReadWriteMany claim cxc-claim the chart creates: 100Gi on the zone-redundant RWX class', () => {
    expect(values.storage).toEqual({ pvc: { enabled: true, create: true, name: 'cxc-claim', size: '100Gi', storageClassName: 'files-standard-redundant' } });
    const gke = synthCxc(() => ({ storage: { size: '200Gi' } }), Platform.gke()).values;
    expect(gke.storage.pvc).toMatchObject({ storageClassName: 'redundant-rwx', size: '200Gi' });
  });

  test('the front-end ingress: UI and API on cxc.<domain>, cookie stickiness, TLS; the internal one on cxc-int.<domain>', () => {
    expect(values.ingress).toEqual({
      enabled: true,
      tls_enabled: true,
      cxc_frontend: 'cxc.example.com',
      annotations: { 'cert-manager.io/cluster-issuer': 'letsencrypt', ...STICKINESS },
      tls: [{ hosts: ['cxc.example.com'], secretName: 'cxc-tls' }],
    });
    expect(values.internal_ingress).toEqual({
      enabled: true,
      tls_enabled: false,
      cxc_backend: 'cxc-int.example.com',
      annotations: { 'nginx.ingress.kubernetes.io/proxy-body-size': '0', 'nginx.ingress.kubernetes.io/ssl-redirect': 'false' },
    });
  });

  test('the tenants to provision, each on its Configuration Server tenant-<uuid>', () => {
    expect(values.tenant_provisioning.enabled).toBe(true);
    expect(values.tenant_provisioning.tenants).toEqual([
      {
        configserver: {
          create_environment: true,
          primary_host: `tenant-${T100.tenantId}.voice.svc.cluster.local`,
          primary_port: 8888,
          username: 'default',
          location: '/USW1',
          server_app_name: 'CloudCluster',
          client_app_name: 'Cloud',
          ocs_name: 'OCS',
          ocs_dap_name: 'OCSDAP',
          update_app_options: true,
        },
        short_tenant_name: 'ten100',
        customer_name: 'Tenant100',
        domain: 't100',
      },
      expect.objectContaining({ short_tenant_name: 'ten200', domain: 't200' }),
    ]);
  });

  test('no credential is written: Flux reads each from its Secret (valuesFrom), and the operator\'s list names them', () => {
    const file = out.files['us-east/helm/cxc.values.yaml'];
    expect(file).not.toMatch(/password|client_secret|gcloud_id|api_key|basic_auth/);
    const valuesFrom = out.find('HelmRelease', 'cxc', 'cxc').spec.valuesFrom;
    expect(valuesFrom[0]).toEqual({ kind: 'Secret', name: 'cxc-configserver', valuesKey: 'user_name', targetPath: 'configserver.user_name' });
    expect(valuesFrom.map((v: any) => `${v.targetPath}  <- Secret ${v.name}, key ${v.valuesKey}`)).toEqual(out.files['us-east/cxc/secret-values.txt'].split('\n').slice(2, -1));
    const prerequisites = parse(out.files['us-east/prerequisites/prerequisites.yaml']).secrets.filter((s: any) => s.namespace === 'cxc');
    expect(prerequisites.find((s: any) => s.name === 'cxc-gws-client').keys).toEqual(['client_id', 'client_secret']);
    expect(out.files['us-east/cxc/secret-values.txt'].split('\n').slice(2, -1)).toEqual([
      'configserver.user_name  <- Secret cxc-configserver, key user_name',
      'configserver.user_password  <- Secret cxc-configserver, key user_password',
      'gws.client_id  <- Secret cxc-gws-client, key client_id',
      'gws.client_secret  <- Secret cxc-gws-client, key client_secret',
      'redis.password  <- Secret cxc-redis, key password',
      'cxcontact.compliance_data.cdp_ng.gcloud_id  <- Secret cxc-cdp, key gcloud_id',
      'cxcontact.compliance_data.cdp_ng.gcloud_secret  <- Secret cxc-cdp, key gcloud_secret',
      'cxcontact.override.dial-manager.api_key  <- Secret cxc-nexus, key api_key',
      'tenant_provisioning.gws_basic_auth_user  <- Secret cxc-gws-ops, key user',
      'tenant_provisioning.gws_basic_auth_pass  <- Secret cxc-gws-ops, key password',
      'tenant_provisioning.tenants[0].configserver.password  <- Secret cxc-t100-configserver, key password',
      'tenant_provisioning.tenants[1].configserver.password  <- Secret cxc-t100-configserver, key password',
    ]);
    expect(out.objects.some((o) => o.kind === 'Secret')).toBe(false);
  });

  test('every key written is a key of the cxcontact chart, with the guide row or vendor file it comes from', () => {
    expectEveryKeyCited(cxc.release, 40, {
      'ingress.annotations.nginx.ingress.kubernetes.io/affinity': '002 §1.3',
      'image.registry': 'vendor: services/cxc/01_chart_cxcontact/override_values.yaml',
      'storage.pvc.storageClassName': '002 §3.2',
    });
  });
});

describe('CxContact options', () => {
  test('without Nexus: no Dial Manager ("7, if you have not defined Nexus")', () => {
    const { cxc, values } = synthCxc(() => ({ nexus: undefined }));
    expect(cxc.components.map((c) => c.info.id)).not.toContain('cxc-dial-manager');
    expect(cxc.components).toHaveLength(7);
    expect(values.cxcontact.override).toBeUndefined();
  });

  test('image tags by the chart\'s component keys, replicas, and the user\'s values merged last', () => {
    const { values } = synthCxc(() => ({
      imageTags: { 'cxc-amark-app': '100.0.029.0005.9042', 'cxc-list-builder': '100.0.029.0005.4712' },
      replicas: 3,
      values: { cxcontact: { log: { level: 'debug' } }, monitoring: { dashboards: true } },
    }));
    expect([values['cxc-amark-app'], values['cxc-list-builder'], values.cxcontact.replicas]).toEqual(['100.0.029.0005.9042', '100.0.029.0005.4712', 3]);
    expect(values.cxcontact.log.level).toBe('debug');
    expect(values.monitoring).toEqual({ dashboards: true });
  });

  test('legacy CDP: the legacy base path and no CDP NG credentials', () => {
    const { values, out } = synthCxc(() => ({ complianceData: { provider: CxContactComplianceProvider.LEGACY } }));
    expect(values.cxcontact.compliance_data.cdp_ng).toEqual({ url: false, gcloud_auth: false, gcloud_id: false, gcloud_secret: false, embedded_basepath: '/list_builder/data/init_data' });
    expect(out.files['us-east/cxc/secret-values.txt']).not.toContain('gcloud');
  });

  test('with the unit\'s monitoring, the chart\'s own ServiceMonitors and PrometheusRules are off ("enabled by default", 002 §6.1)', () => {
    const app = testApp();
    const s = engagementStores(app);
    new UnitMonitoring(s.unit, 'monitoring', { platform: s.unit.platform });
    new CxContact(s.unit, 'cxc', cxcProps(s));
    expect(releaseValues(synth(app), 'us-east', 'cxc').monitoring).toEqual({ enabled: false, alarms: false });
    expect(synthCxc().values.monitoring).toBeUndefined();
  });

  test('without ingress options both ingresses are off', () => {
    const { values } = synthCxc();
    expect([values.ingress, values.internal_ingress]).toEqual([{ enabled: false }, { enabled: false }]);
  });
});

describeWithHelm('CX Contact values rendered through the fixture chart with helm', () => {
  const { out } = synthCxc(() => ({ nexus: NEXUS, ingress: { domain: 'example.com' } }), undefined, fixtureDelivery());

  test('eight Deployments, their Services, the claim and both ingresses, schema-checked', () => {
    expect(out.objects.filter((o) => o.kind === 'Deployment').map((o) => o.metadata.name).sort()).toEqual([...COMPONENTS.map(([id]) => id), 'cxc-ui'].sort());
    for (const [id, , port] of COMPONENTS) expect(out.find('Service', id, 'cxc').spec.ports[0].port).toBe(port);
    expect(out.find('PersistentVolumeClaim', 'cxc-claim', 'cxc').spec.storageClassName).toBe('files-standard-redundant');
    const frontend = out.find('Ingress', 'cxc', 'cxc');
    expect(frontend.metadata.annotations).toMatchObject(STICKINESS);
    expect(frontend.spec.rules[0].host).toBe('cxc.example.com');
    expect(out.find('Ingress', 'cxc-internal', 'cxc').spec.rules[0].host).toBe('cxc-int.example.com');
    expect(out.find('Deployment', 'cxc-list-builder', 'cxc').spec.template.spec.securityContext).toMatchObject({ runAsUser: 500, fsGroup: 500 });
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

  test('a bad replica count, image tags of no component, a bad domain, and value keys the chart does not take', () => {
    const text = problems(() => ({
      replicas: 0,
      imageTags: { 'cxc-ui': '1.0' },
      ingress: { domain: 'Example' },
      values: { cxcontact: { resources: { limits: { cpu: '2' } } } },
    }));
    expect(text).toContain('cxc: replicas is 0; CX Contact runs N+1 (002 §5). Fix: give 1 or more (2 recommended).');
    expect(text).toContain('cxc: imageTags names cxc-ui, which are not components of the cxcontact chart');
    expect(text).toContain('cxc: ingress domain "Example" is not a DNS domain.');
    expect(text).toContain('cxc (chart cxcontact): value "cxcontact.resources.limits.cpu" is not a key the chart takes');
  });

  test('a secret value under a key the chart does not take', () => {
    const app = testApp();
    const s = engagementStores(app);
    new CxContact(s.unit, 'cxc', cxcProps(s)).release.addSecretValue('redis.passwd', 'cxc-redis', 'password');
    expect(() => app.synthFiles()).toThrow('cxc (chart cxcontact): value "redis.passwd" is not a key the chart takes');
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
