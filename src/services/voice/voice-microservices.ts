import { Construct } from 'constructs';
import { VoiceAgentState } from './agent-state';
import { VoiceCallState } from './call-state';
import { VoiceConfig } from './config';
import { VoiceDialPlan } from './dial-plan';
import { VoiceFrontEnd } from './front-end';
import { VoiceOrchestration } from './orchestration';
import { VoiceRedisQueue } from './redis-queue';
import { VoiceRegistrar } from './registrar';
import { SipLogStorage, VoiceSipCluster } from './sip-cluster';
import { VoiceSipProxy } from './sip-proxy';
import { VoiceService } from './voice-service';
import { VoiceAutoscalingProps, VoiceServiceProps } from './voice-service-props';
import { VoicemailAzureBlobProps, VoicemailFileSystemProps, VoicemailS3Props, VoicemailTenant, VoiceVoicemail } from './voicemail';
import { VOICE_REDIS } from '../../catalog/data/data-stores';
import { ResourceLimits } from '../../core';
import { checkProps } from '../../core/check-props';
import { KafkaCluster, SecretReference, VoiceRedis } from '../../datastores';
import { Platform } from '../../platform';

/** Per-service overrides of `VoiceMicroservices`; unset fields keep the defaults. */
export interface VoiceServiceOverrides {
  /** Image version. @default - `VoiceMicroservicesProps.version` */
  readonly version?: string;
  /** Chart version. @default - the catalogue's */
  readonly chartVersion?: string;
  /** Your own values for this service's chart, deep-merged over the computed ones. @default - none */
  readonly values?: { [key: string]: any };
  /** Replicas (RQ and SIP Proxy, or with `disableAutoscaling`). @default 3 */
  readonly replicas?: number;
  /** Autoscaling settings. @default - the guide's */
  readonly autoscaling?: VoiceAutoscalingProps;
  /** Turn the guide's autoscaler off. @default false */
  readonly disableAutoscaling?: boolean;
  /** Requests and limits. @default - the guide's */
  readonly resources?: ResourceLimits;
}

/** Voicemail settings of `VoiceMicroservices`; give exactly one storage. */
export interface VoicemailOptions {
  /** GWS base URL, e.g. `https://gws.example.com/auth/v3`. */
  readonly gwsBaseUrl: string;
  /**
   * The tenants the unit serves, homed or backed up here (`group.tenantsOf(unit)`): Voicemail's
   * tenants list.
   */
  readonly tenants: VoicemailTenant[];
  /** FileSystem storage. @default - not this option */
  readonly fileSystem?: VoicemailFileSystemProps;
  /** Azure Blob storage. @default - not this option */
  readonly azureBlob?: VoicemailAzureBlobProps;
  /** AWS S3 storage. @default - not this option */
  readonly s3?: VoicemailS3Props;
}

/** SIP Cluster settings of `VoiceMicroservices`. */
export interface SipClusterOptions {
  /**
   * Cluster DNS address: the kube-dns Service's ClusterIP. On GKE it differs per cluster; for a
   * cluster `GroupTerraform` provisions it is `clusterDnsAddress(group.units.indexOf(unit))`, the
   * tenth address of the unit's services range (see `VoiceSipClusterProps.dnsServer`).
   *
   * @default '10.0.0.10' on AKS; required on GKE
   */
  readonly dnsServer?: string;
  /** SBC address. @default '' */
  readonly sbcAddress?: string;
  /** Use the shared trunks configured in SIPNode (`context.envs.enableSharedTrunk`, 000 §3.2). @default true */
  readonly enableSharedTrunk?: boolean;
  /** Use the shared softswitches configured in SIPNode (`context.envs.enableSharedSoftswitch`, 000 §3.2). @default true */
  readonly enableSharedSoftswitch?: boolean;
  /** Log storage. @default SipLogStorage.NODE_LOCAL */
  readonly logStorage?: SipLogStorage;
}

