// Maps a plan's ops onto Word edits: each deletion on its own sub-range (one per plain-text piece, so a note reference
// or field mark inside stays), each insertion before or after a nearby sub-range (after the struck words when it
// replaces them, so Word shows "old new"). Locating is injected. Must not name Office or Word.
import type { RedlinePlan } from '../engine/types';
import type { PendingPieces } from './locateRange';

export type PlannedEdit =
  | { readonly kind: 'delete'; readonly range: PendingPieces }
  | { readonly kind: 'insert'; readonly text: string; readonly location: 'Before' | 'After'; readonly range: PendingPieces };

/** Context either side of an insertion; long enough to be distinctive, short enough for any search. */
const WINDOW = 24;

export function planEdits(plan: RedlinePlan, locate: (start: number, end: number) => PendingPieces): PlannedEdit[] {
  const text = plan.originalText;
  const deletions = new Map<number, PendingPieces>();
  const edits: PlannedEdit[] = [];
  for (const op of plan.ops) {
    if (op.kind === 'delete') {
      const range = locate(op.start, op.end);
      deletions.set(op.start, range);
      edits.push({ kind: 'delete', range });
      continue;
    }
    const replaced = deletions.get(op.at);
    if (replaced) {
      edits.push({ kind: 'insert', text: op.text, location: 'After', range: replaced });
    } else if (op.at > 0) {
      edits.push({ kind: 'insert', text: op.text, location: 'After', range: locate(safeStart(text, op.at - WINDOW), op.at) });
    } else {
      edits.push({ kind: 'insert', text: op.text, location: 'Before', range: locate(0, safeEnd(text, WINDOW)) });
    }
  }
  return edits;
}

/** Moves a start offset off the second half of a surrogate pair. */
function safeStart(text: string, at: number): number {
  const start = Math.max(0, at);
  return isLowSurrogate(text.charCodeAt(start)) ? start + 1 : start;
}

function safeEnd(text: string, at: number): number {
  const end = Math.min(text.length, at);
  return isLowSurrogate(text.charCodeAt(end)) ? end + 1 : end;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
