import { JsonPatch } from 'cdk8s';
import { ComponentEnv, backendEnv, complianceEnv, gwsConfig, nexusEnv } from './cx-contact-env';
import { CxContactComponentOptions, CxContactProps, CxContactScalableComponentOptions } from './cx-contact-props';
import { Catalog } from '../../catalog';
import {
  CXC_AUTOSCALING,
  CXC_DEFAULT_RESOURCES,
  CXC_MESH,
  CXC_REPLICAS,
  CXC_STORAGE,
  CxContactComponentFact,
} from '../../catalog/data/cx-contact-facts';
import { GenesysService, GenesysServiceProps, Labels, ServiceProbe, ServiceVolume } from '../../core';
import { IntOrString, KubeService } from '../../core/k8s';

/** Probe timing of the CX Contact components; the guide gives none. */
const TIMING = { initialDelaySeconds: 10, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3 };

/** The options of one component, from the props field named after it. */
export function componentOptions(props: CxContactProps, id: string): CxContactScalableComponentOptions {
  const byId: Record<string, CxContactComponentOptions | undefined> = {
    'cxc-api-aggregator': props.apiAggregator,
    'cxc-campaign-manager': props.campaignManager,
    'cxc-compliance-manager': props.complianceManager,
    'cxc-dial-manager': props.dialManager,
    'cxc-job-scheduler': props.jobScheduler,
    'cxc-list-builder': props.listBuilder,
    'cxc-list-manager': props.listManager,
    'cxc-ui': props.ui,
  };
  return byId[id] ?? {};
}

/** What each component reads: the shared back-end settings, plus CDP for List Builder and Nexus for Dial Manager. */
function envOf(fact: CxContactComponentFact, props: CxContactProps): ComponentEnv {
  if (fact.ui) return { config: gwsConfig(props), secrets: [] };
  const parts = [backendEnv(props)];
  if (fact.id === 'cxc-list-builder') parts.push(complianceEnv(props));
  if (fact.id === 'cxc-dial-manager') parts.push(nexusEnv(props));
  return {
    config: Object.assign({}, ...parts.map((p) => p.config)),
    secrets: parts.flatMap((p) => p.secrets),
  };
}

/**
 * One component as a GenesysService: a Deployment with its metrics port, the guide's replicas or
 * (Compliance Manager, Dial Manager) an autoscaler, the shared volume in every back-end component,
 * off the Consul mesh (003 §3.3), running as 500:500:500 (002 §1.1).
 */
export function componentProps(fact: CxContactComponentFact, props: CxContactProps, claimName: string): GenesysServiceProps {
  const info = Catalog.service(fact.id);
  const options = componentOptions(props, fact.id);
  const env = envOf(fact, props);
  const autoscaled = fact.autoscaled && !options.disableAutoscaling;
  const a = options.autoscaling ?? {};
  const metrics = info.ports[0]?.port;
  return {
    serviceId: fact.id,
    mesh: { inject: CXC_MESH.inject },
    replicas: autoscaled ? undefined : options.replicas ?? CXC_REPLICAS.replicas,
    autoscaling: autoscaled
      ? {
        minReplicas: a.minReplicas ?? CXC_AUTOSCALING.minReplicas,
        maxReplicas: a.maxReplicas ?? CXC_AUTOSCALING.maxReplicas,
        cpuUtilization: a.cpuUtilization ?? CXC_AUTOSCALING.cpuUtilization,
      }
      : undefined,
    configData: env.config,
    volumes: fact.ui ? [] : [ServiceVolume.fromPersistentVolumeClaim(CXC_STORAGE.volumeName, claimName)],
    containers: [
      {
        name: fact.id,
        image: { repository: options.imageRepository ?? fact.id, tag: options.version ?? props.version, registry: props.imageRegistry },
        resources: options.resources ?? CXC_DEFAULT_RESOURCES,
        liveness: metrics === undefined ? undefined : ServiceProbe.tcp(metrics, TIMING),
        readiness: metrics === undefined ? undefined : ServiceProbe.tcp(metrics, TIMING),
        envFromConfigMap: true,
        secretEnv: env.secrets,
        volumeMounts: fact.ui ? [] : [{ volume: CXC_STORAGE.volumeName, mountPath: CXC_STORAGE.mountPath }],
      },
    ],
  };
}

/**
 * Adds an HTTP port the guide does not give (the UI's, the API Aggregator's API port) to a
 * component's only container and to its Service, creating the Service when the component had no
 * port; the UI also gets TCP probes on it.
 */
export function exposeHttpPort(component: GenesysService, portName: string, port: number, probe: boolean): void {
  component.addContainerPort(portName, port);
  if (probe) {
    const tcp = { tcpSocket: { port: IntOrString.fromNumber(port) }, ...TIMING };
    component.workload.addJsonPatch(
      JsonPatch.add('/spec/template/spec/containers/0/livenessProbe', tcp),
      JsonPatch.add('/spec/template/spec/containers/0/readinessProbe', tcp),
    );
  }
  if (component.service) {
    component.addServicePort(portName, port, port);
    return;
  }
  const servicePort = { name: portName, port, targetPort: IntOrString.fromNumber(port), protocol: 'TCP' };
  const selector = { [Labels.NAME]: component.info.id, [Labels.INSTANCE]: component.name };
  new KubeService(component, 'http-service', {
    metadata: { name: component.name, namespace: component.namespace, labels: { ...selector, [Labels.PRODUCT]: component.info.product.id } },
    spec: { selector, ports: [servicePort] },
  });
}
