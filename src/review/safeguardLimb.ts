// "…, provided that: (a) …; and (b) before any Customer Content is used to tune or evaluate Lumenfold's own models,
// Lumenfold shall take reasonable steps to remove the names and email addresses of Authorised Users from it": a duty the
// vendor owes before it uses the data is the customer's safeguard. Striking it alone takes nothing from the vendor and
// leaves the use it conditioned standing with no safeguard (audit186, 421 § 5.3(b): "harmful"). It goes only with the
// whole sentence whose use it conditions. Pure: engine types only.
import type { RedlineOp } from '../engine/types';
import { sentenceSpan } from './redline/sentenceSpan';

/** "shall take reasonable steps to remove", "will de-identify", "must first pseudonymise": a duty to strip identity. */
const DUTY_TO_STRIP_IDENTITY =
  /\b(?:shall|must|will)\s+(?:first\s+)?(?:(?:take|use)\s+(?:all\s+)?(?:reasonable|appropriate|commercially\s+reasonable)\s+(?:steps|measures|efforts)\s+to\s+)?(?:remove|strip|redact|mask|de-?identify|anonymi[sz]e|pseudonymi[sz]e)\b/i;

/** The safeguard a strike would take while the sentence it conditions stays, or undefined. */
export function takesSafeguard(text: string, ops: readonly RedlineOp[]): string | undefined {
  for (const op of ops) {
    if (op.kind !== 'delete') continue;
    const duty = DUTY_TO_STRIP_IDENTITY.exec(op.text);
    if (!duty) continue;
    const at = op.start + duty.index;
    const sentence = sentenceSpan(text, { start: at, end: at + duty[0].length });
    const struckWhole = ops.some((other) => other.kind === 'delete' && other.start <= sentence.start && other.end >= sentence.end);
    if (!struckWhole) return 'a safeguard the vendor owes before it uses the data';
  }
  return undefined;
}

/** "shall not disclose it in a form attributable to Customer", "does not identify Customer or any individual". */
const NON_ATTRIBUTION = /\bnot\s+disclose\s+(?:it|them|such\s+data)\s+in\s+a\s+form\s+attributable\s+to\b|\bdoes\s+not\s+identify\b/i;

/**
 * "… provided that Trussline will not disclose Platform Insights in a form that identifies Customer …" read as a duty
 * of confidentiality: the clause on statistics written in its place keeps the same promise in its own words ("shall
 * not disclose it in a form attributable to Customer"), which the engine reads without an object (audit188, 425 § 4.4
 * was left alone as "also gives a protection (confidentiality)").
 */
export const keepsNonAttribution = (ops: readonly RedlineOp[], original: string): boolean =>
  DISCLOSURE_DUTY.test(original) && ops.some((op) => op.kind === 'insert' && NON_ATTRIBUTION.test(op.text));
/**
 * Only a promise the vendor makes ("… will not disclose Platform Insights in a form that identifies Customer"): data
 * described as not identifying anyone ("Derived Data, meaning … information … that do not identify Customer") is the
 * vendor's own pool, whose use is narrowed rather than replaced (audit74).
 */
const DISCLOSURE_DUTY = /\b(?:shall|will|must)\s+not\s+(?:disclose|publish|share)\b/i;
