// `review --round2` as one contract's review, in the shape runReview expects: the copy answering their changes, the
// analysis for the summary, and a note per change. Must not import Office, the DOM globals or fs.
import type { ReviewOptions, ReviewResult } from '../reviewDocx';
import type { DocxDocument } from '../readDocx';
import { answerTheirChanges } from './answerRevisions';

export type OtherReviewResult = ReviewResult & { readonly notes?: readonly string[] };

export async function roundTwoReview(document: DocxDocument, review: ReviewOptions): Promise<OtherReviewResult> {
  const answered = await answerTheirChanges(document, { playbook: review.playbook, author: review.author, date: review.date, comments: review.comments });
  if (!answered.ok) return answered;
  const summary = answered.answered === 0 ? 'none of their changes to the AI terms needed an answer' : `answered ${answered.answered} of their changes to the AI terms`;
  return { ok: true, analysis: answered.analysis, plans: [], verdicts: [], data: answered.data, changed: answered.answered > 0, notes: [summary, ...answered.notes] };
}
