import { ApiObject } from 'cdk8s';
import { parse } from 'yaml';
import { UnitMonitoring, VoiceMicroservices } from '../../src';
import { unitConsistencyProblems } from '../../src/core/consistency';
import { ReleaseSpec } from '../../src/core/release-spec';
import { testApp } from '../support/fixtures';
import { synth } from '../support/synth';
import { tenantService } from '../support/tenant-unit';
import { voiceProps, voiceStores } from '../support/voice-unit';

const labels = { 'app.kubernetes.io/name': 'web', 'app.kubernetes.io/instance': 'web' };
const deployment = (overrides: any = {}) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'app' },
  spec: {
    selector: { matchLabels: labels },
    template: {
      metadata: { labels },
      spec: { containers: [{ name: 'web', image: 'x', ports: [{ name: 'http', containerPort: 8080 }] }], ...overrides },
    },
  },
});
const service = (spec: any) => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'app', labels }, spec });
const check = (objects: any[], releases: ReleaseSpec[] = []) => unitConsistencyProblems({ unitId: 'u', objects, releases });

describe('unit consistency: each rule fires on a broken unit and stays silent on a whole one', () => {
  test('a whole unit passes', () => {
    expect(check([deployment(), service({ selector: labels, ports: [{ name: 'http', port: 80, targetPort: 'http' }] })])).toEqual([]);
  });

  test('a Service that selects no pods', () => {
    expect(check([deployment(), service({ selector: { app: 'nope' }, ports: [{ port: 80 }] })])).toEqual([
      '[u] Service app/web selects no pods (selector {"app":"nope"}). Fix: make its selector match the labels of a workload\'s pods in its namespace.',
    ]);
  });

  test('a Service whose pods do not serve its target port', () => {
    expect(check([deployment(), service({ selector: labels, ports: [{ name: 'metrics', port: 9090, targetPort: 9090 }] })])[0]).toContain(
      'Service app/web port metrics targets 9090, which none of its pods (Deployment app/web) serves',
    );
  });

  test('a Service without selector or Endpoints', () => {
    expect(check([service({ ports: [{ port: 80 }] })])[0]).toContain('Service app/web has no selector and no Endpoints');
  });

  test('an autoscaler of a workload the unit does not run, and a disruption budget that selects nothing', () => {
    const hpa = { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'w', namespace: 'app' }, spec: { scaleTargetRef: { kind: 'StatefulSet', name: 'web' } } };
    const pdb = { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'w', namespace: 'app' }, spec: { selector: { matchLabels: { app: 'x' } } } };
    expect(check([deployment(), hpa, pdb])).toEqual([
      '[u] HorizontalPodAutoscaler app/w scales StatefulSet web, which the unit does not run. Fix: point scaleTargetRef at a workload of its namespace.',
      '[u] PodDisruptionBudget app/w selects no pods. Fix: make its selector match the labels of a workload\'s pods.',
    ]);
  });

  test('monitors that select nothing, or scrape a port their target does not name', () => {
    const sm = { apiVersion: 'monitoring.coreos.com/v1', kind: 'ServiceMonitor', metadata: { name: 'm', namespace: 'app' }, spec: { selector: { matchLabels: labels }, endpoints: [{ port: 'metrics' }] } };
    const pm = { apiVersion: 'monitoring.coreos.com/v1', kind: 'PodMonitor', metadata: { name: 'p', namespace: 'app' }, spec: { selector: { matchLabels: { app: 'x' } } } };
    expect(check([deployment(), service({ selector: labels, ports: [{ name: 'http', port: 80, targetPort: 'http' }] }), sm, pm])).toEqual([
      '[u] ServiceMonitor app/m scrapes port "metrics", which the Services it selects do not name. Fix: scrape a named port of the Service.',
      '[u] PodMonitor app/p selects no pods. Fix: make its selector match the labels of the service\'s pods.',
    ]);
  });

  test('pods that use a ConfigMap, claim or service account the unit does not write', () => {
    const pod = deployment({
      serviceAccountName: 'web',
      volumes: [{ name: 'c', configMap: { name: 'web-config' } }, { name: 'd', persistentVolumeClaim: { claimName: 'web-data' } }],
    });
    expect(check([pod])).toEqual([
      '[u] Deployment app/web mounts ConfigMap web-config, which the unit does not write. Fix: write the ConfigMap, or mount one that exists.',
      '[u] Deployment app/web mounts claim web-data, which the unit does not write. Fix: write the PersistentVolumeClaim, or use a volumeClaimTemplate.',
      '[u] Deployment app/web runs as service account web, which the unit does not write. Fix: write the ServiceAccount.',
    ]);
  });

  test('an Ingress to a Service or port that does not exist', () => {
    const ingress = (name: string, port: any) => ({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name, namespace: 'app' },
      spec: { rules: [{ http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port } } }] } }] },
    });
    const ok = [deployment(), service({ selector: labels, ports: [{ name: 'http', port: 80, targetPort: 'http' }] })];
    expect(check([...ok, ingress('a', { name: 'http' })])).toEqual([]);
    expect(check([...ok, ingress('b', { number: 81 })])[0]).toContain('Ingress app/b routes to port 81 of Service web, which it does not have');
    expect(check([deployment(), ingress('c', { number: 80 })])[0]).toContain('Ingress app/c routes to Service web, which the unit does not run');
  });

  test('pods of a chart release the GitOps controller installs count as the model describes them', () => {
    const release: ReleaseSpec = {
      releaseName: 'web',
      namespace: 'app',
      chart: 'web',
      chartVersion: '1',
      values: {},
      fileName: '03-x.yaml',
      repositoryLogin: false,
      deliveredByTerraform: false,
      rendered: false,
      workloads: [{ kind: 'Deployment', name: 'web', podLabels: labels, ports: [{ name: 'http', port: 8080 }], serviceName: 'web', servicePorts: ['http'] }],
    };
    const pm = { apiVersion: 'monitoring.coreos.com/v1', kind: 'PodMonitor', metadata: { name: 'p', namespace: 'app' }, spec: { selector: { matchLabels: labels }, podMetricsEndpoints: [{ port: 'http' }] } };
    expect(check([pm], [release])).toEqual([]);
    expect(check([pm], [{ ...release, rendered: true }])[0]).toContain('PodMonitor app/p selects no pods');
  });
});

