import { Construct } from 'constructs';
import { TenantValuesInput, tenantValues } from './tenant-values';
import { TENANT_FACTS } from '../../catalog/data/tenant-facts';
import { nameProblem } from '../../catalog/naming';
import { GenesysService } from '../../charts';
import { ClusterChart, Labels, ResourceLimits, WorkloadKind, addChecks, problem } from '../../core';
import { beforeSynth } from '../../core/before-synth';
import { checkProps } from '../../core/check-props';
import { KubeConfigMap } from '../../core/k8s';
import { tenantChecksDone } from '../../core/problems';
import { ConsulSettings, KafkaBinding, PostgresBinding, RedisBinding, SecretReference } from '../../datastores';
import { ixnNames } from '../interaction-server/ixn-names';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Options of one tenant's Tenant Service. */
export interface TenantServiceProps {
  /** The tenant's id, a UUID (`tenantid`). Its Consul service is `tenant-<id>`, as other guides call it (002 §2.2, 004 §1.3). */
  readonly tenantId: string;
  /** The tenant's short id, e.g. `t100`: the release name, as the vendor's release `t100` and the guide's pod `t2100-0`. */
  readonly shortId: string;
  /** Image version (`images.tenant.tag`). */
  readonly version: string;
  /** The unit's cloud region (`tenant.general.location`), e.g. `eastus2`. */
  readonly location: string;
  /** The tenant's SIP domain (`tenant.general.sipDomain`), e.g. `t100.acme.example.com`. */
  readonly sipDomain: string;
  /** Image registry. @default - the unit's */
  readonly imageRegistry?: string;
  /**
   * The tenant's database (000 §1.2 #13). The chart reads the password and the user from the
   * store's Secrets, and the host and database name from a ConfigMap the library writes.
   */
  readonly postgres: PostgresBinding;
  /** The tenant Redis stream, `voiceRedis.binding('redis-tenant-stream')` (000 §2.2). */
  readonly redis: RedisBinding;
  /** Kafka, for reporting (000 §1.2 #11). */
  readonly kafka: KafkaBinding;
  /** The Consul ACL token. @default - `consul-voice-token` */
  readonly consulToken?: SecretReference;
  /** The GAuth client id the Tenant Service logs in to GWS with. @default - Secret `gauthclientid`, key `clientid` */
  readonly gwsClientId?: SecretReference;
  /** The GAuth client secret. @default - Secret `gauthclientsecret`, key `clientsecret` */
  readonly gwsClientSecret?: SecretReference;
  /**
   * Whether the tenant has an Interaction Server, whose server and VQ Node the Tenant Service
   * reaches through Consul upstreams.
   *
   * @default true
   */
  readonly interactionServer?: boolean;
  /** Requests and limits. @default - the vendor's: 500m/600Mi to 900m/900Mi */
  readonly resources?: ResourceLimits;
  /** Chart version. @default - the catalogue's */
  readonly chartVersion?: string;
  /** Your own chart values, deep-merged over the computed ones. @default - none */
  readonly values?: { [key: string]: any };
}

/**
 * One tenant's Tenant Service (000 §1.1): the re-architected T-Server, configuration, routing,
 * statistics and OCS functions of that tenant, as one release of the `tenant` chart in namespace
 * `voice`, with its database, the tenant Redis stream, Kafka, GAuth and Consul. A StatefulSet on
 * the real-time pool.
 *
 * In a unit group a tenant's Tenant Service runs in its home unit and in the home unit's pair
 * partner, which backs it up (003 §1.5): create one in every unit of `group.tenantsOf(unit)`.
 */
export class TenantService extends GenesysService {
  /** The tenant id. */
  public readonly tenantId: string;
  /** The tenant short id. */
  public readonly shortId: string;
  /** The ConfigMap with the database host and name that the chart mounts. */
  public readonly databaseSettings: KubeConfigMap;

