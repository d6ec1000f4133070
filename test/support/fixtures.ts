import { ConsulMesh, GenesysApp, GenesysContainerProps, Platform, Unit, UnitProps, UnitRole } from '../../src';

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
    ...overrides,
  });
  if (withMesh) new ConsulMesh(unit, 'mesh');
  return unit;
}

/** A container with the Voice guide's default resources (000 §0), any prop overridden. */
export function container(overrides: Partial<GenesysContainerProps> = {}): GenesysContainerProps {
  return {
    name: 'main',
    image: { repository: 'genesys/test', tag: '1.0.0' },
    resources: { cpuRequest: '250m', cpuLimit: '500m', memoryRequest: '256Mi', memoryLimit: '512Mi' },
    ...overrides,
  };
}
