import { problem } from '../core';
import { PostgresServer } from '../datastores';
import { InteractionServer, TenantService } from '../services';
import { Tenant } from './tenant';
import { Unit } from './unit';

/**
 * Per-tenant services and databases for the group's tenants, where the tenant is: a Tenant Service in the units that home or back up its
 * tenant, an Interaction Server in its tenant's home unit (003 §1.5: a tenant is homed in one unit
 * and backed up by its pair partner; 004: IXN Server runs a single instance per tenant).
 *
 * @param units the group's units
 * @param tenants the group's tenants
 */
export function tenantPlacementProblems(units: Unit[], tenants: Tenant[]): string[] {
  const found: string[] = [];
  const unknown = (what: string, tenantId: string, unit: Unit, remedy: string) =>
    problem(`${what} in ${unit.clusterId} serves tenant id "${tenantId}", which is not a tenant of the group`, `add the tenant with group.addTenant({ tenantId, shortId, home }), or ${remedy}`, '003 §1.3');
  for (const unit of units) {
    for (const service of unit.node.findAll()) {
      if (service instanceof PostgresServer) {
        for (const use of service.databaseUses.filter((u) => u.tenant !== undefined && !tenants.some((t) => t.shortId === u.tenant))) {
          found.push(
            problem(
              `PostgreSQL "${service.node.id}" in ${unit.clusterId}: database "${use.database}" holds data of tenant "${use.tenant}", which is no tenant of the group`,
              `give tenant the short id of a tenant of the group (${tenants.map((t) => t.shortId).join(', ') || 'none yet'}), or add the tenant with group.addTenant(...)`,
              '003 §1.3; 003 §1.11',
            ),
          );
        }
      } else if (service instanceof TenantService) {
        const tenant = tenants.find((t) => t.tenantId === service.tenantId);
        if (!tenant) {
          found.push(unknown(`Tenant Service "${service.node.id}"`, service.tenantId, unit, 'remove the Tenant Service'));
        } else if (tenant.shortId !== service.shortId) {
          found.push(
            problem(
              `Tenant Service "${service.node.id}" in ${unit.clusterId} gives tenant ${tenant.tenantId} the short id "${service.shortId}", but the group knows it as "${tenant.shortId}"`,
              `give shortId: '${tenant.shortId}' (t.shortId of group.tenantsOf(unit))`,
              '003 §1.3',
            ),
          );
        } else if (!tenant.units.includes(unit)) {
          found.push(
            problem(
              `Tenant Service of tenant ${tenant.shortId} runs in ${unit.clusterId}, which neither homes nor backs up the tenant (home ${tenant.home.clusterId}${tenant.backup ? `, backup ${tenant.backup.clusterId}` : ''})`,
              'create Tenant Services for group.tenantsOf(unit) only',
              '003 §1.5',
            ),
          );
        }
      } else if (service instanceof InteractionServer) {
        const tenant = tenants.find((t) => t.tenantId === service.tenantId);
        if (!tenant) {
          found.push(unknown(`Interaction Server "${service.node.id}"`, service.tenantId, unit, 'remove the Interaction Server'));
        } else if (tenant.home !== unit) {
          found.push(
            problem(
              `Interaction Server of tenant ${tenant.shortId} runs in ${unit.clusterId}, but the tenant is homed in ${tenant.home.clusterId}; IXN Server runs once per tenant, in its home unit`,
              'create Interaction Servers for group.tenantsHomedIn(unit) only',
              '003 §1.5; 004 §5',
            ),
          );
        }
      }
    }
  }
  return found;
}
