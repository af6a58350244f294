// One plan's edits on its anchor paragraph: locating every op's sub-range (queued before the sync that resolves them)
// and queueing the deletions and insertions last edit first, so no edit moves text an earlier one still has to find.
// When a sub-range cannot be pinned down, the whole changed passage is struck and retyped. Subset API only.
import type { RedlinePlan } from '../engine/types';
import type { ApplyOutcome } from '../host/documentHost';
import { queueLocate, type LocateText, type PendingPieces } from './locateRange';
import type { RangeSubset } from './officeApi';
import { planEdits, type PlannedEdit } from './planEdits';

/** A plan's edits, located: `edits` is undefined when they were not all certain (whole-passage fallback). */
export interface LocatedRedline {
  readonly plan: RedlinePlan;
  readonly edits: readonly { readonly edit: PlannedEdit; readonly pieces: readonly RangeSubset[] }[] | undefined;
  readonly passage: readonly RangeSubset[] | undefined;
}

export interface QueuedRedline {
  readonly edits: PlannedEdit[] | undefined;
  readonly span: PendingPieces | undefined;
}

/** Queues the searches for the plan's ops and its changed passage. Offsets map onto Word's text through rawIndex. */
export function queueRedlineSearches(plan: RedlinePlan, text: LocateText, rawIndex: readonly number[]): QueuedRedline {
  if (plan.ops.length === 0) return { edits: undefined, span: undefined };
  const locate = (start: number, end: number): PendingPieces => {
    const rawStart = rawIndex[start] ?? start;
    const rawEnd = end > start ? (rawIndex[end - 1] ?? end - 1) + 1 : rawStart;
    return queueLocate(text, rawStart, rawEnd);
  };
  const edits = planEdits(plan, locate);
  const { start, end } = changedSpan(plan);
  return { edits, span: end > start ? locate(start, end) : undefined };
}

/** After the sync: the located edits, or the passage alone when some edit could not be found for certain. */
export function resolveRedline(plan: RedlinePlan, queued: QueuedRedline, certainText: boolean): LocatedRedline | undefined {
  if (plan.ops.length === 0) return { plan, edits: undefined, passage: undefined };
  if (!certainText) return undefined;
  const edits = (queued.edits ?? []).map((edit) => ({ edit, pieces: edit.range() }));
  if (edits.every((e) => e.pieces !== undefined)) return { plan, edits: edits as LocatedRedline['edits'], passage: undefined };
  const passage = queued.span?.();
  return passage ? { plan, edits: undefined, passage } : undefined;
}

/** Queues the anchor paragraph's own edits; says how they go in. */
export function queueRedline({ plan, edits, passage }: LocatedRedline): { mode: ApplyOutcome['mode']; note?: string } {
  if (plan.ops.length === 0) return { mode: 'inserted-paragraph' };
  if (!edits) {
    const pieces = passage!;
    pieces[pieces.length - 1]!.insertText(spanReplacement(plan), 'After');
    for (const piece of pieces) piece.delete();
    return { mode: 'sentence', note: 'Word could not pin down each changed word, so the whole changed passage was struck and retyped.' };
  }
  // Last edit first, so that no edit moves the text an earlier one still has to find. The range insertText returns
  // is not kept: building it is what fails on Word on the web (office-js #6760).
  for (let i = edits.length - 1; i >= 0; i -= 1) {
    const { edit, pieces } = edits[i]!;
    if (edit.kind === 'delete') for (const piece of pieces) piece.delete();
    else void (edit.location === 'After' ? pieces[pieces.length - 1]! : pieces[0]!).insertText(edit.text, edit.location);
  }
  // Ops placed exactly: the redline is what the planner made it (word by word, or its whole sentence).
  return { mode: plan.kind === 'sentence' ? 'sentence' : 'word-level' };
}

/** The stretch of the original the ops touch, widened by a character when it is a bare insertion point. */
export function changedSpan(plan: RedlinePlan): { start: number; end: number } {
  const first = plan.ops[0]!;
  const lastOp = plan.ops[plan.ops.length - 1]!;
  let start = first.kind === 'delete' ? first.start : first.at;
  let end = lastOp.kind === 'delete' ? lastOp.end : lastOp.at;
  if (start === end) {
    if (start > 0) start -= 1;
    else end = Math.min(plan.originalText.length, 1);
  }
  return { start, end };
}

/** The text that replaces the changed passage: the target minus the unchanged text on either side. */
export function spanReplacement(plan: RedlinePlan): string {
  const { start, end } = changedSpan(plan);
  return plan.targetText.slice(start, plan.targetText.length - (plan.originalText.length - end));
}

/** Where the plan's first inserted text starts in its target, for anchoring a comment on it; undefined if none. */
export function firstInsertion(plan: RedlinePlan): { readonly text: string; readonly at: number } | undefined {
  // Walks the ops as applyOps does, counting the target's length so far.
  let cursor = 0;
  let written = 0;
  for (const op of plan.ops) {
    if (op.kind === 'delete') {
      written += op.start - cursor;
      cursor = op.end;
      continue;
    }
    const upTo = Math.max(cursor, op.at);
    written += upTo - cursor;
    cursor = upTo;
    if (op.text.trim().length > 0) return { text: op.text, at: written };
    written += op.text.length;
  }
  return undefined;
}
