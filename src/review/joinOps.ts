// Two sets of edits to one paragraph made one: the conforming strikes joined to the review's own edit of the same
// clause, provided they do not touch the same words. Pure: engine types only.
import type { RedlineOp } from '../engine/types';

/** The ops that fall outside every deletion already made (the limb an edit struck needs no second strike). */
export function outsideOf(made: readonly RedlineOp[], ops: readonly RedlineOp[] | undefined): RedlineOp[] | undefined {
  const inside = (op: RedlineOp) => op.kind === 'delete' && made.some((m) => m.kind === 'delete' && m.start <= op.start && op.end <= m.end);
  const left = ops?.filter((op) => !inside(op));
  return left !== undefined && left.length > 0 ? left : undefined;
}

/** Two edits of one paragraph as one, or undefined when they touch the same words. */
export function joinOps(first: readonly RedlineOp[], second: readonly RedlineOp[]): RedlineOp[] | undefined {
  const span = (op: RedlineOp) => (op.kind === 'delete' ? [op.start, op.end] : [op.at, op.at]);
  const clash = first.some((a) => second.some((b) => {
    const [s1, e1] = span(a);
    const [s2, e2] = span(b);
    // Overlapping words, or an insertion strictly inside a deletion; one at a deletion's edge still reads.
    return (s1 ?? 0) < (e2 ?? 0) && (s2 ?? 0) < (e1 ?? 0) || (s1 === e1 && (s2 ?? 0) < (s1 ?? 0) && (s1 ?? 0) < (e2 ?? 0)) || (s2 === e2 && (s1 ?? 0) < (s2 ?? 0) && (s2 ?? 0) < (e1 ?? 0));
  }));
  // At the same position a deletion goes first, as applyOps requires ("[-, 3.6-]{+ and+}").
  const order = (op: RedlineOp) => (op.kind === 'delete' ? 0 : 1);
  return clash ? undefined : [...first, ...second].sort((a, b) => (span(a)[0] ?? 0) - (span(b)[0] ?? 0) || order(a) - order(b));
}
