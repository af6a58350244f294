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

export function explainFinding(finding: ClauseFinding, terms: ContractTerms): string {
  const text = CATEGORY_TEXT[finding.category];
  const evidence = finding.evidence.length > 0 ? ` The clause says ${quoted(finding.evidence)}.` : '';
  const questions = text.questions.map((q) => fillTerms(q, terms)).join(' ');
  return `${fillTerms(text.allows, terms)}${evidence} Why it matters: ${fillTerms(text.why, terms)} Ask ${text.ask ?? 'the vendor'}: ${questions}`;
}
