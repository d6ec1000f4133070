import { GENESYS_USER_ID, GenericChartService, GenericChartServiceProps, GenesysService, NodePool, PriorityLevel, WorkloadKind } from '../../src';
import { testApp, testUnit } from '../support/fixtures';
import { synth } from '../support/synth';
import { releaseValues } from '../support/values';

/**
 * The model base every Genesys service shares (GenesysService), exercised through its concrete
 * generic service: one release of a chart, with the catalogue's namespace, wave, priority class and
 * node pool.
 */
function build(props: Partial<GenericChartServiceProps> = {}) {
  const app = testApp();
  const unit = testUnit(app);
  const service = new GenericChartService(unit, 'svc', { serviceId: 'voice-config', chart: 'voice-config', chartVersion: '100.0.1000017', meshed: true, ...props });
  return { app, unit, service };
}

function problemsOf(props: Partial<GenericChartServiceProps>, change: (s: GenesysService) => void = () => {}): string {
  const { app, service } = build(props);
  change(service);
  try {
    app.synthFiles();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected synthesis to fail');
}

describe('GenesysService, the model of a service deployed as one chart release', () => {
  test('the release goes to the catalogue namespace and the file of its deployment wave (003 §6.4, §7.1)', () => {
    const { app, service } = build();
    const out = synth(app);
    expect(service.namespace).toBe('voice');
    expect(service.info.wave).toBe(3);
    const release = out.find('HelmRelease', 'voice-config', 'voice');
    expect(release.file).toBe('us-east/03-voice.yaml');
    expect(release.spec.releaseName).toBe('voice-config');
    expect(release.spec.chart.spec).toMatchObject({ chart: 'voice-config', version: '100.0.1000017' });
    // The unit creates the namespace its services use, in the cluster file applied first.
    expect(out.find('Namespace', 'voice').file).toBe('us-east/00-cluster.yaml');
  });

  test('the catalogue priority class (003 §7.4) and node pool (003 §1.10) reach the chart values', () => {
    const general = build();
    expect(general.service.nodePool).toBe(NodePool.GENERAL);
    expect(releaseValues(synth(general.app), 'us-east', 'voice-config')).toEqual({
      priorityClassName: 'genesysengage-critical-priority',
      nodeSelector: { 'genesys-pe.io/node-pool': 'general' },
    });

    // SIP Cluster runs on the real-time pool, which is tainted so that only its services land there.
    const sip = build({ serviceId: 'voice-sip', chart: 'voice-sip' });
    expect(sip.service.nodePool).toBe(NodePool.REALTIME);
    expect(releaseValues(synth(sip.app), 'us-east', 'voice-sip')).toEqual({
      priorityClassName: 'genesysengage-critical-priority',
      nodeSelector: { 'genesys-pe.io/node-pool': 'realtime' },
      tolerations: [{ key: 'genesys-pe.io/node-pool', operator: 'Equal', value: 'realtime', effect: 'NoSchedule' }],
    });
  });

  test('priority and node pool overrides are reflected in the values', () => {
    const { app, service } = build({ priority: PriorityLevel.MEDIUM, nodePool: NodePool.THIRD_PARTY });
    expect(service.nodePool).toBe(NodePool.THIRD_PARTY);
    expect(service.chartContext.priorityClassName).toBe('genesysengage-medium-priority');
    expect(releaseValues(synth(app), 'us-east', 'voice-config')).toEqual({
      priorityClassName: 'genesysengage-medium-priority',
      nodeSelector: { 'genesys-pe.io/node-pool': 'thirdparty' },
      tolerations: [{ key: 'genesys-pe.io/node-pool', operator: 'Equal', value: 'thirdparty', effect: 'NoSchedule' }],
    });
  });

  test('the chart context carries the unit registry and the guides\' user 500 (003 §3.5)', () => {
    const { service } = build();
    expect(GENESYS_USER_ID).toBe(500);
    expect(service.chartContext).toMatchObject({ releaseName: 'voice-config', namespace: 'voice', imageRegistry: 'registry.example.com', runAsId: 500 });
  });

  test('the release and its values file: the computed values with the user\'s merged over them', () => {
    const { app, service } = build({ values: { replicaCount: 2, nodeSelector: { disktype: 'ssd' } } });
    expect(service.release.releaseName).toBe('voice-config');
    expect(service.release.namespace).toBe('voice');
    expect(service.release.chartVersion).toBe('100.0.1000017');
    expect(service.release.fileName).toBe('03-voice.yaml');
    const out = synth(app);
    const values = releaseValues(out, 'us-east', 'voice-config');
    expect(values).toEqual({
      replicaCount: 2,
      priorityClassName: 'genesysengage-critical-priority',
      nodeSelector: { 'genesys-pe.io/node-pool': 'general', 'disktype': 'ssd' },
    });
    // The Flux HelmRelease carries the same values as the file beside it.
    expect(out.find('HelmRelease', 'voice-config', 'voice').spec.values).toEqual(values);
    expect(out.files['us-east/helm/README.md']).toBeDefined();
  });

  test('the selector is Helm\'s standard chart and release labels', () => {
    const { service } = build({ serviceId: 'gauth-auth', chart: 'gauth', releaseName: 'gauth', meshed: false });
    expect(service.selector).toEqual({ 'app.kubernetes.io/name': 'gauth', 'app.kubernetes.io/instance': 'gauth' });
    expect(service.releaseWorkload).toMatchObject({ kind: WorkloadKind.DEPLOYMENT, name: 'gauth', podLabels: service.selector, serviceName: 'gauth' });
  });

  test('the catalogue ports are the served ports; added ports are known by name without a workload', () => {
    const { service } = build();
    // Voice Config serves its API and metrics on 9100 (000 §1.2).
    expect(service.containerPortNames).toEqual(['http']);
    expect(service.containerPort('http')).toBe(9100);
    expect(service.servicePortNames).toEqual(['http']);
    service.addContainerPort('admin', 7000);
    service.addServicePort('admin', 70, 7000);
    expect(service.containerPortNames).toEqual(['http', 'admin']);
    expect(service.containerPort('admin')).toBe(7000);
    expect(service.containerPort('nope')).toBeUndefined();
    expect(service.servicePortNames).toEqual(['http', 'admin']);
    expect(service.releaseWorkload.ports).toEqual([{ name: 'http', port: 9100 }, { name: 'admin', port: 7000 }]);
    expect(service.releaseWorkload.servicePorts).toEqual(['http', 'admin']);
  });

  test('portNames keeps a subset of the catalogue ports', () => {
    const { service } = build({ serviceId: 'voice-sip', chart: 'voice-sip', portNames: ['sip'] });
    expect(service.containerPortNames).toEqual(['sip']);
    expect(service.containerPort('sip')).toBe(5090);
    expect(service.containerPort('http')).toBeUndefined();
  });

  test('ports opened to callers outside the mesh are recorded with their reasons, and only for a meshed service', () => {
    const { service } = build();
    service.allowOutsideMesh(9100, 'Prometheus');
    service.allowOutsideMesh(9100, 'Prometheus');
    service.allowOutsideMesh(9100, 'a probe');
    expect(service.portsOutsideMesh).toEqual([9100]);
    expect(service.outsideMeshReasons(9100)).toEqual(['Prometheus', 'a probe']);
    const outside = build({ meshed: false }).service;
    outside.allowOutsideMesh(9100, 'Prometheus');
    expect(outside.meshed).toBe(false);
    expect(outside.portsOutsideMesh).toEqual([]);
  });

  test('standard labels, unit and group labels on the HelmRelease', () => {
    const { app } = build({ serviceId: 'gauth-auth', chart: 'gauth', releaseName: 'gauth', meshed: false });
    const release = synth(app).find('HelmRelease', 'gauth');
    expect(release.metadata.labels).toEqual({
      'app.kubernetes.io/name': 'gauth',
      'app.kubernetes.io/instance': 'gauth',
      'app.kubernetes.io/part-of': 'genesys-multicloud-cx',
      'app.kubernetes.io/managed-by': 'genesys-pe-constructs',
      'genesys-pe.io/unit': 'us-east',
      'genesys-pe.io/unit-group': 'acme',
    });
  });

  describe('problems are reported at synth with the construct path and the fix', () => {
    test('a port added twice', () => {
      const text = problemsOf({}, (s) => s.addContainerPort('http', 9200));
      expect(text).toContain('[us-east/svc] voice-config: port "http" is declared twice. Fix: give each added port its own name.');
    });

    test('a port opened to callers outside the mesh that the service does not serve', () => {
      const text = problemsOf({}, (s) => s.allowOutsideMesh(7777, 'a test caller'));
      expect(text).toContain(
        '[us-east/svc] voice-config: port 7777 is opened to callers outside the mesh (a test caller), but the service does not serve it. '
          + 'Fix: open one of its ports (9100), or add the port with addContainerPort first.',
      );
    });

    test('the same port, once added with addContainerPort, is fine', () => {
      const { app, service } = build();
      service.addContainerPort('admin', 7777);
      service.allowOutsideMesh(7777, 'a test caller');
      expect(() => app.synthFiles()).not.toThrow();
    });

    test('a port name the catalogue does not have', () => {
      expect(problemsOf({ portNames: ['sip'] })).toContain('[us-east/svc] voice-config: ports sip are not ports of voice-config. Fix: give catalogue port names: http.');
    });

    test('a release name Helm refuses', () => {
      const text = problemsOf({ releaseName: 'Voice_Config' });
      expect(text).toContain('[us-east/svc] Voice_Config: name "Voice_Config" is not a Helm release name. Fix: use lower-case letters, digits and "-", at most 53 characters.');
    });

    test('an unknown service id', () => {
      const text = problemsOf({ serviceId: 'config' });
      expect(text).toContain('[us-east/svc] "config" is not a service of the catalogue (003 §2.3). Fix: give a catalogue service id');
    });

    test('every problem is reported at once', () => {
      const text = problemsOf({ chart: 'my chart' }, (s) => {
        s.addContainerPort('http', 9200);
        s.allowOutsideMesh(7777, 'a test caller');
      });
      expect(text).toMatch(/3 problem\(s\) found/);
      for (const m of ['port "http" is declared twice', 'port 7777 is opened to callers outside the mesh', 'chart name "my chart" is not a chart name']) expect(text).toContain(m);
    });
  });
});