  /**
   * @param scope the unit
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: TenantServiceProps) {
    checkProps(scope, 'TenantServiceProps', props, id);
    super(scope, id, {
      serviceId: 'tenant',
      name: props.shortId,
      serviceName: `tenant-${props.tenantId}`,
      workloadKind: WorkloadKind.STATEFUL_SET,
      imageRegistry: props.imageRegistry,
      chartVersion: props.chartVersion,
      values: props.values,
    });
    this.tenantId = props.tenantId;
    this.shortId = props.shortId;
    const databaseConfigMap = `${props.shortId}-database`;
    this.databaseSettings = new KubeConfigMap(this, 'database', {
      metadata: { name: databaseConfigMap, namespace: this.namespace, labels: { [Labels.TENANT]: props.shortId } },
      data: { dbserver: props.postgres.host, dbname: props.postgres.database },
    });
    const ixn = ixnNames(props.shortId, props.tenantId);
    const input: TenantValuesInput = {
      tenantId: props.tenantId,
      version: props.version,
      location: props.location,
      sipDomain: props.sipDomain,
      postgres: props.postgres,
      kafka: props.kafka,
      consulToken: props.consulToken ?? ConsulSettings.voiceToken(),
      gwsClientId: props.gwsClientId ?? SecretReference.of(TENANT_FACTS.gwsClientIdSecret.name, TENANT_FACTS.gwsClientIdSecret.key),
      gwsClientSecret: props.gwsClientSecret ?? SecretReference.of(TENANT_FACTS.gwsClientSecretSecret.name, TENANT_FACTS.gwsClientSecretSecret.key),
      resources: props.resources ?? TENANT_FACTS.resources,
      databaseConfigMap,
      interactionServer: (props.interactionServer ?? true) ? { server: ixn.serverService, vqNode: ixn.vqNodeService } : undefined,
    };
    this.release.addValues(tenantValues(input, this.chartContext));
    // The home and master Consul datacenters are known once the group has federated its units.
    const cluster = ClusterChart.enclosing(this);
    beforeSynth(this, () => {
      const consul = ConsulSettings.of(cluster);
      if (consul) this.release.addValues({ tenant: { consul: { homedc: consul.datacenter, masterdc: consul.primary } } });
    });
    addChecks(this, () => this.tenantChecks(props, cluster));
  }

  private tenantChecks(props: TenantServiceProps, cluster: ClusterChart): string[] {
    const found: string[] = [];
    // A tenant of an enclosing unit group is checked, and reported, once by the group.
    const checked = tenantChecksDone(this, props.tenantId, props.shortId);
    if (!checked && !UUID.test(props.tenantId)) {
      found.push(problem(`tenant id "${props.tenantId}" is not a UUID`, 'give the tenant\'s UUID in lower case, e.g. "9350e2fc-a1dd-4c65-8d40-1f75a2e080dd"'));
    }
    if (!checked && !/^[a-z][a-z0-9]{0,15}$/.test(props.shortId)) {
      found.push(problem(`tenant short id "${props.shortId}" is not valid`, 'use a lower-case letter then letters or digits, e.g. "t100"'));
    }
    const tag = nameProblem('image-tag', props.version, 'Tenant Service version (images.tenant.tag)');
    if (tag) found.push(tag);
    if (props.redis.name !== 'redis-tenant-stream') {
      found.push(problem(`the Tenant Service was given Redis "${props.redis.name}"; it uses the tenant stream`, "pass voiceRedis.binding('redis-tenant-stream')", '000 §2.2'));
    }
    if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/i.test(props.sipDomain)) {
      found.push(problem(`sipDomain "${props.sipDomain}" is not a domain name`, "give the tenant's SIP domain, e.g. 't100.sip.example.com'"));
    }
    if (!ConsulSettings.of(cluster)) {
      found.push(problem('the Tenant Service names its Consul home and master datacenters (tenant.consul), but the unit has no ConsulSettings', "add new ConsulSettings(unit, 'consul', { datacenter }) to the unit", '000 §2.4'));
    }
    return found;
  }
}
