import * as fs from 'fs';
import * as path from 'path';
import { Catalog } from '../../src';

/** The vendor's rule names for the guides' services, derived from its rule files by vendor/derive.sh. */
const VENDOR_RULES = fs.readFileSync(path.join(__dirname, 'vendor', 'rule-names.txt'), 'utf8')
  .split('\n').filter((l) => l !== '').map((l) => {
    const [file, rule] = l.split('\t');
    return { file, rule };
  });

const present = new Set(Catalog.alerts().map((a) => a.vendorRule).filter((r): r is string => r !== undefined));
const excluded = Catalog.vendorRuleExclusions();
const reasonFor = (file: string, rule: string) => excluded.find((e) => e.file === file && (e.rule === rule || e.rule === '*'));

describe('Coverage of the vendor\'s published rules (genesys/multicloud-services, *-cpe-monitoring)', () => {
  test('the committed list has the vendor\'s rules of the five products', () => {
    const products = [...new Set(VENDOR_RULES.map((r) => r.file.split('/')[0]))].sort();
    expect(products).toEqual(['cxc', 'ges', 'ixn', 'tenant', 'voice']);
    expect(VENDOR_RULES).toHaveLength(327);
  });

  test.each(VENDOR_RULES.map((r) => [r.file.split('/').pop()!, r.rule, r.file] as const))('%s: %s is present or excluded with a reason', (_name, rule, file) => {
    const answer = present.has(`${file}#${rule}`) ? 'present' : reasonFor(file, rule)?.reason;
    expect({ rule, answer }).toEqual({ rule, answer: expect.any(String) });
  });

  test('no vendor rule is both present and excluded, and every exclusion names a rule the vendor publishes', () => {
    for (const e of excluded) {
      if (e.rule === '*') {
        expect(VENDOR_RULES.some((r) => r.file === e.file)).toBe(true);
        continue;
      }
      expect({ e, published: VENDOR_RULES.some((r) => r.file === e.file && r.rule === e.rule) }).toEqual({ e, published: true });
      expect(present.has(`${e.file}#${e.rule}`)).toBe(false);
    }
  });

  test('every vendorRule an alert names is a rule the vendor publishes', () => {
    const published = new Set(VENDOR_RULES.map((r) => `${r.file}#${r.rule}`));
    for (const r of present) expect({ r, published: published.has(r) }).toEqual({ r, published: true });
  });

  test('every reason cites a guide section or says which series it lacks', () => {
    for (const e of excluded) expect(e.reason).toMatch(/00[0-4] §|series|metric/);
  });

  test('rules added from the vendor are labelled with their source', () => {
    const added = Catalog.alerts().filter((a) => a.source.includes('vendor:'));
    expect(added.length).toBeGreaterThan(20);
    for (const a of added) {
      expect(a.vendorRule).toBeDefined();
      expect(a.source).toContain(a.vendorRule!.split('#')[0]);
      expect(a.description).toMatch(/^Intent: /);
    }
  });

  test('the counts: how many vendor rules are present and how many left out', () => {
    const answered = VENDOR_RULES.filter((r) => present.has(`${r.file}#${r.rule}`));
    // Counted when the catalogue was reconciled (the README's table); a change here is a change of coverage.
    expect({ present: answered.length, excluded: VENDOR_RULES.length - answered.length }).toEqual({ present: 242, excluded: 85 });
  });
});
