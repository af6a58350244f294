// The contract's words with the data named as the sentence names it. Pure: engine types and data-term helpers only.
import { derivedMeaning } from '../engine/dataTerms';
import type { Analysis, ContractTerms, Finding } from '../engine/types';
import { firstDataTermAfterGrant, licensedByCustomer } from './namesTheData';

/**
 * A comment on "Company may use Annotations …" speaks of Annotations, and a clause put in place of "The Provider may
 * compile statistics from Portfolio Data …" speaks of Portfolio Data, not of the contract's umbrella term the sentence
 * never mentions (lawyer audits of agreements 61–64 and 69–72).
 */
export function dataTermOfSentence(original: string, findings: readonly Finding[], analysis: Analysis): ContractTerms {
  return withDerivedTermOf(original, customerTermOf(original, findings, analysis), analysis);
}

/** A name for derived data, by its definition or its own words ("De-identified Data", "Aggregated Insights"). */
const DERIVED_NAME = /\b(?:de-?identified|anonymi[sz]ed|aggregated?|pseudonymi[sz]ed)\b/i;

/**
 * "Cadenza may use De-identified Data to develop … the Models": a clause in its place speaks of De-identified Data, not
 * of the contract's other derived term ("Aggregated Data") the sentence never names (356 § 5.4).
 */
function withDerivedTermOf(original: string, terms: ContractTerms, analysis: Analysis): ContractTerms {
  if (terms.derivedData === undefined || original.includes(terms.derivedData)) return terms;
  const named = analysis.definitions.filter((d) => d.term !== terms.derivedData && (DERIVED_NAME.test(d.term) || derivedMeaning(d.meaning)) && original.includes(d.term));
  const only = [...new Set(named.map((d) => d.term))];
  return only.length === 1 && only[0] ? { ...terms, derivedData: only[0] } : terms;
}

function customerTermOf(original: string, findings: readonly Finding[], analysis: Analysis): ContractTerms {
  const { terms } = analysis;
  // "Anonymised Operational Data" names the derived data, not the "Operational Data" inside its name.
  const mentions = (term: string) => {
    const longer = analysis.definitions.map((d) => d.term).filter((other) => other !== term && other.includes(term));
    return longer.reduce((text, other) => text.split(other).join(' '), original).includes(term);
  };
  if (mentions(terms.customerData)) return terms;
  const mentioned = [...new Set(analysis.definitions.filter((d) => d.denotes === 'customer-data' && mentions(d.term)).map((d) => d.term))];
  // "… ratings of Generated Content … and the related excerpt of Interaction Data" (248 § 5.9): a sentence that names
  // two of the customer's data terms, and not the umbrella, is answered for both, joined by "or" so that the verb
  // after them still agrees (audit92: the carve-out named "Your Content", which the clause never mentions).
  if (mentioned.length === 2) return { ...terms, customerData: [...mentioned].sort((a, b) => original.indexOf(a) - original.indexOf(b)).join(' or ') };
  const defined = new Map(analysis.definitions.map((d) => [d.term, d.denotes]));
  const named = findings
    .flatMap((f) => f.evidence)
    .find((s) => s.role === 'object' && defined.get(s.text) === 'customer-data');
  if (named) return { ...terms, customerData: named.text };
  // "The Client grants Kestrelway a … licence … from Telematics Data": the data the customer licenses is the data the
  // comment speaks of, though the customer-data term leaves it out (audit194, 436 § 5.3 said "Client Data").
  const licensed = mentioned.length === 0 && findings.some((f) => licensedByCustomer(f, analysis)) ? firstDataTermAfterGrant(original, [...defined.keys()]) : undefined;
  if (licensed) return { ...terms, customerData: licensed };
  // "statistics … from Portfolio Data": the data the sentence names, even where the finding rests on other words.
  return mentioned.length === 1 && mentioned[0] ? { ...terms, customerData: mentioned[0] } : terms;
}

