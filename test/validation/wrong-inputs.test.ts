import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { defineSingleAksUnit } from '../../apps/single-aks-unit';
import {
  Catalog, ConsulSettings, EngagementServices, GenericChartService, GenesysApp, GroupTerraform, IntentionAction, KafkaCluster, Placement, Platform,
  PostgresServer, RedisCluster, SecretReference, TenantService, Unit, UnitGroup, UnitRole, VoiceRedis, synthesize,
} from '../../src';
import { testDelivery } from '../support/fixtures';
import { Knobs, T100, T200, engagementProps, previousOutput, snapshotOf, synthInto, wrongInputModel } from '../support/wrong-input-model';
import { baseProps } from '../terraform/terraform-support';

const U = 'acme/us/us-east';
const S = 'acme/us/us-central';
const TF = 'acme';
const long = (n: number, c = 'a') => c.repeat(n);

/** A second pair in Europe, for rules across pairs. */
function euPair(m: Parameters<NonNullable<Knobs['extra']>>[0]) {
  const eu = m.group.addPair('eu', { geography: 'europe' });
  return [eu.addUnit('eu-west', { role: UnitRole.SECONDARY, region: 'westeurope' }), eu.addUnit('eu-north', { role: UnitRole.SECONDARY, region: 'northeurope' })];
}

