/** The benchmark's command-line options. */
import { LARGE_UNITS, MAX_UNITS, isBuildableSize } from './sizes';

/** Options of one benchmark run. */
export interface BenchOptions {
  /** Fresh child processes per case, for sizes up to LARGE_UNITS. */
  readonly runs: number;
  /** Fresh child processes per case, for sizes above LARGE_UNITS (each run takes seconds). */
  readonly largeRuns: number;
  /** Unit counts, ascending. */
  readonly units: number[];
  /** Unit count whose library cases are CPU-profiled and run under ts-node; 0 for neither. */
  readonly profileUnits: number;
  /** Also time the profiled size as the repository runs its apps (ts-node --transpile-only). */
  readonly tsNode: boolean;
  /** Measure the install sizes (npm pack and installs; needs the registry or its cache, and lib/ built). */
  readonly installSizes: boolean;
  /** Time `npm run synth` as whole processes. */
  readonly processSynth: boolean;
  /** Markdown report to write, relative to the repository root. */
  readonly out: string;
  /** Keep the work folder (transpiled code, outputs, profiles) instead of deleting it. */
  readonly keep: boolean;
}

const USAGE = `Usage: main.ts [--runs N] [--large-runs N] [--units 1,2,4,8,16,32] [--profile-units N|0] [--no-ts-node] [--out docs/benchmark.md] [--keep]
  --runs N           fresh child processes per case, sizes up to ${LARGE_UNITS} units (default 5)
  --large-runs N     fresh child processes per case, larger sizes (default 3)
  --units LIST       unit counts: 1 (a lone unit) or even counts up to ${MAX_UNITS} (default 1,2,4,8,16,32)
  --profile-units N  size to CPU-profile and to time under ts-node; 0 skips both (default: 8 when measured, else the largest)
  --no-ts-node       skip the runs under ts-node
  --no-install-sizes skip the install sizes (npm pack and four npm installs; need lib/ built)
  --no-process-synth skip timing \`npm run synth\` as whole processes
  --out FILE         report to write (default docs/benchmark.md)
  --keep             keep the work folder with outputs and .cpuprofile files`;

/** Fresh child processes per case for a size. */
export function runsFor(options: BenchOptions, units: number): number {
  return units > LARGE_UNITS ? options.largeRuns : options.runs;
}

/** Parses `argv` (without node and script); exits with the usage on an error or `--help`. */
export function parseArgs(argv: string[]): BenchOptions {
  const options = { runs: 5, largeRuns: 3, units: [1, 2, 4, 8, 16, 32], profileUnits: -1, tsNode: true, installSizes: true, processSynth: true, out: 'docs/benchmark.md', keep: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) fail(`${flag} needs a value`);
      return v;
    };
    if (flag === '--runs') options.runs = positiveInteger(flag, value());
    else if (flag === '--large-runs') options.largeRuns = positiveInteger(flag, value());
    else if (flag === '--units') options.units = value().split(',').map((u) => positiveInteger(flag, u));
    else if (flag === '--profile-units') options.profileUnits = Number(value());
    else if (flag === '--no-ts-node') options.tsNode = false;
    else if (flag === '--no-install-sizes') options.installSizes = false;
    else if (flag === '--no-process-synth') options.processSynth = false;
    else if (flag === '--out') options.out = value();
    else if (flag === '--keep') options.keep = true;
    else if (flag === '--help' || flag === '-h') fail('', 0);
    else fail(`unknown option ${flag}`);
  }
  const bad = options.units.filter((u) => !isBuildableSize(u));
  if (bad.length > 0) fail(`--units: ${bad.join(', ')} cannot be built; use 1 or even counts up to ${MAX_UNITS}`);
  options.units = [...new Set(options.units)].sort((a, b) => a - b);
  // The 8-unit group is the size of the 10-second target, which the ts-node runs check.
  if (options.profileUnits === -1) options.profileUnits = options.units.includes(8) ? 8 : options.units[options.units.length - 1];
  if (options.profileUnits !== 0 && !options.units.includes(options.profileUnits)) fail('--profile-units must be 0 or one of --units');
  return options;
}

function positiveInteger(flag: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) fail(`${flag}: "${text}" is not a positive integer`);
  return n;
}

function fail(message: string, code = 2): never {
  if (message) console.error(message);
  console.error(USAGE);
  process.exit(code);
}
