// "We do not permit on-site audits." left beside the audit clause this review inserts reads as a contradiction the
// counterparty will exploit: the denial is made subject to the new clause ("Except as set out in Section 5(d), we do
// not permit …"), and the clause goes beside it. Pure: engine types and the wording helpers only.
import type { ContractTerms, Paragraph, RedlineOp } from '../engine/types';

/** A sentence refusing audits: "We do not permit on-site audits", "Customer has no right to audit Supplier". */
const DENIES_AUDIT =
  /(?:^|(?<=[.;:]\s))[A-Z][^.;:]{0,80}?\b(?:(?:do|does|will|shall)\s+not|don['’]t|doesn['’]t|won['’]t)\s+(?:permit|allow|agree\s+to|accept|provide|offer|support|conduct)\b[^.;]{0,60}?\baudits?\b[^.;]*[.;]?|(?:^|(?<=[.;:]\s))[A-Z][^.;:]{0,80}?\bno\s+(?:right\s+to\s+)?(?:on-site\s+)?audits?\b[^.;]*[.;]?/;

export interface AuditDenial {
  readonly paragraph: number;
  /** Where the refusing sentence starts in the paragraph's text. */
  readonly start: number;
}

export function auditDenial(paragraphs: readonly Paragraph[]): AuditDenial | undefined {
  for (let i = 0; i < paragraphs.length; i++) {
    const found = DENIES_AUDIT.exec(paragraphs[i]?.text ?? '');
    if (found) return { paragraph: i, start: found.index };
  }
  return undefined;
}

/** The contract's word for its provisions, as a comment or a cross-reference writes it ("Section 5(d)", "clause 3.8"). */
export const provisionWord = (terms: ContractTerms): string => terms.provision ?? 'clause';

/** "Except as set out in Section 5(d), we do not permit …": the ops that make the denial give way to the new clause. */
export function exceptForClause(text: string, denial: AuditDenial, reference: string, terms: ContractTerms): RedlineOp[] {
  const first = /^(?:We|The|It|This|There|No)\b/.test(text.slice(denial.start)) ? text.charAt(denial.start) : '';
  const lead = `Except as set out in ${provisionWord(terms)} ${reference}, `;
  if (first === '') return [{ kind: 'insert', at: denial.start, text: lead }];
  return [
    { kind: 'delete', start: denial.start, end: denial.start + 1, text: first },
    { kind: 'insert', at: denial.start, text: `${lead}${first.toLowerCase()}` },
  ];
}

/**
 * How the contract would cite a clause inserted after paragraph `after`: a lettered sub-clause "(e)" under "5. Security"
 * is "5(e)"; a numbered one is its number.
 */
export function referenceTo(paragraphs: readonly Paragraph[], after: number, number: string): string {
  if (!number.startsWith('(')) return number;
  for (let i = after; i >= 0; i--) {
    const parent = /^\s*(?:(?:Section|Clause)\s+)?(\d+(?:\.\d+)*)[.)]?\s/i.exec(paragraphs[i]?.text ?? '');
    if (parent) return `${parent[1]}${number}`;
  }
  return number;
}
