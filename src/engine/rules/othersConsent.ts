// Consent that someone other than the customer gives: "consistent with the consent obtained by the Client from the
// relevant Data Principal". The customer's duty to collect individuals' consent is no opt-in of its own, so the use
// it conditions goes ahead without any choice of the customer's (blind56). Pure: reads the frame's text and cues.
import type { ClauseFrame, Condition, Predicate } from '../reading/frame';
import { CUSTOMER_WORD_SETS } from './customerWords';

/** Participles right after the consent word that make it consent collected from someone. */
const COLLECTED: ReadonlySet<string> = new Set(['obtained', 'collected', 'secured', 'procured', 'gathered']);
/** The customer's people ("end users", "employees") give consent as individuals, not as the customer. */
const PEOPLE_ENDINGS = ['user', 'users', 'individual', 'individuals', 'employee', 'employees', 'subject', 'subjects', 'person', 'persons'];
const namesCustomer = (text: string) => !PEOPLE_ENDINGS.some((e) => text.toLowerCase().endsWith(e));
/** Words after the participle within which its "by" or "from" stands. */
const REACH = 40;

/**
 * "consent obtained by the Client (from …)", "consent collected from end users": consent the customer gathers from
 * others, or that others give. "consent obtained from Customer" and "consent obtained through the admin console" stay
 * the customer's.
 */
export function consentOfOthers(frame: ClauseFrame, c: Condition): boolean {
  const cue = c.cue;
  if (cue === undefined) return false;
  const rest = frame.text.slice(cue.end - frame.start);
  const words = rest.trimStart().split(' ');
  if (!COLLECTED.has((words[0] ?? '').toLowerCase())) return false;
  const after = (word: string) => {
    const at = rest.slice(0, REACH).toLowerCase().indexOf(` ${word} `);
    return at < 0 ? undefined : cue.end + at + word.length + 2;
  };
  const from = after('from');
  if (from !== undefined) return !frame.cues.some((k) => CUSTOMER_WORD_SETS.has(k.set) && namesCustomer(k.text) && k.start >= from && k.start - from <= 4);
  const by = after('by');
  return by !== undefined && frame.cues.some((k) => CUSTOMER_WORD_SETS.has(k.set) && k.start >= by && k.start - by <= 4);
}

/** The modals of a permission: "any provision … has no effect unless the CIO has accepted it" permits nothing. */
const PERMITTING: ReadonlySet<string> = new Set(['may', 'can']);

/**
 * "We may use Inputs … to train …, unless you are on a plan that includes Private Mode and have enabled it" (298
 * § 5.3): in a permission, a choice after "unless" stops a use that runs until the customer makes it. Enabling a
 * privacy switch there is an opt-out, however the vocabulary reads "enabled".
 */
export const unlessChosen = (frame: ClauseFrame, p: Predicate, c: Condition): boolean =>
  p.polarity === 'positive' && PERMITTING.has(p.modal?.text.toLowerCase() ?? '') && c.kind === 'consent' && c.opener?.text.toLowerCase() === 'unless' &&
  // The customer makes the choice ("unless you … have enabled it"), not a third party ("unless that party agrees").
  frame.cues.some((k) => CUSTOMER_WORD_SETS.has(k.set) && k.start >= c.start && k.end <= c.end && namesCustomer(k.text));
