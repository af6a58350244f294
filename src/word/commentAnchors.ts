// Comments on the redlines, in their own sync after the edits, so a comment Word refuses (NotAllowed on some web
// tenants, office-js #6746) never takes the edits down with it. Each comment is anchored on a range found after every
// edit of the batch (a range found before them may have moved on the web): the plan's first inserted words, else its
// paragraph, else its first new clause. If adding them fails, the comments are read back to say which went in.
// Subset API only.
import type { RedlinePlan } from '../engine/types';
import { officeErrorCode } from './officeApi';
import type { CommentCollectionSubset, ParagraphSubset, RangeCollectionSubset, RangeSubset, RequestContextSubset } from './officeApi';
import { escapeSearchText, fitsSearch, occurrenceAt } from './searchText';
import { firstInsertion } from './trackedEdits';

export interface CommentRequest {
  readonly plan: RedlinePlan;
  readonly text: string;
  readonly anchor: ParagraphSubset;
  /** The plan's first new paragraph, for a plan that only adds clauses. */
  readonly firstNew?: ParagraphSubset;
}

/** Queued after the batch's last edit; resolves after that sync to the range to comment on. */
export type PendingCommentTarget = () => RangeSubset;

export function queueCommentTarget(request: CommentRequest): PendingCommentTarget {
  const { plan, anchor, firstNew } = request;
  const inserted = plan.ops.length > 0 ? firstInsertion(plan) : undefined;
  if (inserted && fitsSearch(inserted.text)) {
    const place = occurrenceAt(plan.targetText, inserted.text, inserted.at);
    const results: RangeCollectionSubset | undefined = place ? anchor.search(escapeSearchText(inserted.text), { matchCase: true }).load('items/text') : undefined;
    return () => {
      const match = place && results && results.items.length === place.total ? results.items[place.index] : undefined;
      // Unsure which copy is the new one: the comment goes on the paragraph rather than on the wrong words.
      return match && match.text === inserted.text ? match : anchor.getRange('Whole');
    };
  }
  const whole = (plan.ops.length === 0 && firstNew ? firstNew : anchor).getRange('Whole');
  return () => whole;
}

export interface CommentResult {
  readonly added: ReadonlySet<RedlinePlan>;
  /** Why the rest were not added; undefined when all were. */
  readonly failure?: { readonly code: string | undefined; readonly message: string };
}

/** Adds the comments in one sync; after a failure, one more sync reads back which of them Word kept. */
export async function addComments(
  context: RequestContextSubset,
  requests: readonly CommentRequest[],
  targets: readonly PendingCommentTarget[],
): Promise<CommentResult> {
  requests.forEach((request, i) => targets[i]!().insertComment(request.text));
  try {
    await context.sync();
    return { added: new Set(requests.map((r) => r.plan)) };
  } catch (error) {
    const failure = { code: officeErrorCode(error), message: error instanceof Error ? error.message : String(error) };
    const lists: CommentCollectionSubset[] = requests.map((r) => (r.plan.ops.length === 0 && r.firstNew ? r.firstNew : r.anchor).getComments().load('items/content'));
    try {
      await context.sync();
    } catch {
      return { added: new Set(), failure };
    }
    const added = new Set(requests.filter((request, i) => lists[i]!.items.some((comment) => comment.content === request.text)).map((r) => r.plan));
    return { added, failure };
  }
}
