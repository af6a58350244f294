// The mark that makes a comment internal: every internal comment starts with "[Internal]", so it can be found and
// removed before the file goes out (in Word and in `review --strip-internal`). Pure: no Office, DOM globals or fs.
import type { RedlinePlan } from '../engine/types';

export const INTERNAL_MARK = '[Internal]';

export function isInternalComment(text: string): boolean {
  return text.trimStart().startsWith(INTERNAL_MARK);
}

export function markInternal(text: string): string {
  return isInternalComment(text) ? text : `${INTERNAL_MARK} ${text}`;
}

/** The plan with its internal comment marked, so whichever writer inserts it writes the mark. */
export function withInternalMark(plan: RedlinePlan): RedlinePlan {
  return { ...plan, comment: { ...plan.comment, internal: markInternal(plan.comment.internal) } };
}
