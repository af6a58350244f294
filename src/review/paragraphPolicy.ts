// What the paragraph review knows about findings and sentences before it edits: which rules only disclose, which
// protections are weak or are promises, which risks concern the data, and which protection answers which grant.
// Pure: engine types only.
import type { Finding } from '../engine/types';

/** Rules that say only that data reaches a provider, not what the provider may do with it. */
export const DISCLOSURE_RULES: ReadonlySet<string> = new Set(['third-party-ai-flow', 'third-party-ai-limited', 'ai-provider-named', 'subprocessors']);

/** A weak protection the position replaces with a stronger one (an opt-out where the position is opt-in). */
export const WEAK_PROTECTIONS: ReadonlySet<string> = new Set(['opt-out']);
/** Promises a sentence makes that a playbook clause in its place could narrow: it is edited word by word or left. */
export const PROMISES: ReadonlySet<string> = new Set(['deletion', 'no-training', 'confidentiality']);

/** Risks about what the vendor does with the customer's data: their clause is only a fit for a sentence about it. */
export const DATA_USE: ReadonlySet<string> = new Set(['ai-training', 'service-improvement', 'aggregated-data', 'broad-license', 'survival-retention']);

export const NAMES_A_LICENCE = /\b(?:licen[cs]e[sd]?|sublicens\w*|grants?|rights?)\b/i;

/** The uses an opt-out lets the customer switch off. */
export const TRAINING_USES = new Set<Finding['category']>(['ai-training', 'service-improvement']);

/** A sentence's first words after its clause number, to tell it from the next sentence moved up by a strike. */
export const openingWords = (quote: string) => quote.replace(/^[\s\d.()a-z]{0,12}?(?=[A-Z])/, '').split(/\s+/).slice(0, 4).join(' ');

/** The protection that answers a grant: the grant's sentence can go once the protection is in the document. */
export const COUNTERPART: Partial<Record<Finding['category'], string>> = {
  'ai-training': 'no-training',
  'service-improvement': 'no-training',
  'survival-retention': 'deletion',
};

/**
 * "… and hereby grants to the Authority a non-exclusive, perpetual licence to use any Linguistic Assets delivered":
 * the sentence gives the customer a licence. The playbook's clause in its place would take that right away.
 * `activeOnly`: outputs the vendor owns and "are licensed to the Client" are answered by the customer owning them, so
 * only a licence the vendor grants in its own words counts there.
 */
export function grantsTheCustomer(quote: string, customerNames: readonly string[], activeOnly = false): boolean {
  const names = customerNames.filter((n) => n.trim() !== '').map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  if (!names) return false;
  const active = new RegExp(`\\bgrants?\\s+(?:to\\s+)?(?:the\\s+)?(?:${names})\\b[^.;]{0,120}?\\blicen[cs]e\\b`, 'i');
  return active.test(quote) || (!activeOnly && new RegExp(`\\blicen[cs]ed\\s+to\\s+(?:the\\s+)?(?:${names})\\b`, 'i').test(quote));
}

