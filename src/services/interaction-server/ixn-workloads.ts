import { InteractionServerProps } from './interaction-server-props';
import { IXN_IDS, IxnNames, ixnSid } from './ixn-names';
import { IXN_VOLUMES, ixnPort, kafkaCredentials, nodeMounts, serverMounts, serverPodConfig, serverPodVolumes, vqNodePodConfig } from './ixn-wiring';
import {
  IXN_CONSUL,
  IXN_CONTAINERS,
  IXN_JVM_OPTIONS,
  IXN_LOG_SIDECAR_TAG,
  IXN_LOG_STORAGE,
  IXN_PROBES,
  IXN_REPLICAS,
  IXN_SECRETS,
} from '../../catalog/data/interaction-server-facts';
import { GenesysContainerProps, GenesysServiceProps, Labels, ServiceProbe, ServiceVolume, WorkloadKind } from '../../core';

/*
 * Probes: the guide gives their timing but no paths (004 §1.4), so each container is probed with a TCP
 * connect on the port it serves: IXN Server on the IXN protocol port, which opens once it has its
 * configuration; IXN Node on its port; VQ Node on its protocol port.
 */

/** Where the sidecar reads its configuration. */
const FLUENT_BIT_CONFIG_PATH = '/fluent-bit/etc';

/**
 * The Interaction Server pod (004 §1.1): a StatefulSet `ixn-<sid>-sts` with the IXN Server and IXN
 * Node containers (and the log sidecar), the Service and Consul service `ixn-server-<sid>`, the
 * service account of the same name, the Consul upstreams to the Voice Config Service and the
 * tenant's Configuration Server, the guide's probe timing and JVM options.
 */
export function serverWorkloadProps(props: InteractionServerProps, names: IxnNames): GenesysServiceProps {
  const tags = props.imageTags ?? {};
  const image = (repository: string, tag?: string) => ({ repository, tag: tag ?? props.version, registry: props.imageRegistry });
  const serverPort = ixnPort(IXN_IDS.server, 'server-default');
  const nodePort = ixnPort(IXN_IDS.server, 'node-default');
  const containers: GenesysContainerProps[] = [
    {
      name: IXN_CONTAINERS.server.name,
      image: image(IXN_CONTAINERS.server.repository, tags.server),
      resources: props.serverResources ?? IXN_CONTAINERS.server.resources,
      portNames: IXN_CONTAINERS.server.portNames,
      liveness: ServiceProbe.tcp(serverPort, IXN_PROBES.liveness),
      readiness: ServiceProbe.tcp(serverPort, IXN_PROBES.readiness),
      startup: ServiceProbe.tcp(serverPort, IXN_PROBES.serverStartup),
      env: { [IXN_JVM_OPTIONS.envName]: (props.jvmOptions ?? IXN_JVM_OPTIONS.options).join(' ') },
      envFromConfigMap: true,
      volumeMounts: serverMounts(),
    },
    {
      name: IXN_CONTAINERS.node.name,
      image: image(IXN_CONTAINERS.node.repository, tags.node),
      resources: props.nodeResources ?? IXN_CONTAINERS.node.resources,
      portNames: IXN_CONTAINERS.node.portNames,
      liveness: ServiceProbe.tcp(nodePort, IXN_PROBES.liveness),
      readiness: ServiceProbe.tcp(nodePort, IXN_PROBES.readiness),
      envFromConfigMap: true,
      volumeMounts: nodeMounts(),
    },
  ];
  if (props.logSidecar) {
    const sidecar = IXN_CONTAINERS.logSidecar;
    containers.push({
      name: sidecar.name,
      image: image(props.logSidecar.imageRepository ?? sidecar.repository, props.logSidecar.version ?? IXN_LOG_SIDECAR_TAG),
      resources: sidecar.resources,
      portNames: sidecar.portNames,
      volumeMounts: [
        { volume: IXN_VOLUMES.logs, mountPath: IXN_LOG_STORAGE.mountPath, readOnly: true },
        { volume: IXN_VOLUMES.logSidecarConfig, mountPath: FLUENT_BIT_CONFIG_PATH },
      ],
    });
  }
  return {
    serviceId: IXN_IDS.server,
    name: names.serverWorkload,
    serviceName: names.serverService,
    instance: names.release,
    workloadKind: WorkloadKind.STATEFUL_SET,
    replicas: props.replicas ?? IXN_REPLICAS.default,
    serviceAccountName: names.serverService,
    podLabels: { [Labels.TENANT]: props.tenantShortId },
    podAnnotations: {
      [IXN_CONSUL.serviceTagsAnnotation]: IXN_CONSUL.serviceTags,
      [IXN_CONSUL.tenantIdAnnotation]: props.tenantId,
      [IXN_CONSUL.tenantSidAnnotation]: ixnSid(props.tenantShortId),
    },
    mesh: {
      servicePort: IXN_CONSUL.serverServicePort,
      upstreams: [
        `${IXN_CONSUL.configNodeUpstream}:${IXN_CONSUL.configNodeLocalPort}`,
        `${IXN_CONSUL.configServerUpstreamPrefix}${props.tenantId}:${IXN_CONSUL.configServerLocalPort}`,
      ],
    },
    configData: serverPodConfig(props),
    volumes: serverPodVolumes(props),
    containers,
  };
}

/**
 * The VQ Node pod (004 §1.1): a Deployment `ixn-<sid>-vqnode-deploy`, Service, Consul service and
 * service account `ixn-vqnode-<sid>`, with the Kafka Secret at the sample's path.
 */
export function vqNodeWorkloadProps(props: InteractionServerProps, names: IxnNames): GenesysServiceProps {
  const port = ixnPort(IXN_IDS.vqNode, 'vqnode-default');
  const vq = IXN_CONTAINERS.vqNode;
  return {
    serviceId: IXN_IDS.vqNode,
    name: names.vqNodeWorkload,
    serviceName: names.vqNodeService,
    instance: names.release,
    replicas: props.replicas ?? IXN_REPLICAS.default,
    serviceAccountName: names.vqNodeService,
    podLabels: { [Labels.TENANT]: props.tenantShortId },
    mesh: { servicePort: IXN_CONSUL.vqNodeServicePort },
    configData: vqNodePodConfig(props),
    volumes: [ServiceVolume.fromSecret(IXN_VOLUMES.kafka, kafkaCredentials(props).secretName)],
    containers: [
      {
        name: vq.name,
        image: { repository: vq.repository, tag: props.imageTags?.vqNode ?? props.version, registry: props.imageRegistry },
        resources: props.vqNodeResources ?? vq.resources,
        portNames: vq.portNames,
        liveness: ServiceProbe.tcp(port, IXN_PROBES.liveness),
        readiness: ServiceProbe.tcp(port, IXN_PROBES.readiness),
        envFromConfigMap: true,
        volumeMounts: [{ volume: IXN_VOLUMES.kafka, mountPath: IXN_SECRETS.kafkaMountPath }],
      },
    ],
  };
}
