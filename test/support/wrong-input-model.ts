import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { testDelivery } from './fixtures';
import {
  ConsulMesh,
  ConsulSettings,
  ElasticsearchCluster,
  EngagementServices,
  EngagementServicesProps,
  GenesysApp,
  GroupTerraform,
  HomedTenant,
  KafkaCluster,
  Platform,
  PostgresServer,
  RedisCluster,
  SecretReference,
  StateBackend,
  SynthesisResult,
  TenantService,
  Unit,
  UnitGroup,
  UnitMonitoring,
  UnitPair,
  UnitRole,
  VoiceMicroservices,
  VoiceRedis,
  clusterDnsAddress,
  synthesize,
} from '../../src';

/** What `synthesize` runs to build the model. */
type ModelDefinition = Parameters<typeof synthesize>[0];

/** A tenant beyond t100, homed in the primary or the secondary unit. */
export interface ExtraTenant {
  readonly tenantId: string;
  readonly shortId: string;
  readonly home: 'primary' | 'secondary';
}

/** What a case may change in the small valid model below; a wrong value goes through `as any`. */
export interface Knobs {
  readonly gke?: boolean;
  readonly groupId?: string;
  readonly group?: object;
  readonly pairId?: string;
  readonly pair?: object;
  readonly primaryId?: string;
  readonly secondaryId?: string;
  readonly primary?: object;
  readonly secondary?: object;
  readonly tenant?: object;
  readonly tenants?: ExtraTenant[];
  readonly consul?: object | false;
  readonly redis?: object;
  readonly voiceRedis?: object;
  readonly kafka?: object;
  readonly postgres?: object;
  readonly database?: object;
  readonly voice?: object;
  readonly tenantService?: object;
  /** Create the Tenant Service of each tenant a unit serves. @default true */
  readonly tenantServices?: boolean;
  readonly monitoring?: object;
  readonly mesh?: object;
  /** EngagementServices in the primary unit, as the README's example makes it, with any option changed; left out when not given. */
  readonly engagement?: object;
  /** Terraform options; false for a manifests-only model. */
  readonly terraform?: object | false;
  /** The managed stores' names. @default `<group>-<unit>-voice`, `<group>-<unit>-pg` */
  readonly storeName?: (unit: Unit, kind: 'voice' | 'pg') => string;
  /** More constructs, or changes, after the model is built. */
  readonly extra?: (m: BuiltModel) => void;
}

/** What the model built, for `extra`. */
export interface BuiltModel {
  readonly app: GenesysApp;
  readonly terraform: App;
  readonly group: UnitGroup;
  readonly pair: UnitPair;
  readonly primary: Unit;
  readonly secondary: Unit;
}

export const T100 = { tenantId: '9350e2fc-a1dd-4c65-8d40-1f75a2e080dd', shortId: 't100' };
export const T200 = { tenantId: '0f5c1d52-7a3e-4b8e-9a57-2b1c0d9e8f7a', shortId: 't200' };

/**
 * A valid unit group of one pair (us-east primary, us-central secondary), each unit with Consul,
 * the mesh, monitoring, managed Redis and PostgreSQL, Kafka, Voice and the Tenant Service of each
 * tenant it serves, and its Terraform: the README's model, with every option a knob.
 */
