import { Construct } from 'constructs';
import { KafkaRoleFact } from '../catalog';
import { DATA_STORE_REQUIREMENTS, KAFKA_ROLES, KAFKA_SECRET } from '../catalog/data/data-stores';
import { addChecks, problem } from '../core';
import { SecretReference } from './secret-reference';
import { isHost, majorVersion } from './versions';
import { checkProps } from '../core/check-props';

/** What a service receives to reach Kafka. */
export interface KafkaBinding {
  /** Bootstrap servers, `host:port,host:port`. */
  readonly bootstrap: string;
  /** True when connections use TLS. */
  readonly tls: boolean;
  /**
   * The Secret key holding the connection JSON `{"bootstrap": ..., "username": ..., "password": ...}`
   * (000 §2.3: Secret `kafka-secrets-token`, key `kafka-secrets`).
   */
  readonly credentials: SecretReference;
}

/** A Kafka cluster the services use as their message bus. */
export interface KafkaClusterProps {
  /** Bootstrap servers as `host:port`, e.g. `infra-kafka-cp-kafka.infra.svc.cluster.local:9092`. */
  readonly bootstrapServers: string[];
  /** Kafka version, e.g. `2.8`. The guides require 2.x (003 §3.3). */
  readonly version: string;
  /** TLS on connections (supported by the Tenant Service, 000 §2.1). @default true */
  readonly tls?: boolean;
  /**
   * The Secret key with the connection JSON, in every consuming namespace.
   *
   * @default - the Voice guide's `kafka-secrets-token` / `kafka-secrets`
   */
  readonly credentials?: SecretReference;
}

/** A Kafka cluster, checked against 003's version requirement. */
export class KafkaCluster extends Construct {
  /** Which catalogue services produce and consume (000 §2.3). */
  public static roleOf(serviceId: string): KafkaRoleFact {
    return KAFKA_ROLES.find((r) => r.service === serviceId) ?? { service: serviceId, produces: false, consumes: false, source: '000 §2.3' };
  }

  /** The binding every Kafka client receives. */
  public readonly binding: KafkaBinding;

  /**
   * @param scope the unit
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: KafkaClusterProps) {
    checkProps(scope, 'KafkaClusterProps', props, id);
    super(scope, id);
    this.binding = {
      bootstrap: props.bootstrapServers.join(','),
      tls: props.tls ?? true,
      credentials: props.credentials ?? SecretReference.of(KAFKA_SECRET.name, KAFKA_SECRET.key),
    };
    addChecks(this, () => {
      const req = DATA_STORE_REQUIREMENTS.kafka;
      const found: string[] = [];
      if (majorVersion(props.version) !== req.majorVersion) {
        found.push(problem(`Kafka "${id}": version ${props.version} is not 2.x, which private edition requires`, 'use Kafka 2.x', req.source));
      }
      if (props.bootstrapServers.length === 0) {
        found.push(problem(`Kafka "${id}": no bootstrap servers`, 'give at least one host:port'));
      }
      for (const server of props.bootstrapServers) {
        const [host, port] = server.split(':');
        if (!host || !isHost(host) || !/^\d+$/.test(port ?? '')) {
          found.push(problem(`Kafka "${id}": bootstrap server "${server}" is not host:port`, 'write it like "kafka-0.infra.svc.cluster.local:9092"'));
        }
      }
      return found;
    });
  }
}
