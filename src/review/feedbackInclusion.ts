// "…, except that this paragraph does not apply to Your Content. Feedback includes any prompts, inputs and Outputs
// that you submit with it.": once the feedback clause carves the customer's data out, a sentence that puts that data
// back into feedback contradicts the carve-out, and goes with it (audit66, 192 § 6). Pure: engine types only.
import type { RedlineOp } from '../engine/types';

/** The carve-out the feedback position adds: "… does not apply to <the customer's data>". */
const CARVE_OUT = /\bdoes\s+not\s+apply\s+to\b/i;
/** ". Feedback includes any prompts, inputs and Outputs …": a later sentence that counts the customer's material as feedback. */
const PUTS_DATA_BACK = /\.\s+(?:["“]?Feedback["”]?|[Ss]uch\s+feedback)\s+(?:also\s+)?(?:includes?|shall\s+include|will\s+include|covers?)\b[^.]*?\b(?:prompts?|inputs?|outputs?|content|data|files|uploads?|recordings?|transcripts?|messages)\b[^.]*\./;

/** The carve-out widened to strike a later sentence that counts the customer's data as feedback, or undefined. */
export function withFeedbackInclusionStruck(text: string, ops: readonly RedlineOp[]): RedlineOp[] | undefined {
  const carveOut = ops.find((op) => op.kind === 'insert' && CARVE_OUT.test(op.text));
  if (carveOut === undefined || carveOut.kind !== 'insert') return undefined;
  const later = PUTS_DATA_BACK.exec(text.slice(carveOut.at));
  if (later === null) return undefined;
  // From the space after the full stop to the sentence's own full stop.
  const start = carveOut.at + later.index + 1;
  const end = carveOut.at + later.index + later[0].length;
  return [...ops, { kind: 'delete', start, end, text: text.slice(start, end) }];
}
