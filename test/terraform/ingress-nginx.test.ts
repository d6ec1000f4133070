import { parse } from 'yaml';
import { Json, resources, stackOf } from './terraform-support';
import { KubernetesPlatform } from '../../src';
import { ingressNginxValues } from '../../src/terraform/prerequisites';

const release = (stack: Json): Json => resources(stack, 'helm_release').find((r) => r.name === 'ingress-nginx')!;

/** Every ingress-nginx annotation value anywhere in a values tree. */
function nginxAnnotations(values: unknown): string[] {
  if (!values || typeof values !== 'object') return [];
  return Object.entries(values).flatMap(([k, v]) => (k.startsWith('nginx.ingress.kubernetes.io/') && typeof v === 'string' ? [v] : nginxAnnotations(v)));
}

describe('ingress-nginx', () => {
  const primary = stackOf(KubernetesPlatform.AKS, 'us-east-infra');
  const secondary = stackOf(KubernetesPlatform.AKS, 'us-central-infra');

  test('on chart 4.12.1 (controller 1.12.1, with the 2025 fixes)', () => {
    const chart = release(secondary);
    expect(chart).toMatchObject({ chart: 'ingress-nginx', repository: 'https://kubernetes.github.io/ingress-nginx', version: '4.12.1' });
    const [major, minor, patch] = chart.version.split('.').map(Number);
    expect(major * 10000 + minor * 100 + patch).toBeGreaterThanOrEqual(41201);
  });

  test('snippet annotations off where no Ingress needs one (a unit without GES)', () => {
    expect(parse(release(secondary).values[0])).toEqual({ controller: { allowSnippetAnnotations: false } });
  });

  test('where GES clears the Contact Center ID headers (001 §1.5): snippets at risk level Critical, narrowed by a word blocklist the GES snippet passes', () => {
    const values = parse(release(primary).values[0]);
    expect(values.controller.allowSnippetAnnotations).toBe(true);
    expect(values.controller.config['annotations-risk-level']).toBe('Critical');
    const blocked: string[] = values.controller.config['annotation-value-word-blocklist'].split(',');
    expect(blocked).toEqual(expect.arrayContaining(['load_module', '_by_lua', 'location', 'root', 'proxy_pass', 'serviceaccount', '{', '}']));
    // GES's chart renders the Ingress: its annotations are in the release's values (the Flux HelmRelease the workloads stack applies).
    const workloads = stackOf(KubernetesPlatform.AKS, 'us-east-workloads');
    const ges = resources(workloads, 'kubernetes_manifest').map((m) => m.manifest).find((o) => o.kind === 'HelmRelease' && o.metadata.name === 'ges')!;
    const nginxValues = nginxAnnotations(ges.spec.values);
    expect(nginxValues).toContain('proxy_set_header ccid "";\nproxy_set_header ContactCenterID "";');
    for (const value of nginxValues) expect(blocked.filter((word) => value.includes(word))).toEqual([]);
  });

  test('the values as a function of the need', () => {
    expect(ingressNginxValues(false)).toEqual({ controller: { allowSnippetAnnotations: false } });
    expect(ingressNginxValues(true)).toMatchObject({ controller: { allowSnippetAnnotations: true } });
  });
});
