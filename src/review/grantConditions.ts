// "6.6 Tessellate may carry out the Platform Improvement Use during the term, provided that: … (b) the Platform
// Improvement Use is carried out only by Tessellate personnel located in Australia …; (d) Harbourline may withdraw …":
// each item limits the grant in the lead-in. Struck or reserved, an item widens the grant the review is narrowing, and
// the lawyer audit of 386 (audit168) rejected both such strikes. Such edits are left out, with the reason. Pure.
import type { Paragraph } from '../engine/types';
import type { Finding } from '../engine/types';
import type { EditItem, ReviewItem } from './reviewItems';

/** "(b) ", "(iv) ": a list item. */
const ITEM = /^\s*\(?[a-z]{1,4}\)\s/i;
/** A lead-in that sets conditions on what it permits: "…, provided that:", "… on the following conditions:". */
const CONDITIONS_LEAD_IN = /\b(?:provided\s+(?:always\s+)?that|on\s+condition\s+that|subject\s+to\s+the\s+following(?:\s+conditions)?|on\s+the\s+following\s+conditions|only\s+if)\s*:\s*$/i;
const PERMITS = /\b(?:may|is\s+permitted\s+to|is\s+entitled\s+to)\b/i;
/** What a removal writes in place of the words: nothing, "[Reserved]", or a joining word. */
// Read on trimmed text: two runs of spaces around an empty alternative split a run of spaces every way (regexGrowth).
const NOTHING_NEW = /^(?:\[?Reserved\.?\]?[.;]?|or|and|;|)$/i;

/** The items without the edits that would widen a grant's conditions, and the lawyer's list's reasons for them. */
export function keptConditions(paragraphs: readonly Paragraph[], items: readonly ReviewItem[]): { items: ReviewItem[]; skipped: { target: Finding; reason: string }[] } {
  const skipped: { target: Finding; reason: string }[] = [];
  const kept = items.filter((item) => {
    if (item.kind !== 'edit' || item.findings.length === 0) return true;
    const reason = conditionOfGrant(paragraphs, item.paragraph) && removesOnly(item) ? CONDITION_KEPT : strandsItems(paragraphs, item) ? LEAD_IN_KEPT : undefined;
    if (reason !== undefined) skipped.push(...item.findings.map((target) => ({ target, reason })));
    return reason === undefined;
  });
  return { items: kept, skipped };
}

/** Whether paragraph `index` is an item of a lead-in that permits something on conditions. */
export function conditionOfGrant(paragraphs: readonly Paragraph[], index: number): boolean {
  if (!ITEM.test(paragraphs[index]?.text ?? '')) return false;
  for (let i = index - 1; i >= 0; i--) {
    const text = paragraphs[i]?.text ?? '';
    if (ITEM.test(text)) continue;
    return CONDITIONS_LEAD_IN.test(text) && PERMITS.test(text);
  }
  return false;
}

/** Whether the edit only takes words away. */
export function removesOnly(item: EditItem): boolean {
  return item.ops.every((op) => op.kind === 'delete' || NOTHING_NEW.test(op.text.trim()));
}

/** The reason the lawyer's list gives for leaving a condition of a grant standing. */
export const CONDITION_KEPT = 'it is a condition the contract puts on a permission; struck, it would widen what it limits';

/**
 * Whether the edit rewrites a lead-in that opens a list ("…, provided that:") into a sentence that no longer leads into
 * it: its items would hang after a full stop (386 § 6.6 was rewritten whole and its conditions (a)–(d) left behind).
 */
export function strandsItems(paragraphs: readonly Paragraph[], item: EditItem): boolean {
  if (!item.original.trimEnd().endsWith(':') || !ITEM.test(paragraphs[item.paragraph + 1]?.text ?? '')) return false;
  const target = item.target.trimEnd();
  return !target.endsWith(':') && !NOTHING_NEW.test(target.replace(/^\s*(?:(?:Section|Clause)\s+)?[\w.]+\s+/, '').trim());
}

/** The reason the lawyer's list gives for leaving such a lead-in. */
export const LEAD_IN_KEPT = 'it opens a list of conditions; rewritten whole, it would leave its items hanging';
