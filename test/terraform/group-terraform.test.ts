import * as fs from 'fs';
import * as path from 'path';
import { Testing } from 'cdktf';
import { parse } from 'yaml';
import { Json, baseProps, resources } from './terraform-support';
import { referenceTerraformProps } from '../../apps/reference-terraform';
import { REFERENCE_CHART_REPOSITORY, defineReferenceTopology } from '../../apps/reference-topology';
import {
  ChartDelivery, ChartRelease, ChartRepository, ConsulMesh, ConsulSettings, GenesysApp, GroupTerraform, KafkaCluster, KubernetesPlatform,
  Platform, RedisCluster, UnitGroup, UnitRole, VoiceMicroservices, VoiceRedis,
  clusterDnsAddress,
} from '../../src';
import { testDelivery } from '../support/fixtures';
import { expectValidManifests } from '../support/schema';
import { T100 } from '../support/tenant-unit';

/** A GKE pair `us` (us-east, us-central) in group `acme` running Voice, SIP Cluster told `dnsServer` (or the Terraform's address). */
function defineGkePair(model: GenesysApp, dnsServer: string | undefined): UnitGroup {
  const group = new UnitGroup(model, 'acme', { platform: Platform.gke(), imageRegistry: 'registry.example.com', charts: testDelivery() });
  const us = group.addPair('us', { geography: 'us' });
  us.addUnit('us-east', { role: UnitRole.PRIMARY, region: 'us-east4' });
  us.addUnit('us-central', { role: UnitRole.SECONDARY, region: 'us-central1' });
  group.units.forEach((unit, index) => {
    new ConsulSettings(unit, 'consul', { datacenter: unit.clusterId });
    new ConsulMesh(unit, 'mesh');
    const store = RedisCluster.managed(unit, 'voice-redis', { platform: unit.platform, name: `acme-${unit.clusterId}-voice`, shards: 2, replicasPerShard: 1, serviceGroup: 'voice' });
    new VoiceMicroservices(unit, 'voice', {
      platform: unit.platform,
      version: '100.0.100.0009',
      redis: new VoiceRedis(unit, 'voice-redis-services', { cluster: store }),
      kafka: new KafkaCluster(unit, 'kafka', { bootstrapServers: ['kafka.infra:9092'], version: '2.8' }),
      voicemail: { gwsBaseUrl: 'https://gws.example.com/auth/v3', fileSystem: {}, tenants: [T100] },
      sipCluster: { dnsServer: dnsServer ?? clusterDnsAddress(index) },
    });
  });
  return group;
}

function build(cloud: KubernetesPlatform, charts?: ChartDelivery) {
  const model = new GenesysApp({ outdir: '/nonexistent' });
  const group = defineReferenceTopology(model, cloud, charts);
  const app = Testing.app();
  const tf = new GroupTerraform(app, 'acme', referenceTerraformProps(group, cloud));
  // A full synth, so cross-stack references resolve as `cdktf synth` resolves them.
  app.synth();
  const outdir = app.outdir;
  const json = (name: string): Json => JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'));
  const stacks: Record<string, Json> = { network: json('acme-network') };
  for (const unit of group.units) {
    stacks[`${unit.clusterId}-infra`] = json(`${unit.clusterId}-infra`);
    stacks[`${unit.clusterId}-workloads`] = json(`${unit.clusterId}-workloads`);
  }
  return { app, tf, group, model, stacks };
}

/**
 * Where a release's pods may run, read from its chart values: each `nodeSelector` naming a node
 * pool (003 §7, `genesys-pe.io/node-pool`), with the `tolerations` given beside it (at the top
 * level, or nested as GES's `ges.*` and Interaction Server's per-component values are).
 */
function placements(values: Json): Array<{ pool: string; tolerations: Json[] }> {
  if (!values || typeof values !== 'object' || Array.isArray(values)) return [];
  const here = values.nodeSelector?.['genesys-pe.io/node-pool'];
  const own = here ? [{ pool: here as string, tolerations: (values.tolerations ?? []) as Json[] }] : [];
  return [...own, ...Object.entries(values).filter(([k]) => k !== 'nodeSelector').flatMap(([, v]) => placements(v))];
}

