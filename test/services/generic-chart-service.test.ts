import { Catalog, GenericChartService, UnitRole } from '../../src';
import { testApp, testUnit } from '../support/fixtures';
import { synth } from '../support/synth';
import { releaseValues } from '../support/values';

describe('GenericChartService: any other service of 003 as a release of its chart', () => {
  test('the catalogue\'s namespace, wave, priority and pool, with the user\'s values passed on', () => {
    const app = testApp();
    const unit = testUnit(app);
    const gauth = new GenericChartService(unit, 'gauth', {
      serviceId: 'gauth-auth',
      chart: 'gauth',
      chartVersion: '100.0.1000006',
      releaseName: 'gauth',
      values: { gauth: { context: { env: { GAUTH_REDIS_CLUSTER: 'true' } } } },
    });
    const out = synth(app);
    const info = Catalog.service('gauth-auth');
    const release = out.find('HelmRelease', 'gauth', info.namespace);
    expect(release.file).toBe(`us-east/${String(info.wave).padStart(2, '0')}-${info.product.id}.yaml`);
    expect(release.spec.chart.spec).toMatchObject({ chart: 'gauth', version: '100.0.1000006' });
    expect(releaseValues(out, 'us-east', 'gauth')).toEqual({
      gauth: { context: { env: { GAUTH_REDIS_CLUSTER: 'true' } } },
      nodeSelector: { 'genesys-pe.io/node-pool': 'general' },
      priorityClassName: info.priorityClassName,
    });
    expect(gauth.meshed).toBe(false);
  });

  test('placement values can be left to the user, for charts that nest them', () => {
    const app = testApp();
    new GenericChartService(testUnit(app), 'gws', { serviceId: 'gws-services', chart: 'gws-services', chartVersion: '1.0.0', placementValues: false });
    expect(releaseValues(synth(app), 'us-east', 'gws-services')).toEqual({});
  });

  test('a primary-only service in a secondary unit is refused by the unit\'s placement rule (003 §2.3)', () => {
    const app = testApp();
    const unit = testUnit(app, { role: UnitRole.SECONDARY });
    const primaryOnly = Catalog.services().find((s) => s.id === 'designer')!;
    new GenericChartService(unit, 'designer', { serviceId: primaryOnly.id, chart: 'designer', chartVersion: '1.0.0' });
    expect(() => app.synthFiles()).toThrow(/designer.*primary/i);
  });

  test.each([
    ['an unknown service', { serviceId: 'gauth-nope' }, '"gauth-nope" is not a service of the catalogue (003 §2.3)'],
    ['a chart name with spaces', { chart: 'my chart' }, 'chart name "my chart" is not a chart name'],
    // Refused by the props schema, when the service is made.
    ['a missing chart version', { chartVersion: undefined }, '[us-east/svc] GenericChartServiceProps: chartVersion is missing; it is required (a string)'],
  ])('%s is a problem with the fix', (_name, props, message) => {
    const app = testApp();
    const unit = testUnit(app);
    expect(() => {
      new GenericChartService(unit, 'svc', { serviceId: 'gauth-auth', chart: 'gauth', chartVersion: '1.0.0', ...(props as any) });
      app.synthFiles();
    }).toThrow(message);
  });
});
