// Turns a plan's ops into the ordered pieces of a redlined paragraph: kept, deleted and inserted text.
// Pure: imports only engine types and the op validator; never Office, the DOM globals, fs or Node.
import { validateOps } from '../engine/applyOps';
import type { RedlineOp } from '../engine/types';

/** One piece of the redlined paragraph. `start`/`end` are offsets in the original text (equal for an insert). */
export type RevisionSegment =
  | { readonly kind: 'keep'; readonly start: number; readonly end: number; readonly text: string }
  | { readonly kind: 'delete'; readonly start: number; readonly end: number; readonly text: string }
  | { readonly kind: 'insert'; readonly start: number; readonly end: number; readonly text: string };

/**
 * Reading the `delete` and `keep` pieces gives the original text; reading `insert` and `keep` gives the target.
 * Ops are validated first, so a broken plan throws InvariantError instead of producing a wrong redline.
 */
export function revisionSegments(originalText: string, ops: readonly RedlineOp[]): RevisionSegment[] {
  validateOps(originalText, ops);
  const segments: RevisionSegment[] = [];
  let cursor = 0;
  const keepUntil = (position: number): void => {
    if (position > cursor) segments.push({ kind: 'keep', start: cursor, end: position, text: originalText.slice(cursor, position) });
    cursor = Math.max(cursor, position);
  };
  for (const op of ops) {
    if (op.kind === 'delete') {
      keepUntil(op.start);
      segments.push({ kind: 'delete', start: op.start, end: op.end, text: op.text });
      cursor = op.end;
    } else {
      // An insert at the end of a delete lands after the deleted text, as in applyOps.
      keepUntil(op.at);
      segments.push({ kind: 'insert', start: cursor, end: cursor, text: op.text });
    }
  }
  keepUntil(originalText.length);
  return segments;
}
