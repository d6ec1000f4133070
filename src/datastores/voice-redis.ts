import { Construct } from 'constructs';
import { CONSUL_FACTS, VOICE_REDIS } from '../catalog/data/data-stores';
import { ClusterChart, Labels, ManifestFile, addChecks, problem } from '../core';
import { checkArguments } from './argument-checks';
import { CredentialFormat, RedisBinding, RedisCluster } from './redis';
import { SecretReference } from './secret-reference';
import { isIpv4 } from './versions';
import { checkProps } from '../core/check-props';
import { KubeEndpoints, KubeService } from '../core/k8s';
import { SynthProblemsError } from '../core/problems';

const VOICE_NAMESPACE = 'voice';

/** Options of the Voice Redis registration. */
export interface VoiceRedisProps {
  /** The Redis store that holds all nine Voice Redis services, unless `clusters` says otherwise. */
  readonly cluster: RedisCluster;
  /**
   * Stores for individual Voice Redis services, by name (e.g. `redis-ors-stream`).
   *
   * @default - every service in `cluster`
   */
  readonly clusters?: Record<string, RedisCluster>;
}

/**
 * The nine Voice Redis services registered in Consul (000 §2.2): for each, a headless Service and
 * an Endpoints object in namespace `voice`, annotated for Consul catalog sync, pointing at its
 * store. A store given by host name instead of IP address gets an ExternalName Service, since
 * Endpoints hold only IP addresses.
 *
 * Each service's credentials are read from the guide's Secret (`redis-agent-token`, ...), which
 * must exist in namespace `voice`; the library never writes its value.
 */
export class VoiceRedis extends Construct {
  /** The nine names of 000 §2.2. */
  public static names(): string[] {
    return VOICE_REDIS.map((r) => r.name);
  }

  private readonly stores = new Map<string, RedisCluster>();

  /**
   * @param scope the unit
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: VoiceRedisProps) {
    checkProps(scope, 'VoiceRedisProps', props, id);
    super(scope, id);
    ManifestFile.assign(this, ManifestFile.INFRASTRUCTURE);
    ClusterChart.enclosing(this).useNamespace(VOICE_NAMESPACE);
    const unknown = Object.keys(props.clusters ?? {}).filter((name) => !VoiceRedis.names().includes(name));
    addChecks(this, () =>
      unknown.map((name) =>
        problem(`"${name}" is not one of the Voice Redis services`, `use one of: ${VoiceRedis.names().join(', ')}`, '000 §2.2'),
      ),
    );

    for (const fact of VOICE_REDIS) {
      const store = props.clusters?.[fact.name] ?? props.cluster;
      this.stores.set(fact.name, store);
      store.bind(VOICE_NAMESPACE, fact.name, SecretReference.of(fact.secretName, fact.secretKey), CredentialFormat.VOICE_JSON);
      this.register(fact.name, store);
    }
  }

  /**
   * The binding of one Voice Redis service, for a service in namespace `voice`: its credentials are
   * the Voice guide's Secret there (`redis-tenant-token`, ...). A service in another namespace
   * (GES, Interaction Server) uses `crossNamespaceBinding` instead.
   *
   * @param name one of the nine names of 000 §2.2: `redis-agent-state`, `redis-call-state`,
   * `redis-config-state`, `redis-ors-state`, `redis-ors-stream`, `redis-registrar-state`,
   * `redis-rq-state`, `redis-sip-state`, `redis-tenant-stream` (the Tenant Service's)
   */
  public binding(name: string): RedisBinding {
    const fact = VOICE_REDIS.find((r) => r.name === name);
    const store = this.stores.get(name);
    if (!fact || !store) {
      throw new SynthProblemsError([
        `[${this.node.path}] ${problem(`VoiceRedis: no Voice Redis service "${name}"`, `ask for one of the nine: ${VoiceRedis.names().join(', ')}`, '000 §2.2')}`,
      ]);
    }
    return {
      name,
      host: `${name}.${VOICE_NAMESPACE}.svc.cluster.local`,
      port: store.port,
      tls: store.tls,
      clusterMode: store.clusterMode,
      credentials: SecretReference.of(fact.secretName, fact.secretKey),
    };
  }

  /**
   * A binding to a Voice Redis service for a service outside namespace `voice`, which uses it by
   * design: GES writes callbacks to the ORS stream (001 §2.4 #11) and Interaction Server uses "the
   * same Redis for ORS and IXN Server" (004 §2.1). Secrets are namespace-scoped, so the consumer
   * reads the credentials from its own copy (003 §6.3).
   *
   * @param name the Voice Redis service, e.g. `redis-ors-stream`
   * @param credentials the Secret key in the consumer's namespace
   * @param namespace the consumer's namespace (`ges`, `ixn`): give it when the store is provisioned
   * (`RedisCluster.managed`), so that the Terraform creates the Secret there too; without it the Secret
   * must exist already
   */
  public crossNamespaceBinding(name: string, credentials: SecretReference, namespace?: string): RedisBinding {
    checkArguments(this, 'VoiceRedis.crossNamespaceBinding', [
      // Left out, the consuming service reports what it reads instead (GES: 001 §3.3).
      { name: 'credentials', value: credentials, kind: 'SecretReference', optional: true },
      { name: 'namespace', value: namespace, kind: 'string', optional: true },
    ]);
    if (namespace) this.stores.get(name)?.recordCredentials(namespace, credentials, CredentialFormat.ORS_STREAM_JSON);
    return { ...this.binding(name), credentials };
  }

  private register(name: string, store: RedisCluster): void {
    const metadata = {
      name,
      namespace: VOICE_NAMESPACE,
      labels: { [Labels.NAME]: name, [Labels.PRODUCT]: 'voice' },
      annotations: { [CONSUL_FACTS.syncAnnotation]: 'true' },
    };
    if (!isIpv4(store.address)) {
      new KubeService(this, name, { metadata, spec: { type: 'ExternalName', externalName: store.address } });
      return;
    }
    new KubeService(this, name, { metadata, spec: { clusterIp: 'None' } });
    new KubeEndpoints(this, `${name}-endpoints`, {
      metadata: { name, namespace: VOICE_NAMESPACE, labels: metadata.labels },
      subsets: [{ addresses: [{ ip: store.address }], ports: [{ port: store.port, name: 'redisport', protocol: 'TCP' }] }],
    });
  }
}
