/**
 * The unit groups the benchmark synthesizes, built with the reference topology's own per-unit
 * definitions (apps/reference-topology.ts), so that the benchmark measures what the repository ships.
 *
 * A group of N units has N / 2 unit pairs on AKS (see PAIRS for their geographies); the first unit
 * of the first pair is the primary. Every unit carries the reference units' set (`defineUnitServices`)
 * plus CX Contact, and one tenant is homed in the first unit of each pair and backed by the second,
 * so that every unit serves exactly one tenant and the work per unit stays constant as the group
 * grows. The primary unit runs CX Contact within its EngagementServices (`defineEngagementServices`),
 * with GES and the Interaction Server of its tenant: "primary unit only" services (003 §2.3), which
 * the library refuses in a secondary unit; the others run it alone (`defineCxContact`).
 *
 * One unit cannot form a unit group: a unit pair consists of two units (003 §1.2, §1.6), and the
 * library reports a pair of one as a model problem. The 1-unit case is therefore the primary unit
 * on its own, outside any group (as apps/single-aks-unit.ts builds it), with the same services and
 * tenant; GroupTerraform needs a group, so that case has manifests only.
 *
 * Everything here is fixed: the same N always gives the same model.
 */
import { MAX_UNITS, isBuildableSize, isGroupSize } from './sizes';
import * as reference from '../../apps/reference-topology';
import * as lib from '../../src';

/** One unit pair of the benchmark: its geography and the two units' ids and Azure regions. */
interface PairSpec {
  readonly id: string;
  readonly geography: string;
  readonly units: ReadonlyArray<{ readonly id: string; readonly region: string }>;
}

/**
 * Sixteen pairs, enough for the largest group (MAX_UNITS), each unit in its own Azure region. The
 * first twelve pairs are in the twelve geographies the library knows (src/catalog/data/cloud-regions.ts),
 * so groups up to 24 units have one pair per geography; the last four add a second and a third
 * pair in the two geographies with the most regions (us, europe). The library allows several pairs
 * in one geography: 003 §1.6 asks for a pair in every geography a group covers, and one pair's two
 * units must share a geography (checked), but no rule limits a geography to one pair.
 */
const PAIRS: readonly PairSpec[] = [
  { id: 'us', geography: 'us', units: [{ id: 'us-east', region: 'eastus2' }, { id: 'us-central', region: 'centralus' }] },
  { id: 'eu', geography: 'europe', units: [{ id: 'eu-west', region: 'westeurope' }, { id: 'eu-north', region: 'northeurope' }] },
  { id: 'uk', geography: 'uk', units: [{ id: 'uk-south', region: 'uksouth' }, { id: 'uk-west', region: 'ukwest' }] },
  { id: 'au', geography: 'australia', units: [{ id: 'au-east', region: 'australiaeast' }, { id: 'au-southeast', region: 'australiasoutheast' }] },
  { id: 'ca', geography: 'canada', units: [{ id: 'ca-central', region: 'canadacentral' }, { id: 'ca-east', region: 'canadaeast' }] },
  { id: 'br', geography: 'brazil', units: [{ id: 'br-south', region: 'brazilsouth' }, { id: 'br-southeast', region: 'brazilsoutheast' }] },
  { id: 'jp', geography: 'japan', units: [{ id: 'jp-east', region: 'japaneast' }, { id: 'jp-west', region: 'japanwest' }] },
  { id: 'in', geography: 'india', units: [{ id: 'in-central', region: 'centralindia' }, { id: 'in-south', region: 'southindia' }] },
  { id: 'as', geography: 'asia', units: [{ id: 'as-east', region: 'eastasia' }, { id: 'as-southeast', region: 'southeastasia' }] },
  { id: 'kr', geography: 'korea', units: [{ id: 'kr-central', region: 'koreacentral' }, { id: 'kr-south', region: 'koreasouth' }] },
  { id: 'za', geography: 'africa', units: [{ id: 'za-north', region: 'southafricanorth' }, { id: 'za-west', region: 'southafricawest' }] },
  { id: 'me', geography: 'middle-east', units: [{ id: 'me-uae', region: 'uaenorth' }, { id: 'me-qatar', region: 'qatarcentral' }] },
  { id: 'us-2', geography: 'us', units: [{ id: 'us-west', region: 'westus2' }, { id: 'us-west3', region: 'westus3' }] },
  { id: 'eu-2', geography: 'europe', units: [{ id: 'eu-france', region: 'francecentral' }, { id: 'eu-germany', region: 'germanywestcentral' }] },
  { id: 'us-3', geography: 'us', units: [{ id: 'us-southcentral', region: 'southcentralus' }, { id: 'us-northcentral', region: 'northcentralus' }] },
  { id: 'eu-3', geography: 'europe', units: [{ id: 'eu-sweden', region: 'swedencentral' }, { id: 'eu-norway', region: 'norwayeast' }] },
];

