import { Platform, StorageRole } from '../../src';
import { testApp, testUnit } from '../support/fixtures';
import { synth } from '../support/synth';

describe('Platform', () => {
  test('AKS: the unit creates the four AKS storage classes of 003 §4.1 (disk-hdd is node-local, not a class)', () => {
    const app = testApp();
    testUnit(app, { platform: Platform.aks() });
    const classes = synth(app).objects.filter((o) => o.kind === 'StorageClass');
    expect(classes.map((c) => [c.metadata.name, c.provisioner, c.parameters])).toEqual([
      ['disk-standard', 'disk.csi.azure.com', { skuName: 'StandardSSD_LRS' }],
      ['disk-premium', 'disk.csi.azure.com', { skuName: 'Premium_LRS' }],
      ['files-standard', 'file.csi.azure.com', { skuName: 'Standard_LRS' }],
      ['files-standard-redundant', 'file.csi.azure.com', { skuName: 'Premium_ZRS' }],
    ]);
    for (const c of classes) expect(c).toMatchObject({ allowVolumeExpansion: true, volumeBindingMode: 'WaitForFirstConsumer' });
  });

  test('GKE: only redundant-rwx is created; GKE ships standard-rwo, premium-rwo and standard-rwx itself', () => {
    const app = testApp();
    testUnit(app, { platform: Platform.gke(), region: 'us-east4' });
    const classes = synth(app).objects.filter((o) => o.kind === 'StorageClass');
    expect(classes.map((c) => [c.metadata.name, c.provisioner, c.parameters])).toEqual([
      ['redundant-rwx', 'filestore.csi.storage.gke.io', { tier: 'enterprise' }],
    ]);
  });

  test('storage class names can be changed (003 §4: "You can modify the storage class names")', () => {
    const platform = Platform.aks({ storageClassNames: { [StorageRole.RWX_REDUNDANT]: 'acme-zrs' } });
    expect(platform.storageClass(StorageRole.RWX_REDUNDANT).name).toBe('acme-zrs');
    const app = testApp();
    testUnit(app, { platform });
    expect(synth(app).find('StorageClass', 'acme-zrs').parameters).toEqual({ skuName: 'Premium_ZRS' });
  });


  test.each([
    ['autopilot', { autopilot: true }, 'GKE clusters in Autopilot mode are not supported (003 §1.10). Fix: use a Standard cluster'],
    ['sandbox', { sandbox: true }, 'GKE Sandbox (gVisor) is not supported'],
    ['istio', { istioAddon: true }, 'the GKE service mesh (Istio) add-on is not supported; private edition uses Consul'],
    ['gke ingress', { gkeIngress: true }, 'GKE Ingress is not supported; private edition requires ingress-nginx'],
  ])('GKE %s is refused at synth', (_name, props, message) => {
    const app = testApp();
    testUnit(app, { platform: Platform.gke(props) });
    expect(() => app.synthFiles()).toThrow(message);
  });

  test('bad storage class overrides are refused with the roles to use', () => {
    const app = testApp();
    testUnit(app, { platform: Platform.aks({ storageClassNames: { 'rwx-fast': 'x', [StorageRole.RWO_PREMIUM]: 'Bad Name' } }) });
    expect(() => app.synthFiles()).toThrow(/storageClassNames has an unknown role "rwx-fast" \(003 §4\)\. Fix: use one of: node-local, rwo-standard/);
    expect(() => app.synthFiles()).toThrow(/storage class name "Bad Name" is not a valid Kubernetes name/);
  });
});
