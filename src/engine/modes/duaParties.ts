// Reads a data-use agreement's parties in its own words: the data holder sits where the customer does, the recipient
// where the vendor does, and the shared data is the customer's data. Pure: engine types only.
import type { DefinitionsResult } from '../extractDefinitions';
import type { Definition, Paragraph, TermDenotation } from '../types';
import { escapeName, LAW_NAME } from '../dataTerms';
import { takesArticle } from '../wordsInUse';

const HOLDER_TERM = /^(?:data (?:provider|holder|owner|contributor|supplier|custodian)|disclosing party|discloser|licensor|contributor|publisher|content (?:owner|provider)|rights ?holder)s?$/i;
const RECIPIENT_TERM = /^(?:data (?:user|recipient)|recipient|receiving party|(?:model )?developer|licensee|researcher)s?$/i;
// "Shared Images", "Licensed Recordings": what a data-sharing agreement shares is named by its medium as often as "data".
const DATA_TERM = /\b(?:data|dataset|datasets|corpus|records|content|materials|works|images|scans|recordings|files|documents|samples)\b/i;
/** What the recipient makes from the data ("Derived Data", embeddings): not the name of the holder's data itself. */
const DERIVED_TERM = /\b(?:derived|derivative|aggregated?|anonymi[sz]ed|de-identified|outputs?|embeddings?)\b/i;

/** Placeholder words when the agreement defines no names of its own; bare capitalised nouns, like the customer mode's. */
/** A defined term for what either party keeps secret, which a data-sharing agreement's data is not named by. */
const CONFIDENTIAL_TERM = /^Confidential\b/;
const DEFAULT_TERMS = { vendor: 'Recipient', customer: 'Data Provider', customerData: 'Shared Data' } as const;

/** A data term named for what the agreement keeps out of it: "Excluded Content", "Restricted Materials". */
const LEFT_OUT_NAME = /^(?:Excluded|Excepted|Exempt|Withheld|Restricted|Prohibited|Reserved|Out[- ]of[- ]Scope)\b/i;

function denotation(definition: Definition): TermDenotation {
  const term = definition.term.trim();
  if (HOLDER_TERM.test(term)) return 'customer';
  if (RECIPIENT_TERM.test(term)) return 'vendor';
  // Whatever the agreement calls its data, it is the holder's: "Shared Data", "the Dataset", "Licensed Records".
  // '"Excluded Content" means content … that Publisher identifies as excluded' (463): what the licence leaves out.
  if (DATA_TERM.test(term) && !LAW_NAME.test(term) && !LEFT_OUT_NAME.test(term) && (definition.denotes === 'other' || definition.denotes === 'usage-data')) return 'customer-data';
  return definition.denotes;
}

/**
 * Two parties, one named by its role ("Developer") and the other only by a short name the customer-side reading took
 * for a vendor ("Publisher" of a media company): the other party holds the data. And the reverse.
 */
function complementRoles(definitions: Definition[]): Definition[] {
  const byRole = (pattern: RegExp) => definitions.some((d) => pattern.test(d.term.trim()));
  const recipientNamed = byRole(RECIPIENT_TERM);
  const holderNamed = byRole(HOLDER_TERM);
  if (recipientNamed === holderNamed) return definitions;
  const flip: TermDenotation = recipientNamed ? 'customer' : 'vendor';
  const keep: TermDenotation = recipientNamed ? 'vendor' : 'customer';
  const named = recipientNamed ? RECIPIENT_TERM : HOLDER_TERM;
  const flipped = definitions.map((d) => (d.denotes === keep && !named.test(d.term.trim()) ? { ...d, denotes: flip } : d));
  if (flipped.some((d) => d.denotes === flip)) return flipped;
  // "between Quillmarch …, Inc. ("Quillmarch"), and Verbanova … (the "Contributor")": the other party of the parties
  // sentence, known only by its short name, sits on the side the role word leaves open (audit204, 459 wrote
  // "Recipient" for Quillmarch in every clause it inserted).
  const role = flipped.find((d) => named.test(d.term.trim()));
  const partner = role && flipped.find((d) => d.paragraph === role.paragraph && d !== role && d.denotes === 'other' && SHORT_NAME.test(d.term.trim()) && !NOT_A_PARTY.test(d.term.trim()) && !DATA_TERM.test(d.term));
  return partner ? flipped.map((d) => (d.term === partner.term ? { ...d, denotes: flip } : d)) : flipped;
}
/** A party's short name: one or two capitalised words ("Quillmarch", "Harrow Labs"). */
const SHORT_NAME = /^[A-Z][\w&'-]*(?:\s[A-Z][\w&'-]*)?$/;
const NOT_A_PARTY = /^(?:Agreement|Part(?:y|ies)|Effective Date|Term|Affiliates?|Services?|Schedules?)$/i;

/**
 * "the Mutual grants to the Licensor a … licence to use … the Licensed Data": whoever grants the licence of the data
 * holds it, whatever its role word says ("Licensor" of the model it licenses back). The two party terms swap sides
 * when the agreement's own grant of the data runs the other way.
 */
