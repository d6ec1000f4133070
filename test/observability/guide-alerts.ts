import { Guide } from '../../src';
import { guideText } from '../support/guides';

/** The heading of each Voice service's "metrics and alerts" page (000 §6.2, §6.3), by release name. */
export const VOICE_PAGES: Record<string, string> = {
  'voice-agent': 'Agent State Service metrics and alerts',
  'voice-callthread': 'Call State Service metrics and alerts',
  'voice-config': 'Config Service metrics and alerts',
  'voice-dialplan': 'Dial Plan Service metrics and alerts',
  'voice-sipfe': 'FrontEnd Service metrics and alerts',
  'voice-ors': 'ORS metrics and alerts',
  'voice-registrar': 'Voice Registrar Service metrics and alerts',
  'voice-rq': 'Voice RQ Service metrics and alerts',
  'voice-sip': 'Voice SIP Cluster Service metrics and alerts',
  'voice-sipproxy': 'Voice SIP Proxy Service metrics and alerts',
  'voice-voicemail': 'Voicemail metrics and alerts',
};

/** The CX Contact component pages (002 §6.3), by catalogue id. */
export const CXC_PAGES: Record<string, string> = {
  'cxc-api-aggregator': 'API Aggregator metrics and alerts',
  'cxc-campaign-manager': 'Campaign Manager metrics and alerts',
  'cxc-compliance-manager': 'Compliance Manager metrics and alerts',
  'cxc-dial-manager': 'Dial Manager metrics and alerts',
  'cxc-job-scheduler': 'Job Scheduler metrics and alerts',
  'cxc-list-builder': 'List Builder metrics and alerts',
  'cxc-list-manager': 'List Manager metrics and alerts',
};

/** The lines of one page of a guide: from its heading line (the whole line) to the next page heading. */
export function guidePage(guide: Guide, heading: string): string[] {
  const lines = guideText(guide).split('\n');
  const from = lines.findIndex((l) => l.trim() === heading);
  if (from === -1) throw new Error(`page "${heading}" not found in guide ${guide}`);
  // A page heading can repeat on its next line (002: "List Builder metrics and alerts" twice).
  const isNextPage = (l: string) => l.trim() !== heading && (/ metrics and alerts$/.test(l.trim()) || l.trim() === 'Feature support and known limitations');
  const next = lines.findIndex((l, i) => i > from && isNextPage(l));
  return lines.slice(from, next === -1 ? lines.length : next);
}

/**
 * The alert rows of a Voice page as the guide prints them: the name and severity cells of each row
 * of its alerts table. A name the PDF broke over two lines ("Pod CPU greater" / "than 80%") is
 * joined again: its second part starts a line with an empty severity cell.
 */
export function voiceGuideAlerts(release: string): Array<{ name: string; severity: string }> {
  const lines = guidePage(Guide.VOICE, VOICE_PAGES[release]);
  const start = lines.findIndex((l) => l.startsWith('The following alerts are defined for'));
  const rows: Array<{ name: string; severity: string }> = [];
  const cell = (c: string) => c.replace(/<\/?p>/g, '').trim();
  for (let i = start; i < lines.length; i++) {
    const cells = lines[i].split('\t');
    if (cells.length < 3 || !/^(Critical|Warning)$/.test(cell(cells[1]))) continue;
    let name = cell(cells[0]);
    const continuation = lines.slice(i + 1).find((l) => /^[a-z][^\t]*\t\t/.test(l) || /\t(Critical|Warning)\t/.test(l));
    if (continuation && /^[a-z][^\t]*\t\t/.test(continuation)) name = `${name} ${continuation.split('\t')[0].trim()}`;
    rows.push({ name, severity: cell(cells[1]).toLowerCase() });
  }
  return rows;
}

/** Occurrences of the severity HIGH on a CX Contact component page: one per alert row. */
export function cxcGuideAlertCount(id: string): number {
  return guidePage(Guide.CX_CONTACT, CXC_PAGES[id]).join('\n').split('HIGH').length - 1;
}
