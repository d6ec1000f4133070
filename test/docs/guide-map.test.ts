import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import * as lib from '../../src';

/**
 * Keeps docs/guide-map.md honest. Every row of its tables names a guide section and the library
 * construct that does the operator's action (or says that nothing does). These tests check:
 *
 * - every section reference is a well-formed `00N §x.y` reference of the guide the table is under;
 * - every backticked name in the Library column that looks like an export (`VoiceRedis`,
 *   `ConsulMesh.addIntention`, `addressPlan()`) is an export of `src`, and its member exists;
 * - every link points at an API.md anchor or a file that exists;
 * - where the guides' extractions are present (`../shared/spec`), every section exists there.
 *
 * Failures name the line and the row, so the bad row is easy to find.
 */

const ROOT = path.resolve(__dirname, '..', '..');
const MAP_FILE = path.join(ROOT, 'docs', 'guide-map.md');
const API_FILE = path.join(ROOT, 'API.md');
const SPEC_DIR = process.env.GENESYS_SPEC_DIR ?? path.resolve(ROOT, '..', 'shared', 'spec');

/** The form every section cell starts with (the brief's rule). */
const SECTION_START = /^00[0-4] §\d+(\.\d+)*/;
/** One complete section reference. */
const SECTION_REF = /^(00[0-4]) §(\d+(?:\.\d+)*)$/;
const HEADER = ['Guide section', 'Operator action', 'Library', 'Notes'];

/** One table row of the map. */
interface MapRow {
  /** 1-based line number in the file. */
  readonly line: number;
  /** The guide of the `## 00N ...` heading the row is under. */
  readonly guide?: string;
  /** The cells, trimmed. */
  readonly cells: string[];
}

/** Splits a Markdown table line into cells; a `|` inside backticks or escaped as `\|` does not split. */
function splitCells(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  let inCode = false;
  const body = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\' && body[i + 1] === '|') {
      current += '|';
      i++;
    } else if (ch === '`') {
      inCode = !inCode;
      current += ch;
    } else if (ch === '|' && !inCode) {
      cells.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  cells.push(current.trim());
  return cells;
}

