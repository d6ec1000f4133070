import { CXC_ALERTS } from './alerts-cxc';
import { GES_ALERTS, GES_VENDOR_ALERTS } from './alerts-ges';
import { IXN_ALERTS } from './alerts-ixn';
import { VOICE_ALERTS } from './alerts-voice';
import { VOICE_VENDOR_ALERTS } from './alerts-voice-vendor';
import { VENDOR_DURATIONS, VENDOR_RULE_FILES } from './vendor-rules';
import { AlertFact, VendorRuleExclusion } from '../monitoring-types';

/**
 * A guide alert with the vendor rule that is its counterpart, when the vendor publishes one; where
 * the guide gives no duration and the vendor holds the condition, the vendor's duration.
 */
function withCounterpart(a: AlertFact): AlertFact {
  if (a.vendorRule) return a;
  for (const f of VENDOR_RULE_FILES.filter((x) => x.services.includes(a.service))) {
    const vendor = Object.entries(f.counterparts).find(([, ours]) => ours === a.name);
    if (!vendor) continue;
    const vendorRule = `${f.file}#${vendor[0]}`;
    const held = a.duration === undefined ? VENDOR_DURATIONS[vendorRule] : undefined;
    if (!held) return { ...a, vendorRule };
    const why = `The guide gives no duration; the vendor's rule ${vendor[0]} holds the condition for ${held}, which is taken so that one scrape does not page.`;
    return { ...a, vendorRule, duration: held, reading: a.reading ? `${a.reading} ${why}` : why };
  }
  return a;
}

/**
 * Every alert: the guides' (Voice 000 §6.3, GES 001 §6.4, CX Contact 002 §6.3), then, per product,
 * the rules the vendor publishes where the guides are silent (labelled with their vendor source);
 * Interaction Server's are the vendor's only, since 004 §6.4 defines none.
 */
export const MONITORED_ALERTS: AlertFact[] = [
  ...VOICE_ALERTS,
  ...VOICE_VENDOR_ALERTS,
  ...GES_ALERTS,
  ...GES_VENDOR_ALERTS,
  ...CXC_ALERTS,
  ...IXN_ALERTS,
].map(withCounterpart);

/** The vendor rules left out, with the reason; `*` stands for every rule of its file. */
export const VENDOR_EXCLUSIONS: VendorRuleExclusion[] = VENDOR_RULE_FILES.flatMap((f) =>
  Object.entries(f.excluded).map(([rule, reason]) => ({ file: f.file, rule, reason })));
