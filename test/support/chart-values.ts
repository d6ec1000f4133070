import * as path from 'path';
import { helmBinary } from './helm';
import { ChartDelivery, ChartFact, ChartRelease, ChartRepository, leafPaths } from '../../src';

/** The fixture charts that take the vendor charts' value keys (`test/fixtures/charts/<chart>`). */
export const FIXTURE_CHARTS = path.join(__dirname, '..', 'fixtures', 'charts');

/** `helm template` of the fixture charts with the tests' helm. */
export function fixtureDelivery(): ChartDelivery {
  return ChartDelivery.helmTemplate({ repository: ChartRepository.localFolder(FIXTURE_CHARTS), helmExecutable: helmBinary });
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
