/**
 * Renders the benchmark's results as the Markdown of docs/benchmark.md: one function per section,
 * listed in order in REPORT_SECTIONS. To add a section, write a `ReportSection` (it returns '' when
 * it has nothing to show) and put it in the list; data it needs goes into `ReportInput`.
 */
import * as os from 'os';
import { CaseStats, caseKey } from './aggregate';
import { CaseKind } from './cases';
import { Cost } from './profile-summary';
import { Runtime } from './runner';
import { MAX_UNITS } from './sizes';
import { Spread } from './stats';
import { MAX_DOUBLING_GROWTH, MAX_EIGHT_UNIT_MS, OUTPUTS, TargetResult, doublingGrowth, floorRatio, ratioTargetText } from './targets';

/** Where the time went in one profiled run. */
export interface ProfileSection {
  /** What was profiled, e.g. `library-terraform, 8 units`. */
  readonly title: string;
  /** Sampled work time, milliseconds. */
  readonly totalMs: number;
  readonly costCentres: Cost[];
  readonly selfByFunction: Cost[];
  readonly selfByModule: Cost[];
  readonly inclusiveLibrary: Cost[];
}

/** Everything the report shows. */
export interface ReportInput {
  /** The command that produced it. */
  readonly command: string;
  /** Fresh child processes per case, by size. */
  readonly runs: ReadonlyArray<{ readonly units: number; readonly runs: number }>;
  readonly sizes: number[];
  readonly stats: Map<string, CaseStats>;
  readonly targets: TargetResult[];
  readonly profiles: ProfileSection[];
  /** Hand-written analysis (scripts/bench/findings.md). */
  readonly findings: string;
  /** One-minute load average at the start and at the end of the benchmark. */
  readonly loadAverage: [number, number];
  /** Wall time of the whole benchmark, milliseconds. */
  readonly elapsedMs: number;
  readonly date: Date;
}

const s = (ms: number) => (ms / 1000).toFixed(2);
const range = (sp: Spread, f: (v: number) => string) => `${f(sp.median)} (${f(sp.min)}–${f(sp.max)})`;
const seconds = (sp: Spread | undefined) => (sp ? range(sp, s) : '—');
const megabytes = (sp: Spread | undefined) => (sp ? range(sp, (v) => v.toFixed(0)) : '—');
const times = (v: number | undefined) => (v === undefined ? '—' : `${v.toFixed(2)}×`);
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

/** One section of the report: its Markdown, or '' to leave it out. */
export type ReportSection = (input: ReportInput) => string;

/** The report's sections, in order. */
export const REPORT_SECTIONS: readonly ReportSection[] = [
  header,
  sizesSection,
  (input) => outputSection(input, 'Manifests', CaseKind.LIBRARY_MANIFESTS, CaseKind.FLOOR_MANIFESTS),
  (input) => outputSection(input, 'Terraform', CaseKind.LIBRARY_TERRAFORM, CaseKind.FLOOR_TERRAFORM),
  cpuSection,
  phasesSection,
  tsNodeSection,
  targetsSection,
  profilesSection,
  (input) => `## Findings and recommendations\n\n${input.findings.trim()}\n`,
];

/** The whole report. */
export function renderReport(input: ReportInput): string {
  return REPORT_SECTIONS.map((section) => section(input))
    .filter((part) => part !== '')
    .join('\n');
}

/** "5 runs per case (3 for 16 and 32 units)". */
function runsText(runs: ReportInput['runs']): string {
  const counts = [...new Set(runs.map((r) => r.runs))].sort((a, b) => b - a);
  const [most, ...others] = counts.map((n) => ({ n, sizes: runs.filter((r) => r.runs === n).map((r) => r.units) }));
  if (!most) return 'no runs';
  return `${most.n} run${most.n === 1 ? '' : 's'} per case${others.map((o) => ` (${o.n} for ${o.sizes.join(' and ')} units)`).join('')}`;
}

