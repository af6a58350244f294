// '"Service Operations" means hosting … the Services, and includes the training and fine-tuning of Docketvoice's
// acoustic and language models on Customer Audio', '"Service Improvement Purposes" means … the development, training
// … of Furrowline's detection models': a defined purpose or use of the vendor's whose meaning trains or improves its
// models is the grant itself; the clauses that use the term only cite it (blind71: five such definitions missed, and
// 355 § 1 "Licensed Purposes"). A list of what is banned ('"Excluded Uses" means training …') is no grant. Pure:
// string work over the frame (this folder uses no regular expressions).
import type { ClauseFrame, Predicate } from '../reading/frame';
import { CUSTOMER_WORDS } from './ownModel';

/** The last word of a defined name that makes it a purpose or a use: "Permitted Purposes", "Service Operations". */
const USE_NAMES: ReadonlySet<string> = new Set([
  'purpose', 'purposes', 'operations', 'use', 'uses', 'activities', 'improvement', 'improvements', 'development', 'enhancement', 'enhancements',
]);
/**
 * '"Service Learning" means Policyweave's use of Prompts … to fine-tune … the Policyweave Models' (blind74): an activity
 * named for learning is the vendor's use only where its meaning names the vendor as the one using; '"Route Learning"
 * means the use of Customer Data to retrain …' names the activity a clause elsewhere allows or bans.
 */
const ACTIVITY_NAMES: ReadonlySet<string> = new Set(['learning', 'training']);
/** Words that make the defined use one the contract forbids. */
const BANNED_NAMES: ReadonlySet<string> = new Set(['prohibited', 'excluded', 'restricted', 'unauthorised', 'unauthorized', 'forbidden', 'impermissible']);
const QUOTES = ['"', '“', '”'];
/** Characters after "means" within which the customer, named first, is the one using. */
const CUSTOMER_FIRST = ' the '.length + 1;

/** The defined name at the head of a definition ('"Service Operations" means …'), or undefined. */
function definedName(text: string): string | undefined {
  const open = QUOTES.map((q) => text.indexOf(q)).filter((i) => i >= 0 && i < 24).sort((a, b) => a - b)[0];
  if (open === undefined) return undefined;
  const close = QUOTES.map((q) => text.indexOf(q, open + 1)).filter((i) => i > open).sort((a, b) => a - b)[0];
  return close === undefined || close - open > 60 ? undefined : text.slice(open + 1, close);
}

/** Whether the definition names a use of the vendor's that trains or improves: the grant lives in it. */
export function definesVendorUse(frame: ClauseFrame, p: Predicate): boolean {
  if (p.actor.side === 'customer' || p.polarity !== 'positive') return false;
  if (!p.actions.some((a) => (a.kind === 'train' || a.kind === 'improve') && !a.negated)) return false;
  // '"Permitted Use" means Customer using Output to develop models': the customer's own use, defined.
  const means = p.cues.find((c) => c.set === 'definitionCue');
  if (means !== undefined && frame.cues.some((c) => CUSTOMER_WORDS.includes(c.set) && c.start >= means.end && c.start - means.end <= CUSTOMER_FIRST)) return false;
  const name = definedName(frame.text);
  if (name === undefined) return false;
  const words = name.toLowerCase().split(' ');
  const last = words[words.length - 1] ?? '';
  return (USE_NAMES.has(last) || (ACTIVITY_NAMES.has(last) && p.actor.side === 'vendor')) && !words.some((w) => BANNED_NAMES.has(w));
}
