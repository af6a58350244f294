// The contract's words with the data named as the sentence names it. Pure: engine types only.
import type { Analysis, ContractTerms, Finding } from '../engine/types';

/**
 * A comment on "Company may use Annotations …" speaks of Annotations, and a clause put in place of "The Provider may
 * compile statistics from Portfolio Data …" speaks of Portfolio Data, not of the contract's umbrella term the sentence
 * never mentions (lawyer audits of agreements 61–64 and 69–72).
 */
export function dataTermOfSentence(original: string, findings: readonly Finding[], analysis: Analysis): ContractTerms {
  const { terms } = analysis;
  // "Anonymised Operational Data" names the derived data, not the "Operational Data" inside its name.
  const mentions = (term: string) => {
    const longer = analysis.definitions.map((d) => d.term).filter((other) => other !== term && other.includes(term));
    return longer.reduce((text, other) => text.split(other).join(' '), original).includes(term);
  };
  if (mentions(terms.customerData)) return terms;
  const defined = new Map(analysis.definitions.map((d) => [d.term, d.denotes]));
  const named = findings
    .flatMap((f) => f.evidence)
    .find((s) => s.role === 'object' && defined.get(s.text) === 'customer-data');
  if (named) return { ...terms, customerData: named.text };
  // "statistics … from Portfolio Data": the data the sentence names, even where the finding rests on other words.
  const mentioned = analysis.definitions.filter((d) => d.denotes === 'customer-data' && mentions(d.term));
  return mentioned.length === 1 && mentioned[0] ? { ...terms, customerData: mentioned[0].term } : terms;
}
