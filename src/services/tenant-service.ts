import { Construct } from 'constructs';
import { Catalog } from '../catalog';
import { GenesysService, Labels, ResourceLimits, ServiceProbe, WorkloadKind, addChecks, problem } from '../core';
import { checkProps } from '../core/check-props';
import { ConsulSettings, KafkaBinding, PostgresBinding, RedisBinding, SecretReference } from '../datastores';
import { wireBindings } from './shared/binding-wiring';
import { requireOptions, tenantChecksDone } from '../core/problems';

/** The guides give no resources for the Tenant Service; it runs the tenant's call models, so it gets ORS's (000 §3.1). */
const TENANT_RESOURCES: ResourceLimits = { cpuRequest: '500m', cpuLimit: '1500m', memoryRequest: '1Gi', memoryLimit: '4Gi' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Options of one tenant's Tenant Service. */
export interface TenantServiceProps {
  /** The tenant's id, a UUID; the service is named `tenant-<id>` as other guides call it (002 §2.2, 004 §1.3). */
  readonly tenantId: string;
  /** The tenant's short id, e.g. `t100`. */
  readonly shortId: string;
  /** Image version. */
  readonly version: string;
  /** Image repository. The guides do not name it. @default 'tenant' */
  readonly imageRepository?: string;
  /** Image registry. @default - the unit's */
  readonly imageRegistry?: string;
  /** The tenant's database (000 §1.2 #13). */
  readonly postgres: PostgresBinding;
  /** The tenant Redis stream, `voiceRedis.binding('redis-tenant-stream')` (000 §2.2). */
  readonly redis: RedisBinding;
  /** Kafka, for reporting (000 §1.2 #11). */
  readonly kafka: KafkaBinding;
  /** The Consul ACL token. @default - `consul-voice-token` */
  readonly consulToken?: SecretReference;
  /** Replicas; the service runs N+1 (003 §2.3). @default 3 */
  readonly replicas?: number;
  /** Requests and limits. @default - 500m/1Gi to 1500m/4Gi */
  readonly resources?: ResourceLimits;
}

/**
 * One tenant's Tenant Service (000 §1.1): the re-architected T-Server, configuration, routing,
 * statistics and OCS functions of that tenant, on ports 5050, 8888, 8000, 2060 and the HTTP ports,
 * in namespace `voice`, with its database, the tenant Redis stream and Kafka. A StatefulSet (the
 * guide's pod is `t2100-0`) on the real-time pool.
 *
 * In a unit group a tenant's Tenant Service runs in its home unit and in the home unit's pair
 * partner, which backs it up (003 §1.5): create one in every unit of `group.tenantsOf(unit)`.
 */
export class TenantService extends GenesysService {
  /** The tenant id. */
  public readonly tenantId: string;
  /** The tenant short id. */
  public readonly shortId: string;

  /**
   * @param scope the unit
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: TenantServiceProps) {
    checkProps(scope, 'TenantServiceProps', props, id);
    requireOptions(scope, id, 'TenantService', props, [
      { name: 'redis', what: 'the Tenant Service reads the tenant Redis stream', fix: "pass redis: voiceRedis.binding('redis-tenant-stream')", source: '000 §2.2' },
      { name: 'kafka', what: 'the Tenant Service reports through Kafka', fix: 'pass kafka: kafkaCluster.binding', source: '000 §1.2 #11' },
      { name: 'postgres', what: "the Tenant Service keeps the tenant's data in its own database", fix: "pass postgres: pg.database({ database: 'tenant_<short id>', service: 'tenant', tenant: '<short id>', credentials })", source: '000 §1.2 #13' },
    ]);
    const wiring = wireBindings({
      redis: [props.redis],
      kafka: props.kafka,
      postgres: props.postgres,
      consulToken: props.consulToken ?? ConsulSettings.voiceToken(),
    });
    const port = Catalog.service('tenant').ports.find((p) => p.port === 8888)!.port;
    const timing = { initialDelaySeconds: 10, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3 };
    super(scope, id, {
      serviceId: 'tenant',
      name: `tenant-${props.tenantId}`,
      workloadKind: WorkloadKind.STATEFUL_SET,
      replicas: props.replicas ?? 3,
      podLabels: { [Labels.TENANT]: props.shortId },
      configData: { ...wiring.config, TENANT_ID: props.tenantId, TENANT_SHORT_ID: props.shortId },
      volumes: wiring.volumes,
      containers: [
        {
          name: 'tenant',
          image: { repository: props.imageRepository ?? 'tenant', tag: props.version, registry: props.imageRegistry },
          resources: props.resources ?? TENANT_RESOURCES,
          liveness: ServiceProbe.tcp(port, timing),
          readiness: ServiceProbe.tcp(port, timing),
          startup: ServiceProbe.tcp(port, { periodSeconds: 10, failureThreshold: 30 }),
          envFromConfigMap: true,
          volumeMounts: wiring.mounts,
        },
      ],
    });
    this.tenantId = props.tenantId;
    this.shortId = props.shortId;
    addChecks(this, () => {
      const found: string[] = [];
      // A tenant of an enclosing unit group is checked, and reported, once by the group.
      const checked = tenantChecksDone(this, props.tenantId, props.shortId);
      if (!checked && !UUID.test(props.tenantId)) {
        found.push(problem(`tenant id "${props.tenantId}" is not a UUID`, 'give the tenant\'s UUID in lower case, e.g. "9350e2fc-a1dd-4c65-8d40-1f75a2e080dd"'));
      }
      if (!checked && !/^[a-z][a-z0-9]{0,15}$/.test(props.shortId)) {
        found.push(problem(`tenant short id "${props.shortId}" is not valid`, 'use a lower-case letter then letters or digits, e.g. "t100"'));
      }
      if (props.redis.name !== 'redis-tenant-stream') {
        found.push(problem(`the Tenant Service was given Redis "${props.redis.name}"; it uses the tenant stream`, "pass voiceRedis.binding('redis-tenant-stream')", '000 §2.2'));
      }
      if (props.replicas !== undefined && props.replicas < 1) {
        found.push(problem(`Tenant Service replicas is ${props.replicas}`, 'give 1 or more (N+1, 003 §2.3)'));
      }
      return found;
    });
  }
}
