// A duty that falls on the customer, not a promise by the vendor: the customer acting with a duty or no modal, or a
// word of duty ("shall ensure", "is responsible for") right beside the customer's name. Pure: the clause frame and the
// rule helpers only.
import type { ClauseFrame } from '../reading/frame';
import { has, reads } from './queries';
import type { Veto } from './ruleTypes';

/** "on the Customer's documented instructions": the customer named as an owner bears no duty of the sentence's. */
const possessive = (frame: ClauseFrame, c: { readonly end: number; readonly text: string }): boolean =>
  ["'s", '’s'].some((mark) => c.text.endsWith(mark) || frame.text.startsWith(mark, c.end - frame.start));

export const CUSTOMER_DUTY: Veto = {
  reason: 'a duty that falls on the customer, not a promise by the vendor',
  when: ({ predicate: p, frame }) =>
    (p.actor.side === 'customer' && (p.modal === undefined || reads(p, p.modal, 'dutyModal') || has(p, 'limiter'))) ||
    frame.cues.some((d) => d.set === 'dutyCue' && frame.cues.some((c) => (c.set === 'customerRole' || c.set === 'customerYou' || c.set === 'docCustomer') && Math.abs(c.start - d.start) <= 40 && !reads(frame, c, 'possessiveYou') && !possessive(frame, c) && !commaBetween(frame, c, d) && !namesItsData(frame, c))),
};
/** "must ensure that Insurer Data is hosted …": the customer's word before a data noun names the data, not a party. */
const DATA_HEADS: ReadonlySet<string> = new Set(['data', 'content', 'information', 'records', 'materials', 'files', 'inputs', 'personal']);
const namesItsData = (frame: ClauseFrame, c: { readonly end: number }): boolean =>
  DATA_HEADS.has((frame.text.slice(c.end - frame.start).trimStart().split(' ')[0] ?? '').toLowerCase());
/**
 * "… before any transfer to the Sponsor, and shall ensure that …": the customer's word closes a phrase, and after the
 * comma a modal opens the next clause of the sentence's own subject, the vendor (blind79-132). ("Customer, and not
 * Provider, is responsible for …" keeps its duty.)
 */
const NEXT_CLAUSE_OPENERS: readonly string[] = ['and shall ', 'and will ', 'and must ', 'or shall ', 'shall ', 'will ', 'must '];
const commaBetween = (frame: ClauseFrame, a: { readonly start: number; readonly end: number }, b: { readonly start: number; readonly end: number }): boolean => {
  if (a.end > b.start) return false;
  const between = frame.text.slice(a.end - frame.start, b.start - frame.start + 6).trimStart().toLowerCase();
  return between.startsWith(',') && NEXT_CLAUSE_OPENERS.some((opener) => between.slice(1).trimStart().startsWith(opener));
};
