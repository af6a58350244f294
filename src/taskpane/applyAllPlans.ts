// Chooses what "Apply all" changes: the document's one review plan (the same as `simulate` and `review` make),
// minus what the lawyer has already dealt with, each compiled plan rebased onto the document as this pane has
// already changed it. Pure: must not import React or Office.
import type { Analysis, Paragraph, RedlinePlan } from '../engine/types';
import type { Playbook, PositionId } from '../playbook/schema';
import { buildReviewPlan, compilePlans, type ReviewItem } from '../review';
import { itemKey, type PaneTarget } from './itemKey';
import { rebasePlan } from './rebasePlan';
import type { ItemStatus } from './state/paneState';

export interface PlannedItem {
  readonly key: string;
  readonly target: PaneTarget;
  /** Further findings or protections the same plan answers (one plan per paragraph covers them all). */
  readonly alsoKeys: readonly string[];
  readonly plan: RedlinePlan;
  readonly issueTitle: string;
}

export interface ApplyAllSelection {
  readonly planned: readonly PlannedItem[];
  /** Findings left out, each with the reason shown in the confirmation. */
  readonly skipped: readonly { readonly target: PaneTarget; readonly reason: string }[];
}

function targetsOf(item: ReviewItem): PaneTarget[] {
  return item.kind === 'edit' ? [...item.findings] : [item.target];
}

function titleOf(item: ReviewItem): string {
  return item.kind === 'edit' ? item.issues.map((issue) => issue.title).join('; ') : item.issue.title;
}

export function applyAllPlans(
  playbook: Playbook,
  analysis: Analysis,
  paragraphs: readonly Paragraph[],
  items: Readonly<Record<string, ItemStatus>>,
  applied: readonly RedlinePlan[],
  position: PositionId = 'preferred',
): ApplyAllSelection {
  const review = buildReviewPlan(analysis, paragraphs, playbook, { position, isDone: (target) => items[itemKey(target)] !== undefined });
  const skipped: { target: PaneTarget; reason: string }[] = review.skipped.map((s) => ({ target: s.target, reason: s.reason }));
  const planned: PlannedItem[] = [];
  for (const plan of compilePlans(review.items, paragraphs)) {
    const covered = review.items.filter((item) => (item.kind === 'edit' ? item.paragraph : item.after) === plan.paragraph);
    const targets = covered.flatMap(targetsOf);
    const first = targets[0];
    if (!first) continue;
    const rebased = applied.length > 0 ? rebasePlan(plan, applied) : ({ kind: 'rebased', plan } as const);
    if (rebased.kind !== 'rebased') {
      for (const target of targets) skipped.push({ target, reason: rebased.message });
      continue;
    }
    planned.push({
      key: itemKey(first),
      target: first,
      alsoKeys: targets.slice(1).map(itemKey),
      plan: rebased.plan,
      issueTitle: covered.map(titleOf).join('; '),
    });
  }
  return { planned, skipped };
}
