// Why a finding's sentence is left as it stands rather than struck: a licence over feedback alone, whose breadth is
// the market's norm, and a sentence the next one points back at. Pure: engine types only.
import type { Finding, RedlineOp } from '../engine/types';

/**
 * "Any feedback … may be freely used by Supplier, and Customer grants Supplier a perpetual, irrevocable licence to do
 * so": the breadth of a licence over feedback alone is the market's norm, and the carve-out that keeps the customer's
 * data out of feedback answers the risk (the lawyer audit of 85–88 read "perpetual" struck there as a wrong target).
 */
export function aboutFeedbackOnly(finding: Finding, original: readonly Finding[]): boolean {
  if (finding.category !== 'broad-license' && finding.category !== 'survival-retention') return false;
  const sentence = finding.quote.slice(0, 40);
  const feedback = original.filter((f) => f.rules.includes('feedback-use') && f.quote.slice(0, 40) === sentence);
  if (feedback.length === 0) return false;
  const feedbackObjects = new Set(feedback.flatMap((f) => f.evidence.filter((s) => s.role === 'object').map((s) => s.text)));
  return finding.evidence.filter((s) => s.role === 'object').every((s) => feedbackObjects.has(s.text));
}

/** "this setting", "that option": words that point back at the sentence before them. */
const POINTING_BACK = /\b(?:this|that|such)\s+(?:setting|option|toggle|switch|choice|control|opt-out|election)\b/i;

/** Whether the words left after the struck span point back at something the span set up. */
export function pointsBack(after: string, before: string, ops: readonly RedlineOp[]): boolean {
  const end = Math.max(...ops.map((op) => (op.kind === 'delete' ? op.end : op.at)));
  return POINTING_BACK.test(before.slice(end)) && !POINTING_BACK.test(before.slice(0, Math.min(...ops.map((op) => (op.kind === 'delete' ? op.start : op.at))))) && after !== before;
}
