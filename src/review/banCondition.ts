// The condition that reopens a ban: "will not use Your Content to train Generative Models, provided that Customer's admin
// keeps the setting switched off …". Pure: engine types and helpers only.
import type { Finding, RedlineOp } from '../engine/types';
import { applyOps } from '../engine/applyOps';

/** A denial before the condition: the clause is a ban, and only its condition lets the use back in. */
const DENIAL = /\b(?:not|never|no)\b|n['’]t\b/i;
/** ", provided that …", ", provided, however, that …", ", unless …": the opener of a condition on the whole ban. */
const CONDITION = /,\s+(?:provided(?:,\s+however,)?\s+that|unless)\s/i;

/**
 * A ban on training that holds only while a condition lasts (the customer keeps a setting off, or does not opt out) is
 * made whole by striking the condition: the vendor's promise, in its own words, stays. Struck to the end of the
 * sentence, before its full stop; only when that takes the risk away.
 */
export function strikeBanCondition(text: string, finding: Finding, stillRisky: (text: string) => boolean): RedlineOp[] | undefined {
  if (!finding.rules.includes('training-carve-out')) return undefined;
  const sentence = text.slice(finding.start, finding.end);
  const condition = CONDITION.exec(sentence);
  if (condition === null || !DENIAL.test(sentence.slice(0, condition.index))) return undefined;
  const stop = /[.;]\s*$/.exec(sentence)?.index ?? sentence.length;
  const start = finding.start + condition.index;
  const end = finding.start + stop;
  if (end <= start + condition[0].length) return undefined;
  const ops: RedlineOp[] = [{ kind: 'delete', start, end, text: text.slice(start, end) }];
  return stillRisky(applyOps(text, ops)) ? undefined : ops;
}
