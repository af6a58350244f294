// Chooses what "Apply all" changes: the document's one review plan (the same as `simulate` and `review` make),
// minus what the lawyer has already dealt with or unticked, each compiled plan rebased onto the document as this pane
// has already changed it; and the checklist rows that show each item of that plan before anything changes.
// Pure: must not import React or Office.
import type { Analysis, Paragraph, RedlinePlan } from '../engine/types';
import type { Playbook, PositionId } from '../playbook/schema';
import { buildReviewPlan, compilePlans, editKey, insertKey, type ReviewItem } from '../review';
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
  /** The position the plan takes (its edit's, where the lawyer chose another than the default). */
  readonly positionId?: PositionId;
}

/** One item of the review, as the checklist shows it: exactly the edit or clause the apply will write. */
export interface ChecklistRow {
  /** The review item's key (`edit:p3`, `insert:audit`): what the choices are keyed by. */
  readonly key: string;
  readonly kind: ReviewItem['kind'];
  readonly targets: readonly PaneTarget[];
  readonly title: string;
  readonly positionId: PositionId;
  /** The positions every issue of the item offers, in ladder order. */
  readonly positions: readonly PositionId[];
  /** The analysed document's paragraph the item edits, or the one its clause goes after (for clause numbers). */
  readonly place: number;
  /** This item alone, compiled and rebased: the same ops (or clause) the apply writes. */
  readonly plan: RedlinePlan;
  /** An inserted clause's wording without its clause number, when the lawyer may rewrite it. */
  readonly wording?: string;
  /** The clause number an inserted clause takes ("" when the contract does not number). */
  readonly number?: string;
}

/** The lawyer's changes to the checklist: another position or `skip` per row, and rewritten clauses. */
export interface ChecklistChoices {
  readonly perItem: Readonly<Record<string, PositionId | 'skip'>>;
  readonly wording: Readonly<Record<string, string>>;
}

export const NO_CHOICES: ChecklistChoices = { perItem: {}, wording: {} };

export interface ApplyAllSelection {
  readonly planned: readonly PlannedItem[];
  /** Findings left out, each with the reason shown in the confirmation. */
  readonly skipped: readonly { readonly target: PaneTarget; readonly reason: string }[];
  /** The ticked items, in document order. */
  readonly rows: readonly ChecklistRow[];
}

function targetsOf(item: ReviewItem): PaneTarget[] {
  if (item.kind === 'edit') return [...item.findings];
  return item.amends && item.amends.findings.length > 0 ? [...item.amends.findings] : [item.target];
}

function titleOf(item: ReviewItem): string {
  return item.kind === 'edit' ? item.issues.map((issue) => issue.title).join('; ') : item.issue.title;
}

function positionsOf(item: ReviewItem): PositionId[] {
  const issues = item.kind === 'edit' ? item.issues : [item.issue];
  const [first, ...rest] = issues;
  if (!first) return [item.positionId];
  return first.positions.map((p) => p.id).filter((id) => rest.every((issue) => issue.positions.some((p) => p.id === id)));
}

export function applyAllPlans(
  playbook: Playbook,
  analysis: Analysis,
  paragraphs: readonly Paragraph[],
  items: Readonly<Record<string, ItemStatus>>,
  applied: readonly RedlinePlan[],
  choices: ChecklistChoices = NO_CHOICES,
  position: PositionId = 'preferred',
): ApplyAllSelection {
  const review = buildReviewPlan(analysis, paragraphs, playbook, {
    position,
    perItem: choices.perItem,
    wording: choices.wording,
    isDone: (target) => items[itemKey(target)] !== undefined,
  });
  // The review honours `skip` for edits and missing protections; a clause answering a definition is left out here.
  const ticked = review.items.filter((item) => choices.perItem[item.key] !== 'skip');
  // What the lawyer unticked shows as unticked in the checklist, not as something the review could not change.
  const unticked = (target: PaneTarget) => choices.perItem['id' in target ? editKey(target.paragraph) : insertKey(target.category)] === 'skip';
  const skipped: { target: PaneTarget; reason: string }[] = review.skipped
    .filter((s) => !unticked(s.target))
    .map((s) => ({ target: s.target, reason: s.reason }));
  const rebase = (plan: RedlinePlan) => (applied.length > 0 ? rebasePlan(plan, applied) : ({ kind: 'rebased', plan } as const));
  const planned: PlannedItem[] = [];
  const conflicted = new Set<ReviewItem>();
  for (const plan of compilePlans(ticked, paragraphs)) {
    const covered = ticked.filter((item) => (item.kind === 'edit' ? item.paragraph : item.after) === plan.paragraph);
    const targets = covered.flatMap(targetsOf);
    const first = targets[0];
    if (!first) continue;
    const rebased = rebase(plan);
    if (rebased.kind !== 'rebased') {
      for (const target of targets) skipped.push({ target, reason: rebased.message });
      for (const item of covered) conflicted.add(item);
      continue;
    }
    planned.push({
      key: itemKey(first),
      target: first,
      alsoKeys: targets.slice(1).map(itemKey),
      plan: rebased.plan,
      issueTitle: covered.map(titleOf).join('; '),
      positionId: covered[0]?.positionId ?? position,
    });
  }
  const rows = ticked.filter((item) => !conflicted.has(item)).flatMap((item) => rowOf(item, paragraphs, rebase));
  return { planned, skipped, rows };
}

function rowOf(item: ReviewItem, paragraphs: readonly Paragraph[], rebase: (plan: RedlinePlan) => ReturnType<typeof rebasePlan>): ChecklistRow[] {
  const [alone] = compilePlans([item], paragraphs);
  const rebased = alone ? rebase(alone) : undefined;
  if (!rebased || rebased.kind !== 'rebased') return [];
  const base = {
    key: item.key,
    kind: item.kind,
    targets: targetsOf(item),
    title: titleOf(item),
    positionId: item.positionId,
    positions: positionsOf(item),
    plan: rebased.plan,
  };
  const place = item.kind === 'edit' ? item.paragraph : item.after;
  if (item.kind === 'edit') return [{ ...base, place }];
  // Only a missing protection's clause takes the lawyer's wording (the review's `wording` choice).
  const own = !('id' in item.target);
  const prefix = item.number ? `${item.number} ` : '';
  const wording = item.text.startsWith(prefix) ? item.text.slice(prefix.length) : item.text;
  return [{ ...base, place, number: item.number, ...(own ? { wording } : {}) }];
}