function header(input: ReportInput): string {
  const cpus = os.cpus();
  return `# Synth benchmark

Written by \`${input.command}\` on ${input.date.toISOString()}; do not edit by hand (the findings
section comes from \`scripts/bench/findings.md\`). Issue #10: synthesis time and memory as the
topology grows, against a bare-cdk8s / bare-cdktf floor.

- Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB memory, ${os.platform()} ${os.release()}
- Node ${process.version}; ${runsText(input.runs)}, each in a fresh child process; whole benchmark ${(input.elapsedMs / 60000).toFixed(1)} min
- Load average (1 min) ${input.loadAverage.map((l) => l.toFixed(2)).join(' at the start, ')} at the end: other work on the machine shows up as spread

## What is measured

- **Models.** A group of N units has N/2 unit pairs on AKS, the first unit primary, one tenant
  homed in the first unit of each pair, every unit in its own Azure region. Up to 24 units every
  pair has a geography of its own (us, europe, uk, australia, canada, brazil, japan, india, asia,
  korea, africa, middle-east: the twelve the library knows); the 32-unit group adds a second and a
  third pair in us and in europe, which the library allows (a pair's two units share a geography;
  nothing limits a geography to one pair). Every unit is
  built with the reference topology's own definitions (apps/reference-topology.ts):
  \`defineUnitServices\` (ConsulSettings, ConsulMesh, UnitMonitoring, managed Redis with VoiceRedis,
  KafkaCluster, managed PostgreSQL, VoiceMicroservices, a TenantService per served tenant) and
  \`defineCxContact\`; the primary unit also \`defineGes\` and \`defineInteractionServers\`, which
  are "primary unit only" services (003 §2.3) that the library refuses in a secondary unit. The
  1-unit case is the primary unit alone, outside a group: a unit pair consists of two units
  (003 §1.2, §1.6) and the library refuses a pair of one, and GroupTerraform needs a group, so it
  has no Terraform.
- **Library, manifests**: build the model, then \`GenesysApp.synth()\` (checks, renders and writes
  every unit's YAML) into a temporary folder. **Library, Terraform**: build the model,
  \`new GroupTerraform(...)\` in a cdktf \`App\` (options of apps/reference-app.ts), \`App.synth()\`.
- **Floors**: the same Kubernetes objects (\`GenesysApp.manifests()\`) as bare \`ApiObject\`s, one
  \`Chart\` per manifest file, in a plain cdk8s \`App\`, synthesized; the same Terraform (the
  library's synthesized \`cdk.tf.json\`) as bare \`TerraformResource\`s / \`TerraformDataSource\`s
  with the library's logical ids and \`addOverride\` per attribute, in a plain cdktf \`App\`,
  synthesized. Object and resource counts below show they match.
- **Work time** = wall time of the timed phases after modules are loaded (model + constructs +
  synth); the targets use its median. **CPU time** = user + system CPU time of those phases: less
  sensitive than wall time to other processes competing for the two cores, so given as a cross-check.
  **Process** = the child's whole wall time
  (start-up and module loading included), running the library transpiled to JavaScript once per
  benchmark. **Peak RSS** = \`process.resourceUsage().maxRSS\` at the end of the work.
  Cells read "median (min–max)"; times in seconds, memory in MB.
`;
}

function sizesSection(input: ReportInput): string {
  const rows = input.sizes.map((u) => {
    const get = (k: CaseKind) => input.stats.get(caseKey(k, u));
    const lm = get(CaseKind.LIBRARY_MANIFESTS);
    const fm = get(CaseKind.FLOOR_MANIFESTS);
    const lt = get(CaseKind.LIBRARY_TERRAFORM);
    const ft = get(CaseKind.FLOOR_TERRAFORM);
    const same = (a?: CaseStats, b?: CaseStats) => (a && b ? (a.items === b.items ? 'yes' : `**no** (${b.items})`) : '—');
    const half = input.stats.get(caseKey(CaseKind.LIBRARY_TERRAFORM, u / 2));
    const growth = lt && half ? times(lt.items / half.items) : '—';
    return `| ${u} | ${lm?.items ?? '—'} | ${lm?.files ?? '—'} | ${same(lm, fm)} | ${lt?.items ?? '—'} | ${growth} | ${lt?.files ?? '—'} | ${same(lt, ft)} |`;
  });
  return `## Sizes

Per unit the output is the same at every size, except the AKS VNet peerings: every unit peers with
every other (003 §1.6, "fully meshed"), n(n-1) \`azurerm_virtual_network_peering\` resources, so the
Terraform grows a little faster than the unit count.

| Units | K8s objects | Manifest files | Floor has the same objects | TF resources + data | × vs half the units | TF stacks | Floor has the same resources |
|---:|---:|---:|:-:|---:|---:|---:|:-:|
${rows.join('\n')}
`;
}

function outputSection(input: ReportInput, title: string, library: CaseKind, floor: CaseKind): string {
  const rows = input.sizes.flatMap((u) => {
    const lib = input.stats.get(caseKey(library, u));
    const base = input.stats.get(caseKey(floor, u));
    if (!lib) return [];
    return [
      `| ${u} | ${seconds(lib.workMs)} | ${seconds(base?.workMs)} | ${times(floorRatio(input.stats, library, floor, u))} | ${times(doublingGrowth(input.stats, library, u))} | ${seconds(lib.processMs)} | ${seconds(base?.processMs)} | ${megabytes(lib.rssMb)} | ${megabytes(base?.rssMb)} |`,
    ];
  });
  if (rows.length === 0) return '';
  const target = OUTPUTS.find((o) => o.library === library);
  return `## ${title}

Targets: ${target ? ratioTargetText(target) : ''}; ×2 units ≤ ${MAX_DOUBLING_GROWTH}× time, up to ${MAX_UNITS} units.

| Units | Library work (s) | Floor work (s) | Library ÷ floor | Growth vs half the units | Library process (s) | Floor process (s) | Library peak RSS (MB) | Floor peak RSS (MB) |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}
`;
}

