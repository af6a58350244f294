// Moves a plan computed against the analysed document onto the document as it is after this pane's own earlier
// redlines: inserted clauses shift later paragraphs down, and a paragraph already redlined cannot take a second
// plan made against its old wording. Pure: must not import React or Office.
import type { RedlinePlan } from '../engine/types';

export type RebaseResult =
  | { readonly kind: 'rebased'; readonly plan: RedlinePlan }
  | { readonly kind: 'conflict'; readonly message: string };

/** `applied` are plans already in the document, each against the analysed document's numbering. */
export function rebasePlan(plan: RedlinePlan, applied: readonly RedlinePlan[]): RebaseResult {
  const sameAnchor = applied.filter((earlier) => earlier.paragraph === plan.paragraph);
  if (plan.ops.length > 0 && sameAnchor.some((earlier) => earlier.ops.length > 0)) {
    return { kind: 'conflict', message: 'This paragraph already has a redline from this pane. Analyse again to plan further changes to it.' };
  }
  const shift = applied.filter((earlier) => earlier.paragraph < plan.paragraph).reduce((sum, earlier) => sum + earlier.newParagraphs.length, 0);
  if (plan.ops.length > 0) return { kind: 'rebased', plan: { ...plan, paragraph: plan.paragraph + shift } };
  // A new clause goes after the clauses already inserted at the same place, so they keep the order they were added in.
  const insertedHere = sameAnchor.flatMap((earlier) => earlier.newParagraphs);
  const editedAnchor = sameAnchor.find((earlier) => earlier.ops.length > 0);
  const anchorText = insertedHere[insertedHere.length - 1] ?? editedAnchor?.targetText ?? plan.originalText;
  return {
    kind: 'rebased',
    plan: { ...plan, paragraph: plan.paragraph + shift + insertedHere.length, originalText: anchorText, targetText: anchorText },
  };
}
