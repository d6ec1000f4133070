import { Yaml } from 'cdk8s';
import { Catalog } from '../../catalog';
import { CONSUL_FACTS, VOICE_REDIS } from '../../catalog/data/data-stores';
import { TENANT_FACTS } from '../../catalog/data/tenant-facts';
import { ChartContext } from '../../charts';
import { ResourceLimits } from '../../core';
import { KafkaBinding, PostgresBinding, SecretReference } from '../../datastores';

/** What the Tenant Service's values are computed from. */
export interface TenantValuesInput {
  readonly tenantId: string;
  readonly version: string;
  readonly location: string;
  readonly sipDomain: string;
  readonly postgres: PostgresBinding;
  readonly kafka: KafkaBinding;
  readonly consulToken: SecretReference;
  readonly gwsClientId: SecretReference;
  readonly gwsClientSecret: SecretReference;
  readonly resources: ResourceLimits;
  /** The ConfigMap with the non-secret database settings (`dbserver`, `dbname`). */
  readonly databaseConfigMap: string;
  /** Consul names of the tenant's Interaction Server and VQ Node, when the tenant has them. */
  readonly interactionServer?: { server: string; vqNode: string };
}

const mountPath = (name: string) => `${TENANT_FACTS.mountRoot}/${name}`;
const filePath = (name: string, key: string) => `${mountPath(name)}/${key}`;

/** A volume of one Secret key, presented as the file name the chart reads. */
function secretVolume(name: string, ref: SecretReference, file: string) {
  return { name, secret: { secretName: ref.secretName, items: [{ key: ref.key, path: file }] } };
}

/**
 * The Tenant Service chart's values (vendor `services/tenant/02_chart_tenant`): tenant id, image,
 * general settings and upstreams, GAuth endpoints, the database read from mounted files, the
 * Consul datacenters (filled in by the service once the group is known), the Secrets it mounts by
 * the guides' names, resources, priority and placement.
 */
export function tenantValues(input: TenantValuesInput, ctx: ChartContext): { [key: string]: any } {
  const port = (service: string) => Catalog.service(service).ports[0].port;
  const upstreams = [
    ...TENANT_FACTS.voiceUpstreams.map((s) => `${s}:${port(s)}`),
    ...(input.interactionServer
      ? [`${input.interactionServer.server}:${port('ixn')}`, `${input.interactionServer.vqNode}:${port('ixn-vqnode')}`]
      : []),
  ];
  const gauthNamespace = Catalog.service(TENANT_FACTS.gauthAuthService).namespace;
  const pg = input.postgres;
  const user = pg.user;
  // Each database setting is a file /opt/genesys/<name>/<name>; host and name are not secret, so
  // they come from a ConfigMap the library writes, the password and user from the store's Secrets.
  const dbVolumes = [
    secretVolume('dbpassword', pg.credentials, 'dbpassword'),
    { name: 'dbserver', configMap: { name: input.databaseConfigMap, items: [{ key: 'dbserver', path: 'dbserver' }] } },
    { name: 'dbname', configMap: { name: input.databaseConfigMap, items: [{ key: 'dbname', path: 'dbname' }] } },
    ...(user ? [secretVolume('dbuser', user, 'dbuser')] : []),
  ];
  const tenantStream = VOICE_REDIS.find((r) => r.name === 'redis-tenant-stream')!;
  const configState = VOICE_REDIS.find((r) => r.name === 'redis-config-state')!;
  return {
    tenantid: input.tenantId,
    serviceAccount: { create: true },
    images: {
      registry: ctx.imageRegistry,
      ...(ctx.imagePullSecrets.length > 0 ? { imagePullSecrets: ctx.imagePullSecrets[0] } : {}),
      tenant: { tag: input.version },
      pgdbInit: { tag: input.version, enable: 'true' },
    },
    tenant: {
      deployment: { type: TENANT_FACTS.deploymentType },
      general: { location: input.location, upstreamServices: upstreams.join(','), sipDomain: input.sipDomain },
      gws: {
        enable: 'true',
        authEndpoint: `${TENANT_FACTS.gauthAuthService}.${gauthNamespace}.svc.cluster.local`,
        envEndpoint: `${TENANT_FACTS.gauthEnvironmentService}.${gauthNamespace}.svc.cluster.local`,
      },
      pgdb: {
        dbhost: filePath('dbserver', 'dbserver'),
        dbname: filePath('dbname', 'dbname'),
        ...(user ? { dbuser: filePath('dbuser', 'dbuser') } : {}),
      },
      secrets: {
        pgdb: {
          pwd: { secretName: filePath('dbpassword', 'dbpassword'), secretKey: 'dbpassword' },
          // The vendor's values give this list as a YAML block, which the chart renders as is.
          volumes: Yaml.stringify(dbVolumes),
          mounts: dbVolumes.map((v) => ({ name: v.name, readOnly: true, mountPath: mountPath(v.name) })),
        },
        consul: {
          acl: { secretName: filePath(CONSUL_FACTS.tokenVolumeName, input.consulToken.key) },
          volumes: [{ name: CONSUL_FACTS.tokenVolumeName, secret: { secretName: input.consulToken.secretName } }],
          mounts: [{ name: CONSUL_FACTS.tokenVolumeName, readOnly: true, mountPath: mountPath(CONSUL_FACTS.tokenVolumeName) }],
        },
        redis: {
          configPwd: redisSecret('redis-config-secret', configState.secretName, configState.secretKey),
          streamPwd: redisSecret('redis-tenant-secret', tenantStream.secretName, tenantStream.secretKey),
        },
        kafka: {
          pwd: { secretName: filePath('kafka-secrets', input.kafka.credentials.key) },
          volumes: [{ name: 'kafka-secrets', secret: { secretName: input.kafka.credentials.secretName } }],
          mounts: [{ name: 'kafka-secrets', mountPath: mountPath('kafka-secrets') }],
        },
        gws: {
          user: { secretName: filePath('gauth-client-id', input.gwsClientId.key) },
          pwd: { secretName: filePath('gauth-client-token', input.gwsClientSecret.key) },
          volumes: [
            { name: 'gauth-client-id', secret: { secretName: input.gwsClientId.secretName } },
            { name: 'gauth-client-token', secret: { secretName: input.gwsClientSecret.secretName } },
          ],
          mounts: [
            { name: 'gauth-client-id', readOnly: true, mountPath: mountPath('gauth-client-id') },
            { name: 'gauth-client-token', readOnly: true, mountPath: mountPath('gauth-client-token') },
          ],
        },
      },
      redis: { isCluster: true },
      resources: {
        tenantContainer: {
          requests: { cpu: input.resources.cpuRequest, memory: input.resources.memoryRequest },
          limits: { cpu: input.resources.cpuLimit, memory: input.resources.memoryLimit },
        },
      },
    },
    priorityClassName: ctx.priorityClassName,
    nodeSelector: ctx.nodeSelector,
    ...(ctx.tolerations.length > 0 ? { tolerations: ctx.tolerations } : {}),
  };
}

function redisSecret(volume: string, secretName: string, key: string) {
  return {
    secretName: filePath(volume, key),
    volumes: [{ name: volume, secret: { secretName } }],
    mounts: [{ name: volume, readOnly: true, mountPath: mountPath(volume) }],
  };
}
