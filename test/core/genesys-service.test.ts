import { ApiObject, JsonPatch } from 'cdk8s';
import { GenesysService, GenesysServiceProps, NodePool, PriorityLevel, ServiceProbe, ServiceVolume, UpdateStrategy, WorkloadKind } from '../../src';
import { container, testApp, testUnit } from '../support/fixtures';
import { synth } from '../support/synth';

function build(props: Partial<GenesysServiceProps> & { serviceId?: string } = {}) {
  const app = testApp();
  const unit = testUnit(app);
  const service = new GenesysService(unit, 'svc', { serviceId: 'voice-config', containers: [container()], ...props });
  return { app, unit, service };
}

function problemsOf(props: Partial<GenesysServiceProps>): string {
  const { app } = build(props);
  try {
    app.synthFiles();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected synthesis to fail');
}

describe('GenesysService', () => {
  test('places the workload in the catalogue namespace, file and priority class', () => {
    const out = synth(build().app);
    const deployment = out.find('Deployment', 'voice-config', 'voice');
    expect((out.objects.find((o) => o.kind === 'Deployment') as any).file).toBe('us-east/03-voice.yaml');
    expect(deployment.spec.template.spec.priorityClassName).toBe('genesysengage-critical-priority');
    expect(out.find('Namespace', 'voice')).toBeDefined();
  });

  test('runs as the guides\' user 500:500:500, non-root, no privilege escalation, all capabilities dropped', () => {
    const pod = synth(build().app).find('Deployment', 'voice-config').spec.template.spec;
    expect(pod.securityContext).toMatchObject({ runAsUser: 500, runAsGroup: 500, fsGroup: 500, runAsNonRoot: true });
    expect(pod.containers[0].securityContext).toMatchObject({
      runAsUser: 500,
      runAsGroup: 500,
      runAsNonRoot: true,
      allowPrivilegeEscalation: false,
      privileged: false,
      capabilities: { drop: ['ALL'] },
    });
    // Meshed: its own account, whose token Consul's ACL login needs (000 §2.4).
    expect(pod.serviceAccountName).toBe('voice-config');
    expect(pod.automountServiceAccountToken).toBe(true);
  });

  test('a service outside the mesh runs with no account token; one inside gets an account named after it', () => {
    const outside = synth(build({ mesh: { inject: false } }).app);
    expect(outside.find('Deployment', 'voice-config').spec.template.spec.automountServiceAccountToken).toBe(false);
    expect(outside.objects.some((o) => o.kind === 'ServiceAccount')).toBe(false);
    expect(synth(build().app).find('ServiceAccount', 'voice-config', 'voice')).toBeDefined();
  });

  test('genesysUser: false leaves the IDs to the platform but stays non-root (003 §3.5 arbitrary UIDs)', () => {
    const pod = synth(build({ genesysUser: false }).app).find('Deployment', 'voice-config').spec.template.spec;
    expect(pod.securityContext.runAsUser).toBeUndefined();
    expect(pod.securityContext.fsGroup).toBeUndefined();
    expect(pod.containers[0].securityContext.runAsNonRoot).toBe(true);
  });

  test('writes requests and limits exactly as given', () => {
    const c = synth(build({ containers: [container({ resources: { cpuRequest: '500m', cpuLimit: '1500m', memoryRequest: '1Gi', memoryLimit: '4Gi' } })] }).app)
      .find('Deployment', 'voice-config').spec.template.spec.containers[0];
    expect(c.resources).toEqual({ requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '1500m', memory: '4Gi' } });
  });

  test('image comes from the unit registry unless the container names its own', () => {
    const out = synth(build({ containers: [container(), container({ name: 'side', image: { registry: 'other.io', repository: 'x/y', tag: '2' } })] }).app);
    const containers = out.find('Deployment', 'voice-config').spec.template.spec.containers;
    expect(containers.map((c: any) => c.image)).toEqual(['registry.example.com/genesys/test:1.0.0', 'other.io/x/y:2']);
  });

  test('exposes the catalogue ports on the first container and the Service, selecting its pods', () => {
    const out = synth(build().app);
    const service = out.find('Service', 'voice-config', 'voice');
    expect(service.spec.ports).toEqual([{ name: 'http', port: 9100, targetPort: 9100, protocol: 'TCP' }]);
    expect(service.spec.selector).toEqual({ 'app.kubernetes.io/name': 'voice-config', 'app.kubernetes.io/instance': 'voice-config' });
    const pod = out.find('Deployment', 'voice-config').spec.template;
    expect(pod.metadata.labels).toMatchObject(service.spec.selector);
    expect(pod.spec.containers[0].ports).toEqual([{ containerPort: 9100, name: 'http', protocol: 'TCP' }]);
  });

  test('probes render as HTTP or TCP with their timing', () => {
    const c = synth(
      build({
        containers: [
          container({
            liveness: ServiceProbe.tcp(9100, { initialDelaySeconds: 15, periodSeconds: 30, timeoutSeconds: 3, failureThreshold: 3 }),
            readiness: ServiceProbe.http('/health', 9100, { periodSeconds: 10 }),
            startup: ServiceProbe.tcp(9100, { periodSeconds: 30, failureThreshold: 120 }),
          }),
        ],
      }).app,
    ).find('Deployment', 'voice-config').spec.template.spec.containers[0];
    expect(c.livenessProbe).toMatchObject({
      tcpSocket: { port: 9100 },
      initialDelaySeconds: 15,
      periodSeconds: 30,
      timeoutSeconds: 3,
      failureThreshold: 3,
    });
    expect(c.readinessProbe).toMatchObject({ httpGet: { path: '/health', port: 9100 }, periodSeconds: 10 });
    expect(c.startupProbe).toMatchObject({ periodSeconds: 30, failureThreshold: 120 });
  });

  test('selects its node pool by label; the real-time pool is tolerated and drains for 60 minutes (003 §1.10)', () => {
    const general = synth(build().app).find('Deployment', 'voice-config').spec.template.spec;
    expect(general.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions).toEqual([
      { key: 'genesys-pe.io/node-pool', operator: 'In', values: ['general'] },
    ]);
    expect(general.tolerations).toBeUndefined();
    expect(general.terminationGracePeriodSeconds).toBe(30);

    const rt = synth(build({ serviceId: 'voice-sip', containers: [container()] }).app).find('Deployment', 'voice-sip').spec.template.spec;
    expect(rt.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values).toEqual(['realtime']);
    expect(rt.tolerations).toEqual([{ key: 'genesys-pe.io/node-pool', operator: 'Equal', value: 'realtime', effect: 'NoSchedule' }]);
    expect(rt.terminationGracePeriodSeconds).toBe(3600);
  });

  test('spreads pods across zones without requiring it', () => {
    const spec = synth(build().app).find('Deployment', 'voice-config').spec.template.spec;
    expect(spec.topologySpreadConstraints).toEqual([
      {
        maxSkew: 1,
        topologyKey: 'topology.kubernetes.io/zone',
        whenUnsatisfiable: 'ScheduleAnyway',
        labelSelector: { matchLabels: { 'app.kubernetes.io/name': 'voice-config', 'app.kubernetes.io/instance': 'voice-config' } },
      },
    ]);
    expect(JSON.stringify(spec)).not.toContain('cdk8s.io/metadata.addr');
  });

  test('a rollout never takes a ready pod down first; a disruption budget allows one pod at a time', () => {
    const out = synth(build({ replicas: 3 }).app);
    expect(out.find('Deployment', 'voice-config').spec.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } });
    expect(out.find('Deployment', 'voice-config').spec.replicas).toBe(3);
    expect(out.find('PodDisruptionBudget', 'voice-config').spec).toEqual({
      maxUnavailable: 1,
      selector: { matchLabels: { 'app.kubernetes.io/name': 'voice-config', 'app.kubernetes.io/instance': 'voice-config' } },
    });
  });

  test('autoscaling makes an HPA on CPU and memory and leaves the replica count to it', () => {
    const out = synth(build({ autoscaling: { minReplicas: 2, maxReplicas: 5, cpuUtilization: 60, memoryUtilization: 60 } }).app);
    const hpa = out.find('HorizontalPodAutoscaler', 'voice-config', 'voice');
    expect(hpa.spec).toMatchObject({ minReplicas: 2, maxReplicas: 5, scaleTargetRef: { kind: 'Deployment', name: 'voice-config' } });
    expect(hpa.spec.metrics.map((m: any) => [m.resource.name, m.resource.target.averageUtilization])).toEqual([['cpu', 60], ['memory', 60]]);
    expect(out.find('Deployment', 'voice-config').spec.replicas).toBeUndefined();
  });

  test('a StatefulSet with OnDelete updates and its Service as governing service', () => {
    const out = synth(build({ serviceId: 'voice-rq', workloadKind: WorkloadKind.STATEFUL_SET, updateStrategy: UpdateStrategy.ON_DELETE, replicas: 2 }).app);
    const sts = out.find('StatefulSet', 'voice-rq', 'voice');
    expect(sts.spec.updateStrategy).toEqual({ type: 'OnDelete' });
    expect(sts.spec.serviceName).toBe('voice-rq');
    expect(sts.spec.replicas).toBe(2);
    expect(out.find('Service', 'voice-rq').spec.ports.map((p: any) => p.port)).toEqual([12100, 12000]);
  });

  test('ConfigMap `<name>-configmap`, secrets by reference only, volumes and mounts', () => {
    const out = synth(
      build({
        configData: { LOG_LEVEL: 'INFO' },
        volumes: [ServiceVolume.fromSecret('redis', 'redis-config-token', { items: { 'redis-config-state': 'redis-config-state' } }), ServiceVolume.fromEmptyDir('logs')],
        containers: [
          container({
            envFromConfigMap: true,
            secretEnv: [{ name: 'CONSUL_TOKEN', secretName: 'consul-voice-token', key: 'consul-consul-voice-token' }],
            volumeMounts: [{ volume: 'redis', mountPath: '/mnt/redis' }, { volume: 'logs', mountPath: '/logs' }],
          }),
        ],
      }).app,
    );
    expect(out.find('ConfigMap', 'voice-config-configmap', 'voice').data).toEqual({ LOG_LEVEL: 'INFO' });
    const pod = out.find('Deployment', 'voice-config').spec.template.spec;
    const c = pod.containers[0];
    expect(c.envFrom).toEqual([{ configMapRef: { name: 'voice-config-configmap' } }]);
    expect(c.env).toEqual([{ name: 'CONSUL_TOKEN', valueFrom: { secretKeyRef: { name: 'consul-voice-token', key: 'consul-consul-voice-token' } } }]);
    expect(c.volumeMounts).toEqual([
      { name: 'redis', mountPath: '/mnt/redis', readOnly: true },
      { name: 'logs', mountPath: '/logs', readOnly: false },
    ]);
    expect(pod.volumes).toEqual([
      { name: 'redis', secret: { secretName: 'redis-config-token', items: [{ key: 'redis-config-state', path: 'redis-config-state' }] } },
      { name: 'logs', emptyDir: {} },
    ]);
    expect(out.objects.some((o) => o.kind === 'Secret')).toBe(false);
  });

  test('Consul connect-inject by default; upstreams and service port when given; off when asked', () => {
    const annotations = (props: Partial<GenesysServiceProps>) =>
      synth(build(props).app).find('Deployment', 'voice-config').spec.template.metadata.annotations;
    // The metrics port (9100) bypasses the sidecar: Prometheus is not in the mesh (ConsulMesh opens it).
    const exclude = { 'consul.hashicorp.com/transparent-proxy-exclude-inbound-ports': '9100' };
    expect(annotations({})).toEqual({ 'consul.hashicorp.com/connect-inject': 'true', 'consul.hashicorp.com/connect-service': 'voice-config', ...exclude });
    expect(annotations({ mesh: { upstreams: ['voice-config:8888', 'tenant-1:8889'], servicePort: 'http' } })).toEqual({
      'consul.hashicorp.com/connect-inject': 'true',
      'consul.hashicorp.com/connect-service': 'voice-config',
      'consul.hashicorp.com/connect-service-upstreams': 'voice-config:8888,tenant-1:8889',
      'consul.hashicorp.com/connect-service-port': 'http',
      ...exclude,
    });
    const outside = annotations({ mesh: { inject: false } });
    expect(outside['consul.hashicorp.com/connect-inject']).toBe('false');
    expect(outside['consul.hashicorp.com/transparent-proxy-exclude-inbound-ports']).toBeUndefined();
  });

  test('ports added through the API are rendered and known by name, without rendering the workload', () => {
    const { app, service } = build();
    expect(service.containerPortNames).toEqual(['http']);
    expect(service.servicePortNames).toEqual(['http']);
    service.addContainerPort('admin', 7000);
    service.addServicePort('admin', 70, 7000);
    expect(service.containerPortNames).toEqual(['http', 'admin']);
    expect(service.servicePortNames).toEqual(['http', 'admin']);
    const out = synth(app);
    expect(out.find('Deployment', 'voice-config').spec.template.spec.containers[0].ports).toContainEqual({ containerPort: 7000, name: 'admin', protocol: 'TCP' });
    expect(out.find('Service', 'voice-config').spec.ports).toContainEqual({ name: 'admin', port: 70, targetPort: 7000, protocol: 'TCP' });
    expect(service.selector).toEqual({ 'app.kubernetes.io/name': 'voice-config', 'app.kubernetes.io/instance': 'voice-config' });
  });

  test('a container without ports gets its first one; a service without a Service cannot add a Service port', () => {
    const { app, service } = build({ containers: [container({ portNames: [] })] });
    expect(service.containerPortNames).toEqual([]);
    expect(service.servicePortNames).toEqual([]);
    service.addContainerPort('http', 8080);
    expect(synth(app).find('Deployment', 'voice-config').spec.template.spec.containers[0].ports).toEqual([{ containerPort: 8080, name: 'http', protocol: 'TCP' }]);
    expect(() => service.addServicePort('http', 80, 8080)).toThrow(
      "[us-east/svc] voice-config: addServicePort('http') needs the service's Kubernetes Service, but the service declares no port, so it has none. "
        + 'Fix: give a container a catalogue port (portNames), or create the Service yourself.',
    );
  });

  test('ports added twice, and a port opened to the outside that no container serves, are refused', () => {
    const { app, service } = build();
    service.addContainerPort('http', 9200);
    service.addServicePort('http', 80, 9100);
    service.allowOutsideMesh(7777, 'a test caller');
    expect(() => synth(app)).toThrow('[us-east/svc] voice-config: container port "http" is declared twice. Fix: give each added container port its own name.');
    expect(() => synth(app)).toThrow('[us-east/svc] voice-config: Service port "http" is declared twice. Fix: give each added Service port its own name.');
    expect(() => synth(app)).toThrow(
      '[us-east/svc] voice-config: port 7777 is opened to callers outside the mesh (a test caller), but no container of the service serves it. '
        + 'Fix: open one of the container ports (9100, 9200), or add the port with addContainerPort first.',
    );
  });

  test('priority and node pool can be overridden', () => {
    const spec = synth(build({ priority: PriorityLevel.MEDIUM, nodePool: NodePool.THIRD_PARTY }).app).find('Deployment', 'voice-config').spec.template.spec;
    expect(spec.priorityClassName).toBe('genesysengage-medium-priority');
    expect(spec.tolerations[0].value).toBe('thirdparty');
  });

  test('standard labels, unit and group labels on every object', () => {
    for (const o of synth(build().app).objects) {
      expect(o.metadata.labels).toMatchObject({
        'app.kubernetes.io/part-of': 'genesys-multicloud-cx',
        'app.kubernetes.io/managed-by': 'genesys-pe-constructs',
        'genesys-pe.io/unit': 'us-east',
        'genesys-pe.io/unit-group': 'acme',
      });
      expect(o.metadata.labels!['app.kubernetes.io/name']).toBeTruthy();
    }
  });

  test('escape hatch: the API objects it made accept JSON patches', () => {
    const { app, service } = build();
    service.workload.addJsonPatch(JsonPatch.add('/spec/revisionHistoryLimit', 3));
    expect(service.disruptionBudget).toBeInstanceOf(ApiObject);
    expect(synth(app).find('Deployment', 'voice-config').spec.revisionHistoryLimit).toBe(3);
  });

  describe('bad props fail at synth with the rule and the fix', () => {
    test.each([
      ['negative replicas', { replicas: -1 }, 'replicas is -1 (none). Fix: give a whole number, 0 or more.'.replace(' (none)', '')],
      ['replicas and autoscaling', { replicas: 2, autoscaling: { minReplicas: 1, maxReplicas: 2, cpuUtilization: 60 } }, 'both replicas and autoscaling are set'],
      ['min above max', { autoscaling: { minReplicas: 4, maxReplicas: 2, cpuUtilization: 60 } }, 'autoscaling maxReplicas (2) is below minReplicas (4)'],
      ['no autoscaling target', { autoscaling: { minReplicas: 1, maxReplicas: 2 } }, 'autoscaling has no target'],
      ['utilisation over 100', { autoscaling: { minReplicas: 1, maxReplicas: 2, cpuUtilization: 150 } }, 'autoscaling cpuUtilization is 150'],
      ['maxUnavailable 0', { maxUnavailable: 0 }, 'maxUnavailable is 0; a disruption budget that allows no disruption blocks every node drain'],
      ['OnDelete on a Deployment', { updateStrategy: UpdateStrategy.ON_DELETE }, 'the OnDelete update strategy needs a StatefulSet'],
      ['short drain on the real-time pool', { nodePool: NodePool.REALTIME, terminationGracePeriodSeconds: 60 }, 'need a drain time of 60 minutes or longer to keep live calls (003 §1.10)'],
      ['no containers', { containers: [] }, 'no containers'],
      ['repeated container names', { containers: [container(), container()] }, 'container names repeat: main'],
      ['bad CPU quantity', { containers: [container({ resources: { cpuRequest: 'lots', cpuLimit: '1', memoryRequest: '1Mi', memoryLimit: '1Mi' } })] }, 'CPU quantity "lots" is not one'],
      ['request above limit', { containers: [container({ resources: { cpuRequest: '2', cpuLimit: '1', memoryRequest: '2Gi', memoryLimit: '1Gi' } })] }, 'CPU request 2 is above its limit 1'],
      ['unknown port name', { containers: [container({ portNames: ['sip'] })] }, 'serves port "sip", which voice-config does not have'],
      ['probe on a port not served', { containers: [container({ liveness: ServiceProbe.tcp(1234) })] }, 'liveness probe uses port 1234, which the container does not serve'],
      ['mount of a missing volume', { containers: [container({ volumeMounts: [{ volume: 'nope', mountPath: '/x' }] })] }, 'mounts volume "nope", which the service does not have'],
      ['secret in plain env', { containers: [container({ env: { REDIS_PASSWORD: 'hunter2' } })] }, 'sets REDIS_PASSWORD as a plain environment variable'],
      ['name not a DNS label', { name: 'Voice_Config' }, 'name "Voice_Config" is not a DNS label'],
    ])('%s', (_name, props, message) => {
      const text = problemsOf(props as Partial<GenesysServiceProps>);
      expect(text).toContain('[us-east/svc]');
      expect(text).toContain(message);
      expect(text).toContain('Fix: ');
    });

    test('every problem is reported at once', () => {
      const text = problemsOf({ replicas: -1, maxUnavailable: 0, containers: [container({ env: { API_TOKEN: 'x' } })] });
      expect(text).toMatch(/3 problem\(s\) found/);
    });

    test('an unknown service id names the close match', () => {
      expect(() => build({ serviceId: 'config' })).toThrow(/no service "config"; did you mean "voice-config"/);
    });
  });
});
