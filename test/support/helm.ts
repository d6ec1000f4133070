import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '..', '..');
const FIXTURES = path.join(REPO, 'test', 'fixtures', 'charts');

/** The helm binary: HELM_BINARY, else the one scripts/install-helm.sh puts in .cache, else `helm` on the PATH. */
function findHelm(): string | undefined {
  const candidates = [process.env.HELM_BINARY, path.join(REPO, '.cache', 'helm', 'helm'), 'helm'].filter((c): c is string => !!c);
  return candidates.find((c) => spawnSync(c, ['version', '--short'], { encoding: 'utf8' }).status === 0);
}

/** The helm binary the chart tests use, or undefined when there is none. */
export const helmBinary = findHelm();

/**
 * Runs `body` when helm is present, fails under CI when it is missing (.ci/run installs it with
 * scripts/install-helm.sh), and is skipped, visibly, elsewhere.
 */
export function describeWithHelm(name: string, body: () => void): void {
  if (helmBinary) {
    describe(name, body);
  } else if (process.env.CI) {
    describe(name, () => {
      test('helm is installed', () => {
        throw new Error('helm not found; run scripts/install-helm.sh (.ci/run does)');
      });
    });
  } else {
    describe.skip(`${name} (skipped: helm not installed; run scripts/install-helm.sh)`, body);
  }
}

/**
 * A folder of fixture charts named as the vendor's (`<folder>/<chart>/Chart.yaml`), for
 * `ChartRepository.localFolder(...)`: each chart name gets a copy of the fixture `fixture` (a
 * folder under test/fixtures/charts) with its name.
 *
 * @param charts chart name → fixture folder name
 */
export function fixtureChartFolder(charts: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fixture-charts-'));
  for (const [chart, fixture] of Object.entries(charts)) {
    const target = path.join(root, chart);
    fs.cpSync(path.join(FIXTURES, fixture), target, { recursive: true });
    const chartFile = path.join(target, 'Chart.yaml');
    fs.writeFileSync(chartFile, fs.readFileSync(chartFile, 'utf8').replace(/^name: .*$/m, `name: ${chart}`));
  }
  return root;
}
