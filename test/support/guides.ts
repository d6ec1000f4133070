import * as fs from 'fs';
import * as path from 'path';
import { Guide } from '../../src';

/**
 * The vendor guides (the spec) live outside the repo, in `../shared/seeds/` beside the clone, or
 * wherever GENESYS_GUIDES_DIR points. Tests that read them run when they are there; under CI they
 * must be there, so a missing folder fails instead of skipping.
 */
const GUIDES_DIR = process.env.GENESYS_GUIDES_DIR ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'seeds');

/** True when the guides can be read. */
export const guidesPresent = fs.existsSync(GUIDES_DIR);

/** `describe` that runs only where the guides are present, and fails under CI when they are not. */
export function describeWithGuides(name: string, body: () => void): void {
  if (guidesPresent) {
    describe(name, body);
  } else if (process.env.CI) {
    describe(name, () => {
      test('the guides are present', () => {
        throw new Error(`guides not found at ${GUIDES_DIR}; set GENESYS_GUIDES_DIR`);
      });
    });
  } else {
    describe.skip(`${name} (guides not found at ${GUIDES_DIR})`, body);
  }
}

const cache = new Map<Guide, string>();

/** The text of one guide. */
export function guideText(guide: Guide): string {
  const cached = cache.get(guide);
  if (cached !== undefined) return cached;
  const file = fs.readdirSync(GUIDES_DIR).find((f) => f.startsWith(`${guide}_`));
  if (!file) throw new Error(`no guide ${guide}_* in ${GUIDES_DIR}`);
  const text = fs.readFileSync(path.join(GUIDES_DIR, file), 'utf8');
  cache.set(guide, text);
  return text;
}

/** The lines of a guide from the first line containing `start` up to (not including) the first line after it containing `end`. */
export function guideSection(guide: Guide, start: string, end: string): string[] {
  const lines = guideText(guide).split('\n');
  const from = lines.findIndex((l) => l.includes(start));
  if (from === -1) throw new Error(`"${start}" not found in guide ${guide}`);
  const to = lines.findIndex((l, i) => i > from && l.includes(end));
  if (to === -1) throw new Error(`"${end}" not found after "${start}" in guide ${guide}`);
  return lines.slice(from, to);
}

/** The cells of the Markdown table rows among `lines` (separator rows and header rows excluded). */
export function tableRows(lines: string[], headerCell?: string): string[][] {
  return lines
    .filter((l) => l.trim().startsWith('|'))
    .map((l) =>
      l
        .trim()
        .replace(/^\|/, '')
        .replace(/\|$/, '')
        .split('|')
        .map((c) => c.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()),
    )
    .filter((cells) => !cells.every((c) => /^-*$/.test(c)))
    .filter((cells) => headerCell === undefined || cells[0] !== headerCell);
}