function byDataGrant(definitions: Definition[], paragraphs: readonly Paragraph[]): Definition[] {
  const one = (denotes: TermDenotation) => [...new Set(definitions.filter((d) => d.denotes === denotes).map((d) => d.term))];
  const [recipient, holder] = [one('vendor'), one('customer')];
  const data = one('customer-data');
  if (recipient.length !== 1 || holder.length !== 1 || data.length === 0) return definitions;
  const grant = (from: string, to: string) =>
    new RegExp(`\\b${escapeName(from)}\\s+(?:hereby\\s+)?grants?\\s+(?:to\\s+)?(?:the\\s+)?${escapeName(to)}\\b[^.;]{0,160}?\\blicen[cs]e\\b[^.;]{0,200}?\\b(?:${data.map(escapeName).join('|')})\\b`);
  const reversed = grant(recipient[0] as string, holder[0] as string);
  const asRead = grant(holder[0] as string, recipient[0] as string);
  if (!paragraphs.some((p) => reversed.test(p.text)) || paragraphs.some((p) => asRead.test(p.text))) return definitions;
  return definitions.map((d) => (d.denotes === 'vendor' ? { ...d, denotes: 'customer' } : d.denotes === 'customer' ? { ...d, denotes: 'vendor' } : d));
}

/**
 * "between … Halvorsen University (the "University"), and Mentorwise Learning, Inc. (the "Company")": two parties read on
 * the same side (a "Company" is a vendor's word, a university an organisation). The one that grants the licence of the
 * data, or makes the data available to the other, holds it (audit55, 148: the University had been bound as recipient).
 */
function splitByData(definitions: Definition[], paragraphs: readonly Paragraph[]): Definition[] {
  const parties = [...new Set(definitions.filter((d) => d.denotes === 'vendor' || d.denotes === 'customer').map((d) => d.term))];
  const data = [...new Set(definitions.filter((d) => d.denotes === 'customer-data').map((d) => d.term))];
  if (parties.length !== 2 || data.length === 0) return definitions;
  const sides = new Set(definitions.filter((d) => parties.includes(d.term)).map((d) => d.denotes));
  if (sides.size === 2) return definitions;
  const [a, b] = parties as [string, string];
  const dataNames = data.map(escapeName).join('|');
  const holds = (from: string, to: string) => {
    const grants = new RegExp(`\\b${escapeName(from)}\\s+(?:hereby\\s+)?grants?\\s+(?:to\\s+)?(?:the\\s+)?${escapeName(to)}\\b[^.;]{0,160}?\\blicen[cs]e\\b[^.;]{0,200}?\\b(?:${dataNames})\\b`);
    const supplies = new RegExp(`\\b(?:the\\s+)?${escapeName(from)}\\s+(?:makes|will\\s+make|shall\\s+make)\\s+available\\s+to\\s+(?:the\\s+)?${escapeName(to)}\\b`);
    return paragraphs.some((p) => grants.test(p.text)) || definitions.some((d) => d.denotes === 'customer-data' && supplies.test(d.meaning));
  };
  const holder = holds(a, b) && !holds(b, a) ? a : holds(b, a) && !holds(a, b) ? b : undefined;
  if (holder === undefined) return definitions;
  return definitions.map((d) => (parties.includes(d.term) ? { ...d, denotes: d.term === holder ? 'customer' : 'vendor' } : d));
}

export function duaParties(read: DefinitionsResult, paragraphs: readonly Paragraph[] = []): DefinitionsResult {
  const definitions = splitByData(byDataGrant(complementRoles(read.definitions.map((d) => ({ ...d, denotes: denotation(d) }))), paragraphs), paragraphs);
  const named = (denotes: TermDenotation) => [...new Set(definitions.filter((d) => d.denotes === denotes).map((d) => d.term))];
  const vendorAliases = named('vendor');
  const customerAliases = named('customer');
  const vendor = vendorAliases[0];
  const customer = customerAliases[0];
  const terms = {
    vendor: vendor ?? DEFAULT_TERMS.vendor,
    customer: customer ?? DEFAULT_TERMS.customer,
    // "Confidential Information" covers both parties' secrets: the data shared is the one named for itself ("Licensed
    // Data"), where there is one (audit210, 467: the inserted clauses spoke of Confidential Information).
    customerData:
      named('customer-data').find((term) => !DERIVED_TERM.test(term) && !CONFIDENTIAL_TERM.test(term)) ??
      named('customer-data').find((term) => !DERIVED_TERM.test(term)) ?? named('customer-data')[0] ?? DEFAULT_TERMS.customerData,
  };
  // "the Company", "the University": which of this reading's names the contract writes with "the".
  const articled = [terms.vendor, terms.customer, terms.customerData].filter((term) => takesArticle(paragraphs, term));
  const { articled: _customerReading, ...rest } = read.terms;
  return {
    definitions,
    parties: { ...(vendor !== undefined ? { vendor } : {}), ...(customer !== undefined ? { customer } : {}), vendorAliases, customerAliases },
    terms: { ...rest, ...terms, ...(articled.length > 0 ? { articled } : {}) },
  };
}
