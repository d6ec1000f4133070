import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';

/**
 * Keeps README.md true for someone who installed the package from npm and has nothing else: the
 * repository's apps/ and docs/ are not in the package. Everything is read from the README's own
 * text, so a changed example or a new one is checked as it is written:
 *
 * - every TypeScript block imports from `genesys-pe-constructs` only, and type-checks against the
 *   library with the compiler options of the README's own `tsconfig.json` block, which must be
 *   the ones the starter writes;
 * - every link points at a heading of the README, a file the package ships, or a web page;
 * - the sections a user reads (all before "## Development") name no file of the repository that
 *   the package does not ship.
 *
 * The main example is also run, as the consumer path does (test/apps/readme-example.test.ts).
 */

const ROOT = path.resolve(__dirname, '..', '..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const PACKAGE = 'genesys-pe-constructs';

/** The fenced blocks of a language, each with the line it starts on. */
function blocks(text: string, language: string): Array<{ line: number; code: string }> {
  const found: Array<{ line: number; code: string }> = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```' + language) continue;
    const end = lines.indexOf('```', i + 1);
    if (end < 0) throw new Error(`README.md line ${i + 1}: a \`\`\`${language} block is not closed`);
    found.push({ line: i + 1, code: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return found;
}

/** The module names a TypeScript block imports from. */
function importsOf(code: string): string[] {
  const file = ts.createSourceFile('block.ts', code, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.getText(file) === 'require' && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The compiler options of the README's `tsconfig.json` block (under "Supported versions"). */
function readmeCompilerOptions(): Record<string, unknown> {
  const json = blocks(README, 'json').map((b) => JSON.parse(b.code)).filter((j) => j.compilerOptions);
  expect(json).toHaveLength(1);
  return json[0].compilerOptions;
}

/** The `tsconfig.json` the starter (`genesys-pe-init`) writes into a new project. */
function starterCompilerOptions(): Record<string, unknown> {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'readme-starter-')), 'platform');
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'genesys-pe-init.js'), dir], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return JSON.parse(fs.readFileSync(path.join(dir, 'tsconfig.json'), 'utf8')).compilerOptions;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading.trim().toLowerCase().replace(/`/g, '').replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-');
}

/** The files `npm pack` would put in the package. */
function shippedFiles(): Set<string> {
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  expect(result.status).toBe(0);
  return new Set((JSON.parse(result.stdout)[0].files as Array<{ path: string }>).map((f) => f.path));
}

const tsBlocks = blocks(README, 'ts');

describe('README.md, as the package ships it', () => {
  test('has TypeScript examples, each importing the library by its package name only', () => {
    expect(tsBlocks.length).toBeGreaterThan(0);
    const problems = tsBlocks.flatMap(({ line, code }) => {
      const imports = importsOf(code);
      if (!imports.includes(PACKAGE)) return [`line ${line}: the block does not import from '${PACKAGE}'`];
      return imports.filter((m) => m !== PACKAGE).map((m) => `line ${line}: imports '${m}', which a reader of the package may not have`);
    });
    expect(problems).toEqual([]);
  });

  test('its tsconfig.json is the one the starter writes', () => {
    expect(readmeCompilerOptions()).toEqual(starterCompilerOptions());
  });

  test('every TypeScript block type-checks against the library with that tsconfig.json', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-blocks-'));
    const files = tsBlocks.map(({ line, code }) => {
      const file = path.join(dir, `readme-line-${line}.ts`);
      fs.writeFileSync(file, code);
      return file;
    });
    const converted = ts.convertCompilerOptionsFromJson(readmeCompilerOptions(), dir);
    expect(converted.errors).toEqual([]);
    const options: ts.CompilerOptions = {
      ...converted.options,
      noEmit: true,
      // The package's name resolves to the library's source, as it resolves to lib/ once installed.
      baseUrl: ROOT,
      paths: { [PACKAGE]: [path.join(ROOT, 'src', 'index.ts')] },
      typeRoots: [path.join(ROOT, 'node_modules', '@types')],
    };
    const program = ts.createProgram(files, options);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file === undefined || files.includes(path.resolve(d.file.fileName)))
      .map((d) => {
        const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
        const block = d.file ? Number(/readme-line-(\d+)/.exec(d.file.fileName)![1]) : 0;
        return `README.md line ${block + 1 + (where?.line ?? 0)}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      });
    expect(problems).toEqual([]);
  });

  test('every link points at one of its headings, a file the package ships, or a web page', () => {
    const headings = new Set(README.split('\n').filter((l) => /^#{1,6} /.test(l)).map((l) => anchorOf(l.replace(/^#+ /, ''))));
    const shipped = shippedFiles();
    const problems: string[] = [];
    README.split('\n').forEach((text, index) => {
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^https?:\/\//.test(target)) continue;
        const [file, anchor] = target.split('#');
        if (file === '' && !headings.has(anchor)) problems.push(`line ${index + 1}: no heading has the anchor #${anchor}`);
        if (file !== '' && !shipped.has(file)) problems.push(`line ${index + 1}: ${file} is not in the package (npm pack)`);
      }
    });
    expect(problems).toEqual([]);
  });

  test('the sections for users name no file of the repository that the package leaves out', () => {
    const development = README.indexOf('\n## Development\n');
    expect(development).toBeGreaterThan(0);
    const problems = README.slice(0, development)
      .split('\n')
      .flatMap((text, index) => [...text.matchAll(/\b(apps|docs|scripts|test|src)\/[\w./-]*[\w/]/g)].map((m) => `line ${index + 1}: ${m[0]}`));
    expect(problems).toEqual([]);
  });
});