/** The data rows of every table of the map, with the guide heading each is under. */
function mapRows(): MapRow[] {
  const rows: MapRow[] = [];
  let guide: string | undefined;
  fs.readFileSync(MAP_FILE, 'utf8').split('\n').forEach((text, index) => {
    const heading = /^## (00[0-4])\b/.exec(text);
    if (heading) guide = heading[1];
    else if (/^## /.test(text)) guide = undefined;
    if (!text.trim().startsWith('|')) return;
    const cells = splitCells(text);
    if (cells.every((c) => /^:?-+:?$/.test(c))) return;
    if (cells[0] === HEADER[0]) return;
    rows.push({ line: index + 1, guide, cells });
  });
  return rows;
}

/** `line 12 (000 §2.2 "Register the Redis services")`: how a failure names its row. */
function where(row: MapRow): string {
  const action = row.cells[1] ?? '';
  return `docs/guide-map.md line ${row.line} (${row.cells[0]} "${action.length > 60 ? `${action.slice(0, 57)}...` : action}")`;
}

/** The backticked spans of a cell that look like exported names (`Name`, `Name.member`, `fn()`). */
function exportedNames(cell: string): string[] {
  const spans = [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  return spans.filter((s) => /^[A-Z][A-Za-z0-9_]*(\.[A-Za-z_$][A-Za-z0-9_$]*)*(\(\))?$/.test(s) || /^[a-z][A-Za-z0-9_]*\(\)$/.test(s));
}

/** True when the single-bit `flag` is set in `flags` (the compiler's symbol flags), without bitwise operators. */
function hasFlag(flags: number, flag: number): boolean {
  return Math.floor(flags / flag) % 2 === 1;
}

/** Resolves `Name.member...` on the runtime exports: the member on the value, or on its prototype. */
function runtimeResolves(parts: string[]): boolean {
  let value: any = (lib as Record<string, unknown>)[parts[0]];
  if (value === undefined) return false;
  for (const [index, member] of parts.slice(1).entries()) {
    const last = index === parts.length - 2;
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
    if (member in value) {
      value = value[member];
    } else if (typeof value === 'function' && value.prototype && member in value.prototype) {
      // A method or getter of the instances; reading a getter off the prototype would run it without an instance.
      return last;
    } else {
      return false;
    }
  }
  return true;
}

/**
 * The exports of `src/index.ts` as the TypeScript compiler sees them. Interfaces (the props) and
 * instance fields do not exist at run time; the compiler's view checks them. Built once, on first use.
 */
let compiled: { checker: ts.TypeChecker; exports: Map<string, ts.Symbol> } | undefined;
function compiledExports(): { checker: ts.TypeChecker; exports: Map<string, ts.Symbol> } {
  if (compiled) return compiled;
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  const index = path.join(ROOT, 'src', 'index.ts');
  const program = ts.createProgram([index], { ...config!.options, noEmit: true });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(index)!)!;
  const exports = new Map<string, ts.Symbol>();
  for (const symbol of checker.getExportsOfModule(module)) {
    exports.set(symbol.name, hasFlag(symbol.flags, ts.SymbolFlags.Alias) ? checker.getAliasedSymbol(symbol) : symbol);
  }
  compiled = { checker, exports };
  return compiled;
}

/** Resolves `Name.member...` on the compiler's view: class statics and instance members, interface and enum members. */
function typeResolves(parts: string[]): boolean {
  const { checker, exports } = compiledExports();
  const symbol = exports.get(parts[0]);
  if (!symbol) return false;
  let types: ts.Type[] = [checker.getDeclaredTypeOfSymbol(symbol)];
  const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
  const valueKinds = [
    ts.SymbolFlags.Class,
    ts.SymbolFlags.RegularEnum,
    ts.SymbolFlags.ConstEnum,
    ts.SymbolFlags.Function,
    ts.SymbolFlags.FunctionScopedVariable,
    ts.SymbolFlags.BlockScopedVariable,
  ];
  if (declaration && valueKinds.some((kind) => hasFlag(symbol.flags, kind))) {
    types.push(checker.getTypeOfSymbolAtLocation(symbol, declaration));
  }
  for (const member of parts.slice(1)) {
    const found = types.map((t) => checker.getNonNullableType(t).getProperty(member)).find((p) => p !== undefined);
    if (!found) return false;
    const at = found.valueDeclaration ?? found.declarations?.[0];
    types = at ? [checker.getTypeOfSymbolAtLocation(found, at)] : [];
  }
  return true;
}

/** Why `name` is not an export of src, or undefined when it is. */
function exportProblem(name: string): string | undefined {
  const parts = name.replace(/\(\)$/, '').split('.');
  if (runtimeResolves(parts) || typeResolves(parts)) return undefined;
  const head = parts[0];
  const known = (lib as Record<string, unknown>)[head] !== undefined || compiledExports().exports.has(head);
  return known ? `\`${parts.slice(1).join('.')}\` is not a member of \`${head}\`` : `\`${head}\` is not an export of src`;
}

const rows = mapRows();

describe('docs/guide-map.md', () => {
  test('has tables with the four columns and rows for all five guides', () => {
    const text = fs.readFileSync(MAP_FILE, 'utf8');
    const headers = text.split('\n').filter((l) => l.trim().startsWith('| Guide section'));
    expect(headers.length).toBeGreaterThan(0);
    for (const header of headers) expect(splitCells(header)).toEqual(HEADER);
    const guides = new Set(rows.map((r) => r.guide));
    expect([...guides].sort()).toEqual(['000', '001', '002', '003', '004']);
  });

  test('every row has four cells and says what the library does (or that nothing does)', () => {
    const problems = rows.flatMap((row) => {
      if (row.cells.length !== HEADER.length) return [`${where(row)}: ${row.cells.length} cells, not ${HEADER.length}`];
      return row.cells.slice(0, 3).some((c) => c === '') ? [`${where(row)}: an empty cell`] : [];
    });
    expect(problems).toEqual([]);
  });

  test('every section reference is a reference to the guide of its table', () => {
    const problems: string[] = [];
    for (const row of rows) {
      const cell = row.cells[0];
      if (!SECTION_START.test(cell)) {
        problems.push(`${where(row)}: section "${cell}" does not match ${SECTION_START}`);
        continue;
      }
      for (const ref of cell.split(/[;,]/).map((r) => r.trim())) {
        const match = SECTION_REF.exec(ref);
        if (!match) problems.push(`${where(row)}: "${ref}" is not a section reference like "000 §2.2"`);
        else if (match[1] !== row.guide) problems.push(`${where(row)}: "${ref}" is in the table of guide ${row.guide ?? '(none)'}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('every name in the Library column is an export of src', () => {
    const problems: string[] = [];
    for (const row of rows) {
      for (const name of exportedNames(row.cells[2] ?? '')) {
        const problem = exportProblem(name);
        if (problem) problems.push(`${where(row)}: \`${name}\`: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('the Library column names at least one export in most rows', () => {
    const named = rows.filter((r) => exportedNames(r.cells[2] ?? '').length > 0).length;
    expect(named / rows.length).toBeGreaterThan(0.5);
  });

  test('every link points at an API.md anchor or a file of the repository', () => {
    const api = fs.readFileSync(API_FILE, 'utf8');
    const problems: string[] = [];
    for (const row of rows) {
      for (const [, target] of row.cells.join(' ').matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^https?:/.test(target)) continue;
        const [file, anchor] = target.split('#');
        const resolved = path.resolve(path.dirname(MAP_FILE), file);
        if (!fs.existsSync(resolved)) {
          problems.push(`${where(row)}: link target ${file} does not exist`);
        } else if (anchor !== undefined && path.basename(resolved) === 'API.md' && !api.includes(`id="${anchor}"`)) {
          problems.push(`${where(row)}: API.md has no anchor #${anchor}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

const specPresent = fs.existsSync(SPEC_DIR);
(specPresent ? describe : describe.skip)(`docs/guide-map.md against the guides' extractions${specPresent ? '' : ` (not found at ${SPEC_DIR})`}`, () => {
  test('every section exists in its guide', () => {
    const headings = new Map<string, string>();
    for (const file of fs.readdirSync(SPEC_DIR).filter((f) => /^00[0-4]-.*\.md$/.test(f))) {
      headings.set(file.slice(0, 3), fs.readFileSync(path.join(SPEC_DIR, file), 'utf8'));
    }
    const problems: string[] = [];
    for (const row of rows) {
      for (const ref of row.cells[0].split(/[;,]/).map((r) => r.trim())) {
        const match = SECTION_REF.exec(ref);
        if (!match) continue;
        const text = headings.get(match[1]);
        const number = match[2].replace(/\./g, '\\.');
        if (text === undefined) problems.push(`${where(row)}: no extraction of guide ${match[1]} in ${SPEC_DIR}`);
        else if (!new RegExp(`^#{2,4} ${number}\\.?\\s`, 'm').test(text)) problems.push(`${where(row)}: guide ${match[1]} has no section ${match[2]}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
