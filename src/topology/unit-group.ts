import { Construct } from 'constructs';
import { addChecks, problem } from '../core';
import { renderDiagram } from './diagram';
import { GenesysService, ChartDelivery } from '../charts';
import { beforeSynth } from '../core/before-synth';
import { checksTenants } from '../core/problems';
import { ConsulSettings } from '../datastores';
import { ConsulMesh } from '../mesh';
import { Platform } from '../platform';
import { groupProblems } from './group-rules';
import { Tenant, TenantProps } from './tenant';
import { tenantPlacementProblems } from './tenant-placement-rules';
import { Unit, UnitRole } from './unit';
import { UnitPair, UnitPairProps } from './unit-pair';
import { checkProps } from '../core/check-props';
import { TenantService } from '../services/tenant';

/** Options of a unit group. */
export interface UnitGroupProps {
  /** The platform of its units (a unit may override it). */
  readonly platform: Platform;
  /** Registry that serves the Genesys images (003 §7.2: your mirror). */
  readonly imageRegistry: string;
  /** Image pull Secret names, present in every namespace. @default - none */
  readonly imagePullSecrets?: string[];
  /**
   * How the Genesys services' Helm charts reach the clusters (a unit may override it): Flux or Argo
   * CD objects, plain manifests rendered by `helm template`, or Terraform `helm_release`s; each
   * release's values are also written to `helm/<release>.values.yaml`.
   */
  readonly charts: ChartDelivery;
}

/**
 * A unit group: unit pairs of units across geographies, with exactly one primary unit (003 §1.2,
 * §1.6), and the tenants they serve. It checks the topology rules of 003, and wires what crosses
 * regions: every unit's Consul datacenter federates with the primary unit's, and services of other
 * units may call in along the paths the guides allow across regions (and nowhere else). It writes
 * a Mermaid picture of itself, `<group>-topology.mmd`, to the output folder.
 */
export class UnitGroup extends Construct {
  /** The group's id. */
  public readonly groupId: string;
  private readonly tenantList: Tenant[] = [];

  /**
   * @param scope the app
   * @param id the group id, e.g. `acme`
   * @param props options
   */
  public constructor(scope: Construct, id: string, private readonly props: UnitGroupProps) {
    checkProps(scope, 'UnitGroupProps', props, id);
    super(scope, id);
    this.groupId = id;
    if (props.charts) ChartDelivery.use(this, props.charts);
    addChecks(this, () => [
      ...groupProblems(id, this.pairs, this.tenantList),
      ...this.datacenterProblems(),
      ...this.tenantServiceProblems(),
      ...tenantPlacementProblems(this.units, this.tenantList),
    ]);
    checksTenants(this, () => this.tenantList);
    beforeSynth(this, () => this.wire());
  }

  /**
   * Adds a unit pair.
   *
   * @param id pair id, e.g. `us`
   * @param props the pair's geography
   */
  public addPair(id: string, props: UnitPairProps): UnitPair {
    return new UnitPair(this, id, props, {
      unitGroup: this.groupId,
      platform: this.props.platform,
      imageRegistry: this.props.imageRegistry,
      imagePullSecrets: this.props.imagePullSecrets,
    });
  }

  /** Adds a tenant, homed in one of the group's units and backed by that unit's pair partner. */
  public addTenant(props: TenantProps): Tenant {
    checkProps(this, 'TenantProps', props);
    const pair = this.pairs.find((p) => p.units.includes(props.home));
    const tenant = new Tenant(props, pair?.partnerOf(props.home));
    this.tenantList.push(tenant);
    return tenant;
  }

  /** The pairs. */
  public get pairs(): UnitPair[] {
    return this.node.children.filter((c): c is UnitPair => c instanceof UnitPair);
  }

  /** Every unit of every pair. */
  public get units(): Unit[] {
    return this.pairs.flatMap((p) => p.units);
  }

  /** The primary unit, once one is added. */
  public get primaryUnit(): Unit | undefined {
    return this.units.find((u) => u.role === UnitRole.PRIMARY);
  }

