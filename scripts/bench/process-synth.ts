/**
 * Whole-process synth time (issue 18, part 5): `npm run synth` of the reference topology as a user
 * types it, start-up and CLI included, in fresh processes; with the parts it is made of, so that a
 * regression shows where it came from. The output goes to a temporary folder (CDK8S_OUTPUT), not
 * over the repository's dist/.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Spread, spreadOf } from './stats';

/** Target: `npm run synth` of the reference topology, whole process, at most this many seconds (issue 18). */
export const PROCESS_SYNTH_TARGET_S = 2.5;

/** One command timed. */
export interface TimedCommand {
  /** What it is. */
  readonly label: string;
  /** The command line, as the report shows it. */
  readonly shown: string;
  /** Wall time in seconds over the runs. */
  readonly seconds: Spread;
}

/** Times `npm run synth` and its parts, `runs` fresh processes each, interleaved. */
export function measureProcessSynth(repoRoot: string, runs: number, log: (line: string) => void): TimedCommand[] {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'genesys-pe-synth-'));
  const env = { ...process.env, CDK8S_OUTPUT: out };
  const commands = [
    { label: '`npm run synth` (cdk8s synth of apps/main.ts)', shown: 'npm run synth', file: 'npm', args: ['run', '--silent', 'synth'] },
    { label: 'the app alone (bundle and run)', shown: 'node scripts/run-app.js apps/main.ts', file: process.execPath, args: ['scripts/run-app.js', 'apps/main.ts'] },
    { label: 'the cdk8s CLI alone', shown: 'cdk8s --version', file: path.join(repoRoot, 'node_modules', '.bin', 'cdk8s'), args: ['--version'] },
    { label: 'Node.js alone', shown: 'node -e 0', file: process.execPath, args: ['-e', '0'] },
  ];
  const times = commands.map(() => [] as number[]);
  try {
    // Untimed: the first run builds the app's bundle (scripts/run-app.js), as after a change.
    spawnSync('npm', ['run', '--silent', 'synth'], { cwd: repoRoot, env: { ...env, CDK8S_OUTDIR: out }, stdio: 'ignore' });
    for (let run = 0; run < runs; run++) {
      commands.forEach((command, index) => {
        const started = performance.now();
        const result = spawnSync(command.file, command.args, { cwd: repoRoot, env: { ...env, CDK8S_OUTDIR: out }, encoding: 'utf8' });
        if (result.status !== 0) throw new Error(`bench: ${command.shown} failed (${result.status}): ${result.stderr}`);
        times[index].push((performance.now() - started) / 1000);
      });
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
  const timed = commands.map((command, index) => ({ label: command.label, shown: command.shown, seconds: spreadOf(times[index]) }));
  log(`whole-process synth: npm run synth ${timed[0].seconds.median.toFixed(2)} s (median of ${runs})`);
  return timed;
}

/** The report's section: the timed commands and the target. */
export function renderProcessSynth(timed: readonly TimedCommand[]): string {
  const synth = timed[0];
  const met = synth.seconds.median <= PROCESS_SYNTH_TARGET_S;
  const cell = (s: Spread) => `${s.median.toFixed(2)} (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;
  return [
    '## Whole-process synth',
    '',
    'The reference topology (four AKS units, its Terraform built and checked, manifests written) as a',
    'user runs it: `npm run synth`, fresh processes, start-up, CLI and module loading included. The',
    'apps run bundled by esbuild (scripts/run-app.js), not through ts-node, and the npm script calls',
    'cdk8s directly, not through projen. Seconds, median (min–max).',
    '',
    '| What | Command | Wall time (s) |',
    '|---|---|---:|',
    ...timed.map((t) => `| ${t.label} | \`${t.shown}\` | ${cell(t.seconds)} |`),
    '',
    `Target: \`npm run synth\` at most ${PROCESS_SYNTH_TARGET_S} s: ${synth.seconds.median.toFixed(2)} s, **${met ? 'met' : 'missed'}**.`,
    '',
  ].join('\n');
}
