import { Construct } from 'constructs';
import { VoiceService } from './voice-service';
import { VoiceServiceProps } from './voice-service-props';
import { KubernetesPlatform, StorageRole } from '../../catalog';
import { SIP_CLUSTER_FACTS } from '../../catalog/data/voice-profiles';
import { ClusterChart, addChecks, problem } from '../../core';
import { checkProps } from '../../core/check-props';
import { isIpv4 } from '../../datastores/versions';
import { Platform } from '../../platform';

/** Where the SIP Server's traditional logs go (000 §1.1, §3.1). */
export enum SipLogStorage {
  /** The node's disk, a HostPath (`/mnt/log`, `volumes.log.volumePath`): AKS only, GKE gives no hostPath (003 §4.3). */
  NODE_LOCAL = 'node-local',
  /** A ReadWriteMany claim, `sip-log-pvc`, that the chart creates and every SIP Cluster pod shares. */
  SHARED_CLAIM = 'shared-claim',
}

/** Options of the Voice SIP Cluster Service. */
export interface VoiceSipClusterProps extends VoiceServiceProps {
  /** The unit's platform: decides node-local storage and the storage class of the log claim. */
  readonly platform: Platform;
  /**
   * Address of the cluster DNS service, which SIP Server uses (`context.envs.dnsServer`). The
   * chart default, 10.0.0.10, is AKS's default kube-dns address; GKE's differs per cluster, so on
   * GKE it must be given: the kube-dns Service's ClusterIP, the tenth address of the cluster's
   * services range. For a cluster `GroupTerraform` provisions, that is
   * `clusterDnsAddress(group.units.indexOf(unit))` (10.(201+n).0.10 for the n-th unit, counting from
   * 0), and the Terraform checks it.
   *
   * @default '10.0.0.10' on AKS; required on GKE
   */
  readonly dnsServer?: string;
  /** SBC address (`context.envs.sbcAddress`, charts 100.0.100.0009 and later). @default '' */
  readonly sbcAddress?: string;
  /** Use the shared trunks configured in SIPNode (`enableSharedTrunk`). @default true */
  readonly enableSharedTrunk?: boolean;
  /** Use the shared softswitches configured in SIPNode (`enableSharedSoftswitch`). @default true */
  readonly enableSharedSoftswitch?: boolean;
  /**
   * Log storage. GKE nodes give no hostPath access (003 §4.3), and the chart documents only a
   * hostPath (`volumes.log.volumePath`) for node-local logs, so GKE units keep them on the shared claim.
   *
   * @default - SipLogStorage.NODE_LOCAL on AKS, SipLogStorage.SHARED_CLAIM on GKE
   */
  readonly logStorage?: SipLogStorage;
  /**
   * Forward the legacy SIPS logs to standard output through the `sips-logging-sidecar` container
   * (`sipsLoggingSidecar.enabled`, 000 §3.1).
   *
   * @default false (the chart's default)
   */
  readonly forwardSipsLogs?: boolean;
  /** Registry of the Fluent Bit logging sidecar image. @default - the service's image registry */
  readonly loggingSidecarRegistry?: string;
  /** Tag of the Fluent Bit logging sidecar image. @default '1.6.1' (000 §3.1) */
  readonly loggingSidecarTag?: string;
}

/**
 * The Voice SIP Cluster Service (`voice-sip`, 000 §0): a StatefulSet on the real-time pool,
 * 500m/1Gi to 1500m/4Gi, autoscaled at 50/50, with the cluster DNS address SIP Server needs, its
 * log volumes and its logging sidecars (000 §3.1, §3.2).
 */
export class VoiceSipCluster extends VoiceService {
  /** The cluster DNS address SIP Server is given (`context.envs.dnsServer`); empty when none was given on GKE. */
  public readonly dnsServer: string;

