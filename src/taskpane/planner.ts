// Plans redlines for the pane's cards: the item of the document's review plan that answers the card (the same edit or
// clause Apply all writes, so a card's preview and Apply all never differ), at the position the card asks for,
// rebased onto the document as this pane has already changed it. What the review leaves to the card (a minor point)
// is planned for the card alone. Pure: must not import React or Office.
import type { Analysis, Paragraph, RedlinePlan } from '../engine/types';
import type { Playbook, PositionId } from '../playbook/schema';
import { applyAllPlans, type ApplyAllSelection, type ChecklistRow } from './applyAllPlans';
import { itemKey, type PaneTarget } from './itemKey';
import { issueForTarget, planFor, type PlanResult } from './playbookLookup';
import { rebasePlan } from './rebasePlan';
import type { ItemStatus } from './state/paneState';

export type Planner = (target: PaneTarget, positionId: PositionId) => PlanResult;

export function createPlanner(
  playbook: Playbook,
  analysis: Analysis,
  paragraphs: readonly Paragraph[],
  /** Plans this pane has already put into the document. */
  applied: readonly RedlinePlan[],
  /** The cards' statuses: what is dealt with is left out of the review, as in Apply all. */
  items: Readonly<Record<string, ItemStatus>> = {},
): Planner {
  // One review per position asked for on a card, built when a card first needs it.
  const reviews = new Map<string, ApplyAllSelection>();
  const review = (row: string | undefined, positionId: PositionId): ApplyAllSelection => {
    const choice = row && positionId !== 'preferred' ? `${row}=${positionId}` : '';
    let found = reviews.get(choice);
    if (!found) {
      found = applyAllPlans(playbook, analysis, paragraphs, items, applied, { perItem: row && choice ? { [row]: positionId } : {}, wording: {} });
      reviews.set(choice, found);
    }
    return found;
  };
  return (target, positionId) => {
    const key = itemKey(target);
    const answers = (row: ChecklistRow) => row.targets.some((t) => itemKey(t) === key);
    const row = review(undefined, 'preferred').rows.find(answers);
    const issue = issueForTarget(playbook, target);
    if (!row || !issue) return alone(playbook, analysis, paragraphs, applied, target, positionId);
    const chosen = review(row.key, positionId).rows.find((candidate) => candidate.key === row.key) ?? review(row.key, positionId).rows.find(answers);
    if (!chosen) return { kind: 'failed', message: `The ${positionId} position changes nothing here once the rest of the review is in.` };
    return { kind: 'planned', plan: chosen.plan, issue, alsoKeys: chosen.targets.map(itemKey).filter((other) => other !== key) };
  };
}

/** A card the review leaves alone (a minor point, or an item it does not reach): its own redline. */
function alone(
  playbook: Playbook,
  analysis: Analysis,
  paragraphs: readonly Paragraph[],
  applied: readonly RedlinePlan[],
  target: PaneTarget,
  positionId: PositionId,
): PlanResult {
  const result = planFor(playbook, target, positionId, analysis, paragraphs);
  if (result.kind !== 'planned' || applied.length === 0) return result;
  const rebased = rebasePlan(result.plan, applied);
  return rebased.kind === 'rebased' ? { ...result, plan: rebased.plan } : { kind: 'failed', message: rebased.message };
}
