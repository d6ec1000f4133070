import { Construct } from 'constructs';
import { VoiceService } from './voice-service';
import { VoiceServiceProps } from './voice-service-props';
import { KubernetesPlatform, StorageRole } from '../../catalog';
import { SIP_CLUSTER_FACTS } from '../../catalog/data/voice-profiles';
import { ServiceVolume, VolumeClaim, addChecks, problem } from '../../core';
import { checkProps } from '../../core/check-props';
import { isIpv4 } from '../../datastores/versions';
import { Platform } from '../../platform';

/** Where the SIP Server's traditional logs go (000 §1.1, §3.1). */
export enum SipLogStorage {
  /** The node's disk: a HostPath (`/mnt/log`) on AKS, an emptyDir on GKE (003 §4.3). */
  NODE_LOCAL = 'node-local',
  /** A 50Gi ReadWriteMany claim, `sip-log-pvc`, shared by every SIP Cluster pod. */
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
  /** Log storage. @default SipLogStorage.NODE_LOCAL */
  readonly logStorage?: SipLogStorage;
}

/**
 * The Voice SIP Cluster Service (`voice-sip`, 000 §0): a StatefulSet on the real-time pool,
 * 500m/1Gi to 1500m/4Gi, autoscaled at 50/50, with the SIP Server log volume and the cluster DNS
 * address SIP Server needs.
 */
export class VoiceSipCluster extends VoiceService {
  /** The log claim, with `SipLogStorage.SHARED_CLAIM`. */
  public readonly logClaim?: VolumeClaim;
  /** The cluster DNS address SIP Server is given (`context.envs.dnsServer`); empty when none was given on GKE. */
  public readonly dnsServer: string;

  /**
   * @param scope the unit
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: VoiceSipClusterProps) {
    checkProps(scope, 'VoiceSipClusterProps', props, id);
    const storage = props.logStorage ?? SipLogStorage.NODE_LOCAL;
    const gke = props.platform.kind === KubernetesPlatform.GKE;
    const dnsServer = props.dnsServer ?? (gke ? '' : SIP_CLUSTER_FACTS.defaultDnsServer);
    const logVolume =
      storage === SipLogStorage.SHARED_CLAIM
        ? ServiceVolume.fromPersistentVolumeClaim('log', 'sip-log-pvc')
        : props.platform.nodeLocalVolume('log', SIP_CLUSTER_FACTS.logHostPath);
    super(scope, id, 'voice-sip', props, {
      configData: {
        DNS_SERVER: dnsServer,
        SBC_ADDRESS: props.sbcAddress ?? '',
        ENABLE_SHARED_TRUNK: String(props.enableSharedTrunk ?? true),
        ENABLE_SHARED_SOFTSWITCH: String(props.enableSharedSoftswitch ?? true),
      },
      volumes: [logVolume],
      volumeMounts: [{ volume: 'log', mountPath: SIP_CLUSTER_FACTS.logMountPath }],
    });
    this.dnsServer = dnsServer;
    if (storage === SipLogStorage.SHARED_CLAIM) {
      const rwx = props.platform.storageClass(StorageRole.RWX_REDUNDANT);
      this.logClaim = new VolumeClaim(this, 'log-claim', {
        name: 'sip-log-pvc',
        namespace: this.namespace,
        storageClassName: rwx.name,
        size: SIP_CLUSTER_FACTS.logClaimSize,
        readWriteMany: true,
        appName: 'voice-sip',
      });
    }
    addChecks(this, () => {
      if (isIpv4(dnsServer)) return [];
      return [
        gke && props.dnsServer === undefined
          ? problem('voice-sip: dnsServer is required on GKE, where the cluster DNS address differs per cluster', 'give the kube-dns Service address (kubectl -n kube-system get svc kube-dns); for a cluster GroupTerraform provisions, that is clusterDnsAddress(group.units.indexOf(unit)), the tenth address of the unit\'s services range', '000 §8.3')
          : problem(`voice-sip: dnsServer "${dnsServer}" is not an IPv4 address`, 'give the cluster DNS Service address, e.g. "10.0.0.10"', '000 §3.2'),
      ];
    });
  }
}
