// A grant the customer's data is carved out of: "… other than Customer Data" limits every grant in the sentence.
// Pure: reads the clause frame only.
import type { Veto } from './ruleTypes';

/** "…except that this clause does not apply to Customer Data", "Feedback (excluding Customer Data)". */
export const CUSTOMER_DATA_CARVED_OUT: Veto = {
  reason: 'the customer\'s data is expressly carved out of the right',
  // The carve-out usually closes the sentence, so it limits every grant in it.
  // "… derivative works of Merchant Data (other than personal data) for …": carving out only the personal part of data
  // named before it leaves the rest of that data licensed (fresh165a 439-13).
  when: ({ frame }) =>
    frame.predicates.flatMap((p) => p.conditions).some((c) => {
      if (c.opener?.set !== 'exceptionOpener') return false;
      const carved = frame.cues.filter((k) => (k.set === 'customerDataTerm' || k.set === 'docCustomerData') && k.start >= c.start && k.end <= c.end);
      const dataBefore = frame.predicates.some((p) => p.objects.some((o) => o.end <= c.start && (o.kind === 'customer-data' || o.kind === 'generic') && (o.text.endsWith('Data') || o.text.endsWith('Content'))));
      return carved.length > 0 && !(dataBefore && carved.every((k) => PERSONAL_PART.has(k.text.toLowerCase())));
    }),
};
/** The personal part of a body of data: carved out alone, the rest of the data stays. */
const PERSONAL_PART: ReadonlySet<string> = new Set(['personal data', 'personal information']);
