// "15.3 Corvane may modify the AUP and the AI Terms … by posting an updated version …": where the contract gives the
// vendor a power to change its policies or terms, the lawyer audits (audit197, audit199, audit201) asked for the
// condition in that clause itself, not a rival clause elsewhere that leaves "continued use constitutes acceptance"
// standing. Such a clause is reviewed before any other, and once it carries the playbook's proviso, the references that
// cite it are answered by it (a power to change a list of providers still gets its objection right).
// Pure: engine types and the review's own helpers only.
import type { Analysis, Finding } from '../engine/types';
import type { ParagraphReview } from './paragraphTypes';
import { CHANGE_RIGHT } from './ownTermsChange';
import { escapeRegExp } from './redline/surgical/context';
import { changesProviders } from './redline/surgical/providerChange';
import { POLICY_PROVISO_ANYWHERE } from './policyProvisoAnswered';
import { numberAtStart } from './clauseNumbers';

const POLICY = 'policy-by-reference';

/** The paragraphs whose policy risk is the vendor's own power to change its policies or terms. */
export function changeClauses(analysis: Analysis, paragraphs: readonly { readonly text: string }[]): Set<number> {
  const vendors = [analysis.terms.vendor, ...analysis.parties.vendorAliases, 'We']
    .filter((name, at, all) => name.length > 1 && all.indexOf(name) === at)
    .map(escapeRegExp);
  // The power as the sentence's own main clause ("15.3 Corvane may modify …"), never a relative inside a reference
  // ("… Statement, which Vendor may update from time to time"), which the reference's own edit answers.
  const power = new RegExp(String.raw`(?:^|[.;:]\s+|^[\w.()]+\s+)(?:the\s+)?(?:${vendors.join('|')})\s+${CHANGE_RIGHT}\b`);
  // "30. This Acceptable Use Policy applies to everyone … We may update it …": a change to rules of conduct alone
  // reaches no data; the clause answering the references elsewhere covers it (audit47).
  const conductOnly = (text: string) => {
    const names = policyNames(text, analysis.terms.agreement);
    return names.length > 0 && names.every((name) => CONDUCT.test(name));
  };
  const isPower = (f: Finding) =>
    f.category === POLICY && f.stance === 'risk' && power.test(f.quote) && !changesProviders(f.quote) && !conductOnly(paragraphs[f.paragraph]?.text ?? '');
  return new Set(analysis.findings.filter(isPower).map((f) => f.paragraph));
}

/** The paragraphs in review order with the change clauses first, the rest in the order given. */
export function changeClausesFirst(order: readonly number[], clauses: ReadonlySet<number>): number[] {
  return [...order.filter((index) => clauses.has(index)), ...order.filter((index) => !clauses.has(index))];
}

/** Whether the review of a change clause put the playbook's proviso into it. */
function provisoWritten(review: ParagraphReview): boolean {
  return POLICY_PROVISO_ANYWHERE.test(review.final) && !POLICY_PROVISO_ANYWHERE.test(review.original);
}

/** A proviso that speaks of changes to the agreement itself ("no change to these Terms or any policy"): it reaches all. */
const COVERS_ALL = /\bprovided\s+that\s+no\s+change\s+to\s+(?:this|these)\s+[A-Z]/;

/**
 * The paragraphs whose policy references the proviso in this change clause answers: those citing the clause by its number
 * ("… as updated in accordance with Section 18.4"), or every one where the proviso speaks of changes to the agreement
 * itself. A reference to another document changed by another route gets its own edit.
 */
export function answeredByChangeClause(review: ParagraphReview, analysis: Analysis, paragraphs: readonly { readonly text: string }[]): number[] {
  if (!provisoWritten(review)) return [];
  const number = numberAtStart(review.original);
  const all = COVERS_ALL.test(review.final);
  const cites = number === undefined ? undefined : new RegExp(String.raw`\b(?:Section|section|Clause|clause)\s+${escapeRegExp(number)}(?![.\d]*\d)`);
  const names = policyNames(review.original, analysis.terms.agreement);
  const namesOne = (text: string) => names.some((name) => text.includes(name));
  return analysis.findings
    .filter((f) => f.category === POLICY && f.stance === 'risk' && f.paragraph !== review.index)
    .filter((f) => all || (cites !== undefined && cites.test(paragraphs[f.paragraph]?.text ?? '')) || namesOne(f.quote))
    .map((f) => f.paragraph);
}

/** Rules of the customer's conduct, which say nothing of what is done with its data. */
const CONDUCT = /\b(?:Acceptable\s+Use|AUP|Community\s+Guidelines|Code\s+of\s+Conduct|Usage\s+Polic)/;
/** "the AI Terms", "the Acceptable Use Policy", "the AUP": the documents a change clause lets the vendor change. */
// A name opens at a word's start, never after a hyphen inside one: from each "-" of a long hyphenated run the name
// would be read again to its end.
const POLICY_NAME = /(?<![\w-])(?:[A-Z][\w-]*\s+){0,4}(?:Terms|Policy|Policies|Notice|Addendum|Statement|Standard|Guidelines)\b|\b(?:AUP|DPA)\b/g;
/**
 * "3.1 This Order Form incorporates … the Glyphora AI Terms … each as updated by Glyphora from time to time" beside
 * "3.2 Glyphora may modify the AI Terms or the AUP …, provided that no …": the reference is to the documents the
 * proviso bounds, and freezing them there would contradict the power kept in 3.2 (agreement-92).
 */
function policyNames(text: string, agreement: string): string[] {
  const own = agreement.replace(/^(?:this|these|the)\s+/i, '');
  return [...text.matchAll(POLICY_NAME)].map((m) => m[0].trim().replace(/^(?:These|This|The)\s+/, '')).filter((name) => name !== own && name !== 'Terms');
}
