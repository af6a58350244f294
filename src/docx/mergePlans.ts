// Combines the redline plans that share an anchor paragraph into one edit, refusing plans whose edits would
// collide (two plans rewriting the same words). Pure: must not import Office, the DOM globals or fs.
import { applyOps, validateOps } from '../engine/redline/applyOps';
import { InvariantError, type RedlineOp, type RedlinePlan } from '../engine/types';
import type { PlanEdit } from '../ooxml/applyPlanToParagraph';

export type PlanVerdict =
  | { readonly planId: string; readonly status: 'applied' }
  | { readonly planId: string; readonly status: 'skipped'; readonly reason: string };

export interface MergedEdit {
  readonly edit: PlanEdit;
  readonly plans: readonly RedlinePlan[];
  readonly skipped: readonly PlanVerdict[];
}

const positionOf = (op: RedlineOp): number => (op.kind === 'delete' ? op.start : op.at);

/** Plans are taken in the order given; a later plan that collides with an earlier one is skipped with a reason. */
export function mergePlans(paragraphText: string, plans: readonly RedlinePlan[]): MergedEdit {
  const taken: RedlinePlan[] = [];
  const skipped: PlanVerdict[] = [];
  let ops: RedlineOp[] = [];
  for (const plan of plans) {
    if (plan.originalText !== paragraphText) {
      skipped.push({ planId: plan.id, status: 'skipped', reason: 'the paragraph does not read as it did when the redline was planned' });
      continue;
    }
    const combined = sortOps([...ops, ...plan.ops]);
    try {
      validateOps(paragraphText, combined);
    } catch (error) {
      if (!(error instanceof InvariantError)) throw error;
      skipped.push({ planId: plan.id, status: 'skipped', reason: 'another redline already changes the same words' });
      continue;
    }
    ops = combined;
    taken.push(plan);
  }
  const edit: PlanEdit = {
    originalText: paragraphText,
    targetText: applyOps(paragraphText, ops),
    ops,
    newParagraphs: taken.flatMap((plan) => plan.newParagraphs),
  };
  return { edit, plans: taken, skipped };
}

/** Stable sort by position with deletes first at a position, as types.ts requires; inserts keep plan order. */
function sortOps(ops: readonly RedlineOp[]): RedlineOp[] {
  return ops
    .map((op, index) => ({ op, index }))
    .sort((a, b) => positionOf(a.op) - positionOf(b.op) || rank(a.op) - rank(b.op) || a.index - b.index)
    .map(({ op }) => op);
}

const rank = (op: RedlineOp): number => (op.kind === 'delete' ? 0 : 1);
