// "We do not permit on-site audits." left beside the audit clause this review inserts reads as a contradiction the
// counterparty will exploit: the denial is made subject to the new clause ("Except as set out in Section 5(d), we do
// not permit …"), and the clause goes beside it. Pure: engine types and the wording helpers only.
import type { Analysis, ContractTerms, Paragraph, RedlineOp } from '../engine/types';
import { numberAtStart } from './clauseNumbers';
import { isCustomerOption } from './customerOption';
import { commentWording, contractWording } from './wording';

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
    const parent = numberAtStart(paragraphs[i]?.text ?? '');
    if (parent) return `${parent}${number}`;
  }
  return number;
}

/**
 * Training the contract leaves to the customer's own choice ("If Client joins the Pilot Programme, Client grants … to
 * train …"): the engine reads it as training "only if Client authorises it", and the review keeps that option. A
 * no-training clause inserted beside it would contradict it, so the clause is made subject to the option: "Except as
 * Client authorises under clause 3.3, Supplier shall not …". Undefined when no such option is left in the document.
 */
export function exceptForOption(clause: string, after: Analysis, paragraphs: readonly Paragraph[]): { clause: string; reason: string } | undefined {
  const option = after.findings.find((f) => f.category === 'ai-training' && isCustomerOption(f));
  if (!option) return undefined;
  const number = numberAtStart(paragraphs[option.paragraph]?.text ?? '');
  const under = number === undefined ? 'under this {{agreement}}' : `under ${provisionWord(after.terms)} ${number}`;
  const lead = contractWording(`Except as {{customer}} authorises ${under}, `, after.terms);
  const reason = commentWording(`The clause keeps the use that ${number === undefined ? 'the {{agreement}}' : `${provisionWord(after.terms)} ${number}`} leaves to our own choice.`, after.terms);
  return { clause: `${lead}${/^(?:We|The|It|This)\b/.test(clause) ? clause.charAt(0).toLowerCase() + clause.slice(1) : clause}`, reason };
}
