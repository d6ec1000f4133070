import { ChartDelivery, ChartRepository, ConsulMesh, GenesysApp, Platform, Unit, UnitProps, UnitRole } from '../../src';

/** The chart repository of the tests' units (never fetched: tests deliver by Flux). */
export const TEST_CHART_REPOSITORY = 'https://charts.example.com/genesys';

/** Flux delivery from the tests' chart repository. */
export function testDelivery(): ChartDelivery {
  return ChartDelivery.flux({ repository: ChartRepository.url(TEST_CHART_REPOSITORY) });
}

/** A fresh app whose output folder is never written (tests call synthFiles). */
export function testApp(): GenesysApp {
  return new GenesysApp({ outdir: '/nonexistent/never-written' });
}

/**
 * An AKS primary unit `us-east` in group `acme`, with any prop overridden, and with its ConsulMesh
 * (`mesh`, which every unit of meshed services needs) unless `withMesh` is false.
 */
export function testUnit(app: GenesysApp, overrides: Partial<UnitProps> = {}, id = 'us-east', withMesh = true): Unit {
  const unit = new Unit(app, id, {
    platform: Platform.aks(),
    role: UnitRole.PRIMARY,
    region: 'eastus2',
    unitGroup: 'acme',
    imageRegistry: 'registry.example.com',
    charts: testDelivery(),
    ...overrides,
  });
  if (withMesh) new ConsulMesh(unit, 'mesh');
  return unit;
}

/** The problems synthesizing `app` reports (the message of what it throws), or '' when it synthesizes. */
export function synthProblems(app: GenesysApp): string {
  try {
    app.synthFiles();
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}
