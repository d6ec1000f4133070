import { MeshMode } from './intention-props';
import { MeshEdge } from './mesh-edges';
import type { OutsideAdmission } from './network-policies';

/** A meshed service whose pods accept some ports from outside the mesh. */
export interface OutsideMeshRow {
  /** Consul service name. */
  readonly service: string;
  /** The ports callers outside the mesh use. */
  readonly ports: number[];
  /** Why, port by port: the guide rows, the scrape facts, the ingress routes. */
  readonly reasons: string[];
}

/**
 * The unit's mesh policy as a Markdown table an operator can review without reading YAML: who may
 * call whom, on which ports, and the guide row (or the user's reason) that allows it.
 */
export function renderReviewTable(
  unitId: string, mode: MeshMode, edges: MeshEdge[], denies: MeshEdge[], outside: OutsideMeshRow[] = [], admissions: OutsideAdmission[] = [],
): string {
  const lines = [`# Consul intentions of unit ${unitId}`, ''];
  if (mode === MeshMode.ALLOW_ALL) {
    lines.push('Mode: **allow-all** (000 §2.4). Every service may call every service: `*` → `*`, allow.');
    return `${[...lines, ...outsideSection(outside), ...admissionSection(admissions)].join('\n')}\n`;
  }
  lines.push(
    'Mode: **least privilege**. Each destination allows exactly the sources below and denies every other source (`*` → deny).',
    '',
    '| Destination | Source | Ports | Allowed by |',
    '| --- | --- | --- | --- |',
  );
  for (const e of edges) {
    lines.push(`| ${e.destination} | ${e.source} | ${e.ports.join(', ') || '(any)'} | ${e.reasons.join('; ')} |`);
  }
  if (denies.length > 0) {
    lines.push('', '| Destination | Denied source | Reason |', '| --- | --- | --- |');
    for (const d of denies) lines.push(`| ${d.destination} | ${d.source} | ${d.reasons.join('; ')} |`);
  }
  return `${[...lines, ...outsideSection(outside), ...admissionSection(admissions)].join('\n')}\n`;
}

/** How the NetworkPolicies admit each caller outside the mesh. */
function admissionSection(admissions: OutsideAdmission[]): string[] {
  if (admissions.length === 0) return [];
  return [
    '',
    'NetworkPolicies: every namespace of the unit\'s services denies ingress by default; each service admits the',
    'callers the connection tables name (mesh callers to its sidecar), and these callers from outside the mesh:',
    '',
    '| Service | Caller | Ports | Admitted by |',
    '| --- | --- | --- | --- |',
    ...admissions.map((a) => `| ${a.service} | ${a.caller} | ${a.ports.join(', ')} | ${a.how} |`),
  ];
}

/** The ports that callers outside the mesh use, service by service. */
function outsideSection(outside: OutsideMeshRow[]): string[] {
  if (outside.length === 0) return [];
  return [
    '',
    'Ports that callers outside the mesh (Prometheus, the ingress controller, SBCs) use. The services\' charts',
    'own their pods\' Consul settings, and the library excludes no port from the sidecar (an excluded port would',
    'let every caller past the intentions): admit these callers through the chart\'s own settings, a Consul',
    'gateway, or by running the caller in the mesh.',
    '',
    '| Service | Ports | Why |',
    '| --- | --- | --- |',
    ...outside.map((o) => `| ${o.service} | ${o.ports.join(', ')} | ${o.reasons.join('; ')} |`),
  ];
}
