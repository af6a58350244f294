// Combines the redline plans that share an anchor paragraph into one edit, refusing plans whose edits would
// collide (two plans rewriting the same words). Pure: must not import Office, the DOM globals or fs.
import { applyOps, validateOps } from '../engine/applyOps';
import { InvariantError, type RedlineOp, type RedlinePlan } from '../engine/types';
import type { PlanEdit } from '../ooxml/applyPlanToParagraph';

export type PlanVerdict =
  | { readonly planId: string; readonly status: 'applied' }
  | { readonly planId: string; readonly status: 'skipped'; readonly reason: string };

export interface MergedEdit {
  readonly edit: PlanEdit;
  readonly plans: readonly RedlinePlan[];
  /** For each op of `edit`, the index in `plans` of the plan it came from. */
  readonly opOwners: readonly number[];
  readonly skipped: readonly PlanVerdict[];
}

const positionOf = (op: RedlineOp): number => (op.kind === 'delete' ? op.start : op.at);

/** Plans are taken in the order given; a later plan that collides with an earlier one is skipped with a reason. */
export function mergePlans(paragraphText: string, plans: readonly RedlinePlan[]): MergedEdit {
  const taken: RedlinePlan[] = [];
  const skipped: PlanVerdict[] = [];
  let ops: OwnedOp[] = [];
  for (const plan of plans) {
    if (plan.originalText !== paragraphText) {
      skipped.push({ planId: plan.id, status: 'skipped', reason: 'the paragraph does not read as it did when the redline was planned' });
      continue;
    }
    if (applyOps(paragraphText, plan.ops) !== plan.targetText) throw new InvariantError(`plan ${plan.id}: its ops do not produce its target text`);
    const combined = sortOps([...ops, ...plan.ops.map((op) => ({ op, owner: taken.length }))]);
    try {
      validateOps(paragraphText, combined.map(({ op }) => op));
    } catch (error) {
      if (!(error instanceof InvariantError)) throw error;
      skipped.push({ planId: plan.id, status: 'skipped', reason: 'another redline already changes the same words' });
      continue;
    }
    ops = combined;
    taken.push(plan);
  }
  const merged = ops.map(({ op }) => op);
  const edit: PlanEdit = {
    originalText: paragraphText,
    targetText: applyOps(paragraphText, merged),
    ops: merged,
    newParagraphs: taken.flatMap((plan) => plan.newParagraphs),
  };
  return { edit, plans: taken, opOwners: ops.map(({ owner }) => owner), skipped };
}

interface OwnedOp {
  readonly op: RedlineOp;
  readonly owner: number;
}

/** Stable sort by position with deletes first at a position, as types.ts requires; inserts keep plan order. */
function sortOps(ops: readonly OwnedOp[]): OwnedOp[] {
  return ops
    .map((owned, index) => ({ owned, index }))
    .sort((a, b) => positionOf(a.owned.op) - positionOf(b.owned.op) || rank(a.owned.op) - rank(b.owned.op) || a.index - b.index)
    .map(({ owned }) => owned);
}

const rank = (op: RedlineOp): number => (op.kind === 'delete' ? 0 : 1);
