import { geographyOf } from '../catalog/data/cloud-regions';
import { problem } from '../core';
import { Tenant } from './tenant';
import { UnitRole } from './unit';
import { UnitPair } from './unit-pair';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The topology rules of 003 §1 and §9 for one unit group; one message per broken rule. */
export function groupProblems(groupId: string, pairs: UnitPair[], tenants: Tenant[]): string[] {
  const found: string[] = [];
  const units = pairs.flatMap((p) => p.units);
  const group = `unit group "${groupId}"`;

  if (pairs.length === 0) {
    found.push(problem(`${group} has no unit pair; a unit group must contain at least one unit pair`, 'add a pair with group.addPair(...)', '003 §1.6'));
  }
  const primaries = units.filter((u) => u.role === UnitRole.PRIMARY);
  if (units.length > 0 && primaries.length === 0) {
    found.push(problem(`${group} has no primary unit; each group contains exactly one`, 'make one unit UnitRole.PRIMARY', '003 §1.4; 003 §1.6'));
  }
  if (primaries.length > 1) {
    found.push(
      problem(`${group} has ${primaries.length} primary units (${primaries.map((u) => u.clusterId).join(', ')}); there is only one primary unit in a unit group`, 'make all but one UnitRole.SECONDARY', '003 §1.4'),
    );
  }

  for (const pair of pairs) {
    const where = `pair "${pair.node.id}"`;
    if (pair.units.length !== 2) {
      found.push(problem(`${where} has ${pair.units.length} unit(s); a unit pair consists of two units`, 'give the pair exactly two units; a new geography needs a new pair of its own', '003 §1.2; 003 §1.6'));
    }
    const platforms = [...new Set(pair.units.map((u) => u.platform.kind))];
    if (platforms.length > 1) {
      found.push(
        problem(
          `${where} mixes ${pair.units.map((u) => `${u.clusterId} (${u.platform.kind.toUpperCase()})`).join(' and ')}; pair partners back up each other's tenants over one private network, and the Terraform peers AKS units' VNets and puts GKE units in one VPC, with no link between the clouds`,
          'run both units of a pair on one platform (give the pair\'s units the same platform, or leave it to the group)',
          '003 §1.5; 003 §1.6',
        ),
      );
    }
    for (const unit of pair.units) {
      const known = geographyOf(unit.platform.kind, unit.region);
      if (known !== undefined && unit.geography !== known) {
        found.push(
          problem(
            `unit ${unit.clusterId} is given geography "${unit.geography}", but its region ${unit.region} is in "${known}"`,
            `leave geography out for a region the library knows (it is "${known}"), or pick a region in "${unit.geography}"`,
            '003 §1.2; 003 §1.5',
          ),
        );
        continue;
      }
      const geography = unit.geography;
      if (geography === undefined) {
        found.push(problem(`${where}: the geography of region "${unit.region}" (unit ${unit.clusterId}) is unknown`, 'check the region name, or give the unit its geography', '003 §1.5'));
      } else if (geography !== pair.geography) {
        found.push(
          problem(`${where} is in geography "${pair.geography}", but unit ${unit.clusterId} is in ${unit.region} ("${geography}"); both units of a pair are in one geographical region`, `move the unit to a pair in "${geography}", or pick a region in "${pair.geography}"`, '003 §1.2; 003 §1.6'),
        );
      }
    }
  }

  const ids = units.map((u) => u.clusterId);
  for (const id of new Set(ids.filter((x, i) => ids.indexOf(x) !== i))) {
    found.push(problem(`unit id "${id}" is used twice; each unit is its own cluster and output folder, and one cluster runs one private edition`, 'give every unit its own id', '003 §1.10'));
  }

  for (const tenant of tenants) {
    const where = `tenant ${tenant.shortId}`;
    if (!UUID.test(tenant.tenantId)) {
      const hint = /^[a-z][a-z0-9]{0,15}$/i.test(tenant.tenantId) ? ' (that looks like a short id, which goes in shortId)' : '';
      found.push(problem(`${where}: id "${tenant.tenantId}" is not a UUID${hint}`, 'give the tenant\'s UUID in lower case as tenantId, e.g. "9350e2fc-a1dd-4c65-8d40-1f75a2e080dd"'));
    }
    if (!/^[a-z][a-z0-9]{0,15}$/.test(tenant.shortId)) found.push(problem(`${where}: short id "${tenant.shortId}" is not valid`, 'use a lower-case letter then letters or digits, e.g. "t100"'));
    if (!units.includes(tenant.home)) found.push(problem(`${where} is homed in ${tenant.home.clusterId}, which is not a unit of ${group}`, 'home it in one of the group\'s units'));
  }
  for (const key of ['tenantId', 'shortId'] as const) {
    const values = tenants.map((t) => t[key]);
    for (const v of new Set(values.filter((x, i) => values.indexOf(x) !== i))) {
      found.push(problem(`${group}: two tenants share the ${key === 'tenantId' ? 'id' : 'short id'} "${v}"`, 'give every tenant its own id and short id'));
    }
  }
  return found;
}
