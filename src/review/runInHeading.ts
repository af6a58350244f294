// The caption an inserted clause takes where the contract heads its numbered clauses with a run-in heading ("5.8
// Responsible AI. Lexivane will …"): every other clause of the section has one, and a new clause without one reads as
// a draft (audit143: 343's inserted 5.9 and 9.4; audit142: 337's 2.6). Pure: engine types and the playbook's wording.
import type { ContractTerms, Paragraph } from '../engine/types';
import type { PlaybookIssue } from '../playbook/schema';
import { contractWording } from './wording';

/** "5.8 Responsible AI. ", "12.3 Assignment. ", "A.4 Lumenreel Models. ": a number, a capitalised caption, a stop. */
const RUN_IN = /^(?:[A-Z]\.)?\d+(?:\.\d+)*\.?\s+[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|or|to|for|the|in|on|by|with|a|an|&)){0,6}\.\s+\S/;
/** "5.8 ", "A.4 ", "12. ": a clause that opens with its number. */
const NUMBERED = /^(?:[A-Z]\.)?\d+(?:\.\d+)*\.?\s+\S/;
/** The clauses either side of the place that show the section's style. */
const AROUND = 4;

/** Whether the numbered clauses around `after` mostly carry run-in headings (at least two of them, and most). */
export function headsItsClauses(paragraphs: readonly Paragraph[], after: number): boolean {
  const near = paragraphs.slice(Math.max(0, after - AROUND), after + AROUND + 1).map((p) => p.text.trim()).filter((text) => NUMBERED.test(text));
  const headed = near.filter((text) => RUN_IN.test(text)).length;
  return headed >= 2 && headed * 2 > near.length;
}

/** "Records and Audit. ", in the contract's terms, for an inserted clause where the clauses around it are headed. */
export function captionFor(issue: PlaybookIssue, paragraphs: readonly Paragraph[], after: number, terms: ContractTerms): string {
  if (issue.heading === undefined || !headsItsClauses(paragraphs, after)) return '';
  return `${contractWording(issue.heading, terms)}. `;
}
