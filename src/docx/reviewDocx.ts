// Reviews one parsed .docx: analyses it with the engine, plans a redline per risk (and per missing protection when
// asked) at the chosen playbook position, and writes the reviewed copy. Must not import Office, the DOM globals or fs.
import { analyzeDocument } from '../engine/analyzeDocument';
import { buildReviewPlan, compilePlans } from '../review';
import type { Analysis, RedlinePlan, ReviewMode } from '../engine/types';
import { issueResolver } from '../playbook/issueFor';
import type { Playbook, PositionId } from '../playbook/schema';
import type { PlanVerdict } from './mergePlans';
import type { DocxDocument } from './readDocx';
import { writeReviewedDocx } from './writeReviewedDocx';

export interface ReviewOptions {
  readonly playbook: Playbook;
  readonly position: PositionId;
  readonly comments: 'internal' | 'external' | 'none';
  readonly author: string;
  /** xsd:dateTime stamped on revisions and comments. */
  readonly date: string;
  readonly insertMissing: boolean;
  /** Whose side the review is for; the playbook must serve the same mode. Default `customer`. */
  readonly mode?: ReviewMode;
}

export type ReviewResult =
  | {
      readonly ok: true;
      readonly analysis: Analysis;
      readonly plans: readonly RedlinePlan[];
      readonly verdicts: readonly PlanVerdict[];
      readonly data: Uint8Array;
      /** False when no redline could be made: `data` is then the input, byte for byte. */
      readonly changed: boolean;
    }
  | { readonly ok: false; readonly error: string };

export async function reviewDocx(document: DocxDocument, options: ReviewOptions): Promise<ReviewResult> {
  const analysis = analyzeDocument(document.paragraphs, { issueFor: issueResolver(options.playbook), ...(options.mode ? { mode: options.mode } : {}) });
  const plans = planReview(document, analysis, options);
  const written = await writeReviewedDocx(document, plans, { author: options.author, date: options.date, comments: options.comments });
  if (!written.ok) return written;
  return { ok: true, analysis, plans, verdicts: written.verdicts, data: written.data, changed: written.changed };
}

/** The document's one review plan (as the pane's Apply all makes it), compiled into one plan per paragraph. */
export function planReview(document: DocxDocument, analysis: Analysis, options: ReviewOptions): RedlinePlan[] {
  const review = buildReviewPlan(analysis, document.paragraphs, options.playbook, { position: options.position, insertMissing: options.insertMissing });
  return compilePlans(review.items, document.paragraphs);
}
