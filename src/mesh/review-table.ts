import { MeshMode } from './intention-props';
import { MeshEdge } from './mesh-edges';

/**
 * The unit's mesh policy as a Markdown table an operator can review without reading YAML: who may
 * call whom, on which ports, and the guide row (or the user's reason) that allows it.
 */
export function renderReviewTable(unitId: string, mode: MeshMode, edges: MeshEdge[], denies: MeshEdge[]): string {
  const lines = [`# Consul intentions of unit ${unitId}`, ''];
  if (mode === MeshMode.ALLOW_ALL) {
    lines.push('Mode: **allow-all** (000 §2.4). Every service may call every service: `*` → `*`, allow.', '');
    return `${lines.join('\n')}\n`;
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
  return `${lines.join('\n')}\n`;
}
