// "5.2 Keystead does not assign to Customer any right, title or interest in Outputs[, but grants …]. … ": once the
// edit writes the position that the customer owns the outputs and the vendor "hereby assigns" them, a sentence left
// saying the vendor assigns nothing contradicts it (lawyer audit of 383 § 5.2, audit167: "keeps 'Keystead does not
// assign …' and then says 'Keystead hereby assigns'"). The denial goes with the edit. Pure: engine types only.
import type { RedlineOp } from '../engine/types';
import { numberingPrefixLength } from './redline/sentenceSpan';

/** What the edit wrote: the customer owns the outputs and the vendor assigns them. */
const ASSIGNED = /\bowns all\b[^.]*\bhereby assigns\b/i;
/** A sentence saying the vendor assigns or transfers nothing in the outputs. */
const DENIES_ASSIGNMENT = /\b(?:does|shall|will)\s+not\s+(?:assign|transfer)\b[^.]{0,80}?\b(?:right|title|interest|ownership)\b[^.]{0,60}?\bOutputs?\b/;

/** The edit widened to strike the sentence that denies the assignment the edit writes, or undefined. */
export function withOutputDenialStruck(text: string, ops: readonly RedlineOp[]): RedlineOp[] | undefined {
  if (!ops.some((op) => op.kind === 'insert' && ASSIGNED.test(op.text))) return undefined;
  const touched = (start: number, end: number) => ops.some((op) => (op.kind === 'delete' ? op.start < end && start < op.end : start <= op.at && op.at <= end));
  let from = numberingPrefixLength(text);
  for (;;) {
    const stop = text.indexOf('. ', from);
    const end = stop < 0 ? text.length : stop + 2;
    const sentence = text.slice(from, end);
    if (DENIES_ASSIGNMENT.test(sentence) && !touched(from, end) && end < text.length) {
      return [...ops, { kind: 'delete', start: from, end, text: sentence }];
    }
    if (stop < 0) return undefined;
    from = end;
  }
}