function cpuSection(input: ReportInput): string {
  const outputs = [
    { name: 'manifests', library: CaseKind.LIBRARY_MANIFESTS, floor: CaseKind.FLOOR_MANIFESTS },
    { name: 'Terraform', library: CaseKind.LIBRARY_TERRAFORM, floor: CaseKind.FLOOR_TERRAFORM },
  ];
  const rows = outputs.flatMap((o) =>
    input.sizes.flatMap((u) => {
      const lib = input.stats.get(caseKey(o.library, u));
      const base = input.stats.get(caseKey(o.floor, u));
      if (!lib) return [];
      const ratio = floorRatio(input.stats, o.library, o.floor, u, 'cpu');
      const growth = doublingGrowth(input.stats, o.library, u, 'cpu');
      return [`| ${o.name} | ${u} | ${seconds(lib.workCpuMs)} | ${seconds(base?.workCpuMs)} | ${times(ratio)} | ${times(growth)} |`];
    }),
  );
  return `## CPU time of the work (cross-check)

| Output | Units | Library CPU (s) | Floor CPU (s) | Library ÷ floor | Growth vs half the units |
|---|---:|---:|---:|---:|---:|
${rows.join('\n')}
`;
}

function phasesSection(input: ReportInput): string {
  const rows = [...input.stats.values()]
    .filter((c) => c.runtime === Runtime.NODE)
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.units - b.units)
    .map((c) => `| ${c.kind} | ${c.units} | ${c.phases.map((p) => `${p.name}${p.work ? '' : '*'} ${s(p.ms.median)}`).join(' · ')} |`);
  return `## Phases (medians, seconds; * = set-up, not work)

| Case | Units | Phases |
|---|---:|---|
${rows.join('\n')}
`;
}

function tsNodeSection(input: ReportInput): string {
  const cases = [...input.stats.values()].filter((c) => c.runtime === Runtime.TS_NODE).sort((a, b) => a.kind.localeCompare(b.kind));
  if (cases.length === 0) return '';
  const rows = cases.map((c) => {
    const compiled = input.stats.get(caseKey(c.kind, c.units));
    return `| ${c.kind} | ${c.units} | ${seconds(c.processMs)} | ${seconds(c.phases.find((p) => p.name === 'load')?.ms)} | ${seconds(c.workMs)} | ${seconds(compiled?.workMs)} | ${megabytes(c.rssMb)} |`;
  });
  return `## As the repository runs it (ts-node)

cdk8s.yaml and cdktf.json run the apps with \`ts-node --transpile-only\`, which transpiles the
library at start-up and installs source-map support for stack traces. The same child, run that way
(\`node node_modules/ts-node/dist/bin.js --transpile-only --project scripts/tsconfig.json
scripts/bench/child.ts\`; \`npx\` would add its own start-up on top):

| Case | Units | Process (s) | Load (s) | Work (s) | Work, transpiled JS (s) | Peak RSS (MB) |
|---|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}
`;
}

function targetsSection(input: ReportInput): string {
  const rows = input.targets.map((t) => `| ${t.target} | ${t.measured} | ${t.met ? 'met' : '**missed**'} | ${t.note ?? ''} |`);
  return `## Targets

The 8-unit target ("the 8-unit group, both outputs, in under ${MAX_EIGHT_UNIT_MS / 1000} seconds") is read as the two whole processes together: manifests plus Terraform, start-up included.

| Target | Measured (medians) | Result | Note |
|---|---|:-:|---|
${rows.join('\n')}
`;
}

function profilesSection(input: ReportInput): string {
  if (input.profiles.length === 0) return '';
  const table = (title: string, costs: Cost[]) =>
    `${title}\n\n| ms | share | |\n|---:|---:|---|\n${costs.map((c) => `| ${c.ms.toFixed(0)} | ${pct(c.share)} | ${c.label.replace(/\|/g, '\\|')} |`).join('\n')}\n`;
  const sections = input.profiles.map(
    (p) => `### ${p.title}

${s(p.totalMs)} s of samples in the work window (one extra run under \`node --cpu-prof\`, which slows it a little).

${table('Cost centres named in the findings (inclusive; they may overlap):', p.costCentres)}
${table('Top functions by self time:', p.selfByFunction)}
${table('Top modules by self time:', p.selfByModule)}
${table('Top library functions by inclusive time:', p.inclusiveLibrary)}`,
  );
  return `## Where the time goes (CPU profiles)

${sections.join('\n')}`;
}
