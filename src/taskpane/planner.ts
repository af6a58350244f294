// Plans redlines for the pane: the playbook position for an item, rebased onto the document as this pane has
// already changed it. Pure: must not import React or Office.
import type { Analysis, Paragraph, RedlinePlan } from '../engine/types';
import type { Playbook, PositionId } from '../playbook/schema';
import type { PaneTarget } from './itemKey';
import { planFor, type PlanResult } from './playbookLookup';
import { rebasePlan } from './rebasePlan';

export type Planner = (target: PaneTarget, positionId: PositionId) => PlanResult;

export function createPlanner(
  playbook: Playbook,
  analysis: Analysis,
  paragraphs: readonly Paragraph[],
  /** Plans this pane has already put into the document. */
  applied: readonly RedlinePlan[],
): Planner {
  return (target, positionId) => {
    const result = planFor(playbook, target, positionId, analysis, paragraphs);
    if (result.kind !== 'planned' || applied.length === 0) return result;
    const rebased = rebasePlan(result.plan, applied);
    return rebased.kind === 'rebased' ? { ...result, plan: rebased.plan } : { kind: 'failed', message: rebased.message };
  };
}
