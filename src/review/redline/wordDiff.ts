// Turns the difference between two texts into minimal word-level redline ops, using the `diff` package's word
// tokenizer (no hand-written LCS). Pure: must not import Office, React, the DOM or Node.
import { diffWordsWithSpace, type Change } from 'diff';
import type { RedlineOp } from '../../engine/types';

export interface WordDiff {
  readonly ops: readonly RedlineOp[];
  /** Share (0..1) of the two texts that stays unchanged: 2 x kept / (old + new length). */
  readonly similarity: number;
}

interface Hunk {
  readonly kind: 'equal' | 'change';
  readonly removed: string;
  readonly added: string;
}

// A kept fragment this short between two changes (a space, "the", "of") makes a choppy redline a reader has to
// reassemble, so it is folded into the surrounding change.
const MAX_ABSORBED_EQUAL = 3;

function toHunks(changes: readonly Change[]): Hunk[] {
  const hunks: Hunk[] = [];
  for (const change of changes) {
    const last = hunks[hunks.length - 1];
    if (!change.added && !change.removed) hunks.push({ kind: 'equal', removed: change.value, added: change.value });
    else if (last?.kind === 'change') {
      hunks[hunks.length - 1] = {
        kind: 'change',
        removed: last.removed + (change.removed ? change.value : ''),
        added: last.added + (change.added ? change.value : ''),
      };
    } else hunks.push({ kind: 'change', removed: change.removed ? change.value : '', added: change.added ? change.value : '' });
  }
  return hunks;
}

function absorbShortEquals(hunks: readonly Hunk[]): Hunk[] {
  const result: Hunk[] = [];
  hunks.forEach((hunk, index) => {
    const before = result[result.length - 1];
    const after = hunks[index + 1];
    const sandwiched = hunk.kind === 'equal' && before?.kind === 'change' && after?.kind === 'change';
    if (sandwiched && hunk.removed.trim().length <= MAX_ABSORBED_EQUAL && before) {
      result[result.length - 1] = { kind: 'change', removed: before.removed + hunk.removed, added: before.added + hunk.added };
    } else if (hunk.kind === 'change' && before?.kind === 'change') {
      result[result.length - 1] = { kind: 'change', removed: before.removed + hunk.removed, added: before.added + hunk.added };
    } else result.push(hunk);
  });
  return result;
}

/** Whitespace shared at the edges of a change is kept, so "may " -> "shall not " redlines as "may" -> "shall not". */
function trimSharedSpace(hunks: readonly Hunk[]): Hunk[] {
  return hunks.flatMap((hunk): Hunk[] => {
    if (hunk.kind === 'equal') return [hunk];
    let lead = 0;
    while (lead < hunk.removed.length && lead < hunk.added.length && hunk.removed[lead] === hunk.added[lead] && /\s/.test(hunk.added[lead] ?? '')) lead += 1;
    let trail = 0;
    const fits = () => trail < hunk.removed.length - lead && trail < hunk.added.length - lead;
    while (fits() && hunk.removed.at(-1 - trail) === hunk.added.at(-1 - trail) && /\s/.test(hunk.added.at(-1 - trail) ?? '')) trail += 1;
    const head = hunk.added.slice(0, lead);
    const tail = hunk.added.slice(hunk.added.length - trail);
    const middle: Hunk = {
      kind: 'change',
      removed: hunk.removed.slice(lead, hunk.removed.length - trail),
      added: hunk.added.slice(lead, hunk.added.length - trail),
    };
    return [
      ...(head ? [{ kind: 'equal', removed: head, added: head } as const] : []),
      middle,
      ...(tail ? [{ kind: 'equal', removed: tail, added: tail } as const] : []),
    ];
  });
}

// The diff package's diffWordsWithSpace tokens (diff 8), except that white space counts one character at a time:
// trimSharedSpace keeps part of a changed white-space run, which whole-run tokens would not count as shared.
const WORD_CHARS = 'a-zA-Z0-9_\\u{AD}\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2C6}\\u{2C8}-\\u{2D7}\\u{2DE}-\\u{2FF}\\u{1E00}-\\u{1EFF}';
const TOKEN = new RegExp(`(\\r?\\n)|[${WORD_CHARS}]+|[^\\S\\n\\r]|[^${WORD_CHARS}]`, 'gu');

/**
 * An upper bound on `wordDiff(a, b).similarity`, from the tokens the two texts share regardless of order. It costs
 * one pass over each text, so clearly different sentences skip the diff (whose cost grows with the differences).
 */
export function similarityUpperBound(oldText: string, newText: string): number {
  const total = oldText.length + newText.length;
  if (total === 0) return 1;
  const counts = new Map<string, number>();
  for (const token of oldText.match(TOKEN) ?? []) counts.set(token, (counts.get(token) ?? 0) + 1);
  let shared = 0;
  for (const token of newText.match(TOKEN) ?? []) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      counts.set(token, left - 1);
      shared += token.length;
    }
  }
  return (2 * shared) / total;
}

/** Ops that turn `oldText` into `newText`, with offsets shifted by `offset` (the text's place in its paragraph). */
export function wordDiff(oldText: string, newText: string, offset = 0): WordDiff {
  const hunks = trimSharedSpace(absorbShortEquals(toHunks(diffWordsWithSpace(oldText, newText))));
  const ops: RedlineOp[] = [];
  let cursor = offset;
  let kept = 0;
  for (const hunk of hunks) {
    if (hunk.kind === 'equal') {
      cursor += hunk.removed.length;
      kept += hunk.removed.length;
      continue;
    }
    if (hunk.removed) {
      ops.push({ kind: 'delete', start: cursor, end: cursor + hunk.removed.length, text: hunk.removed });
      cursor += hunk.removed.length;
    }
    // The insert follows the struck words, as Word shows a replacement.
    if (hunk.added) ops.push({ kind: 'insert', at: cursor, text: hunk.added });
  }
  const total = oldText.length + newText.length;
  return { ops, similarity: total === 0 ? 1 : (2 * kept) / total };
}