  /** The tenants. */
  public get tenants(): Tenant[] {
    return [...this.tenantList];
  }

  /**
   * The tenants a unit serves: those homed in it and those it backs up. Create the per-tenant
   * services that run in both units of a pair (the Tenant Service) for each of these; those that
   * run in the home unit only (Interaction Server) for `tenantsHomedIn(unit)`.
   */
  public tenantsOf(unit: Unit): Tenant[] {
    return this.tenantList.filter((t) => t.units.includes(unit));
  }

  /** The tenants homed in a unit. */
  public tenantsHomedIn(unit: Unit): Tenant[] {
    return this.tenantList.filter((t) => t.home === unit);
  }

  /** The group as a Mermaid flowchart. */
  public renderDiagram(): string {
    return renderDiagram(this.groupId, this.pairs, this.tenantList);
  }

  /** Consul WAN federation tells datacenters apart by name, so no two units may share one. */
  /**
   * A unit that runs Voice must run the Tenant Service of every tenant it serves: homed there, or
   * backed up there, so that the pair partner can take the tenant's calls (003 §1.5).
   */
  private tenantServiceProblems(): string[] {
    const found: string[] = [];
    for (const tenant of this.tenantList) {
      for (const unit of tenant.units) {
        const services = unit.services;
        if (!services.some((s) => s.info.product.id === 'voice')) continue;
        if (services.some((s) => s instanceof TenantService && s.tenantId === tenant.tenantId)) continue;
        const role = unit === tenant.home ? 'is homed in' : 'is backed up by';
        found.push(
          problem(
            `tenant ${tenant.shortId} ${role} ${unit.clusterId}, which runs Voice but no Tenant Service for it`,
            `add new TenantService(unit, 'tenant-${tenant.shortId}', { tenantId: '${tenant.tenantId}', shortId: '${tenant.shortId}', ... }) to ${unit.clusterId}; ` +
              'every unit of group.tenantsOf(unit) needs one',
            '003 §1.5',
          ),
        );
      }
    }
    return found;
  }

  private datacenterProblems(): string[] {
    const byName = new Map<string, string[]>();
    for (const unit of this.units) {
      const consul = consulOf(unit);
      if (consul) byName.set(consul.datacenter, [...(byName.get(consul.datacenter) ?? []), unit.clusterId]);
    }
    return [...byName]
      .filter(([, units]) => units.length > 1)
      .map(([dc, units]) =>
        problem(
          `units ${units.join(' and ')} both name their Consul datacenter "${dc}"; every unit's datacenter federates with the primary unit's, and federated datacenters need distinct names`,
          'give each unit its own datacenter, e.g. its unit id: new ConsulSettings(unit, \'consul\', { datacenter: unit.clusterId })',
          '000 §2.4; 003 §1.6',
        ),
      );
  }

  private wire(): void {
    const primaryConsul = this.primaryUnit && consulOf(this.primaryUnit);
    // Each unit's meshed services once: `services` walks the unit's tree.
    const meshedOf = new Map(this.units.map((u) => [u, u.services.filter((s) => s.meshed)]));
    for (const unit of this.units) {
      const consul = consulOf(unit);
      if (consul && primaryConsul) consul.federate(primaryConsul.datacenter);
      const mesh = unit.node.findAll().find((c): c is ConsulMesh => c instanceof ConsulMesh);
      const remote = this.units.filter((u) => u !== unit).flatMap((u) => meshedOf.get(u)!);
      mesh?.addRemoteMembers(remote.map(member));
    }
    const root = this.node.root as Construct & { addTextFile?: (file: string, content: string) => void };
    root.addTextFile?.(`${this.groupId}-topology.mmd`, this.renderDiagram());
  }
}

function consulOf(unit: Unit): ConsulSettings | undefined {
  return unit.node.findAll().find((c): c is ConsulSettings => c instanceof ConsulSettings);
}

function member(s: GenesysService) {
  return { consulName: s.serviceName, serviceId: s.info.id, productId: s.info.product.id };
}
