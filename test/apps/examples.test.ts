import { Testing } from 'cdktf';
import { PAIR_TENANT, defineGkeUnitPair, gkeUnitPairTerraformProps } from '../../apps/gke-unit-pair';
import { REFERENCE_TENANTS, defineReferenceTopology } from '../../apps/reference-topology';
import { T100, defineSingleAksUnit } from '../../apps/single-aks-unit';
import { GenesysApp, GroupTerraform, KubernetesPlatform, UnitRole } from '../../src';
import { K8sObject, Synthesized, synth } from '../support/synth';
import { releaseValues } from '../support/values';

/**
 * The repository's example apps (README, Development), each synthesized through the shared schema
 * check, with the facts a reader of the README expects of them.
 */

function newApp(): GenesysApp {
  return new GenesysApp({ outdir: '/nonexistent/never-written' });
}

/** The unit folders and top-level files an app wrote. */
function topLevel(out: Synthesized): string[] {
  return [...new Set(Object.keys(out.files).map((f) => f.split('/')[0]))].sort();
}

/** The unit's chart releases: a Flux HelmRelease or an Argo CD Application per service. */
const releases = (objects: K8sObject[]) => objects.filter((o) => o.kind === 'HelmRelease' || o.kind === 'Application');
/** The Helm release name a HelmRelease or Application installs. */
const releaseName = (o: K8sObject): string => (o.kind === 'HelmRelease' ? (o as any).spec.releaseName : (o as any).spec.source.helm.releaseName);
/** The tenant ids of the unit's Tenant Service releases (`tenantid` in the chart values), in the Tenant Service's wave. */
const tenantReleases = (out: Synthesized, unit: string) =>
  releases(out.inUnit(unit))
    .filter((o) => o.file.endsWith('/04-tenant.yaml'))
    .map((o) => releaseValues(out, unit, releaseName(o)).tenantid)
    .sort();
/** The cluster DNS address SIP Server is given (`context.envs.dnsServer`, 000 §8.3). */
const sipDnsServer = (out: Synthesized, unit: string) => releaseValues(out, unit, 'voice-sip').context.envs.dnsServer;

describe('apps/single-aks-unit.ts: one AKS unit outside a group', () => {
  const app = newApp();
  const unit = defineSingleAksUnit(app);
  const out = synth(app);

  test('writes one folder, us-east/, in wave order', () => {
    expect(topLevel(out)).toEqual(['us-east']);
    expect(Object.keys(out.files).filter((f) => f.endsWith('.yaml') && !f.includes('/helm/'))).toEqual([
      'us-east/00-cluster.yaml',
      'us-east/01-infrastructure.yaml',
      'us-east/01-mesh.yaml',
      'us-east/03-voice.yaml',
      'us-east/04-tenant.yaml',
      'us-east/04-voicemail.yaml',
      // The Secrets and ConfigMaps the charts read by name, which the operator provides.
      'us-east/prerequisites/prerequisites.yaml',
    ]);
  });

  test('a primary AKS unit of group acme, with the eleven Voice services and the Tenant Service of t100', () => {
    expect(unit.role).toBe(UnitRole.PRIMARY);
    expect(unit.platform.kind).toBe(KubernetesPlatform.AKS);
    expect(unit.unitGroup).toBe('acme');
    // Ten releases in 03-voice.yaml; Voicemail after the Tenant Service (000 §5.1).
    expect(releases(out.inUnit('us-east')).filter((o) => o.metadata.namespace === 'voice' && o.file.endsWith('03-voice.yaml'))).toHaveLength(10);
    expect(releases(out.inUnit('us-east')).filter((o) => o.file.endsWith('04-voicemail.yaml')).map(releaseName)).toEqual(['voice-voicemail']);
    expect(releases(out.inUnit('us-east')).filter((o) => o.file.endsWith('04-tenant.yaml')).map(releaseName)).toEqual(['t100']);
    expect(tenantReleases(out, 'us-east')).toEqual([T100.tenantId]);
    expect(sipDnsServer(out, 'us-east')).toBe('10.0.0.10');
  });
});