/** What the benchmark built. */
export interface BenchModel {
  /** The unit group; undefined for the lone unit of the 1-unit case. */
  readonly group?: lib.UnitGroup;
  /** The units, primary first. */
  readonly units: lib.Unit[];
}

/** Id of the benchmark's unit group. */
export const GROUP_ID = 'bench';

/** The tenant homed in pair `index` (0-based): t100, t200, ..., t1600, with a fixed UUID. */
function tenantOfPair(index: number): reference.ReferenceTenant {
  const sid = String(100 * (index + 1));
  return { tenantId: `00000000-0000-4000-8000-${sid.padStart(12, '0')}`, shortId: `t${sid}` };
}

/** Image registry of every model. */
const IMAGE_REGISTRY = 'benchgenesys.azurecr.io';

/**
 * Builds the benchmark model of `units` units with the full service set into `app`: a unit group
 * for an even count, the lone primary unit for 1.
 *
 * @param app the model app
 * @param units 1 or an even count up to MAX_UNITS
 */
export function buildBenchModel(app: lib.GenesysApp, units: number): BenchModel {
  if (!isBuildableSize(units)) {
    throw new Error(`buildBenchModel: units must be 1 or an even count up to ${MAX_UNITS}, got ${units}`);
  }
  const platform = lib.Platform.aks();
  if (!isGroupSize(units)) {
    const first = PAIRS[0].units[0];
    const unit = new lib.Unit(app, first.id, {
      platform,
      role: lib.UnitRole.PRIMARY,
      region: first.region,
      unitGroup: GROUP_ID,
      imageRegistry: IMAGE_REGISTRY,
      charts: benchDelivery(),
    });
    defineBenchUnit(unit, { groupId: GROUP_ID, index: 0, servedTenants: [tenantOfPair(0)], homedTenants: [tenantOfPair(0)] });
    return { units: [unit] };
  }
  const group = new lib.UnitGroup(app, GROUP_ID, { platform, imageRegistry: IMAGE_REGISTRY, charts: benchDelivery() });
  for (let p = 0; p < units / 2; p++) {
    const spec = PAIRS[p];
    const pair = group.addPair(spec.id, { geography: spec.geography });
    const made = spec.units.map((u, i) =>
      pair.addUnit(u.id, { role: p === 0 && i === 0 ? lib.UnitRole.PRIMARY : lib.UnitRole.SECONDARY, region: u.region }));
    // After both units exist, so that the partner backs the tenant up (003 §1.5).
    group.addTenant({ ...tenantOfPair(p), home: made[0] });
  }
  group.units.forEach((unit, index) =>
    defineBenchUnit(unit, { groupId: GROUP_ID, index, servedTenants: group.tenantsOf(unit), homedTenants: group.tenantsHomedIn(unit) }),
  );
  return { group, units: group.units };
}

/** One unit's services: the reference units' set and CX Contact; in the primary, GES and the Interaction Server of its tenant. */
function defineBenchUnit(unit: lib.Unit, context: reference.ReferenceUnitContext): void {
  const stores = reference.defineUnitServices(unit, context);
  // The primary's engagement services (GES, CX Contact, the homed tenants' Interaction Servers) as
  // one EngagementServices; the other units run CX Contact alone.
  if (unit.role === lib.UnitRole.PRIMARY) reference.defineEngagementServices(unit, context, stores);
  else reference.defineCxContact(unit, context);
}

/** Flux delivery, as the reference topology's: no network at synth time. */
function benchDelivery(): lib.ChartDelivery {
  return lib.ChartDelivery.flux({ repository: lib.ChartRepository.url('https://charts.acme.example.com/genesys') });
}