describe('unit consistency in synthesis', () => {
  test('an object that selects nothing stops synthesis, in the one problem report', () => {
    const app = testApp();
    const s = voiceStores(app);
    new VoiceMicroservices(s.unit, 'voice', voiceProps(s));
    new ApiObject(s.unit, 'stray', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'stray', namespace: 'voice' }, spec: { selector: { app: 'nothing' }, ports: [{ port: 80 }] } });
    expect(() => app.synthFiles()).toThrow('[us-east] Service voice/stray selects no pods (selector {"app":"nothing"})');
  });

  test('prerequisites: the Secrets the releases read, with keys and readers, and the controllers the objects need', () => {
    const app = testApp();
    const s = voiceStores(app);
    new VoiceMicroservices(s.unit, 'voice', voiceProps(s));
    tenantService(s);
    new UnitMonitoring(s.unit, 'monitoring', { platform: s.unit.platform });
    const out = synth(app);
    const doc = parse(out.files['us-east/prerequisites/prerequisites.yaml']);
    const secret = (name: string) => doc.secrets.find((x: any) => x.name === name);
    // The guides' Secrets (000 §2.2-§2.4) with the guides' keys.
    expect(secret('redis-agent-token')).toEqual({ namespace: 'voice', name: 'redis-agent-token', keys: ['redis-agent-state'], readers: ['release voice/voice-agent'] });
    expect(secret('consul-voice-token').keys).toEqual(['consul-consul-voice-token']);
    expect(secret('consul-voice-token').readers).toHaveLength(12);
    expect(secret('kafka-secrets-token').keys).toEqual(['kafka-secrets']);
    expect(secret('tenant-pg')).toMatchObject({ keys: ['password'], readers: ['release voice/t100'] });
    expect(doc.components.map((c: any) => c.component)).toEqual([
      'Consul with connect injection, the controller and catalog sync (000 §2.4; values in helm/consul-values.yaml)',
      'prometheus-operator CRDs (kube-prometheus-stack)',
      'Flux (source and helm controllers)',
    ]);
  });
});
