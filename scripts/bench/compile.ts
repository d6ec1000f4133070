/**
 * Transpiles the library (src/), the example apps (apps/: the models use the reference topology)
 * and the benchmark (scripts/bench/) to plain CommonJS once per benchmark run, so that every
 * measured child process runs JavaScript under bare `node`: no ts-node compile time in the timings, and CPU profiles that show the library rather than the
 * TypeScript compiler. Transpile-only, like the repo's ts-node apps: type errors in work in progress
 * elsewhere do not stop the benchmark.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/** Folders transpiled, relative to the repository root. */
const SOURCE_FOLDERS = ['src', 'apps', path.join('scripts', 'bench')];

/** Where the transpiled tree lives: inside node_modules, so its imports resolve like the sources'. */
export function defaultBuildDir(repoRoot: string): string {
  return path.join(repoRoot, 'node_modules', '.cache', 'genesys-pe-bench', `build-${process.pid}`);
}

/**
 * Transpiles every `.ts` file (not `.d.ts`) of the source folders into `buildDir`, keeping the
 * relative layout (`src/core/x.ts` becomes `<buildDir>/src/core/x.js`).
 *
 * @returns the number of files written
 */
export function transpileSources(repoRoot: string, buildDir: string): number {
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2022,
    esModuleInterop: true,
    experimentalDecorators: true,
    sourceMap: false,
  };
  let count = 0;
  for (const folder of SOURCE_FOLDERS) {
    for (const file of listTypeScript(path.join(repoRoot, folder))) {
      const relative = path.relative(repoRoot, file);
      const output = ts.transpileModule(fs.readFileSync(file, 'utf8'), { compilerOptions: options, fileName: relative });
      const target = path.join(buildDir, relative.replace(/\.ts$/, '.js'));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, output.outputText);
      count++;
    }
  }
  return count;
}

/** Every `.ts` file under `dir` except declarations, in a stable order. */
function listTypeScript(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return listTypeScript(full);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
    });
}
