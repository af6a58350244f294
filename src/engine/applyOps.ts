// Checks and applies redline operations to a paragraph's original text; the one definition of what an op means.
// Pure: must not import Office, React, the DOM or Node.
import { InvariantError, type RedlineOp } from './types';

const positionOf = (op: RedlineOp): number => (op.kind === 'delete' ? op.start : op.at);

/**
 * Throws InvariantError unless the ops follow the rules in types.ts: sorted by position, a delete before an insert
 * at the same position, deletes in bounds, matching the text and never overlapping, no insert strictly inside a
 * delete, and no empty edit.
 */
export function validateOps(text: string, ops: readonly RedlineOp[]): void {
  let previous: RedlineOp | undefined;
  let lastDeleteStart = 0;
  let lastDeleteEnd = 0;
  ops.forEach((op, index) => {
    const where = `op ${index} (${op.kind} at ${positionOf(op)})`;
    if (op.kind === 'delete') {
      if (!(op.start >= 0 && op.start < op.end && op.end <= text.length)) {
        throw new InvariantError(`${where}: range [${op.start}, ${op.end}) is empty or outside a text of length ${text.length}`);
      }
      if (text.slice(op.start, op.end) !== op.text) throw new InvariantError(`${where}: its text does not match the original`);
      if (op.start < lastDeleteEnd) throw new InvariantError(`${where}: overlaps the previous delete`);
      lastDeleteStart = op.start;
      lastDeleteEnd = op.end;
    } else {
      if (!(op.at >= 0 && op.at <= text.length)) throw new InvariantError(`${where}: outside a text of length ${text.length}`);
      if (op.text.length === 0) throw new InvariantError(`${where}: inserts nothing`);
      if (op.at > lastDeleteStart && op.at < lastDeleteEnd) throw new InvariantError(`${where}: falls inside a delete`);
    }
    if (previous) {
      const order = positionOf(previous) - positionOf(op);
      if (order > 0) throw new InvariantError(`${where}: ops are not sorted by position`);
      if (order === 0 && previous.kind === 'insert' && op.kind === 'delete') {
        throw new InvariantError(`${where}: a delete must come before an insert at the same position`);
      }
    }
    previous = op;
  });
}

/**
 * The text after the ops. Validates first, so a bad plan fails loudly instead of corrupting a contract. Built by
 * concatenating slices, which the JavaScript engine keeps as a rope until read: planning many findings of one long
 * paragraph then costs time for the edits, not a copy of the whole paragraph per plan.
 */
export function applyOps(text: string, ops: readonly RedlineOp[]): string {
  validateOps(text, ops);
  let result = '';
  let cursor = 0;
  for (const op of ops) {
    if (op.kind === 'delete') {
      result += text.slice(cursor, op.start);
      cursor = op.end;
    } else {
      // An insert at the end of a delete lands after the cursor has skipped the deleted text.
      result += text.slice(cursor, Math.max(cursor, op.at)) + op.text;
      cursor = Math.max(cursor, op.at);
    }
  }
  return result + text.slice(cursor);
}
