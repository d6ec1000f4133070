import * as fs from 'node:fs';
import * as path from 'node:path';
import { Catalog, Guide } from '../../src';
import { keyAccepted } from '../../src/charts';
import { describeWithGuides, guideText } from '../support/guides';

/** The vendor's override-value keys per file, extracted once into a fixture (facts only). */
function vendorKeys(): Map<string, string[]> {
  const text = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'vendor', 'override-value-keys.txt'), 'utf8');
  const files = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    const header = /^# (services\/\S+)$/.exec(line);
    if (header) files.set(header[1], (current = []));
    else if (line && !line.startsWith('#')) current?.push(line);
  }
  return files;
}

const VENDOR = vendorKeys();
const GUIDE_OF: Record<string, Guide> = { '000': Guide.VOICE, '001': Guide.GES, '002': Guide.CX_CONTACT, '003': Guide.PLATFORM, '004': Guide.INTERACTION_SERVER };

describe('chart catalogue: every key cites where it is documented', () => {
  test.each(Catalog.charts().flatMap((c) => c.keys.map((k) => [c.chart, k.path, k.source] as const)))(
    '%s %s (%s)',
    (_chart, key, source) => {
      expect(source).toMatch(/^(vendor: services\/\S+|00[0-4] §[0-9.]+)/);
      const vendor = /^vendor: (services\/\S+?)(\/chart\.ver)?$/.exec(source);
      if (vendor && !vendor[2]) {
        // A vendor key: the cited file sets it, or a key below it.
        const keys = VENDOR.get(vendor[1]);
        expect(keys).toBeDefined();
        expect(keys!.some((k) => k === key || k.startsWith(`${key}.`) || keyAccepted(k, [{ path: key, source }]))).toBe(true);
      }
    },
  );

  test('every chart has a version and at least the placement keys', () => {
    // The CX Contact chart documents no priority class, node selector or tolerations (002 §1.1).
    const withoutPlacement = ['cxcontact'];
    for (const chart of Catalog.charts().filter((c) => !withoutPlacement.includes(c.chart))) {
      expect(chart.chartVersion).toMatch(/^[0-9][0-9A-Za-z.+-]*$/);
      const paths = chart.keys.map((k) => k.path);
      expect([chart.chart, paths.includes('priorityClassName') || paths.some((p) => p.endsWith('.priorityClassName'))]).toEqual([chart.chart, true]);
    }
  });
});

describeWithGuides('chart catalogue: guide-cited keys appear in the guide', () => {
  test.each(Catalog.charts().flatMap((c) => c.keys.filter((k) => /^00[0-4] §/.test(k.source)).map((k) => [c.chart, k.path, k.source] as const)))(
    '%s %s (%s)',
    (_chart, key, source) => {
      const text = guideText(GUIDE_OF[source.slice(0, 3)]);
      // The key's last named segment is printed in the cited guide (PDF text loses the nesting).
      // The OCR also prints some underscores as spaces and some capitals in lower case
      // (`update strategy`, `enableServicelinks`, 001).
      const last = key.split('.').filter((s) => s !== '*').pop()!;
      const ocr = (t: string) => t.toLowerCase().replace(/_/g, ' ');
      expect(ocr(text)).toContain(ocr(last));
    },
  );
});
