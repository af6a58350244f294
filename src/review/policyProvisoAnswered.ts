// "…, and each update takes effect when posted{+, provided that no policy or change to a policy will expand …+}" in
// clause 2.5, and then a new clause 8.6 "No Expansion by Policy" saying the same of every policy: the lawyer audits
// of 409 (4.7) and 411 (2.5) read the two as overlapping wordings that invite an argument over which governs. The
// clause the review inserts answers every reference; the proviso beside it goes. Pure: the review's items only.
import type { Finding } from '../engine/types';
import type { ReviewItem } from './reviewItems';

const POLICY_ISSUE = 'policy-by-reference';
/** The playbook's proviso on a policy reference, in either wording (a signed amendment, or the customer's consent). */
// On a power to change the agreement itself it speaks of changes to it ("no change to these Terms or any policy").
const PROVISO_WORDS = String.raw`provided\s+that\s+no\s+(?:policy\s+or\s+change\s+to\s+a\s+policy|change\s+to\s+(?:this|these)\s+[A-Z][\w-]*\s+or\s+any\s+[Pp]olicy)\s`;
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
  return withoutProvisoBesideClause(items, POLICY_ISSUE, POLICY_PROVISO, changeClauses);
}

const PROVIDER_ISSUE = 'third-party-ai';
/** The playbook's proviso on a disclosure to model providers: "…, provided that Client has approved each such provider …". */
const PROVIDER_PROVISO = /^,?\s*provided\s+that\s+(?:[\w’'-]+\s+){1,3}?ha(?:s|ve)\s+approved\s+each\s+such\s+provider\b/;

/**
 * "7.2 … Lumacrest will send prompts … to the Third-Party AI Provider{+, provided that Client has approved each such
 * provider …+}" beside a new clause 7.6 saying the same of every provider: the lawyer audit of 476 (audit217) read the
 * two as duplicates, "keep one". The clause the review inserts answers every disclosure; the proviso beside it goes.
 */
export function withoutProviderProvisoBesideClause(items: readonly ReviewItem[]): { items: ReviewItem[]; skipped: { target: Finding; reason: string }[] } {
  return withoutProvisoBesideClause(items, PROVIDER_ISSUE, PROVIDER_PROVISO);
}

function withoutProvisoBesideClause(
  items: readonly ReviewItem[],
  issueId: string,
  proviso: RegExp,
  kept: ReadonlySet<number> = new Set(),
): { items: ReviewItem[]; skipped: { target: Finding; reason: string }[] } {
  const inserted = items.some((item) => item.kind === 'insert' && item.issue.id === issueId && item.answers === issueId);
  if (!inserted) return { items: [...items], skipped: [] };
  const onlyProviso = (item: ReviewItem) =>
    item.kind === 'edit' &&
    !kept.has(item.paragraph) &&
    item.issues.every((issue) => issue.id === issueId) &&
    item.ops.length === 1 &&
    item.ops.every((op) => op.kind === 'insert' && proviso.test(op.text));
  const dropped = items.filter(onlyProviso);
  return {
    items: items.filter((item) => !onlyProviso(item)),
    skipped: dropped.flatMap((item) => (item.kind === 'edit' ? item.findings.map((target) => ({ target, reason: 'answered by the clause this review wrote elsewhere' })) : [])),
  };
}
