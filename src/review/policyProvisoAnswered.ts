// "…, and each update takes effect when posted{+, provided that no policy or change to a policy will expand …+}" in
// clause 2.5, and then a new clause 8.6 "No Expansion by Policy" saying the same of every policy: the lawyer audits
// of 409 (4.7) and 411 (2.5) read the two as overlapping wordings that invite an argument over which governs. The
// clause the review inserts answers every reference; the proviso beside it goes. Pure: the review's items only.
import type { Finding } from '../engine/types';
import { numberAtStart } from './clauseNumbers';
import { escapeRegExp } from './redline/surgical/context';
import type { ReviewItem } from './reviewItems';

const POLICY_ISSUE = 'policy-by-reference';
/** The playbook's proviso on a policy reference, in either wording (a signed amendment, or the customer's consent). */
// On a power to change the agreement itself it speaks of changes to it ("no change to these Terms or any policy").
const POLICY_PROVISO = /^,?\s*provided\s+that\s+no\s+(?:policy\s+or\s+change\s+to\s+a\s+policy|change\s+to\s+(?:this|these)\s+[A-Z][\w-]*\s+or\s+any\s+policy)\s/;
/** The same proviso wherever it stands in a clause's text. */
export const POLICY_PROVISO_ANYWHERE = /\bprovided\s+that\s+no\s+(?:policy\s+or\s+change\s+to\s+a\s+policy|change\s+to\s+(?:this|these)\s+[A-Z][\w-]*\s+or\s+any\s+policy)\s/;
/** ", as in effect on the date of these Terms": the playbook's frozen version of a policy. */
const FROZEN_VERSION = /^,?\s*as\s+in\s+effect\s+on\b/;

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

/**
 * "1.2 … the Policies, each as updated by us from time to time in accordance with Section 18.4": where the review put
 * its proviso into 18.4 itself, the changes 1.2 cites are the ones the proviso now bounds. Freezing the policies in 1.2
 * as well would contradict the power to change them that 18.4 keeps (audit199 asked for the edit in 18.4). The citing
 * clause's frozen version goes, answered by the change clause.
 */
export function withoutFreezeCitingChangeClause(items: readonly ReviewItem[]): { items: ReviewItem[]; skipped: { target: Finding; reason: string }[] } {
  const policyEdit = (item: ReviewItem) => item.kind === 'edit' && item.issues.every((issue) => issue.id === POLICY_ISSUE);
  const changeClauses = items
    .filter((item) => policyEdit(item) && item.kind === 'edit' && item.ops.some((op) => op.kind === 'insert' && POLICY_PROVISO.test(op.text)))
    .flatMap((item) => (item.kind === 'edit' ? [numberAtStart(item.original)].filter((n): n is string => n !== undefined) : []));
  if (changeClauses.length === 0) return { items: [...items], skipped: [] };
  const cited = (text: string) =>
    changeClauses.find((number) => new RegExp(String.raw`\b(?:Section|section|Clause|clause)\s+${escapeRegExp(number)}(?![.\d]*\d)`).test(text));
  const onlyFreeze = (item: ReviewItem) =>
    policyEdit(item) && item.kind === 'edit' && item.ops.some((op) => op.kind === 'insert' && FROZEN_VERSION.test(op.text)) &&
    item.ops.every((op) => op.kind === 'delete' || FROZEN_VERSION.test(op.text)) && cited(item.original) !== undefined;
  const dropped = items.filter(onlyFreeze);
  return {
    items: items.filter((item) => !onlyFreeze(item)),
    skipped: dropped.flatMap((item) =>
      item.kind === 'edit' ? item.findings.map((target) => ({ target, reason: `answered by the proviso this review added to the change clause it cites (${cited(item.original) ?? ''})` })) : [],
    ),
  };
}
