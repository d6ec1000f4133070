import { ResourceLimits } from '../../core';
import { KafkaBinding, RedisBinding, SecretReference } from '../../datastores';

/** Autoscaling of a Voice service; unset fields keep the guide's defaults. */
export interface VoiceAutoscalingProps {
  /** Fewest replicas. @default 3 (003 §2.2 recommends at least three pods per service) */
  readonly minReplicas?: number;
  /** Most replicas. @default 10 (`deployment.maxReplicas`, 000 §3.2) */
  readonly maxReplicas?: number;
  /** Target CPU utilisation, percent. @default - 60, or 50 for ORS and SIP Cluster (000 §3.1) */
  readonly cpuUtilization?: number;
  /** Target memory utilisation, percent. @default - 60, or 50 for ORS and SIP Cluster (000 §3.1) */
  readonly memoryUtilization?: number;
}

/** Options every Voice service construct takes. */
export interface VoiceServiceProps {
  /** Image version (the guides' `--set version=`), e.g. `100.0.100.0003`. */
  readonly version: string;
  /** Image registry. @default - the unit's */
  readonly imageRegistry?: string;
  /**
   * The Redis services the service uses, from `VoiceRedis.binding(...)` (000 §2.2). A binding the
   * service does not use, or a missing one, is an error.
   *
   * @default - none
   */
  readonly redis?: RedisBinding[];
  /** Kafka, for the services that produce or consume (000 §2.3). @default - none */
  readonly kafka?: KafkaBinding;
  /** The Consul ACL token every Voice chart mounts (000 §2.4). @default - `consul-voice-token` */
  readonly consulToken?: SecretReference;
  /**
   * Replicas, for services the guide does not autoscale (RQ, SIP Proxy), or with
   * `disableAutoscaling`.
   *
   * @default 3 (003 §2.2)
   */
  readonly replicas?: number;
  /** Autoscaling settings; an error for RQ and SIP Proxy, whose guide disables autoscaling. @default - the guide's */
  readonly autoscaling?: VoiceAutoscalingProps;
  /** Turn off the autoscaler the guide enables, and run `replicas` pods. @default false */
  readonly disableAutoscaling?: boolean;
  /** Requests and limits. @default - the guide's (000 §3.1) */
  readonly resources?: ResourceLimits;
  /** Chart version. @default - the catalogue's (the vendor's published chart version) */
  readonly chartVersion?: string;
  /**
   * Your own values for the service's chart, deep-merged over those the library computes (arrays
   * replace, `null` removes a key). A key the chart does not take is a problem naming the chart and
   * the key.
   *
   * @default - none
   */
  readonly values?: { [key: string]: any };
}
