/**
 * Synth benchmark (issue #10): synthesizes unit groups of growing size, both outputs, each run in a
 * fresh child process, against bare-cdk8s and bare-cdktf floors; CPU-profiles the largest size;
 * writes docs/benchmark.md.
 *
 *   ts-node --transpile-only --project scripts/tsconfig.json scripts/bench/main.ts [--runs 5] [--large-runs 3]
 *
 * See args.ts for the options. The parent never loads the library: it transpiles src/ once
 * (compile.ts) and leaves the work to children (child.ts).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { aggregate } from './aggregate';
import { BenchOptions, parseArgs, runsFor } from './args';
import { ALL_KINDS, CaseKind, outputOf } from './cases';
import { defaultBuildDir, transpileSources } from './compile';
import { MANIFEST_CENTRES, TERRAFORM_CENTRES } from './cost-centres';
import { measureInstallSizes } from './install-sizes';
import { measureProcessSynth } from './process-synth';
import { ProfileWindow } from './profile-summary';
import { ProfileSection, renderReport } from './report';
import { LaunchOptions, RunRecord, RunnerPaths, Runtime, measure, prepare } from './runner';
import { isGroupSize } from './sizes';
import { checkTargets } from './targets';

/** Rows per profile table. */
const PROFILE_TOP = 15;

function main(): void {
  const started = performance.now();
  const loadAtStart = os.loadavg()[0];
  const options = parseArgs(process.argv.slice(2));
  const repoRoot = path.resolve(__dirname, '..', '..');
  const paths: RunnerPaths = {
    repoRoot,
    buildDir: defaultBuildDir(repoRoot),
    workDir: fs.mkdtempSync(path.join(os.tmpdir(), 'genesys-pe-bench-')),
  };
  fs.mkdirSync(path.join(paths.workDir, 'results'), { recursive: true });
  try {
    log(`transpiled ${transpileSources(repoRoot, paths.buildDir)} files to ${paths.buildDir}`);
    for (const units of options.units) {
      log(`preparing the floors' input for ${units} unit(s)`);
      prepare(paths, units);
    }
    const records = runMatrix(paths, options);
    const profiles = options.profileUnits > 0 ? profileLibrary(paths, options.profileUnits) : [];
    const stats = aggregate(records);
    const processSynth = options.processSynth ? measureProcessSynth(repoRoot, options.runs, log) : undefined;
    const installSizes = options.installSizes ? measureInstallSizes(repoRoot, log) : undefined;
    const report = renderReport({
      command: `ts-node --transpile-only --project scripts/tsconfig.json scripts/bench/main.ts ${process.argv.slice(2).join(' ')}`.trim(),
      runs: options.units.map((u) => ({ units: u, runs: runsFor(options, u) })),
      sizes: options.units,
      stats,
      targets: checkTargets(stats, options.units),
      profiles,
      findings: fs.readFileSync(path.join(__dirname, 'findings.md'), 'utf8'),
      processSynth,
      installSizes,
      loadAverage: [loadAtStart, os.loadavg()[0]],
      elapsedMs: performance.now() - started,
      date: new Date(),
    });
    const out = path.resolve(repoRoot, options.out);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, report);
    log(`wrote ${path.relative(repoRoot, out)} in ${((performance.now() - started) / 60000).toFixed(1)} min`);
  } finally {
    if (options.keep) {
      log(`kept ${paths.workDir} and ${paths.buildDir}`);
    } else {
      fs.rmSync(paths.workDir, { recursive: true, force: true });
      fs.rmSync(paths.buildDir, { recursive: true, force: true });
    }
  }
}

/**
 * Every case in rounds; within a round every case once, so that drift in the machine spreads
 * evenly. Sizes above LARGE_UNITS take part in the first `largeRuns` rounds only.
 */
function runMatrix(paths: RunnerPaths, options: BenchOptions): RunRecord[] {
  const plan: Array<{ kind: CaseKind; units: number; runtime: Runtime }> = [];
  for (const units of options.units) {
    for (const kind of ALL_KINDS) {
      if (outputOf(kind) === 'terraform' && !isGroupSize(units)) continue;
      plan.push({ kind, units, runtime: Runtime.NODE });
    }
  }
  if (options.tsNode && options.profileUnits > 0) {
    for (const kind of [CaseKind.LIBRARY_MANIFESTS, CaseKind.LIBRARY_TERRAFORM]) {
      if (outputOf(kind) === 'manifests' || isGroupSize(options.profileUnits)) plan.push({ kind, units: options.profileUnits, runtime: Runtime.TS_NODE });
    }
  }
  const records: RunRecord[] = [];
  const rounds = Math.max(...options.units.map((u) => runsFor(options, u)));
  for (let run = 1; run <= rounds; run++) {
    for (const c of plan.filter((p) => run <= runsFor(options, p.units))) {
      const record = measure(paths, c.kind, c.units, `${c.kind}-${c.units}-${c.runtime}-${run}`, { runtime: c.runtime });
      const work = record.result.phases.filter((p) => p.work).reduce((sum, p) => sum + p.ms, 0);
      log(`[${run}/${runsFor(options, c.units)}] ${c.kind.padEnd(17)} ${String(c.units).padStart(2)} unit(s) ${c.runtime.padEnd(7)} work ${sec(work)}  process ${sec(record.processMs)}  ${(record.result.maxRssKb / 1024).toFixed(0)} MB`);
      records.push(record);
    }
  }
  return records;
}

/** One extra run of each library case under `node --cpu-prof`, summarized over its work window. */
function profileLibrary(paths: RunnerPaths, units: number): ProfileSection[] {
  const profileDir = path.join(paths.workDir, 'profiles');
  const kinds = isGroupSize(units) ? [CaseKind.LIBRARY_MANIFESTS, CaseKind.LIBRARY_TERRAFORM] : [CaseKind.LIBRARY_MANIFESTS];
  return kinds.map((kind) => {
    const name = `${kind}-${units}.cpuprofile`;
    const launch: LaunchOptions = { nodeArgs: ['--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-name', name] };
    const record = measure(paths, kind, units, `profile-${kind}-${units}`, launch);
    log(`profiled ${kind}, ${units} unit(s): ${path.join(profileDir, name)}`);
    const window = ProfileWindow.load(path.join(profileDir, name), record.result.workWindowUs);
    return {
      title: `${kind}, ${units} units`,
      totalMs: window.totalMs,
      costCentres: window.costCentres(outputOf(kind) === 'manifests' ? MANIFEST_CENTRES : TERRAFORM_CENTRES),
      selfByFunction: window.selfByFunction(PROFILE_TOP),
      selfByModule: window.selfByModule(PROFILE_TOP),
      inclusiveLibrary: window.inclusiveLibrary(PROFILE_TOP),
    };
  });
}

function sec(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function log(message: string): void {
  console.error(`bench: ${message}`);
}

main();