export function wrongInputModel(k: Knobs = {}): ModelDefinition {
  return (app, terraform) => {
    const gke = k.gke ?? false;
    const platform = gke ? Platform.gke() : Platform.aks();
    const group = new UnitGroup(app, k.groupId ?? 'acme', {
      platform, imageRegistry: gke ? 'us-docker.pkg.dev/acme/genesys' : 'acmegenesys.azurecr.io', charts: testDelivery(), ...k.group,
    } as any);
    const pair = group.addPair(k.pairId ?? 'us', { geography: 'us', ...k.pair } as any);
    const primary = pair.addUnit(k.primaryId ?? 'us-east', { role: UnitRole.PRIMARY, region: gke ? 'us-east4' : 'eastus2', ...k.primary } as any);
    const secondary = pair.addUnit(k.secondaryId ?? 'us-central', { role: UnitRole.SECONDARY, region: gke ? 'us-central1' : 'centralus', ...k.secondary } as any);
    group.addTenant({ ...T100, home: primary, ...k.tenant } as any);
    for (const t of k.tenants ?? []) group.addTenant({ tenantId: t.tenantId, shortId: t.shortId, home: t.home === 'primary' ? primary : secondary });
    const storeName = k.storeName ?? ((unit: Unit, kind: string) => `${group.groupId}-${unit.clusterId}-${kind}`);

    group.units.forEach((unit, index) => {
      if (k.consul !== false) new ConsulSettings(unit, 'consul', { datacenter: unit.clusterId, ...k.consul } as any);
      new ConsulMesh(unit, 'mesh', { ...k.mesh } as any);
      new UnitMonitoring(unit, 'monitoring', { platform: unit.platform, ...k.monitoring } as any);
      const store = RedisCluster.managed(unit, 'voice-redis', {
        platform: unit.platform, name: storeName(unit, 'voice'), shards: 3, replicasPerShard: 1, serviceGroup: 'voice', ...k.redis,
      } as any);
      const redis = new VoiceRedis(unit, 'voice-redis-services', { cluster: store, ...k.voiceRedis } as any);
      const kafka = new KafkaCluster(unit, 'kafka', { bootstrapServers: ['kafka.infra:9092'], version: '2.8', ...k.kafka } as any);
      const pg = PostgresServer.managed(unit, 'pg', { platform: unit.platform, name: storeName(unit, 'pg'), ...k.postgres } as any);
      new VoiceMicroservices(unit, 'voice', {
        platform: unit.platform,
        version: '100.0.100.0009',
        redis,
        kafka,
        voicemail: gke
          ? { gwsBaseUrl: 'https://gws.acme.example.com/auth/v3', fileSystem: {}, tenants: group.tenantsOf(unit) }
          : { gwsBaseUrl: 'https://gws.acme.example.com/auth/v3', azureBlob: {}, tenants: group.tenantsOf(unit) },
        sipCluster: gke ? { dnsServer: clusterDnsAddress(index) } : undefined,
        ...k.voice,
      } as any);
      for (const t of k.tenantServices === false ? [] : group.tenantsOf(unit)) {
        new TenantService(unit, `tenant-${t.shortId}`, {
          tenantId: t.tenantId,
          shortId: t.shortId,
          version: '100.0.100.0010',
          location: unit.region,
          sipDomain: `${t.shortId}.sip.acme.example.com`,
          redis: redis.binding('redis-tenant-stream'),
          kafka: kafka.binding,
          postgres: pg.database({
            database: `tenant_${t.shortId}`,
            service: 'tenant',
            tenant: t.shortId,
            credentials: SecretReference.of(`tenant-${t.shortId}-postgres`, 'password'),
            ...k.database,
          } as any),
          ...k.tenantService,
        } as any);
      }
      if (k.engagement && unit === primary) new EngagementServices(unit, 'engagement', { ...engagementProps(unit, group.tenantsHomedIn(unit), redis, kafka), ...k.engagement } as any);
    });
    k.extra?.({ app, terraform, group, pair, primary, secondary });
    if (k.terraform !== false) {
      new GroupTerraform(terraform, 'acme', {
        group,
        kubernetesVersion: '1.29',
        gcpProject: gke ? 'acme-genesys' : undefined,
        stateBackend: StateBackend.local(),
        aksSecurity: { publicApiServer: true },
        gkeSecurity: { publicControlPlane: true },
        storeProtection: { redisWithoutPassword: true },
        ...k.terraform,
      } as any);
    }
  };
}

/**
 * The README's EngagementServices options for a primary unit: GES, the Interaction Servers of its
 * tenants, and CX Contact with an Elasticsearch made in the unit.
 */
export function engagementProps(unit: Unit, tenants: HomedTenant[], voiceRedis: VoiceRedis, kafka: KafkaCluster): EngagementServicesProps {
  const secret = (name: string, key: string) => SecretReference.of(name, key);
  return {
    voiceRedis,
    kafka,
    tenants,
    ges: { version: '100.0.100.0050', gws: { publicAuth: 'https://gauth.acme.example.com' }, regionAffinity: unit.clusterId },
    interactionServer: { version: '100.0.100.0070' },
    cxContact: {
      elasticsearch: new ElasticsearchCluster(unit, 'cxc-es', { url: 'https://cxc-es.infra:9200', version: '7.17', serviceGroup: 'cxc' }),
      redisCredentials: secret('cxc-redis', 'password'),
      postgresCredentials: secret('cxc-postgres', 'password'),
      gws: { frontendUrl: 'https://gauth.acme.example.com', clientId: secret('cxc-gws', 'id'), clientSecret: secret('cxc-gws', 'secret') },
      configServer: { userName: secret('cxc-cfg', 'user'), password: secret('cxc-cfg', 'password') },
      complianceData: { clientId: secret('cxc-cdp', 'gcloud_id'), clientSecret: secret('cxc-cdp', 'gcloud_secret') },
    },
  };
}

/** Both output folders, each holding the previous output, to show that a failed synth leaves them as they were. */
export interface OutputFolders {
  readonly outdir: string;
  readonly terraformOutdir: string;
}

/** Fresh output folders with a previous output in each. */
export function previousOutput(): OutputFolders {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'wrong-inputs-'));
  const folders = { outdir: path.join(root, 'dist'), terraformOutdir: path.join(root, 'cdktf.out') };
  for (const dir of Object.values(folders)) {
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'previous.txt'), 'last good output');
  }
  return folders;
}

/** Every file under the folders with its content: equal before and after means untouched. */
export function snapshotOf(folders: OutputFolders): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out[full] = fs.readFileSync(full, 'utf8');
    }
  };
  for (const dir of Object.values(folders)) walk(dir);
  const parent = path.dirname(folders.outdir);
  out['(entries)'] = fs.readdirSync(parent).sort().join(',');
  return out;
}

/** Synthesizes a model into the folders, quietly. */
export function synthInto(define: ModelDefinition, folders: OutputFolders): SynthesisResult {
  return synthesize(define, { ...folders, report: false });
}