/** [what is wrong, the knobs that break the model, the construct path, the rule's words]. */
const CASES: Array<[string, Knobs, string, string]> = [
  // Options missing or wrongly typed (the generated props schemas), at construction.
  ['unit role missing', { primary: { role: undefined } }, U, 'UnitProps: role is missing'],
  ['unit role misspelt', { primary: { role: 'primery' } }, U, 'role is the string "primery", but must be one of "primary", "secondary"'],
  ['unit role as a number', { secondary: { role: 2 } }, S, 'role is the number 2'],
  ['unit region missing', { primary: { region: undefined } }, U, 'UnitProps: region is missing'],
  ['unit region as a number', { primary: { region: 42 } }, U, 'region is the number 42, but must be a string'],
  ['unit option misspelt', { primary: { regoin: 'eastus2' } }, U, '"regoin" is not an option (the props interface in API.md). Fix: did you mean region?'],
  ['unit platform as a string', { primary: { platform: 'aks' } }, U, 'platform is the string "aks", but must be a Platform'],
  ['unit imagePullSecrets as a string', { primary: { imagePullSecrets: 'pull' } }, U, 'imagePullSecrets is the string "pull", but must be an array of strings'],
  ['unit geography as a number', { primary: { geography: 1 } }, U, 'geography is the number 1'],
  ['group registry missing', { group: { imageRegistry: undefined } }, 'acme', 'UnitGroupProps: imageRegistry is missing'],
  ['group platform missing', { group: { platform: undefined } }, 'acme', 'UnitGroupProps: platform is missing'],
  ['group platform as a plain object', { group: { platform: { kind: 'aks' } } }, 'acme', 'platform is a plain object, but must be a Platform'],
  ['group imagePullSecrets of numbers', { group: { imagePullSecrets: [1] } }, 'acme', 'imagePullSecrets[0] is the number 1, but must be a string'],
  ['group option misspelt', { group: { imageRegistery: 'x' } }, 'acme', '"imageRegistery" is not an option'],
  ['pair geography missing', { pair: { geography: undefined } }, 'acme/us', 'UnitPairProps: geography is missing'],
  ['pair geography as a number', { pair: { geography: 7 } }, 'acme/us', 'geography is the number 7'],
  ['tenant id missing', { tenant: { tenantId: undefined } }, 'acme', 'TenantProps: tenantId is missing'],
  ['tenant short id as a number', { tenant: { shortId: 100 } }, 'acme', 'shortId is the number 100'],
  ['tenant home as a unit id', { tenant: { home: 'us-east' } }, 'acme', 'home is the string "us-east", but must be a Unit'],
  ['consul datacenter missing', { consul: { datacenter: undefined } }, `${U}/consul`, 'ConsulSettingsProps: datacenter is missing'],
  ['consul datacenter as a number', { consul: { datacenter: 5 } }, `${U}/consul`, 'datacenter is the number 5'],
  ['consul storage class as a number', { consul: { storageClass: 1 } }, `${U}/consul`, 'storageClass is the number 1'],
  ['consul enterpriseNamespaces as a string', { consul: { enterpriseNamespaces: 'yes' } }, `${U}/consul`, 'enterpriseNamespaces is the string "yes", but must be a boolean'],
  ['managed Redis shards missing', { redis: { shards: undefined } }, `${U}/voice-redis`, 'ManagedRedisProps: shards is missing'],
  ['managed Redis shards as a string', { redis: { shards: '3' } }, `${U}/voice-redis`, 'shards is the string "3", but must be a number'],
  ['managed Redis replicas missing', { redis: { replicasPerShard: undefined } }, `${U}/voice-redis`, 'replicasPerShard is missing'],
  ['managed Redis service group missing', { redis: { serviceGroup: undefined } }, `${U}/voice-redis`, 'serviceGroup is missing'],
  ['managed Redis platform missing', { redis: { platform: undefined } }, `${U}/voice-redis`, 'ManagedRedisProps: platform is missing'],
  ['managed Redis name missing', { redis: { name: undefined } }, `${U}/voice-redis`, 'ManagedRedisProps: name is missing'],
  ['managed Redis option misspelt', { redis: { shard: 3 } }, `${U}/voice-redis`, '"shard" is not an option (the props interface in API.md). Fix: did you mean shards?'],
  ['Voice Redis cluster missing', { voiceRedis: { cluster: undefined } }, `${U}/voice-redis-services`, 'VoiceRedisProps: cluster is missing'],
  ['Voice Redis cluster as a host', { voiceRedis: { cluster: '10.0.0.5' } }, `${U}/voice-redis-services`, 'cluster is the string "10.0.0.5", but must be a RedisCluster'],
  ['Kafka brokers as a string', { kafka: { bootstrapServers: 'kafka:9092' } }, `${U}/kafka`, 'bootstrapServers is the string "kafka:9092", but must be an array of strings'],
  ['Kafka brokers of numbers', { kafka: { bootstrapServers: [9092] } }, `${U}/kafka`, 'bootstrapServers[0] is the number 9092'],
  ['Kafka version missing', { kafka: { version: undefined } }, `${U}/kafka`, 'KafkaClusterProps: version is missing'],
  ['Kafka tls as a string', { kafka: { tls: 'true' } }, `${U}/kafka`, 'tls is the string "true", but must be a boolean'],
  ['managed PostgreSQL name missing', { postgres: { name: undefined } }, `${U}/pg`, 'ManagedPostgresProps: name is missing'],
  ['managed PostgreSQL version as a number', { postgres: { version: 14 } }, `${U}/pg`, 'version is the number 14, but must be a string'],
  ['database name missing', { database: { database: undefined } }, `${U}/pg`, 'PostgresDatabaseOptions: database is missing'],
  ['database service missing', { database: { service: undefined } }, `${U}/pg`, 'PostgresDatabaseOptions: service is missing'],
  ['database credentials as a Secret name', { database: { credentials: 'tenant-pg' } }, `${U}/pg`, 'credentials is the string "tenant-pg", but must be a SecretReference'],
  ['Voice version missing', { voice: { version: undefined } }, `${U}/voice`, 'VoiceMicroservicesProps: version is missing'],
  ['Voice version as a number', { voice: { version: 100 } }, `${U}/voice`, 'version is the number 100, but must be a string'],
  ['Voice platform missing', { voice: { platform: undefined } }, `${U}/voice`, 'VoiceMicroservicesProps: platform is missing'],
  ['Voice Redis missing', { voice: { redis: undefined } }, `${U}/voice`, 'VoiceMicroservicesProps: redis is missing'],
  ['Voice Kafka as a binding', { extra: undefined, voice: { kafka: { bootstrap: 'k:9092', tls: false } } }, `${U}/voice`, 'kafka is a plain object, but must be a KafkaCluster'],
  ['Voicemail missing', { voice: { voicemail: undefined } }, `${U}/voice`, 'VoiceMicroservicesProps: voicemail is missing'],
  ['Voicemail GWS URL missing', { voice: { voicemail: { azureBlob: {} } } }, `${U}/voice`, 'voicemail.gwsBaseUrl is missing'],
  ['Voice override replicas as a string', { voice: { services: { 'voice-ors': { replicas: '2' } } } }, `${U}/voice`, 'services.voice-ors.replicas is the string "2", but must be a number'],
  ['Voice override misspelt', { voice: { services: { 'voice-ors': { replica: 2 } } } }, `${U}/voice`, '"replica" in services.voice-ors is not an option'],
  ['SIP Cluster DNS server as a number', { voice: { sipCluster: { dnsServer: 10 } } }, `${U}/voice`, 'sipCluster.dnsServer is the number 10'],
  ['Voice option misspelt', { voice: { voicemial: {} } }, `${U}/voice`, '"voicemial" is not an option (the props interface in API.md). Fix: did you mean voicemail?'],
  ['Tenant Service version missing', { tenantService: { version: undefined } }, `${U}/tenant-t100`, 'TenantServiceProps: version is missing'],
  ['Tenant Service tenant id as a number', { tenantService: { tenantId: 9350 } }, `${U}/tenant-t100`, 'tenantId is the number 9350'],
  // The Tenant Service's replicas are the chart's; its region is an option.
  ['Tenant Service location as a number', { tenantService: { location: 2 } }, `${U}/tenant-t100`, 'location is the number 2, but must be a string'],
  ['Tenant Service Redis missing', { tenantService: { redis: undefined } }, `${U}/tenant-t100`, 'TenantServiceProps: redis is missing'],
  ['Tenant Service resources incomplete', { tenantService: { resources: { cpuRequest: '1' } } }, `${U}/tenant-t100`, 'resources.cpuLimit is missing'],
  ['monitoring platform missing', { monitoring: { platform: undefined } }, `${U}/monitoring`, 'UnitMonitoringProps: platform is missing'],
  ['monitoring scrape mode unknown', { monitoring: { scrapeMode: 'pull' } }, `${U}/monitoring`, 'is the string "pull", but must be one of'],
  ['mesh mode unknown', { mesh: { mode: 'open' } }, `${U}/mesh`, 'is the string "open", but must be one of'],
  ['mesh intentions as a string', { mesh: { intentions: 'all' } }, `${U}/mesh`, 'intentions is the string "all", but must be an array'],
  ['Terraform Kubernetes version missing', { terraform: { kubernetesVersion: undefined } }, TF, 'GroupTerraformProps: kubernetesVersion is missing'],
  ['Terraform Kubernetes version as a number', { terraform: { kubernetesVersion: 1.29 } }, TF, 'kubernetesVersion is the number 1.29, but must be a string'],
  ['Terraform node pool size as a string', { terraform: { nodePools: { general: { machineType: 'Standard_D8s_v5', minNodes: '3', maxNodes: 6 } } } }, TF, 'nodePools.general.minNodes is the string "3"'],
  ['Terraform containerInsights as a string', { terraform: { containerInsights: 'yes' } }, TF, 'containerInsights is the string "yes", but must be a boolean'],
  ['Terraform group missing', { terraform: { group: undefined } }, TF, 'GroupTerraformProps: group is missing'],
  ['Terraform group as an id', { terraform: { group: 'acme' } }, TF, 'group is the string "acme", but must be a UnitGroup'],
  ['Terraform option misspelt', { terraform: { kubernetesVerison: '1.29' } }, TF, '"kubernetesVerison" is not an option'],
  ['Terraform prerequisites flag as a string', { terraform: { prerequisites: { consul: 'no' } } }, TF, 'prerequisites.consul is the string "no", but must be a boolean'],
  ['Terraform release channel unknown', { terraform: { releaseChannel: 'FAST' } }, TF, 'is the string "FAST", but must be one of'],
  ['AKS platform storage class names as a string', { extra: () => Platform.aks({ storageClassNames: 'premium' } as any) }, 'Platform.aks', 'storageClassNames is the string "premium"'],
  ['GKE platform autopilot as a string', { extra: () => Platform.gke({ autopilot: 'yes' } as any) }, 'Platform.gke', 'autopilot is the string "yes", but must be a boolean'],
  ['unit props missing', { extra: (m) => m.pair.addUnit('us-west', undefined as any) }, 'acme/us/us-west', 'UnitProps: no options were given'],
  ['Redis store node count missing', { extra: (m) => new RedisCluster(m.primary, 'own-redis', { address: '10.0.0.9', version: '6.2', replicasPerShard: 1, shards: 2, serviceGroup: 'x' } as any) }, `${U}/own-redis`, 'RedisClusterProps: nodes is missing'],
  ['intention reason missing', { extra: (m) => m.primary.node.findChild('mesh').constructor && (m.primary.node.findChild('mesh') as any).addIntention({ source: 'voice-sip', destination: 'voice-rq' }) }, `${U}/mesh`, 'IntentionProps: reason is missing'],
  ['intention action unknown', { extra: (m) => (m.primary.node.findChild('mesh') as any).addIntention({ source: 'voice-sip', destination: 'voice-rq', reason: 'x', action: 'permit' }) }, `${U}/mesh`, 'is the string "permit", but must be one of'],
  ['database user as a Secret name', { database: { user: 'pg-user' } }, `${U}/pg`, 'user is the string "pg-user", but must be a SecretReference'],

  ['a construct id as a number', { groupId: 5 as any }, '', 'UnitGroup: the construct id is the number 5, not a string'],
  ['a unit id left out', { extra: (m) => m.pair.addUnit(undefined as any, { role: UnitRole.SECONDARY, region: 'eastus' }) }, 'acme/us', 'Unit: the construct id is undefined, not a string'],
  ['a Secret name with a space', { extra: () => SecretReference.of('tenant pg', 'password') }, 'SecretReference.of', 'Secret name: Kubernetes object name (DNS-1123 subdomain) "tenant pg"'],
  ['a Secret key with a slash', { extra: () => SecretReference.of('tenant-pg', 'pass/word') }, 'SecretReference.of', 'Kubernetes Secret key "pass/word"'],
  ['a Voice Redis service misspelt', { extra: (m) => (m.primary.node.findChild('voice-redis-services') as VoiceRedis).binding('redis-tenant-streams') }, `${U}/voice-redis-services`, 'VoiceRedis: no Voice Redis service "redis-tenant-streams"'],
  ['a store outside any unit', { extra: (m) => RedisCluster.managed(m.group, 'redis', { platform: Platform.aks(), name: 'r-1', shards: 3, replicasPerShard: 1, serviceGroup: 'x' }) }, 'acme', 'UnitGroup is not inside a unit'],
  ['a Consul storage class with a space', { consul: { storageClass: 'Disk Premium' } }, `${U}/consul`, 'storageClass (a StorageClass): Kubernetes object name (DNS-1123 subdomain) "Disk Premium"'],

  // Duplicate ids, in the library's words, before constructs' own error.
  ['a unit id twice in a pair', { secondaryId: 'us-east' }, 'acme/us/us-east', 'Unit id "us-east" is used twice in "acme/us"; each unit is its own cluster'],
  ['two tenants with one short id through the tenant loop', { tenants: [{ tenantId: T200.tenantId, shortId: 't100', home: 'primary' }] }, `${U}/tenant-t100`, 'TenantService id "tenant-t100" is used twice in "acme/us/us-east"'],
  ['a pair id twice', { extra: (m) => m.group.addPair('us', { geography: 'us' }) }, 'acme/us', 'UnitPair id "us" is used twice in "acme"'],
  ['a construct id twice in a unit', { extra: (m) => new ConsulSettings(m.primary, 'consul', { datacenter: 'x' }) }, `${U}/consul`, 'ConsulSettings id "consul" is used twice'],

  // Rules of the Terraform, checked with the model before anything is written.
  ['GKE without a GCP project', { gke: true, terraform: { gcpProject: undefined } }, TF, 'run on GKE, whose clusters, VPC and data stores are created in a GCP project, but no project was given'],
  ['SIP Cluster DNS not the cluster\'s', { gke: true, voice: { sipCluster: { dnsServer: '10.0.0.10' } } }, TF, 'resolves names at 10.0.0.10, but the GKE cluster this Terraform creates'],
  ['registry id malformed', { terraform: { containerRegistryId: 'acmegenesys' } }, TF, 'containerRegistryId "acmegenesys" is not the resource id of an Azure Container Registry'],
  ['registry id of another registry', { terraform: { containerRegistryId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/other' } }, TF, 'names registry other (other.azurecr.io), but units us-east, us-central pull from'],
  ['registry id without an AKS unit', { gke: true, terraform: { containerRegistryId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/acme' } }, TF, 'containerRegistryId is given, but no unit of the group runs on AKS'],
  ['meshed services without Consul settings', { consul: false }, TF, 'runs services in the Consul mesh, but has no ConsulSettings'],

  // Names and values no cloud or Kubernetes accepts.
  ['AKS cluster name and DNS prefix too long', { groupId: long(30, 'g'), primaryId: long(38, 'u') }, TF, 'AKS DNS prefix'],
  ['AKS cluster name over 63 characters', { groupId: long(30, 'g'), primaryId: long(40, 'u') }, TF, 'AKS cluster name'],
  ['group id with an underscore on AKS', { groupId: 'acme_prod' }, TF, 'AKS DNS prefix "acme_prod-us-east"'],
  ['GKE cluster name upper-case', { gke: true, groupId: 'Acme' }, TF, 'GKE cluster name "Acme-us-east"'],
  ['GKE cluster name over 40 characters', { gke: true, groupId: long(20, 'g'), primaryId: long(25, 'u') }, TF, 'GKE cluster name'],
  ['GKE VPC name upper-case', { gke: true, groupId: 'ACME' }, TF, 'GCP VPC network name "ACME-vpc"'],
  ['unit id upper-case', { primaryId: 'US-East' }, 'acme/us/US-East', 'unit id "US-East" is not a DNS label'],
  ['unit id over 63 characters', { primaryId: long(64, 'u') }, `acme/us/${long(64, 'u')}`, 'is not a DNS label'],
  // The README's tenant loop names each tenant's Secret after its short id, which is refused first.
  ['tenant short id upper-case', { tenant: { shortId: 'T100' } }, 'SecretReference.of', 'Kubernetes object name (DNS-1123 subdomain) "tenant-T100-postgres"'],
  ['tenant short id upper-case, without the loop', { tenant: { shortId: 'T100' }, tenantServices: false }, 'acme', 'short id "T100" is not valid'],
  ['managed Redis name of 70 characters', { redis: { name: long(70, 'r') } }, U, 'Azure Cache for Redis name'],
  ['managed Redis name with "--"', { redis: { name: 'acme--voice' } }, U, 'Azure Cache for Redis name "acme--voice"'],
  ['GKE managed Redis name upper-case', { gke: true, redis: { name: 'Acme-Voice' } }, U, 'Memorystore for Redis Cluster id "Acme-Voice"'],
  ['managed PostgreSQL name with "_"', { postgres: { name: 'acme_pg' } }, U, 'Azure Database for PostgreSQL flexible server name "acme_pg"'],
  ['managed PostgreSQL name of 2 characters', { postgres: { name: 'pg' } }, U, 'is 2 characters long; at least 3 are needed'],
  ['GKE PostgreSQL name starting with a digit', { gke: true, postgres: { name: '1pg' } }, U, 'Cloud SQL instance id "1pg"'],
  ['database name with a space and a semicolon', { database: { database: 'tenant db;' } }, `${U}/pg`, 'PostgreSQL database name "tenant db;"'],
  ['database name of 64 characters', { database: { database: long(64, 'd') } }, `${U}/pg`, 'is 64 characters long; at most 63 are allowed'],
  ['Kubernetes version "latest"', { terraform: { kubernetesVersion: 'latest' } }, TF, 'Kubernetes version "latest"'],
  ['Kubernetes version with a space', { terraform: { kubernetesVersion: '1.29 ' } }, TF, 'Kubernetes version "1.29 "'],
  ['Kubernetes version with a "v"', { terraform: { kubernetesVersion: 'v1.29' } }, TF, 'Kubernetes version "v1.29"'],
  ['GCP project with upper case and "_"', { gke: true, terraform: { gcpProject: 'My_Project' } }, TF, 'GCP project id "My_Project"'],
  // Voice versions are checked by each Voice service, before its chart's image tag.
  ['Voice version empty', { voice: { version: '' } }, `${U}/voice/voice-agent`, 'voice-agent version (000 §3.2 `version`): container image tag "" is empty'],
  ['Voice version with a space', { voice: { version: '100 0' } }, `${U}/voice/voice-agent`, 'voice-agent version (000 §3.2 `version`): container image tag "100 0" has characters'],
  ['Voice override version with a colon', { voice: { services: { 'voice-ors': { version: 'a:b' } } } }, `${U}/voice/voice-ors`, 'voice-ors version (000 §3.2 `version`): container image tag "a:b" has characters'],
  ['1,500 CPU cores', { voice: { services: { 'voice-ors': { resources: { cpuRequest: '1500', cpuLimit: '1500', memoryRequest: '1Gi', memoryLimit: '1Gi' } } } } }, U, 'CPU requests 1500 is more than any node of the unit\'s machine family has (96 cores)'],
  ['2 TiB of memory', { voice: { services: { 'voice-ors': { resources: { cpuRequest: '1', cpuLimit: '1', memoryRequest: '1Gi', memoryLimit: '2Ti' } } } } }, U, 'memory limits 2Ti is more than any node'],
  ['200 cores on GKE', { gke: true, voice: { services: { 'voice-ors': { resources: { cpuRequest: '200', cpuLimit: '200', memoryRequest: '1Gi', memoryLimit: '1Gi' } } } } }, U, '(128 cores)'],
  ['Tenant Service version with a slash', { tenantService: { version: 'a/b' } }, `${U}/tenant-t100`, 'container image tag'],

  // Contradictions in the model.
  ['geography override against a known region', { primary: { geography: 'europe' } }, 'acme', 'unit us-east is given geography "europe", but its region eastus2 is in "us"'],
  ['an AKS unit and a GKE unit in one pair', { secondary: { platform: Platform.gke(), region: 'us-central1' } }, 'acme', 'pair "us" mixes us-east (AKS) and us-central (GKE)'],
  ['a Tenant Service for a tenant the unit neither homes nor backs up', {
    extra: (m) => {
      const [euWest] = euPair(m);
      const redisStore = new RedisCluster(euWest, 'redis', { address: '10.1.0.5', version: '6.2', nodes: 6, replicasPerShard: 1, shards: 3, serviceGroup: 'voice' });
      const redis = new VoiceRedis(euWest, 'voice-redis', { cluster: redisStore });
      const kafka = new KafkaCluster(euWest, 'kafka', { bootstrapServers: ['k:9092'], version: '2.8' });
      const pg = new PostgresServer(euWest, 'pg', { address: 'pg.example.com', version: '14' });
      new TenantService(euWest, 'tenant-t100', {
        ...T100,
        version: '100.0.100.0010',
        location: 'westeurope',
        sipDomain: 't100.sip.acme.example.com',
        redis: redis.binding('redis-tenant-stream'),
        kafka: kafka.binding,
        postgres: pg.database({ database: 'tenant_t100', service: 'tenant', tenant: 't100', credentials: SecretReference.of('pg', 'password') }),
      });
    },
  }, 'acme', 'Tenant Service of tenant t100 runs in eu-west, which neither homes nor backs up the tenant (home us-east, backup us-central)'],
  ['a Tenant Service for no tenant of the group', { tenantService: { tenantId: '11111111-2222-4333-8444-555555555555' } }, 'acme', 'serves tenant id "11111111-2222-4333-8444-555555555555", which is not a tenant of the group'],
  ['an Interaction Server for a tenant homed in another unit', {
    tenants: [{ ...T200, home: 'secondary' }],
    engagement: { tenants: [T200] },
  }, 'acme', 'Interaction Server of tenant t200 runs in us-east, but the tenant is homed in us-central'],
  ['a cross-namespace Redis binding with a Secret name for credentials', { extra: (m) => (m.primary.node.findChild('voice-redis-services') as VoiceRedis).crossNamespaceBinding('redis-ors-stream', 'ors-token' as any, 'ges') }, `${U}/voice-redis-services`, 'VoiceRedis.crossNamespaceBinding: credentials is the string "ors-token", not a SecretReference'],
  ['a Redis binding for no service group', { extra: (m) => (m.primary.node.findChild('voice-redis') as RedisCluster).bind(undefined as any, 'r') }, `${U}/voice-redis`, 'RedisCluster.bind: serviceGroup is undefined, not a non-empty string'],
  ['a database for no tenant of the group', { database: { tenant: 't999' } }, 'acme', 'database "tenant_t100" holds data of tenant "t999", which is no tenant of the group'],
  ['a Tenant Service with another short id than its tenant\'s', { tenantService: { shortId: 't101' } }, 'acme', 'gives tenant 9350e2fc-a1dd-4c65-8d40-1f75a2e080dd the short id "t101", but the group knows it as "t100"'],
  ['a database owned by no catalogue service', { database: { service: 'tenants' } }, 'model', 'Catalog: no service "tenants"'],
  ['an intention from a source that exists nowhere', { extra: (m) => (m.primary.node.findChild('mesh') as any).addIntention({ source: 'nobody', destination: 'voice-config', reason: 'x' }) }, `${U}/mesh`, '"nobody" is no meshed service of this unit or of any other unit of the group'],
  ['an intention denying a guide row', { extra: (m) => (m.primary.node.findChild('mesh') as any).addIntention({ source: 'voice-sip', destination: 'voice-dialplan', reason: 'x', action: IntentionAction.DENY }) }, `${U}/mesh`, 'contradicts the connection table rows'],
  ['a unit created directly in a group', { extra: (m) => new Unit(m.group, 'loose', { role: UnitRole.SECONDARY, region: 'eastus' }) }, 'acme/loose', 'Unit loose was created directly in a unit group'],
  ['a unit outside a group without a platform', { extra: (m) => new Unit(m.app, 'alone', { role: UnitRole.PRIMARY, region: 'eastus', unitGroup: 'x', imageRegistry: 'r.example.com' }) }, 'alone', 'Unit alone stands outside a unit group and has no platform'],
  ['two primary units', { secondary: { role: UnitRole.PRIMARY } }, 'acme', 'has 2 primary units'],
  ['no primary unit', { primary: { role: UnitRole.SECONDARY } }, 'acme', 'has no primary unit'],
  ['a region in another geography', { secondary: { region: 'westeurope' } }, 'acme', 'but unit us-central is in westeurope ("europe")'],
  ['an unknown region without a geography', { secondary: { region: 'moon-1' } }, 'acme', 'the geography of region "moon-1" (unit us-central) is unknown'],
  ['tenant id not a UUID', { tenant: { tenantId: 't100' } }, 'acme', 'id "t100" is not a UUID (that looks like a short id, which goes in shortId)'],
  ['one Consul datacenter for two units', { consul: { datacenter: 'dc1' } }, 'acme', 'both name their Consul datacenter "dc1"'],
  ['a managed store given the other cloud\'s platform', { redis: { platform: Platform.gke() } }, U, 'was given the GKE platform'],
  ['Redis version too old', { extra: (m) => new RedisCluster(m.primary, 'old-redis', { address: '10.0.0.9', version: '5.0', nodes: 6, replicasPerShard: 1, shards: 3, serviceGroup: 'old' }) }, `${U}/old-redis`, '5.0'],
  ['PostgreSQL version too old', { postgres: { version: '10' } }, `${U}/pg`, 'is older than 11.x'],
  ['Voice autoscaling max below min', { voice: { services: { 'voice-ors': { autoscaling: { minReplicas: 3, maxReplicas: 1 } } } } }, `${U}/voice/voice-ors`, 'maxReplicas (1) is below minReplicas (3)'],
  ['a GES in a secondary unit', { extra: (m) => new GenericChartService(m.secondary, 'ges', { serviceId: 'ges', chart: 'ges', chartVersion: '1.0.0' }) }, S, 'runs only in the primary unit, but us-central is a secondary unit'],
  ['EngagementServices in a secondary unit', { extra: (m) => new EngagementServices(m.secondary, 'engagement', engagementProps(m.secondary, [], storesOf(m.secondary).voiceRedis, storesOf(m.secondary).kafka)) },
    S, 'EngagementServices "engagement" makes Genesys Engagement Service (ges), which run only in the primary unit, but us-central is a secondary unit (003 §2.3 #11). Fix: create EngagementServices "engagement" in the primary unit of the group, us-east.'],
  ['EngagementServices on the Voice Redis of another unit', { extra: (m) => new EngagementServices(m.primary, 'engagement', engagementProps(m.primary, [T100], storesOf(m.secondary).voiceRedis, storesOf(m.primary).kafka)) },
    `${U}/engagement`, 'EngagementServices: voiceRedis is "acme/us/us-central/voice-redis-services", a store of unit us-central, not of us-east'],
  ['EngagementServices outside a unit', { extra: (m) => new EngagementServices(m.group, 'engagement', engagementProps(m.primary, [T100], storesOf(m.primary).voiceRedis, storesOf(m.primary).kafka)) },
    'acme/engagement', 'EngagementServices is not inside a unit'],
  ['EngagementServices without GES', { engagement: { ges: undefined } }, `${U}/engagement`, 'EngagementServicesProps: ges is missing'],
  ['EngagementServices with a Kafka that is no KafkaCluster', { engagement: { kafka: { bootstrapServers: ['kafka:9092'] } } }, `${U}/engagement`, 'EngagementServicesProps: kafka is a plain object, but must be a KafkaCluster'],
  ['EngagementServices with a GES option misspelt', { engagement: { ges: { version: '100.0.100.0050', gws: { publicAuth: 'https://gauth.acme.example.com' }, regionAfinity: 'us-east' } } }, `${U}/engagement`, '"regionAfinity" in ges is not an option'],
  ['EngagementServices with a store name prefix no cloud accepts', { engagement: { storeNamePrefix: 'Acme_Stores' } }, U, 'Redis "ges-redis" (RedisCluster.managed name): Azure Cache for Redis name "Acme_Stores-ges"'],
];

/** The Voice Redis and Kafka the model made in a unit. */
function storesOf(unit: Unit): { voiceRedis: VoiceRedis; kafka: KafkaCluster } {
  return { voiceRedis: unit.node.findChild('voice-redis-services') as VoiceRedis, kafka: unit.node.findChild('kafka') as KafkaCluster };
}

describe('every wrong input is reported with construct, rule and fix, and nothing is written', () => {
  test('the cases cover at least 100 wrong inputs', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(100);
  });

  test.each(CASES)('%s', (_what, knobs, at, rule) => {
    const folders = previousOutput();
    const before = snapshotOf(folders);
    const { problems, written } = synthInto(wrongInputModel(knobs), folders);
    expect(written).toEqual([]);
    const line = problems.find((p) => p.includes(rule));
    if (!line) throw new Error(`no problem says "${rule}"; got:\n  ${problems.join('\n  ')}`);
    expect(line.startsWith(`[${at}] `)).toBe(true);
    expect(line).toMatch(/\. Fix: .+\.$/s);
    for (const p of problems) expect(p).toMatch(/^\[[^\]]*\] .*Fix: /s);
    expect(snapshotOf(folders)).toEqual(before);
  });
});

describe('valid edge cases keep synthesizing', () => {
  const written = (knobs: Knobs, check?: (outdir: string) => void) => {
    const folders = previousOutput();
    const result = synthInto(wrongInputModel(knobs), folders);
    expect(result.problems).toEqual([]);
    expect(result.written).toContain(folders.outdir);
    check?.(folders.outdir);
  };

  test('single-character ids', () => {
    written({ groupId: 'a', pairId: 'p', primaryId: 'x', secondaryId: 'y', tenant: { shortId: 't' } }, (out) => {
      expect(fs.existsSync(path.join(out, 'x/03-voice.yaml'))).toBe(true);
      expect(fs.existsSync(path.join(out, 'y/04-tenant.yaml'))).toBe(true);
    });
  });

  test('maximum-length ids: a 63-character unit id for the manifests', () => {
    const id = long(63, 'u');
    written({ primaryId: id, terraform: false, storeName: (_unit, kind) => `acme-${kind}` }, (out) => expect(fs.existsSync(path.join(out, id, '03-voice.yaml'))).toBe(true));
  });

  test('maximum-length ids: the longest AKS cluster name (DNS prefix, 54 characters) and GKE cluster name (40)', () => {
    written({ groupId: long(20, 'g'), primaryId: long(33, 'u'), storeName: (unit, kind) => `${unit.clusterId}-${kind}` });
    written({ gke: true, groupId: long(10, 'g'), primaryId: long(29, 'u'), storeName: (unit, kind) => `${unit.clusterId}-${kind}` });
  });

  test('a 16-character tenant short id and many tenants', () => {
    const tenants = Array.from({ length: 24 }, (_, i) => ({
      tenantId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      shortId: `t${String(i).padStart(15, '0')}`,
      home: (i % 2 === 0 ? 'primary' : 'secondary') as 'primary' | 'secondary',
    }));
    written({ tenants }, (out) => {
      const file = fs.readFileSync(path.join(out, 'us-central/04-tenant.yaml'), 'utf8');
      expect(file).toContain(tenants[23].tenantId);
    });
  });

  test('a unit outside a group', () => {
    const folders = previousOutput();
    const result = synthesize((app: GenesysApp) => {
      defineSingleAksUnit(app);
    }, { ...folders, terraform: false, report: false });
    expect(result.problems).toEqual([]);
    expect(fs.existsSync(path.join(folders.outdir, 'us-east/03-voice.yaml'))).toBe(true);
  });

  test('CX Contact may run in a secondary unit (003 §2.3), as the README says', () => {
    expect(Catalog.product('cxc').placement).toBe(Placement.PRIMARY_OR_SECONDARY);
    const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8').replace(/\s+/g, ' ');
    expect(readme).toContain('CX Contact may run in the primary or a secondary unit (003 §2.3)');
  });
});

describe('outside synthesize', () => {
  test('a Terraform problem found after app.synth() says the manifests were written already, and how to check first', () => {
    const folders = previousOutput();
    const app = new GenesysApp({ outdir: folders.outdir });
    const group = new UnitGroup(app, 'acme', { platform: Platform.gke(), imageRegistry: 'r.example.com', charts: testDelivery() });
    const pair = group.addPair('us', { geography: 'us' });
    pair.addUnit('a', { role: UnitRole.PRIMARY, region: 'us-east4' });
    pair.addUnit('b', { role: UnitRole.SECONDARY, region: 'us-central1' });
    app.synth();
    expect(() => new GroupTerraform(new App({ outdir: folders.terraformOutdir }), 'acme', { ...baseProps(group), gcpProject: undefined })).toThrow(
      new RegExp(`only the manifests in ${folders.outdir} was written, before this check[^]*no project was given[^]*Fix: build both in synthesize`),
    );
  });
});

describe('messages that used to mislead', () => {
  test('a managed PostgreSQL name with "_" is a naming problem, not a bad host', () => {
    const { problems } = synthInto(wrongInputModel({ postgres: { name: 'acme_pg' } }), previousOutput());
    expect(problems.join('\n')).toContain('Azure Database for PostgreSQL flexible server name "acme_pg"');
    expect(problems.join('\n')).not.toContain('not an IPv4 address or host name');
  });

  test('a unit in a group is never told it is outside one', () => {
    const { problems } = synthInto(wrongInputModel({ extra: (m) => new Unit(m.group, 'loose', { role: UnitRole.SECONDARY, region: 'eastus' }) }), previousOutput());
    expect(problems.join('\n')).not.toContain('outside a unit group');
  });
});
