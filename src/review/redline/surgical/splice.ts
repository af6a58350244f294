// A splice is one replacement inside a sentence (sentence-relative, half-open); surgical edits are lists of them.
// Pure: must not import Office, React, the DOM or Node.
import type { RedlineOp } from '../../../engine/types';
import { wordDiff } from '../wordDiff';

export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Applies splices to a sentence, or returns undefined when two of them touch the same words: two edits that disagree
 * about one phrase cannot both be what the lawyer meant, so the caller falls back to the playbook clause.
 */
export function applySplices(sentence: string, splices: readonly Splice[]): string | undefined {
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let cursor = 0;
  for (const splice of sorted) {
    if (splice.start < cursor || splice.end < splice.start || splice.end > sentence.length) return undefined;
    result += sentence.slice(cursor, splice.start) + splice.text;
    cursor = splice.end;
  }
  return result + sentence.slice(cursor);
}

/**
 * Redline ops for the splices, diffed word by word inside each splice only, so an edit's marks can never drift onto
 * a matching word elsewhere in the sentence. Splices that touch are merged first, which keeps ops at a shared
 * position in the required order. `offset` is where the sentence starts in its paragraph.
 */
export function splicesToOps(sentence: string, splices: readonly Splice[], offset: number): RedlineOp[] {
  const merged: Splice[] = [];
  for (const splice of [...splices].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = merged[merged.length - 1];
    if (last && splice.start <= last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, splice.end), text: last.text + sentence.slice(last.end, splice.start) + splice.text };
    } else merged.push(splice);
  }
  return merged.flatMap((splice): RedlineOp[] => {
    const removed = sentence.slice(splice.start, splice.end);
    // A pure deletion or insertion is already minimal (and a long one would cost a diff of all its words).
    if (!splice.text && removed) return [{ kind: 'delete', start: offset + splice.start, end: offset + splice.end, text: removed }];
    if (!removed && splice.text) return [{ kind: 'insert', at: offset + splice.start, text: splice.text }];
    const ops = wordDiff(removed, splice.text, offset + splice.start).ops;
    return oneReplacement(removed, splice.text, ops, offset + splice.start) ?? [...ops];
  });
}

/** At most this many words kept between two changes of one splice, with this many changed around them, is choppy. */
const ISLAND_WORDS = 2;
const CHANGED_WORDS = 6;

const wordsIn = (text: string) => text.split(/\s+/).filter((word) => /\w/.test(word)).length;

/**
 * "[-for any purpose connected with-]{+solely to provide …+} Arbor's [-business-]{+obligations …+}": a rewrite that
 * keeps a word or two between its changes reads better as one replacement, in the redline and in the comment that
 * quotes it. Only the stretch from the first change to the last is replaced; the words kept around it stay put.
 * Small touches ("provide[-,-]{+ and+} support [-and improve-]") stay word by word.
 */
function oneReplacement(removed: string, text: string, ops: readonly RedlineOp[], base: number): RedlineOp[] | undefined {
  const spans = ops.map((op): readonly [number, number] => (op.kind === 'delete' ? [op.start - base, op.end - base] : [op.at - base, op.at - base]));
  if (new Set(spans.map(([start]) => start)).size < 2) return undefined;
  const first = Math.min(...spans.map(([start]) => start));
  const last = Math.max(...spans.map(([, end]) => end));
  let kept = '';
  let at = first;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start > at) kept += ` ${removed.slice(at, start)}`;
    at = Math.max(at, end);
  }
  const changed = ops.reduce((sum, op) => sum + wordsIn(op.text), 0);
  // "[-…, including (a) providing-]{+solely to provide+} the Services[-; (b) developing …-]{+ to the Client …+}
  // Kestrelway's [-…-]{+obligations+} under …": a few words kept inside a long rewrite are islands all the same
  // (audit194, 436 § 5.3); one in six of the words changed.
  if (wordsIn(kept) > Math.max(ISLAND_WORDS, Math.floor(changed / 6)) || changed < CHANGED_WORDS) return undefined;
  const middle = text.slice(first, text.length - (removed.length - last));
  return [
    { kind: 'delete', start: base + first, end: base + last, text: removed.slice(first, last) },
    { kind: 'insert', at: base + last, text: middle },
  ];
}
