// "…, and each update takes effect when posted{+, provided that no policy or change to a policy will expand …+}" in
// clause 2.5, and then a new clause 8.6 "No Expansion by Policy" saying the same of every policy: the lawyer audits
// of 409 (4.7) and 411 (2.5) read the two as overlapping wordings that invite an argument over which governs. The
// clause the review inserts answers every reference; the proviso beside it goes. Pure: the review's items only.
import type { Finding } from '../engine/types';
import type { ReviewItem } from './reviewItems';

const POLICY_ISSUE = 'policy-by-reference';
/** The playbook's proviso on a policy reference, in either wording (a signed amendment, or the customer's consent). */
// On a power to change the agreement itself it speaks of changes to it ("no change to these Terms or any policy").
const PROVISO_WORDS = String.raw`provided\s+that\s+no\s+(?:policy\s+or\s+change\s+to\s+a\s+policy|change\s+to\s+(?:this|these)\s+[A-Z][\w-]*\s+or\s+any\s+policy)\s`;
const POLICY_PROVISO = new RegExp(String.raw`^,?\s*${PROVISO_WORDS}`);
/** The same proviso wherever it stands in a clause's text. */
export const POLICY_PROVISO_ANYWHERE = new RegExp(String.raw`\b${PROVISO_WORDS}`);

/** The items without an edit that only adds the policy proviso where the review also inserts the policy clause. */
// The proviso in a clause that itself allows the changes stays: that clause is where the lawyer audits asked for it
// (audit199, audit201), and the inserted clause answers the other references.
export function withoutProvisoBesidePolicyClause(
  items: readonly ReviewItem[],
  changeClauses: ReadonlySet<number> = new Set(),
): { items: ReviewItem[]; skipped: { target: Finding; reason: string }[] } {
  const inserted = items.some((item) => item.kind === 'insert' && item.issue.id === POLICY_ISSUE && item.answers === POLICY_ISSUE);
  if (!inserted) return { items: [...items], skipped: [] };
  const onlyProviso = (item: ReviewItem) =>
    item.kind === 'edit' &&
    !changeClauses.has(item.paragraph) &&
    item.issues.every((issue) => issue.id === POLICY_ISSUE) &&
    item.ops.length === 1 &&
    item.ops.every((op) => op.kind === 'insert' && POLICY_PROVISO.test(op.text));
  const dropped = items.filter(onlyProviso);
  return {
    items: items.filter((item) => !onlyProviso(item)),
    skipped: dropped.flatMap((item) => (item.kind === 'edit' ? item.findings.map((target) => ({ target, reason: 'answered by the clause this review wrote elsewhere' })) : [])),
  };
}

