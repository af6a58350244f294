// A lettered list inside a running sentence loses the items this review reserved, and its later items take their
// letters back: "(a) its Affiliates, (b) [Reserved], and (c) contractors" becomes "(a) its Affiliates, and (b)
// contractors", each change a mark of its own. Lawyers read "[Reserved]" mid-sentence as a gap left to fill (audit226, 495 § 10.4(b); audit193, 459
// § 3.4). Letters anything cites stay as they are. Pure: engine types and clause numbers only.
import type { RedlineOp } from '../engine/types';
import { numberAtStart } from './clauseNumbers';
import { RESERVED_ITEM } from './reviewComments';
import { withoutJoin } from './strikes';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
/** "(b) ", "(iv) ": one item's marker inside a sentence. */
const MARKER = /(?<=\s)\(([a-z]|[ivx]{1,4})\)\s/g;
/** "and" or "or" closing the text, as a word of its own. */
function jointAtEnd(text: string): string | undefined {
  const words = text.trimEnd().split(' ');
  const last = words[words.length - 1];
  return last === 'and' || last === 'or' ? last : undefined;
}

interface Marker {
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

/** The markers of the first list in order: (a), (b), (c) … or (i), (ii), (iii) …, each the next of its kind. */
function listMarkers(text: string, from: number): Marker[] {
  const all = [...text.matchAll(MARKER)].filter((m) => (m.index ?? 0) > from).map((m) => ({ label: m[1] as string, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  for (const sequence of [LETTERS.split(''), ROMANS]) {
    const firstAt = all.findIndex((m) => m.label === sequence[0]);
    if (firstAt < 0) continue;
    const list: Marker[] = [];
    for (const m of all.slice(firstAt)) if (m.label === sequence[list.length]) list.push(m);
    // One sentence only: a full stop between two markers ends the list.
    const inOneSentence = list.filter((m, i) => i === 0 || !/\.\s/.test(text.slice((list[i - 1] as Marker).end, m.start)));
    if (inOneSentence.length >= 2) return inOneSentence;
  }
  return [];
}

/**
 * Ops against `current` that drop the reserved items of its running list and re-letter the rest, or undefined where
 * there is nothing to drop, a letter is cited (here or in another clause), or the list starts the paragraph (a list of
 * paragraphs keeps "[Reserved]" for its numbering).
 */
export function reletteredList(current: string, elsewhere: readonly string[], writtenByUs: (start: number, end: number) => boolean): RedlineOp[] | undefined {
  const lead = /^\s*(?:\d+(?:\.\d+)*\.?\s+)?/.exec(current)?.[0].length ?? 0;
  const markers = listMarkers(current, lead);
  const reserved = markers.map((m) => current.startsWith(RESERVED_ITEM, m.end) && writtenByUs(m.end, m.end + RESERVED_ITEM.length));
  if (!reserved.includes(true) || reserved.every(Boolean)) return undefined;
  const sequence = markers[0]?.label === 'a' ? LETTERS.split('') : ROMANS;
  // "(c)" written anywhere but as a marker, or "10.4(c)" in another clause: the letters are in use and stay.
  const labels = markers.map((m) => `(${m.label})`);
  const citedHere = labels.some((label) => current.split(label).length > 2);
  const number = numberAtStart(current);
  const citedElsewhere = number !== undefined && elsewhere.some((text) => new RegExp(`\\b${number.replace(/\./g, '\\.')}\\s?\\([a-z]{1,4}\\)`).test(text));
  if (citedHere || citedElsewhere) return undefined;
  const bodyEnd = (i: number): number => {
    const m = markers[i] as Marker;
    const next = markers[i + 1];
    return reserved[i] ? m.end + RESERVED_ITEM.length : m.end + (next ? withoutJoin(current.slice(m.end, next.start)).length : 0);
  };
  const lastIndex = markers.length - 1;
  const kept = markers.map((_, i) => i).filter((i) => !reserved[i]);
  const remove = (start: number, end: number): RedlineOp => ({ kind: 'delete', start, end, text: current.slice(start, end) });
  const ops: RedlineOp[] = [];
  if (kept.length === 1) {
    // One item left: it is no longer a list and needs no letter; what stood around it goes.
    const only = kept[0] as number;
    ops.push(remove((markers[0] as Marker).start, (markers[only] as Marker).end));
    if (only !== lastIndex) ops.push(remove(bodyEnd(only), bodyEnd(lastIndex)));
    return ops;
  }
  // A reserved item goes with the separator before it (", (b) [Reserved]"), so the next item keeps its "and"; a first
  // item goes with the separator after it.
  for (const [i, isReserved] of reserved.entries()) {
    if (!isReserved) continue;
    const next = markers[i + 1];
    ops.push(i === 0 && next ? remove((markers[0] as Marker).start, next.start) : remove(bodyEnd(i - 1), bodyEnd(i)));
  }
  // The list's last item gone, the item now last takes its "and".
  const newLast = markers[kept[kept.length - 1] as number] as Marker;
  if (reserved[lastIndex]) ops.push({ kind: 'insert', at: newLast.start, text: `${jointAtEnd(current.slice(0, (markers[lastIndex] as Marker).start)) ?? 'and'} ` });
  for (const [k, i] of kept.entries()) {
    const m = markers[i] as Marker;
    const letter = sequence[k] as string;
    if (m.label === letter) continue;
    ops.push(remove(m.start + 1, m.start + 1 + m.label.length), { kind: 'insert', at: m.start + 1 + m.label.length, text: letter });
  }
  return ops;
}
