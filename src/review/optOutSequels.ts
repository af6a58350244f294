// "Unless Customer opts out by written notice …, Veritrace may use Prompts … to fine-tune …. An opt-out takes effect
// thirty (30) days after receipt, applies prospectively only, …": once the ban drops the opt-out that opened the
// permission, the sentence on how an opt-out works speaks of a mechanism the clause no longer has (audit172, 393 A.6:
// "the leftover sentence refers to an opt-out that no longer exists"). It goes with the lead-in. Pure: engine types only.
import type { RedlineOp } from '../engine/types';

/** "Unless Customer opts out by written notice to …, ": the opt-out opening the permission, struck by the ban. */
const OPT_OUT_LEAD_IN = /^Unless\b[^,;]{0,160}\bopts?\s+out\b/i;
/** What the ban wrote: "will not", "shall not", "must not". */
const BANNED = /\b(?:will|shall|must)\s+not\b/;
/** A later sentence about how the opt-out works: "An opt-out takes effect …", "Opting out applies only …". */
const OPT_OUT_SENTENCE = /(?<=[.;]) (?:(?:An?|The|Any|Such|Each)\s+opt-?outs?\b|Opting\s+out\b)[^.]*(?:\.(?=\d)[^.]*)*\./g;

/** The ban's ops with the sentence on the struck opt-out's mechanics struck too, or undefined. */
export function withOptOutMechanicsStruck(text: string, ops: readonly RedlineOp[]): RedlineOp[] | undefined {
  const leadInStruck = ops.some((op) => op.kind === 'delete' && OPT_OUT_LEAD_IN.test(op.text));
  if (!leadInStruck || !ops.some((op) => op.kind === 'insert' && BANNED.test(op.text))) return undefined;
  const banEnd = Math.max(...ops.filter((op) => op.kind === 'insert' && BANNED.test(op.text)).map((op) => (op.kind === 'insert' ? op.at : 0)));
  for (const found of text.matchAll(OPT_OUT_SENTENCE)) {
    const start = found.index ?? 0;
    if (start < banEnd) continue;
    const end = start + found[0].length;
    const outside = ops.filter((op) => (op.kind === 'delete' ? op.end <= start || op.start >= end : op.at <= start || op.at > end));
    return [...outside, { kind: 'delete', start, end, text: text.slice(start, end) }];
  }
  return undefined;
}