/** The taints a node pool's tolerations match, as AKS writes them (`key=value:Effect`). */
const tolerated = (tolerations: Json[]) => tolerations.map((t) => `${t.key}=${t.value}:${t.effect}`);

describe('Terraform of the reference topology on AKS', () => {
  const { tf, stacks } = build(KubernetesPlatform.AKS);

  test('stacks are named after the units they build: infra and workloads per unit, one network stack', () => {
    expect(Object.keys(tf.infraStacks).sort()).toEqual(['eu-north', 'eu-west', 'us-central', 'us-east']);
    expect(tf.networkStack.node.id).toBe('acme-network');
    expect(tf.infraStacks['us-east'].node.id).toBe('us-east-infra');
    expect(tf.workloadStacks['us-east'].node.id).toBe('us-east-workloads');
    // Workloads wait for their infrastructure (CRDs first).
    expect(tf.workloadStacks['us-east'].dependencies).toContain(tf.infraStacks['us-east']);
  });

  test('resource group, VNet, subnet and an AKS cluster with Azure CNI, zones and the Kubernetes version', () => {
    const infra = stacks['us-east-infra'];
    expect(resources(infra, 'azurerm_resource_group')[0]).toMatchObject({ name: 'acme-us-east', location: 'eastus2' });
    expect(resources(infra, 'azurerm_virtual_network')[0].address_space).toEqual(['10.1.0.0/16']);
    const cluster = resources(infra, 'azurerm_kubernetes_cluster')[0];
    expect(cluster.network_profile.network_plugin).toBe('azure');
    expect(cluster.kubernetes_version).toBe('1.29');
    // The system pool runs the critical add-ons only; the guide's general pool is a user pool.
    expect(cluster.default_node_pool).toMatchObject({ name: 'system', zones: ['1', '2', '3'], only_critical_addons_enabled: true });
    const general = resources(infra, 'azurerm_kubernetes_cluster_node_pool').find((p) => p.name === 'general')!;
    expect(general).toMatchObject({ zones: ['1', '2', '3'], node_labels: { 'genesys-pe.io/node-pool': 'general' } });
    expect(general.node_taints).toBeUndefined();
  });

  test('the real-time pool is labelled and tainted as the services expect and drains for over 60 minutes', () => {
    const pool = resources(stacks['us-east-infra'], 'azurerm_kubernetes_cluster_node_pool').find((p) => p.name === 'realtime')!;
    expect(pool.node_labels).toEqual({ 'genesys-pe.io/node-pool': 'realtime' });
    expect(pool.node_taints).toEqual(['genesys-pe.io/node-pool=realtime:NoSchedule']);
    expect(pool.upgrade_settings.drain_timeout_in_minutes).toBeGreaterThanOrEqual(60);
    expect(pool.zones).toEqual(['1', '2', '3']);
  });

  test('every release selects a pool that exists, and tolerates exactly its taint (chart values of the Flux HelmReleases)', () => {
    const infra = stacks['us-east-infra'];
    const pools = new Map<string, Json>(resources(infra, 'azurerm_kubernetes_cluster_node_pool').map((p) => [p.name, p] as [string, Json]));
    const helmReleases = resources(stacks['us-east-workloads'], 'kubernetes_manifest').map((m) => m.manifest).filter((o) => o.kind === 'HelmRelease');
    expect(helmReleases.length).toBeGreaterThan(0);
    const selected = new Map<string, Array<{ pool: string; tolerations: Json[] }>>();
    for (const release of helmReleases) selected.set(release.metadata.name, placements(release.spec.values));
    for (const [, found] of selected) {
      for (const { pool, tolerations } of found) {
        expect(pools.has(pool)).toBe(true);
        expect(tolerated(tolerations)).toEqual(pools.get(pool)!.node_taints ?? []);
      }
    }
    // The guides' placement (003 §7): SIP Server on the tainted real-time pool, GES on the general pool.
    expect(selected.get('voice-sip')).toEqual([
      { pool: 'realtime', tolerations: [{ key: 'genesys-pe.io/node-pool', operator: 'Equal', value: 'realtime', effect: 'NoSchedule' }] },
    ]);
    expect(selected.get('ges')!.map((p) => p.pool)).toEqual(['general']);
    expect(selected.get('ges')![0].tolerations).toEqual([]);
  });

  test('VNet peering between every two units, both ways', () => {
    const peerings = resources(stacks.network, 'azurerm_virtual_network_peering').map((p) => p.name).sort();
    const units = ['eu-north', 'eu-west', 'us-central', 'us-east'];
    expect(peerings).toEqual(units.flatMap((a) => units.filter((b) => b !== a).map((b) => `${a}-to-${b}`)).sort());
  });

  test('managed stores: Azure Cache for Redis Premium, clustered, TLS; PostgreSQL flexible server, zone-redundant', () => {
    const redis = resources(stacks['us-east-infra'], 'azurerm_redis_cache').find((r) => r.name === 'acme-us-east-voice')!;
    expect(redis).toMatchObject({ name: 'acme-us-east-voice', sku_name: 'Premium', shard_count: 3, replicas_per_master: 1, non_ssl_port_enabled: false, minimum_tls_version: '1.2', redis_version: '6' });
    const pg = resources(stacks['us-east-infra'], 'azurerm_postgresql_flexible_server').find((r) => r.name === 'acme-us-east-pg')!;
    expect(pg).toMatchObject({ high_availability: { mode: 'ZoneRedundant' } });
    // The primary unit also provisions GES's and CX Contact's stores, and a server per tenant for Interaction Server (004 §2.1).
    expect(resources(stacks['us-east-infra'], 'azurerm_redis_cache').map((r) => r.name).sort()).toEqual(['acme-us-east-cxc', 'acme-us-east-ges', 'acme-us-east-voice']);
    expect(resources(stacks['us-east-infra'], 'azurerm_postgresql_flexible_server_database').map((d) => d.name).sort()).toEqual(
      ['cxc', 'ges', 'ixn-node-t100', 'ixn-t100', 'tenant_t100'],
    );
  });

  test('prerequisites by Helm: Consul with the unit\'s values, ingress-nginx, KEDA, the prometheus-operator CRDs, Kafka', () => {
    const releases = resources(stacks['us-central-infra'], 'helm_release');
    expect(releases.map((r) => r.name).sort()).toEqual(['consul', 'infra-kafka', 'ingress-nginx', 'keda', 'prometheus-operator-crds']);
    const consul = releases.find((r) => r.name === 'consul')!;
    expect(consul.values[0]).toContain('primaryDatacenter: us-east');
    expect(consul.values[0]).toContain('manageSystemACLs: true');
  });

  test('the workloads stack pins the Kubernetes provider its kubernetes_manifest resources need', () => {
    expect(stacks['us-east-workloads'].terraform.required_providers.kubernetes).toEqual({ source: 'kubernetes', version: expect.stringMatching(/^2\./) });
    // Only the attribute the library sets (besides cdktf's metadata and the ordering).
    for (const m of resources(stacks['us-east-workloads'], 'kubernetes_manifest')) {
      expect(Object.keys(m).filter((k) => k !== 'depends_on' && k !== '//')).toEqual(['manifest']);
    }
  });

  test('the manifests are applied in deployment order, each one schema-valid', () => {
    const manifests = resources(stacks['us-east-workloads'], 'kubernetes_manifest');
    expectValidManifests(manifests.map((m) => m.manifest));
    const first = manifests.find((m) => m.manifest.kind === 'Namespace')!;
    expect(first.depends_on).toBeUndefined();
    // Follow the chain of barriers back from the last one: it must visit the files in name order.
    const workloads = stacks['us-east-workloads'].resource;
    const barriers = workloads.terraform_data as Record<string, Json>;
    const name = (key: string) => key.replace(/^workloads_after-|_[0-9A-F]+$/g, '');
    const all = [...Object.values<Json>(workloads.kubernetes_manifest), ...Object.values<Json>(workloads.kubernetes_secret_v1)];
    const awaited = new Set(all.flatMap((r) => r.depends_on ?? []).map((d: string) => d.split('.')[1]));
    const previous = (key: string): string | undefined => {
      const [type, id] = (barriers[key].depends_on[0] as string).split('.');
      return workloads[type][id].depends_on?.[0]?.split('.')[1];
    };
    const last = Object.keys(barriers).find((k) => !awaited.has(k))!;
    const chain: string[] = [];
    for (let k: string | undefined = last; k; k = previous(k)) chain.unshift(name(k));
    expect(chain.slice(0, 4)).toEqual(['00-cluster', 'secrets', '01-infrastructure', '01-mesh']);
    expect(chain).toContain('03-voice');
    expect(chain).toEqual([...chain].sort((a, b) => (a === 'secrets' ? '00-zz' : a).localeCompare(b === 'secrets' ? '00-zz' : b)));
  });

  test('credentials Secrets come from the stores\' outputs, marked sensitive; no secret value in any manifest', () => {
    const workloads = stacks['us-east-workloads'];
    const secrets = resources(workloads, 'kubernetes_secret_v1');
    expect(secrets.map((s) => `${s.metadata.namespace}/${s.metadata.name}`).sort()).toEqual(
      [
        'voice/redis-agent-token', 'voice/redis-callthread-token', 'voice/redis-config-token', 'voice/redis-ors-stream-token', 'voice/redis-ors-token',
        'voice/redis-registrar-token', 'voice/redis-rq-token', 'voice/redis-sip-token', 'voice/redis-tenant-token', 'voice/tenant-t100-postgres',
        'cxc/cxc-postgres', 'cxc/cxc-redis', 'ges/ges-secrets-infra', 'ges/voice-redis-ors-stream', 'ixn/ixn-db-secret-t100',
        'ixn/ixn-node-db-secret-t100', 'ixn/redis-ors-secret',
      ].sort(),
    );
    // Each consumer gets the form its guide reads: the Voice JSON, the ORS stream JSON, a bare password.
    const gesStream = secrets.find((s) => s.metadata.name === 'voice-redis-ors-stream')!.data['voice-redis-ors-stream'];
    expect(gesStream).toContain('"rejectUnauthorized" = "true"');
    expect(gesStream).toContain('"servername" = "acme-us-east-voice.redis.cache.windows.net"');
    expect(secrets.find((s) => s.metadata.name === 'cxc-redis')!.data.password).toMatch(/^\$\{data\.terraform_remote_state\..*primary_access_key\}$/);
    // A database's user key gets the provisioned server's login beside the password.
    const gesInfra = secrets.find((s) => s.metadata.name === 'ges-secrets-infra')!.data;
    expect(gesInfra['DB-USER']).toBe('genesys');
    expect(gesInfra['DB-PASSWORD']).toMatch(/^\$\{data\.terraform_remote_state\..*\}$/);
    expect(secrets.find((s) => s.metadata.name === 'tenant-t100-postgres')!.data.user).toBe('genesys');
    expect(Object.keys(secrets.find((s) => s.metadata.name === 'cxc-postgres')!.data)).toEqual(['password']);
    const agent = secrets.find((s) => s.metadata.name === 'redis-agent-token')!;
    expect(agent.data['redis-agent-state']).toMatch(/^\$\{jsonencode\(\{"password" = data\.terraform_remote_state\..*primary_access_key.*\}\)\}$/);
    const outputs = Object.values<Json>(stacks['us-east-infra'].output ?? {});
    expect(outputs.length).toBeGreaterThan(0);
    for (const o of outputs) expect(o.sensitive).toBe(true);
    const bodies = JSON.stringify(resources(workloads, 'kubernetes_manifest').map((m) => m.manifest));
    expect(bodies).not.toMatch(/primary_access_key|random_password|\.result/);
    expect(resources(workloads, 'kubernetes_manifest').some((m) => m.manifest.kind === 'Secret')).toBe(false);
  });
});

