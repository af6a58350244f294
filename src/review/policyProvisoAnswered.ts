// "…, and each update takes effect when posted{+, provided that no policy or change to a policy will expand …+}" in
// clause 2.5, and then a new clause 8.6 "No Expansion by Policy" saying the same of every policy: the lawyer audits
// of 409 (4.7) and 411 (2.5) read the two as overlapping wordings that invite an argument over which governs. The
// clause the review inserts answers every reference; the proviso beside it goes. Pure: the review's items only.
import type { Finding } from '../engine/types';
import type { ReviewItem } from './reviewItems';

const POLICY_ISSUE = 'policy-by-reference';
/** The playbook's proviso on a policy reference, in either wording (a signed amendment, or the customer's consent). */
const POLICY_PROVISO = /^,?\s*provided\s+that\s+no\s+policy\s+or\s+change\s+to\s+a\s+policy\s/;

/** The items without an edit that only adds the policy proviso where the review also inserts the policy clause. */
export function withoutProvisoBesidePolicyClause(items: readonly ReviewItem[]): { items: ReviewItem[]; skipped: { target: Finding; reason: string }[] } {
  const inserted = items.some((item) => item.kind === 'insert' && item.issue.id === POLICY_ISSUE && item.answers === POLICY_ISSUE);
  if (!inserted) return { items: [...items], skipped: [] };
  const onlyProviso = (item: ReviewItem) =>
    item.kind === 'edit' &&
    item.issues.every((issue) => issue.id === POLICY_ISSUE) &&
    item.ops.length === 1 &&
    item.ops.every((op) => op.kind === 'insert' && POLICY_PROVISO.test(op.text));
  const dropped = items.filter(onlyProviso);
  return {
    items: items.filter((item) => !onlyProviso(item)),
    skipped: dropped.flatMap((item) => (item.kind === 'edit' ? item.findings.map((target) => ({ target, reason: 'answered by the clause this review wrote elsewhere' })) : [])),
  };
}
