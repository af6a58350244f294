// Finds the playbook issue and position for an item, from whichever playbook is in use now (so importing a
// playbook changes the advice without a re-analysis). Pure: must not import React or Office.
import { InvariantError, type Analysis, type Paragraph } from '../engine/types';
import { planRedline } from '../review/redline';
import { issueById, issueForCategory, positionFor } from '../playbook/issueFor';
import type { Playbook, PlaybookIssue, PositionId } from '../playbook/schema';
import type { RedlinePlan } from '../engine/types';
import type { PaneTarget } from './itemKey';

export function issueForTarget(playbook: Playbook, target: PaneTarget): PlaybookIssue | undefined {
  return issueById(playbook, target.playbookIssue) ?? issueForCategory(playbook, target.category);
}

export type PlanResult =
  /** `alsoKeys`: the other cards the same plan answers (one edit per paragraph answers every risk in it). */
  | { readonly kind: 'planned'; readonly plan: RedlinePlan; readonly issue: PlaybookIssue; readonly alsoKeys?: readonly string[] }
  | { readonly kind: 'no-issue' }
  | { readonly kind: 'failed'; readonly message: string };

/** Plans the redline for one item; a plan that cannot be made is a value the card shows, not a crash. */
export function planFor(
  playbook: Playbook,
  target: PaneTarget,
  positionId: PositionId,
  analysis: Analysis,
  paragraphs: readonly Paragraph[],
): PlanResult {
  const issue = issueForTarget(playbook, target);
  if (!issue) return { kind: 'no-issue' };
  try {
    return { kind: 'planned', plan: planRedline(target, positionFor(issue, positionId), analysis, paragraphs), issue };
  } catch (error) {
    if (!(error instanceof InvariantError)) throw error;
    return { kind: 'failed', message: `The redline could not be prepared (${error.message}). Analyse the document again.` };
  }
}
