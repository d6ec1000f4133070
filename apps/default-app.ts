import { GenesysApp, GenesysService, Platform, ServiceProbe, Unit, UnitRole } from '../src';

/**
 * The default app's model: one AKS unit with the Voice Config Service. The tests build the same
 * model, so what `cdk8s synth` writes is what they check.
 */
export function defineDefaultApp(app: GenesysApp): void {
  const unit = new Unit(app, 'us-east', {
    platform: Platform.aks(),
    role: UnitRole.PRIMARY,
    region: 'eastus2',
    unitGroup: 'acme',
    imageRegistry: 'acmegenesys.azurecr.io',
  });

  new GenesysService(unit, 'voice-config', {
    serviceId: 'voice-config',
    containers: [
      {
        name: 'voice-config',
        image: { repository: 'voice/config', tag: '100.0.100.0003' },
        resources: { cpuRequest: '250m', cpuLimit: '500m', memoryRequest: '256Mi', memoryLimit: '512Mi' },
        readiness: ServiceProbe.http('/metrics', 9100),
      },
    ],
    autoscaling: { minReplicas: 2, maxReplicas: 4, cpuUtilization: 60, memoryUtilization: 60 },
  });
}
