// Whether a sentence is about the customer's data, by the contract's own data terms or by what the customer supplies
// ("content you upload"): the playbook's clauses replace like with like only then. Pure: engine types only.
import type { Analysis } from '../engine/types';

/** Words after these exclude what follows ("metadata, which does not include Customer Content"). */
const EXCLUSION = /\b(?:(?:does|do|shall|will)\s+not\s+include|excluding|other\s+than|except)\b/i;
/** "content you provide", "the prompts that users submit": the customer's data named by what the customer does. */
const SUPPLIED_DATA = /\b(?:data|content|inputs?|prompts?|materials?|information|files|documents|uploads)\s+(?:that\s+)?(?:you|customers?|clients?|users?)\s+(?:provide|submit|upload|send|enter|share|input)/i;
const DATA_PHRASE = /\b(?:your|customer|client|licensee|subscriber|controller|personal)(?:['’]s)?\s+(?:[\w-]+\s+)?(?:data|content|inputs?|prompts?|materials?|information|files|documents|uploads)\b/i;

/** The words before an exclusion, lower case: what a sentence or definition says it covers. */
function beforeExclusion(text: string): string {
  const cut = EXCLUSION.exec(text);
  return (cut ? text.slice(0, cut.index) : text).toLowerCase();
}

/** "Inputs", "Prompts", capitalised: what the customer sends a model, named as a defined term (even undefined here). */
const INPUT_TERM = /\b(?:Inputs?|Prompts?|Uploads?|Submissions?)\b/;

export function namesTheData(sentence: string, names: readonly string[]): boolean {
  const kept = beforeExclusion(sentence);
  const keptAsWritten = sentence.slice(0, kept.length);
  return names.some((name) => kept.includes(name)) || DATA_PHRASE.test(kept) || SUPPLIED_DATA.test(kept) || INPUT_TERM.test(keptAsWritten);
}

/** The customer-data terms (the widest and its parts) and the terms defined from them ("… from Client Content"), lower case. */
export function dataNames(analysis: Analysis): string[] {
  const terms = [analysis.terms.customerData, ...analysis.definitions.filter((d) => d.denotes === 'customer-data').map((d) => d.term)].map((t) => t.toLowerCase());
  // A term defined to exclude the data ("Service Data … excluding Customer Materials") is not derived from it.
  const derived = analysis.definitions.filter((d) => terms.some((t) => beforeExclusion(d.meaning).includes(t))).map((d) => d.term.toLowerCase());
  return [...new Set([...terms, ...derived])];
}