describe('apps/gke-unit-pair.ts: a GKE pair, one primary and one secondary unit in one geography', () => {
  const app = newApp();
  const group = defineGkeUnitPair(app);
  const out = synth(app);

  test('writes a folder per unit and the group diagram', () => {
    expect(topLevel(out)).toEqual(['eu-north', 'eu-west', 'globex-topology.mmd']);
    expect(out.files['eu-west/07-ges.yaml']).toBeDefined();
    expect(out.files['eu-north/07-ges.yaml']).toBeUndefined();
    expect(out.files['eu-west/95-monitoring.yaml']).toBeDefined();
  });

  test('one pair in europe: eu-west primary, eu-north secondary, both on GKE', () => {
    expect(group.pairs.map((p) => [p.node.id, p.geography])).toEqual([['eu', 'europe']]);
    expect(group.units.map((u) => [u.clusterId, u.role, u.region, u.platform.kind])).toEqual([
      ['eu-west', UnitRole.PRIMARY, 'europe-west1', KubernetesPlatform.GKE],
      ['eu-north', UnitRole.SECONDARY, 'europe-north1', KubernetesPlatform.GKE],
    ]);
  });

  test('tenant t300 is homed in eu-west and backed by eu-north: its Tenant Service runs in both', () => {
    expect(group.tenants.map((t) => [t.shortId, t.home.clusterId, t.backup?.clusterId])).toEqual([['t300', 'eu-west', 'eu-north']]);
    for (const unit of ['eu-west', 'eu-north']) expect(tenantReleases(out, unit)).toEqual([PAIR_TENANT.tenantId]);
  });

  test('Voice in both units, SIP Cluster at the kube-dns address of the cluster the Terraform creates', () => {
    for (const unit of ['eu-west', 'eu-north']) {
      const voice = releases(out.inUnit(unit)).filter((o) => o.file.endsWith('03-voice.yaml') || o.file.endsWith('04-voicemail.yaml'));
      expect(voice.map(releaseName).sort()).toEqual([
        'voice-agent', 'voice-callthread', 'voice-config', 'voice-dialplan', 'voice-ors', 'voice-registrar', 'voice-rq', 'voice-sip', 'voice-sipfe',
        'voice-sipproxy', 'voice-voicemail',
      ]);
      expect(voice.every((o) => o.kind === 'Application')).toBe(true);
    }
    expect(sipDnsServer(out, 'eu-west')).toBe('10.201.0.10');
    expect(sipDnsServer(out, 'eu-north')).toBe('10.202.0.10');
  });

  test('GES in the primary only, preferring its unit\'s Consul datacenter', () => {
    expect(Object.keys(out.files).filter((f) => f.endsWith('/07-ges.yaml') || f.endsWith('/helm/ges.values.yaml'))).toEqual(['eu-west/07-ges.yaml', 'eu-west/helm/ges.values.yaml']);
    expect(releaseValues(out, 'eu-west', 'ges').ges.configMap.env.regionAffinity).toBe('eu-west');
    expect(out.files['eu-west/helm/consul-values.yaml']).toContain('datacenter: eu-west');
  });

  test('its Terraform: infra and workloads stacks per unit and the group network', () => {
    const tf = Testing.app();
    new GroupTerraform(tf, 'globex', gkeUnitPairTerraformProps(group));
    expect(tf.node.children.map((c) => c.node.id).filter((id) => id !== 'globex').sort()).toEqual([
      'eu-north-infra', 'eu-north-workloads', 'eu-west-infra', 'eu-west-workloads', 'globex-network',
    ]);
  });
});

describe('apps/reference-topology.ts: the reference group', () => {
  for (const cloud of [KubernetesPlatform.AKS, KubernetesPlatform.GKE]) {
    describe(cloud, () => {
      const app = newApp();
      const group = defineReferenceTopology(app, cloud);
      const out = synth(app);

      test('writes the four units\' folders and the diagram', () => {
        expect(topLevel(out)).toEqual(['acme-topology.mmd', 'eu-north', 'eu-west', 'us-central', 'us-east']);
        expect(group.units.filter((u) => u.role === UnitRole.PRIMARY).map((u) => u.clusterId)).toEqual(['us-east']);
      });

      test('t100 runs in the us pair, t200 in the eu pair', () => {
        expect(tenantReleases(out, 'us-east')).toEqual([REFERENCE_TENANTS.t100.tenantId]);
        expect(tenantReleases(out, 'us-central')).toEqual([REFERENCE_TENANTS.t100.tenantId]);
        expect(tenantReleases(out, 'eu-west')).toEqual([REFERENCE_TENANTS.t200.tenantId]);
        expect(tenantReleases(out, 'eu-north')).toEqual([REFERENCE_TENANTS.t200.tenantId]);
      });

      test('GES, CX Contact and Interaction Server in the primary unit only', () => {
        for (const file of ['07-ges.yaml', '07-cxc.yaml', '08-ixn.yaml']) {
          expect(Object.keys(out.files).filter((f) => f.endsWith(`/${file}`))).toEqual([`us-east/${file}`]);
        }
        expect(releaseValues(out, 'us-east', 'ges').ges.configMap.env.regionAffinity).toBe('us-east');
      });
    });
  }
});
