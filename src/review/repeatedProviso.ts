// "… as that page may be updated from time to time, provided that no policy … shall expand …. Company may add … ,
// provided that no policy … shall expand …": a proviso written for one sentence of a clause, written again for the
// next, says the same thing twice and reads as a drafting slip (audit87, 236 Addendum ¶5). Pure: engine types only.
import type { RedlineOp } from '../engine/types';

/** Inserted words this short ("and", "not") recur for good reason; only a clause's worth is a repeat. */
const SHORTEST_REPEAT = 30;

/** Whether the edit only inserts words the clause, as edited so far, already carries. */
export function insertsOnlyWhatIsThere(current: string, ops: readonly RedlineOp[]): boolean {
  if (ops.length === 0 || ops.some((op) => op.kind !== 'insert')) return false;
  return ops.every((op) => {
    // Trimmed of the comma that joined it and the full stop that closed it, without a pattern anchored at the end.
    const words = op.kind === 'insert' ? trimPunctuation(op.text) : '';
    return words.length >= SHORTEST_REPEAT && current.includes(words);
  });
}

const EDGE = new Set([' ', ',', ';', '.', '\n', '\t']);
function trimPunctuation(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && EDGE.has(text.charAt(start))) start++;
  while (end > start && EDGE.has(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}