describe('Terraform of the reference topology on GKE', () => {
  const { stacks } = build(KubernetesPlatform.GKE);

  test('a Standard, VPC-native cluster with alias ranges, Filestore CSI on, Dataplane V2 rather than Calico, no Autopilot', () => {
    const cluster = resources(stacks['us-east-infra'], 'google_container_cluster')[0];
    expect(cluster).toMatchObject({
      name: 'acme-us-east',
      location: 'us-east4',
      enable_autopilot: false,
      networking_mode: 'VPC_NATIVE',
      ip_allocation_policy: { cluster_secondary_range_name: 'pods', services_secondary_range_name: 'services' },
      addons_config: { gcp_filestore_csi_driver_config: { enabled: true }, network_policy_config: { disabled: true } },
      datapath_provider: 'ADVANCED_DATAPATH',
      release_channel: { channel: 'REGULAR' },
    });
    expect(cluster.network_policy).toBeUndefined();
    expect(JSON.stringify(cluster)).not.toMatch(/istio/i);
  });

  test('node pools on Container-Optimized OS with containerd, labelled and tainted', () => {
    const pools = resources(stacks['us-east-infra'], 'google_container_node_pool');
    expect(pools.map((p) => p.name).sort()).toEqual(['general', 'realtime']);
    for (const p of pools) expect(p.node_config.image_type).toBe('COS_CONTAINERD');
    expect(pools.find((p) => p.name === 'realtime')!.node_config.taint).toEqual([{ key: 'genesys-pe.io/node-pool', value: 'realtime', effect: 'NO_SCHEDULE' }]);
  });

  test('the group\'s units share one VPC with a regional subnet each; no peering needed', () => {
    expect(resources(stacks.network, 'google_compute_network')).toEqual([expect.objectContaining({ name: 'acme-vpc', auto_create_subnetworks: false })]);
    const subnets = ['us-east', 'us-central', 'eu-west', 'eu-north'].map((u) => resources(stacks[`${u}-infra`], 'google_compute_subnetwork')[0]);
    expect(subnets.map((s) => s.region)).toEqual(['us-east4', 'us-central1', 'europe-west1', 'europe-north1']);
    expect(resources(stacks.network, 'azurerm_virtual_network_peering')).toEqual([]);
  });

  test('Memorystore for Redis Cluster and Cloud SQL, reached by names in the unit\'s private zone', () => {
    const infra = stacks['eu-west-infra'];
    expect(resources(infra, 'google_redis_cluster')[0]).toMatchObject({ name: 'acme-eu-west-voice', shard_count: 3, replica_count: 1, transit_encryption_mode: 'TRANSIT_ENCRYPTION_MODE_SERVER_AUTHENTICATION' });
    expect(resources(infra, 'google_sql_database_instance')[0].settings.ip_configuration).toMatchObject({ ipv4_enabled: false, ssl_mode: 'ENCRYPTED_ONLY' });
    expect(resources(infra, 'google_dns_managed_zone')[0].dns_name).toBe('eu-west.acme.internal.');
    expect(resources(infra, 'google_dns_record_set').map((r) => r.name).sort()).toEqual(['acme-eu-west-pg.eu-west.acme.internal.', 'acme-eu-west-voice.eu-west.acme.internal.']);
    const redisService = resources(stacks['eu-west-workloads'], 'kubernetes_manifest').find((m) => m.manifest.kind === 'Service' && m.manifest.metadata.name === 'redis-sip-state')!;
    expect(redisService.manifest.spec).toEqual({ type: 'ExternalName', externalName: 'acme-eu-west-voice.eu-west.acme.internal' });
  });

  test('every kubernetes_manifest body passes the schema check', () => {
    for (const unit of ['us-east', 'us-central', 'eu-west', 'eu-north']) {
      expectValidManifests(resources(stacks[`${unit}-workloads`], 'kubernetes_manifest').map((m) => m.manifest));
    }
  });
});