/** Options of the whole Voice Microservices set. */
export interface VoiceMicroservicesProps {
  /** The unit's platform (`unit.platform`). */
  readonly platform: Platform;
  /** Image version for every service, unless overridden. */
  readonly version: string;
  /** The Voice Redis services (000 §2.2). */
  readonly redis: VoiceRedis;
  /** Kafka (000 §2.3). */
  readonly kafka: KafkaCluster;
  /** Voicemail settings. */
  readonly voicemail: VoicemailOptions;
  /** SIP Cluster settings. @default - AKS DNS default, node-local logs */
  readonly sipCluster?: SipClusterOptions;
  /** The Consul ACL token. @default - `consul-voice-token` (000 §2.4) */
  readonly consulToken?: SecretReference;
  /** Image registry. @default - the unit's */
  readonly imageRegistry?: string;
  /** Per-service overrides, by release name (`voice-ors`, ...). @default - none */
  readonly services?: Record<string, VoiceServiceOverrides>;
}

/**
 * The eleven Voice Microservices in namespace `voice`, each wired to the Redis services and Kafka it
 * uses (000 §2.2, §2.3) and to the Consul token, with the guide's defaults.
 */
export class VoiceMicroservices extends Construct {
  /** The services, by release name. */
  public readonly services: Record<string, VoiceService> = {};
  /** The SIP Proxy, whose name SBCs resolve. */
  public readonly sipProxy: VoiceSipProxy;

  /**
   * @param scope the unit
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: VoiceMicroservicesProps) {
    checkProps(scope, 'VoiceMicroservicesProps', props, id);
    super(scope, id);
    const unknown = Object.keys(props.services ?? {}).filter((k) => !RELEASES.includes(k));
    if (unknown.length > 0) {
      throw new Error(`VoiceMicroservices: no Voice service ${unknown.map((u) => `"${u}"`).join(', ')}; the release names are ${RELEASES.join(', ')}`);
    }
    const common = (release: string): VoiceServiceProps => {
      const o = props.services?.[release] ?? {};
      const role = KafkaCluster.roleOf(release);
      return {
        version: o.version ?? props.version,
        chartVersion: o.chartVersion,
        values: o.values,
        imageRegistry: props.imageRegistry,
        replicas: o.replicas,
        autoscaling: o.autoscaling,
        disableAutoscaling: o.disableAutoscaling,
        resources: o.resources,
        consulToken: props.consulToken,
        redis: VOICE_REDIS.filter((r) => r.consumers.includes(release)).map((r) => props.redis.binding(r.name)),
        kafka: role.produces || role.consumes ? props.kafka.binding : undefined,
      };
    };
    const add = (service: VoiceService) => (this.services[service.name] = service);
    add(new VoiceAgentState(this, 'voice-agent', common('voice-agent')));
    add(new VoiceCallState(this, 'voice-callthread', common('voice-callthread')));
    add(new VoiceConfig(this, 'voice-config', common('voice-config')));
    add(new VoiceDialPlan(this, 'voice-dialplan', common('voice-dialplan')));
    add(new VoiceFrontEnd(this, 'voice-sipfe', common('voice-sipfe')));
    add(new VoiceOrchestration(this, 'voice-ors', common('voice-ors')));
    add(new VoiceRegistrar(this, 'voice-registrar', common('voice-registrar')));
    add(new VoiceRedisQueue(this, 'voice-rq', common('voice-rq')));
    add(new VoiceSipCluster(this, 'voice-sip', { ...common('voice-sip'), ...props.sipCluster, platform: props.platform }));
    this.sipProxy = new VoiceSipProxy(this, 'voice-sipproxy', common('voice-sipproxy'));
    add(this.sipProxy);
    add(new VoiceVoicemail(this, 'voice-voicemail', { ...common('voice-voicemail'), ...props.voicemail, platform: props.platform }));
  }
}

const RELEASES = [
  'voice-agent',
  'voice-callthread',
  'voice-config',
  'voice-dialplan',
  'voice-sipfe',
  'voice-ors',
  'voice-registrar',
  'voice-rq',
  'voice-sip',
  'voice-sipproxy',
  'voice-voicemail',
];
