// Whether a party known only by its name, withdrawing its consent, is the customer. Pure: string work on the sentence.
import type { Action } from './frame';

/**
 * "Grower may, by written notice to Furrowfly …, withdraw its consent to the use of Farm Data for the development of
 * Furrowfly's agronomic models" (blind93-032): a party known only by its name that withdraws its consent from another
 * party it names is the one whose data is used, the customer. With no other party named ("Orrin may withdraw the
 * authorisation …") the name is still the vendor naming itself (calibration10); one that opts out is always the customer.
 */
export function withdrawsConsent(actions: readonly Action[], sentence: string, name: string): boolean {
  const own = actions.filter((a) => a.kind === 'optOut' && !a.negated && !a.inSubject && !a.relative);
  // "Firm may opt out of the use described in Section 7.3": no vendor opts out of its own use (438 § 7.5, 453 A4.3).
  if (own.some((a) => /^opts?[\s-]+out\b/i.test(a.text))) return true;
  if (!own.some((a) => /^(?:withdraw|revoke)/i.test(a.text))) return false;
  const others = [...sentence.matchAll(OTHER_PARTY)].map((m) => m[1] ?? m[2] ?? m[3]);
  return others.some((other) => other !== undefined && other !== name && !NOT_A_PARTY.has(other));
}
/** "notice to Furrowfly", "Furrowfly's models", "will not require Occlusa to retrain": another party named by its own name. */
const OTHER_PARTY = /\b(?:notice\s+to|notify)\s+([A-Z][\w-]+)\b|(?<![\w-])([A-Z][\w-]+)['’]s\s|\brequire\s+([A-Z][\w-]+)\s+to\b/g;
const NOT_A_PARTY: ReadonlySet<string> = new Set(['Customer', 'Client', 'Section', 'Clause', 'Schedule']);
