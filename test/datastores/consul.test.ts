import { parse } from '@cdktf/hcl2json';
import { parse as parseYaml } from 'yaml';
import { ConsulSettings, Guide } from '../../src';
import { testApp, testUnit } from '../support/fixtures';
import { describeWithGuides, guideSection } from '../support/guides';
import { synth } from '../support/synth';

/** The grants of a parsed policy: rule kind → policy, and intentions for services. */
function grants(parsed: any): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (node: any, prefix: string) => {
    for (const [kind, byName] of Object.entries<any>(node)) {
      for (const block of byName[''] ?? []) {
        if (block.policy) out[`${prefix}${kind}`] = block.policy;
        if (block.intentions) out[`${prefix}${kind}.intentions`] = block.intentions;
        walk(Object.fromEntries(Object.entries(block).filter(([k]) => k.endsWith('_prefix'))), `${prefix}${kind}/`);
      }
    }
  };
  walk(parsed, '');
  return out;
}

describe('ConsulSettings (000 §2.4)', () => {
  test('writes the chart values and the policy beside the manifests, not as manifests', () => {
    const app = testApp();
    new ConsulSettings(testUnit(app), 'consul', { datacenter: 'us-east', storageClass: 'disk-premium' });
    const files = synth(app).files;
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['us-east/helm/consul-values.yaml', 'us-east/consul/voice-policy.hcl']));
    const values = parseYaml(files['us-east/helm/consul-values.yaml']);
    expect(values.global.datacenter).toBe('us-east');
    expect(values.server).toEqual({ storageClass: 'disk-premium' });
  });

  test('the Voice token is the guide\'s Secret and key', () => {
    expect([ConsulSettings.voiceToken().secretName, ConsulSettings.voiceToken().key]).toEqual(['consul-voice-token', 'consul-consul-voice-token']);
  });

  test('the policy parses as HCL and grants write on services (with intentions), nodes, agents, sessions and keys', async () => {
    expect(grants(await parse('policy.hcl', ConsulSettings.voicePolicy()))).toEqual({
      'service_prefix': 'write',
      'service_prefix.intentions': 'write',
      'node_prefix': 'write',
      'agent_prefix': 'write',
      'session_prefix': 'write',
      'key_prefix': 'write',
    });
    const enterprise = grants(await parse('policy.hcl', ConsulSettings.voicePolicy(true)));
    expect(enterprise['namespace_prefix/key_prefix']).toBe('write');
    expect(enterprise['namespace_prefix/session_prefix']).toBe('write');
  });

  test('versions other than 1.13.x and bad datacenter names are refused', () => {
    const app = testApp();
    new ConsulSettings(testUnit(app), 'consul', { datacenter: 'US East', version: '1.8.0' });
    expect(() => app.synthFiles()).toThrow(/Consul version 1\.8\.0 is not 1\.13\.x, which private edition requires \(003 §3\.3; 000 §2\.1\)/);
    expect(() => app.synthFiles()).toThrow(/Consul datacenter "US East" is not a valid name/);
    for (const version of ['1.130', '1.13.x', '1.14.0']) {
      const other = testApp();
      new ConsulSettings(testUnit(other), 'consul', { datacenter: 'us-east', version });
      expect(() => other.synthFiles()).toThrow(`Consul version ${version} is not 1.13.x`);
    }
  });

  test('a full 1.13 version pins the Consul image; 1.13 leaves the chart\'s own', () => {
    const imageOf = (version?: string) => {
      const app = testApp();
      new ConsulSettings(testUnit(app), 'consul', { datacenter: 'us-east', version });
      return parseYaml(synth(app).files['us-east/helm/consul-values.yaml']).global.image;
    };
    expect(imageOf('1.13.9')).toBe('hashicorp/consul:1.13.9');
    expect(imageOf('1.13')).toBeUndefined();
    expect(imageOf()).toBeUndefined();
  });
});

describeWithGuides('ConsulSettings against the Voice guide text (000 §2.4)', () => {
  test('the values carry every key of the guide\'s sample, with its values', () => {
    const lines = guideSection(Guide.VOICE, 'global:', 'addK8SNamespaceSuffix: false');
    const sample = parseYaml([...lines, '  addK8SNamespaceSuffix: false'].filter((l) => !l.startsWith('```')).join('\n'));
    const app = testApp();
    const consul = new ConsulSettings(testUnit(app), 'consul', { datacenter: 'dc1' });
    expect(consul.values).toMatchObject(sample);
  });

  test('the guide\'s policy text does not parse (stray braces); ours grants the most it grants per rule', async () => {
    const text = guideSection(Guide.VOICE, '3. Create a policy (voice-policy)', 'Create Intentions in the Consul UI')
      .filter((l) => !l.startsWith('```') && !l.startsWith('3. '))
      .join('\n');
    await expect(parse('guide.hcl', text)).rejects.toThrow(/Argument or block definition required/);
    const strongest: Record<string, string> = {};
    for (const match of text.matchAll(/^(\w+_prefix) "" \{\n\s+policy = "(\w+)"/gm)) {
      if (match[1] !== 'namespace_prefix' && strongest[match[1]] !== 'write') strongest[match[1]] = match[2];
    }
    const ours = grants(await parse('ours.hcl', ConsulSettings.voicePolicy()));
    for (const [kind, policy] of Object.entries(strongest)) expect([kind, ours[kind]]).toEqual([kind, policy]);
    expect(Object.keys(strongest).sort()).toEqual(['agent_prefix', 'key_prefix', 'node_prefix', 'service_prefix', 'session_prefix']);
  });
});
