// Classifies an exception or condition attached to a clause: consent, opt-out, a wish, safety, the customer's
// service or the vendor's own ends. Pure: imports only the frame types.
import type { Condition, ConditionKind, Cue } from './frame';
import type { Segment } from './segments';
import { cuesBetween } from './predicateInput';

const ORDER: readonly [ConditionKind, readonly string[]][] = [
  // "unless expressly permitted by applicable law": the law permits, so the word "expressly" is no consent.
  ['safety', ['lawPermits']],
  ['opt-out', ['optOutVerb']],
  ['consent', ['optInVerb', 'consentCue']],
  ['vendor-ends', ['vendorEnds', 'anyPurpose']],
  ['safety', ['safetyPurpose']],
  ['customer-serving', ['customerServing']],
];

/**
 * A purpose is what the condition names only when it follows "to", "for", "of" or the opener itself ("except to
 * improve", "other than for research"); "unless the Cover Page identifies Training Data" names a document, not a purpose.
 */
function namesPurpose(text: string, opener: Cue | undefined, cue: Cue, offset: number): boolean {
  const from = (opener?.end ?? cue.start) - offset;
  const between = text.slice(from, cue.start - offset);
  return /^\s*(?:(?:to|for|as)\b|$)/i.test(between) || /\b(?:to|for|of|purposes?|in order to)\s+(?:\w+\s+)?$/i.test(between);
}

export function classifyCondition(segment: Segment, cues: readonly Cue[], offset: number, text: string): Condition {
  const own = cuesBetween(cues, segment.start + offset, segment.end + offset);
  const opener = own.find((c) => c.set === 'exceptionOpener' || c.set === 'conditionOpener');
  const wish = own.find((c) => c.set === 'wishCue');
  const negated = own.some((c) => c.set === 'negator');
  const span = { start: segment.start + offset, end: segment.end + offset };
  // "If you do not want us to use your chats" states the customer's wish: the use is on until they act.
  if (wish && negated) return { kind: 'wish', opener, cue: wish, ...span };
  for (const [kind, sets] of ORDER) {
    // The strongest word decides the cue: "opt in" before "permission", in the order the sets are listed.
    for (const set of sets) {
      const cue = own.find((c) => c.set === set && (kind !== 'vendor-ends' || namesPurpose(text, opener, c, offset)));
      if (cue) return { kind, opener, cue, ...span };
    }
  }
  return { kind: 'other', opener, cue: undefined, ...span };
}
