// Reads a data-use agreement's parties in its own words: the data holder sits where the customer does, the recipient
// where the vendor does, and the shared data is the customer's data. Pure: engine types only.
import type { DefinitionsResult } from '../extractDefinitions';
import type { Definition, Paragraph, TermDenotation } from '../types';
import { escapeName, LAW_NAME } from '../dataTerms';

const HOLDER_TERM = /^(?:data (?:provider|holder|owner|contributor|supplier|custodian)|disclosing party|discloser|licensor|contributor|publisher|content (?:owner|provider)|rights ?holder)s?$/i;
const RECIPIENT_TERM = /^(?:data (?:user|recipient)|recipient|receiving party|(?:model )?developer|licensee|researcher)s?$/i;
// "Shared Images", "Licensed Recordings": what a data-sharing agreement shares is named by its medium as often as "data".
const DATA_TERM = /\b(?:data|dataset|datasets|corpus|records|content|materials|works|images|scans|recordings|files|documents|samples)\b/i;
/** What the recipient makes from the data ("Derived Data", embeddings): not the name of the holder's data itself. */
const DERIVED_TERM = /\b(?:derived|derivative|aggregated?|anonymi[sz]ed|de-identified|outputs?|embeddings?)\b/i;

/** Placeholder words when the agreement defines no names of its own; bare capitalised nouns, like the customer mode's. */
const DEFAULT_TERMS = { vendor: 'Recipient', customer: 'Data Provider', customerData: 'Shared Data' } as const;

function denotation(definition: Definition): TermDenotation {
  const term = definition.term.trim();
  if (HOLDER_TERM.test(term)) return 'customer';
  if (RECIPIENT_TERM.test(term)) return 'vendor';
  // Whatever the agreement calls its data, it is the holder's: "Shared Data", "the Dataset", "Licensed Records".
  if (DATA_TERM.test(term) && !LAW_NAME.test(term) && (definition.denotes === 'other' || definition.denotes === 'usage-data')) return 'customer-data';
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
  return definitions.map((d) => (d.denotes === keep && !named.test(d.term.trim()) ? { ...d, denotes: flip } : d));
}

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

export function duaParties(read: DefinitionsResult, paragraphs: readonly Paragraph[] = []): DefinitionsResult {
  const definitions = byDataGrant(complementRoles(read.definitions.map((d) => ({ ...d, denotes: denotation(d) }))), paragraphs);
  const named = (denotes: TermDenotation) => [...new Set(definitions.filter((d) => d.denotes === denotes).map((d) => d.term))];
  const vendorAliases = named('vendor');
  const customerAliases = named('customer');
  const vendor = vendorAliases[0];
  const customer = customerAliases[0];
  return {
    definitions,
    parties: { ...(vendor !== undefined ? { vendor } : {}), ...(customer !== undefined ? { customer } : {}), vendorAliases, customerAliases },
    terms: {
      ...read.terms,
      vendor: vendor ?? DEFAULT_TERMS.vendor,
      customer: customer ?? DEFAULT_TERMS.customer,
      customerData: named('customer-data').find((term) => !DERIVED_TERM.test(term)) ?? named('customer-data')[0] ?? DEFAULT_TERMS.customerData,
    },
  };
}