describe('Terraform delivery of the charts: a helm_release per release in the workloads stack', () => {
  const { group, stacks } = build(KubernetesPlatform.AKS, ChartDelivery.terraform({ repository: REFERENCE_CHART_REPOSITORY }));
  const unit = group.units.find((u) => u.clusterId === 'us-east')!;
  const model = ChartRelease.allUnder(unit);
  const workloads = stacks['us-east-workloads'];
  const helmReleases = resources(workloads, 'helm_release');
  const byName = (name: string) => helmReleases.find((r) => r.name === name)!;

  test('one helm_release per release of the unit, from the chart repository, with the model\'s values; no release objects in the manifests', () => {
    expect(model.length).toBeGreaterThan(10);
    expect(helmReleases.map((r) => `${r.namespace}/${r.name}`).sort()).toEqual(model.map((r) => `${r.namespace}/${r.releaseName}`).sort());
    for (const release of model) {
      const resource = byName(release.releaseName);
      expect(resource).toMatchObject({
        chart: release.chart.chart,
        repository: 'https://charts.acme.example.com/genesys',
        version: release.chartVersion,
        namespace: release.namespace,
        // The guides install with --wait (000 §3).
        wait: true,
      });
      expect(parse(resource.values[0])).toEqual(release.values);
    }
    const kinds = resources(workloads, 'kubernetes_manifest').map((m) => m.manifest.kind);
    expect(kinds.filter((k) => ['HelmRelease', 'HelmRepository', 'Application'].includes(k))).toEqual([]);
    // The unit's other objects are still applied as manifests.
    expect(kinds).toContain('Namespace');
  });

  test('each release waits for the previous wave, and its own wave waits for it', () => {
    const barriers = workloads.resource.terraform_data as Record<string, Json>;
    const barrierName = (ref: string) => ref.split('.')[1].replace(/^workloads_after-|_[0-9A-F]+$/g, '');
    const releaseIds = Object.entries<Json>(workloads.resource.helm_release);
    // The waves in apply order: the files' names, with the credentials Secrets after the first.
    const waves = [...new Set(Object.keys(barriers).map((k) => barrierName(`terraform_data.${k}`)))]
      .sort((a, b) => (a === 'secrets' ? '00-zz' : a).localeCompare(b === 'secrets' ? '00-zz' : b));
    expect(waves.slice(0, 2)).toEqual(['00-cluster', 'secrets']);
    for (const release of model) {
      const [id, resource] = releaseIds.find(([, r]) => r.name === release.releaseName)!;
      const wave = release.fileName.replace(/\.yaml$/, '');
      // Exactly the barrier of the wave before its own.
      expect(resource.depends_on).toHaveLength(1);
      expect(resource.depends_on[0]).toMatch(/^terraform_data\./);
      expect(barrierName(resource.depends_on[0])).toBe(waves[waves.indexOf(wave) - 1]);
      const own = Object.entries(barriers).find(([k]) => barrierName(`terraform_data.${k}`) === wave)![1];
      expect(own.depends_on).toContain(`helm_release.${id}`);
    }
    // Voice (wave 3) before the Tenant Service, before Voicemail (000 §5.1).
    const waveOf = (name: string) => waves.indexOf(model.find((r) => r.releaseName === name)!.fileName.replace(/\.yaml$/, ''));
    expect(waveOf('voice-agent')).toBeLessThan(waveOf('t100'));
    expect(waveOf('t100')).toBeLessThan(waveOf('voice-voicemail'));
  });

  test('a repository with a login Secret: the login comes from sensitive variables, never from the output', () => {
    expect(workloads.variable).toEqual({
      chart_repository_username: { type: 'string', sensitive: true, description: expect.any(String) },
      chart_repository_password: { type: 'string', sensitive: true, description: expect.any(String) },
    });
    for (const release of helmReleases) {
      expect(release.repository_username).toBe('${var.chart_repository_username}');
      expect(release.repository_password).toBe('${var.chart_repository_password}');
    }
  });

  test('a repository without a login: no variables, no login on the releases', () => {
    const open = build(KubernetesPlatform.AKS, ChartDelivery.terraform({ repository: ChartRepository.url('https://charts.acme.example.com/genesys') })).stacks['us-east-workloads'];
    expect(open.variable).toBeUndefined();
    const releases = resources(open, 'helm_release');
    expect(releases.length).toBe(helmReleases.length);
    for (const release of releases) {
      expect(release.repository_username).toBeUndefined();
      expect(release.repository_password).toBeUndefined();
    }
  });

  test('every release selects a pool that exists and tolerates exactly its taint (helm_release values)', () => {
    const pools = new Map<string, Json>(resources(stacks['us-east-infra'], 'azurerm_kubernetes_cluster_node_pool').map((p) => [p.name, p] as [string, Json]));
    let checked = 0;
    for (const release of helmReleases) {
      for (const { pool, tolerations } of placements(parse(release.values[0]))) {
        expect(pools.has(pool)).toBe(true);
        expect(tolerated(tolerations)).toEqual(pools.get(pool)!.node_taints ?? []);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(placements(parse(byName('t100').values[0]))).toEqual([
      { pool: 'realtime', tolerations: [{ key: 'genesys-pe.io/node-pool', operator: 'Equal', value: 'realtime', effect: 'NoSchedule' }] },
    ]);
  });

  test('chart values that are credentials are set from their Secrets, sensitive, not written into the values', () => {
    const sensitive = helmReleases.flatMap((r) => r.set_sensitive ?? []);
    // CX Contact's chart takes its Redis password and logins as values (002).
    expect(byName('cxc').set_sensitive.map((v: Json) => v.name)).toEqual(expect.arrayContaining(['redis.password', 'configserver.user_password', 'gws.client_secret']));
    expect(parse(byName('cxc').values[0]).redis?.password).toBeUndefined();
    // One data source per Secret read, however many of its keys are used.
    const referenced = new Set(sensitive.map((v: Json) => /kubernetes_secret_v1\.([^.]+)\./.exec(v.value)![1]));
    expect(Object.keys(workloads.data.kubernetes_secret_v1).sort()).toEqual([...referenced].sort());
    expect(referenced.size).toBeLessThan(sensitive.length);
    for (const value of sensitive) expect(value.value).toMatch(/^\$\{data\.kubernetes_secret_v1\.[^}]+\.data\[/);
    for (const release of helmReleases) {
      for (const set of release.set_sensitive ?? []) expect(release.values[0]).not.toContain(set.value);
    }
  });
});

describe('GroupTerraform and the container registry (AKS)', () => {
  const ACR = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/acme-shared/providers/Microsoft.ContainerRegistry/registries/acmegenesys';
  const infraOf = (containerRegistryId?: string) => {
    const model = new GenesysApp({ outdir: '/nonexistent' });
    const group = defineReferenceTopology(model);
    const app = Testing.app();
    new GroupTerraform(app, 'acme', baseProps(group, { containerRegistryId }));
    return JSON.parse(Testing.synth(app.node.findChild('us-east-infra') as any));
  };
  const refused = (containerRegistryId: string) => {
    const group = defineReferenceTopology(new GenesysApp({ outdir: '/nonexistent' }));
    try {
      new GroupTerraform(Testing.app(), 'acme', baseProps(group, { containerRegistryId }));
      return '';
    } catch (error) {
      return (error as Error).message;
    }
  };

  test('every AKS cluster\'s kubelet identity may pull from the registry (AcrPull), so no pull secret is needed', () => {
    const assignment = resources(infraOf(ACR), 'azurerm_role_assignment').find((r) => r.role_definition_name === 'AcrPull')!;
    expect(assignment).toMatchObject({ scope: ACR, role_definition_name: 'AcrPull', skip_service_principal_aad_check: true });
    expect(assignment.principal_id).toMatch(/^\$\{azurerm_kubernetes_cluster\.[^.]+\.kubelet_identity\[0\]\.object_id\}$/);
  });

  test('no AcrPull unless a registry is given', () => {
    expect(resources(infraOf(), 'azurerm_role_assignment').filter((r) => r.role_definition_name === 'AcrPull')).toEqual([]);
  });

  test('an id that is not an ACR, or an ACR the units do not pull from, is refused with the fix', () => {
    expect(refused('acmegenesys.azurecr.io')).toContain(
      '[acme] GroupTerraform: containerRegistryId "acmegenesys.azurecr.io" is not the resource id of an Azure Container Registry. Fix: give it as /subscriptions/',
    );
    expect(refused(ACR.replace(/acmegenesys$/, 'other'))).toContain(
      '[acme] GroupTerraform: containerRegistryId names registry other (other.azurecr.io), but units us-east, us-central, eu-west, eu-north pull from acmegenesys.azurecr.io. '
        + "Fix: give the id of the registry the units pull from, or set the units' imageRegistry to other.azurecr.io.",
    );
  });
});

describe('GroupTerraform refuses what it cannot build', () => {
  test('GKE units without a GCP project', () => {
    const model = new GenesysApp({ outdir: '/nonexistent' });
    const group = defineReferenceTopology(model, KubernetesPlatform.GKE);
    expect(() => new GroupTerraform(Testing.app(), 'acme', baseProps(group, { gcpProject: undefined }))).toThrow(
      '[acme] GroupTerraform: units us-east, us-central, eu-west, eu-north run on GKE, whose clusters, VPC and data stores are created in a GCP project, but no project was given. Fix: give gcpProject',
    );
  });

  test('a unit with meshed services but no ConsulSettings, unless Consul is installed by the user', () => {
    const model = new GenesysApp({ outdir: '/nonexistent' });
    const group = defineGkePair(model, undefined);
    group.units[1].node.tryRemoveChild('consul');
    const terraform = (prerequisites?: { consul: boolean }) => () =>
      new GroupTerraform(Testing.app(), 'acme', baseProps(group, { prerequisites }));
    expect(terraform()).toThrow(
      "[acme] GroupTerraform: unit us-central runs services in the Consul mesh, but has no ConsulSettings, whose values the Terraform installs Consul with (000 §2.4). Fix: add new ConsulSettings(unit, 'consul', { datacenter: 'us-central' }), or set prerequisites: { consul: false } and install Consul yourself.",
    );
    expect(terraform({ consul: false })).not.toThrow();
  });

  test('a GKE SIP Cluster pointed at another DNS address than the cluster the Terraform creates', () => {
    const model = new GenesysApp({ outdir: '/nonexistent' });
    const group = defineGkePair(model, '10.1.0.10');
    let message = '';
    try {
      new GroupTerraform(Testing.app(), 'acme', baseProps(group));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('[acme] GroupTerraform: SIP Cluster "acme/us/us-east/voice/voice-sip" resolves names at 10.1.0.10, but the GKE cluster this Terraform creates for us-east serves cluster DNS at 10.201.0.10');
    expect(message).toContain("Fix: give sipCluster: { dnsServer: clusterDnsAddress(group.units.indexOf(unit)) } ('10.201.0.10').");
    expect(message).toContain('for us-central serves cluster DNS at 10.202.0.10');
    // With the address the Terraform gives, it synthesizes.
    const good = defineGkePair(new GenesysApp({ outdir: '/nonexistent' }), undefined);
    expect(() => new GroupTerraform(Testing.app(), 'acme', baseProps(good))).not.toThrow();
  });

  test('a model with problems: the same report as the manifests, nothing synthesized', () => {
    const model = new GenesysApp({ outdir: '/nonexistent' });
    const group = defineReferenceTopology(model, KubernetesPlatform.AKS);
    group.addTenant({ tenantId: 'bad', shortId: 't9', home: group.units[0] });
    expect(() => new GroupTerraform(Testing.app(), 'acme', baseProps(group))).toThrow(/tenant t9: id "bad" is not a UUID/);
  });
});
