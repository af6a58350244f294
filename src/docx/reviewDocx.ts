// Reviews one parsed .docx: analyses it with the engine, plans a redline per risk (and per missing protection when
// asked) at the chosen playbook position, and writes the reviewed copy. Must not import Office, the DOM globals or fs.
import { analyzeDocument } from '../engine/analyzeDocument';
import { planRedline } from '../review/redline';
import type { Analysis, RedlinePlan, ReviewMode } from '../engine/types';
import { issueById, issueResolver, positionFor } from '../playbook/issueFor';
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
    }
  | { readonly ok: false; readonly error: string };

export async function reviewDocx(document: DocxDocument, options: ReviewOptions): Promise<ReviewResult> {
  const analysis = analyzeDocument(document.paragraphs, { issueFor: issueResolver(options.playbook), ...(options.mode ? { mode: options.mode } : {}) });
  const plans = planReview(document, analysis, options);
  const written = await writeReviewedDocx(document, plans, { author: options.author, date: options.date, comments: options.comments });
  if (!written.ok) return written;
  return { ok: true, analysis, plans, verdicts: written.verdicts, data: written.data };
}

/** One plan per risk finding, in document order, then one per missing protection when asked. */
export function planReview(document: DocxDocument, analysis: Analysis, options: ReviewOptions): RedlinePlan[] {
  const plans: RedlinePlan[] = [];
  const targets = [
    ...analysis.findings.filter((finding) => finding.stance === 'risk'),
    ...(options.insertMissing ? analysis.missing : []),
  ];
  for (const target of targets) {
    const issue = issueById(options.playbook, target.playbookIssue);
    // A category the playbook does not cover gets no redline: the finding is still reported.
    if (!issue) continue;
    plans.push(planRedline(target, positionFor(issue, options.position), analysis, document.paragraphs));
  }
  return plans;
}
