/**
 * Install sizes (issue 18, part 1): what a user installs for each way of using the library. Packs
 * the repository as npm would publish it, installs the tarball into fresh projects with the
 * optional Terraform providers each profile needs (npm adds the required peers itself), and
 * measures `node_modules` on disk. Needs the npm registry (its cache makes later runs quick) and a
 * compiled lib/.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Target: a manifests-only install of at most this many MB (issue 18). */
export const MANIFESTS_ONLY_TARGET_MB = 300;

/** One way of using the library, and what it installs besides the tarball. */
export interface InstallProfile {
  /** What the user wants. */
  readonly name: string;
  /** Optional peers installed with the tarball. */
  readonly providers: readonly string[];
}

/** One measured install. */
export interface InstallSize {
  /** The profile. */
  readonly profile: InstallProfile;
  /** `node_modules` on disk, MB (MiB, as `du -sm`). */
  readonly megabytes: number;
  /** Packages installed (folders with a package.json directly under node_modules, scopes opened). */
  readonly packages: number;
}

const COMMON = ['@cdktf/provider-kubernetes', '@cdktf/provider-helm', '@cdktf/provider-random'];

/** The profiles: manifests only, Terraform for one cloud, and both clouds (what every user installed before). */
export const INSTALL_PROFILES: readonly InstallProfile[] = [
  { name: 'Manifests only', providers: [] },
  { name: 'Manifests + Terraform, AKS', providers: ['@cdktf/provider-azurerm', ...COMMON] },
  { name: 'Manifests + Terraform, GKE', providers: ['@cdktf/provider-google', ...COMMON] },
  { name: 'Manifests + Terraform, both clouds', providers: ['@cdktf/provider-azurerm', '@cdktf/provider-google', ...COMMON] },
];

/** Packs the repository and measures each profile's install; `log` reports progress. */
export function measureInstallSizes(repoRoot: string, log: (line: string) => void): InstallSize[] {
  if (!fs.existsSync(path.join(repoRoot, 'lib', 'index.js'))) {
    throw new Error('bench: lib/ is not built, so the package cannot be packed for the install sizes; run `npx projen compile` first');
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'genesys-pe-install-'));
  try {
    const tarball = path.join(work, execFileSync('npm', ['pack', '--silent', '--pack-destination', work, repoRoot], { encoding: 'utf8' }).trim().split('\n').pop()!);
    const peers: Record<string, string> = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).peerDependencies;
    return INSTALL_PROFILES.map((profile, index) => {
      const project = path.join(work, `project-${index}`);
      fs.mkdirSync(project);
      fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: `install-${index}`, private: true }));
      const specs = profile.providers.map((name) => `${name}@${peers[name]}`);
      execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent', tarball, ...specs], { cwd: project, stdio: 'ignore' });
      const modules = path.join(project, 'node_modules');
      const size: InstallSize = { profile, megabytes: diskMegabytes(modules), packages: countPackages(modules) };
      log(`install size: ${profile.name}: ${size.megabytes} MB, ${size.packages} packages`);
      fs.rmSync(project, { recursive: true, force: true });
      return size;
    });
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function diskMegabytes(dir: string): number {
  return Number(execFileSync('du', ['-sm', dir], { encoding: 'utf8' }).split('\t')[0]);
}

function countPackages(modules: string): number {
  let count = 0;
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const folder = path.join(dir, entry.name);
      if (entry.name.startsWith('@')) {visit(folder);} else if (fs.existsSync(path.join(folder, 'package.json'))) {
        count++;
        if (fs.existsSync(path.join(folder, 'node_modules'))) visit(path.join(folder, 'node_modules'));
      }
    }
  };
  visit(modules);
  return count;
}

/** The report's section: a table of the profiles and the manifests-only target. */
export function renderInstallSizes(sizes: readonly InstallSize[]): string {
  const manifestsOnly = sizes.find((s) => s.profile.providers.length === 0);
  const lines = [
    '## Install sizes',
    '',
    'What a user installs: the packed tarball into a fresh project, with the optional Terraform',
    'providers the profile needs (npm adds the required peers: cdk8s, cdk8s-plus-27, constructs,',
    'cdktf). `node_modules` on disk; the CLIs and TypeScript are not counted (tools, not the library).',
    '',
    '| Profile | Optional providers | node_modules (MB) | Packages |',
    '|---|---|---:|---:|',
    ...sizes.map((s) => `| ${s.profile.name} | ${s.profile.providers.length ? s.profile.providers.map((p) => `\`${p.replace('@cdktf/', '')}\``).join(', ') : 'none'} | ${s.megabytes} | ${s.packages} |`),
    '',
  ];
  if (manifestsOnly) {
    const met = manifestsOnly.megabytes <= MANIFESTS_ONLY_TARGET_MB;
    lines.push(`Target: a manifests-only install of at most ${MANIFESTS_ONLY_TARGET_MB} MB: ${manifestsOnly.megabytes} MB, **${met ? 'met' : 'missed'}**.`, '');
  }
  return lines.join('\n');
}