  /**
   * @param scope the unit
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: VoiceSipClusterProps) {
    checkProps(scope, 'VoiceSipClusterProps', props, id);
    const gke = props.platform.kind === KubernetesPlatform.GKE;
    const dnsServer = props.dnsServer ?? (gke ? '' : SIP_CLUSTER_FACTS.defaultDnsServer);
    const sidecar = sidecarImage(props, ClusterChart.enclosing(scope).imageRegistry);
    super(scope, id, 'voice-sip', props, {
      values: {
        context: {
          envs: {
            dnsServer,
            sbcAddress: props.sbcAddress ?? '',
            enableSharedTrunk: props.enableSharedTrunk ?? true,
            enableSharedSoftswitch: props.enableSharedSoftswitch ?? true,
          },
        },
        volumes: logVolumes(props),
        loggingSidecar: { enabled: true, image: sidecar },
        sipsLoggingSidecar: { enabled: props.forwardSipsLogs ?? false, ...(props.forwardSipsLogs ? { image: sidecar } : {}) },
      },
    });
    this.dnsServer = dnsServer;
    const logProblems = () => (gke && logStorageOf(props) === SipLogStorage.NODE_LOCAL
      ? [problem('voice-sip: node-local SIP Server logs are a hostPath (volumes.log.volumePath), which GKE nodes do not give', 'use logStorage: SipLogStorage.SHARED_CLAIM, the default on GKE', '003 §4.3')]
      : []);
    const dnsProblems = () => {
      if (isIpv4(dnsServer)) return [];
      return [
        gke && props.dnsServer === undefined
          ? problem('voice-sip: dnsServer is required on GKE, where the cluster DNS address differs per cluster', 'give the kube-dns Service address (kubectl -n kube-system get svc kube-dns); for a cluster GroupTerraform provisions, that is clusterDnsAddress(group.units.indexOf(unit)), the tenth address of the unit\'s services range', '000 §8.3')
          : problem(`voice-sip: dnsServer "${dnsServer}" is not an IPv4 address`, 'give the cluster DNS Service address, e.g. "10.0.0.10"', '000 §3.2'),
      ];
    };
    addChecks(this, () => [...dnsProblems(), ...logProblems()]);
  }
}

/** The log storage: the user's, else node-local on AKS and the shared claim on GKE (003 §4.3). */
function logStorageOf(props: VoiceSipClusterProps): SipLogStorage {
  return props.logStorage ?? (props.platform.kind === KubernetesPlatform.GKE ? SipLogStorage.SHARED_CLAIM : SipLogStorage.NODE_LOCAL);
}

/**
 * The SIP Server log volumes (000 §3.1, §3.2): traditional logs on the node's disk
 * (`volumes.log.volumePath`) or on a shared claim the chart creates (`volumes.pvcLog`); JSON logs
 * on an emptyDir, read by the logging sidecar; legacy SIPS logs on an ephemeral volume.
 */
function logVolumes(props: VoiceSipClusterProps): { [key: string]: any } {
  const shared = logStorageOf(props) === SipLogStorage.SHARED_CLAIM;
  return {
    pvcLog: shared
      ? { create: true, claim: SIP_CLUSTER_FACTS.logClaimName, storageClass: props.platform.storageClass(StorageRole.RWX_REDUNDANT).name }
      : { create: false },
    pvcJsonLog: { create: false },
    log: shared
      ? { mountPath: SIP_CLUSTER_FACTS.logMountPath }
      : { mountPath: SIP_CLUSTER_FACTS.logMountPath, volumePath: SIP_CLUSTER_FACTS.logHostPath },
    jsonLog: { emptyDir: true, mountPath: SIP_CLUSTER_FACTS.jsonLogMountPath },
    sipsLog: { mountPath: SIP_CLUSTER_FACTS.sipsLogMountPath },
  };
}

/** The Fluent Bit image of the logging sidecars, from the unit's registry (003 §7.2: mirror every image). */
function sidecarImage(props: VoiceSipClusterProps, unitRegistry: string): { [key: string]: string } {
  return {
    registry: props.loggingSidecarRegistry ?? props.imageRegistry ?? unitRegistry,
    repository: SIP_CLUSTER_FACTS.loggingSidecarRepository,
    tag: props.loggingSidecarTag ?? SIP_CLUSTER_FACTS.loggingSidecarTag,
  };
}
