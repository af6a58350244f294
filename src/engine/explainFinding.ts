// Builds a finding's explanation: what it allows, the quoted evidence, why it matters and questions for the vendor.
// Pure: imports only engine modules.
import type { ContractTerms, Signal } from './types';
import type { ClauseFinding } from './detectFindings';
import { CATEGORY_TEXT } from './explanations';

/** Replaces {vendor}, {customer}, {data} with the contract's own words. */
export function fillTerms(text: string, terms: ContractTerms): string {
  return text.replace(/\{vendor\}/g, terms.vendor).replace(/\{customer\}/g, terms.customer).replace(/\{data\}/g, terms.customerData);
}

function quoted(evidence: readonly Signal[]): string {
  const words = [...new Set(evidence.map((s) => s.text))];
  return words.map((w) => `“${w}”`).join(', ');
}

/** A category's text in one contract's words, filled once per contract and category rather than once per finding. */
const FILLED = new WeakMap<ContractTerms, Map<ClauseFinding['category'], { allows: string; rest: string }>>();

function filledText(category: ClauseFinding['category'], terms: ContractTerms): { allows: string; rest: string } {
  let byCategory = FILLED.get(terms);
  if (!byCategory) {
    byCategory = new Map();
    FILLED.set(terms, byCategory);
  }
  let filled = byCategory.get(category);
  if (!filled) {
    const text = CATEGORY_TEXT[category];
    const questions = text.questions.map((q) => fillTerms(q, terms)).join(' ');
    filled = { allows: fillTerms(text.allows, terms), rest: ` Why it matters: ${fillTerms(text.why, terms)} Ask ${text.ask ?? 'the vendor'}: ${questions}` };
    byCategory.set(category, filled);
  }
  return filled;
}

export function explainFinding(finding: ClauseFinding, terms: ContractTerms): string {
  const filled = filledText(finding.category, terms);
  const evidence = finding.evidence.length > 0 ? ` The clause says ${quoted(finding.evidence)}.` : '';
  return `${filled.allows}${evidence}${filled.rest}`;
}
