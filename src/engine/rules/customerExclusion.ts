// The customer's power to take data out of the vendor's use: "the University may, on notice, exclude any data element
// from the De-identified Data used under Section 6.3". The vendor's use is only what the customer's lever acts on; the
// right itself is granted (and flagged) where the contract grants it. Pure: reads the predicate only.
import type { RuleInput } from './ruleTypes';

/**
 * Excluding is the clause's first verb, and no one the sentence names as the vendor does it. A party the clause names
 * only by a word the reading does not know ("The Trust may … exclude") is not the vendor either: a vendor that
 * excludes data from its own use grants itself nothing by it.
 */
export const CUSTOMER_EXCLUDES = {
  reason: 'the customer takes the data out of the vendor\'s use; the grant it acts on is made elsewhere',
  when: ({ predicate: p }: RuleInput): boolean => {
    const first = p.actions.find((a) => !a.inSubject && !a.relative);
    return p.actor.side !== 'vendor' && p.polarity === 'positive' && first?.kind === 'optOut' && !first.negated &&
      !p.actions.some((a) => a.kind === 'grant' && !a.negated);
  },
};
