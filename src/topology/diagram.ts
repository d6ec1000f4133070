import { Tenant } from './tenant';
import { Unit, UnitRole } from './unit';
import { UnitPair } from './unit-pair';

const id = (s: string) => s.replace(/[^A-Za-z0-9_]/g, '_');

/**
 * A unit group as a Mermaid flowchart: pairs, units with role, region, platform and the products
 * they run, tenants with their home and backup units, and the cross-region links (Consul
 * federation with the primary datacenter, the centrally served callback).
 */
export function renderDiagram(groupId: string, pairs: UnitPair[], tenants: Tenant[]): string {
  const lines = ['flowchart LR', `  subgraph ${id(`group_${groupId}`)}["unit group ${groupId}"]`];
  for (const pair of pairs) {
    lines.push(`    subgraph ${id(`pair_${groupId}_${pair.node.id}`)}["pair ${pair.node.id} (${pair.geography})"]`);
    for (const unit of pair.units) lines.push(`      ${id(unit.clusterId)}["${unitLabel(unit)}"]`);
    lines.push('    end');
  }
  lines.push('  end');
  for (const t of tenants) {
    lines.push(`  ${id(`tenant_${t.shortId}`)}(["tenant ${t.shortId}"])`);
    lines.push(`  ${id(`tenant_${t.shortId}`)} -->|home| ${id(t.home.clusterId)}`);
    if (t.backup) lines.push(`  ${id(`tenant_${t.shortId}`)} -.->|backup| ${id(t.backup.clusterId)}`);
  }
  const units = pairs.flatMap((p) => p.units);
  const primary = units.find((u) => u.role === UnitRole.PRIMARY);
  if (primary) {
    for (const unit of units.filter((u) => u !== primary)) {
      lines.push(`  ${id(unit.clusterId)} <-.->|Consul federation, callback| ${id(primary.clusterId)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function unitLabel(unit: Unit): string {
  const products = [...new Set(unit.services.map((s) => s.info.product.displayName))];
  const head = `${unit.clusterId} (${unit.role}, ${unit.region}, ${unit.platform.kind.toUpperCase()})`;
  return products.length > 0 ? `${head}<br/>${products.join(', ')}` : head;
}
