// The risky items that close a lettered list struck together: "(a) to provide the Platform, (b) to create Aggregated
// Data, and (c) to develop … the Models" keeps "(a)" alone, without its letter, and a licence so narrowed says
// "solely". Pure: engine types only.
import type { RedlineOp } from '../engine/types';

/**
 * The strike of every item after the first, when the first serves the customer and the rest carry the risk.
 * `withoutJoin` trims an item's trailing join; `lastItemEnd` finds where the last item stops.
 */
export function tailStruck(
  sentence: string,
  markers: readonly RegExpMatchArray[],
  offset: number,
  solely: boolean,
  withoutJoin: (item: string) => string,
  lastItemEnd: RegExp,
): RedlineOp[] | undefined {
  const last = markers[markers.length - 1];
  if (!last || markers.length < 3) return undefined;
  const lastFrom = (last.index ?? 0) + last[0].length;
  const end = lastFrom + withoutJoin(sentence.slice(lastFrom, lastFrom + (lastItemEnd.exec(sentence.slice(lastFrom))?.index ?? sentence.length - lastFrom))).length;
  // Only the tail that leaves one purpose: with two or more left, the struck items stay as "[Reserved]" so the letters,
  // and any reference to them, still hold.
  const first = markers[0] as RegExpMatchArray;
  const second = markers[1] as RegExpMatchArray;
  const firstFrom = (first.index ?? 0) + first[0].length;
  const firstEnd = firstFrom + withoutJoin(sentence.slice(firstFrom, second.index ?? 0)).length;
  const at = offset + (first.index ?? 0);
  const ops: RedlineOp[] = [
    { kind: 'delete', start: offset + firstEnd, end: offset + end, text: sentence.slice(firstEnd, end) },
    { kind: 'delete', start: at, end: at + first[0].length, text: first[0] },
  ];
  if (solely && /^(?:to|for)\s/i.test(sentence.slice(firstFrom))) ops.push({ kind: 'insert', at: at + first[0].length, text: 'solely ' });
  return ops;
}

/**
 * "(i) A, (ii) B, and (iii) C." less its last item: "(i) A, and (ii) B." The words from the end of the item before it to
 * the end of the last item go, and the list's "and"/"or" moves before the new last item when two or more stay.
 */
export function lastItemStruck(
  sentence: string,
  previous: RegExpMatchArray,
  marker: RegExpMatchArray,
  end: number,
  count: number,
  offset: number,
  withoutJoin: (item: string) => string,
): RedlineOp[] | undefined {
  const previousFrom = (previous.index ?? 0) + previous[0].length;
  const previousEnd = previousFrom + withoutJoin(sentence.slice(previousFrom, marker.index ?? 0)).length;
  const join = /\b(and|or)\b/.exec(sentence.slice(previousEnd, marker.index ?? 0))?.[1];
  if (join === undefined) return undefined;
  const struck = sentence.slice(previousEnd, end);
  const ops: RedlineOp[] = [{ kind: 'delete', start: offset + previousEnd, end: offset + end, text: struck }];
  // Two or more stay: the join moves before the new last item. One stays: its marker goes too ("may retain (a) X").
  const at = offset + (previous.index ?? 0);
  ops.unshift(count >= 3 ? { kind: 'insert', at, text: `${join} ` } : { kind: 'delete', start: at, end: at + previous[0].length, text: previous[0] });
  return ops;
}
