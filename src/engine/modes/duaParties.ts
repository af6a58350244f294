// Reads a data-use agreement's parties in its own words: the data holder sits where the customer does, the recipient
// where the vendor does, and the shared data is the customer's data. Pure: engine types only.
import type { DefinitionsResult } from '../extractDefinitions';
import type { Definition, TermDenotation } from '../types';

const HOLDER_TERM = /^(?:data (?:provider|holder|owner|contributor|supplier|custodian)|disclosing party|discloser|licensor|contributor|publisher|content (?:owner|provider)|rights ?holder)s?$/i;
const RECIPIENT_TERM = /^(?:data (?:user|recipient)|recipient|receiving party|(?:model )?developer|licensee|researcher)s?$/i;
const DATA_TERM = /\b(?:data|dataset|datasets|corpus|records|content|materials|works)\b/i;
/** What the recipient makes from the data ("Derived Data", embeddings): not the name of the holder's data itself. */
const DERIVED_TERM = /\b(?:derived|derivative|aggregated?|anonymi[sz]ed|de-identified|outputs?|embeddings?)\b/i;

/** Placeholder words when the agreement defines no names of its own; bare capitalised nouns, like the customer mode's. */
const DEFAULT_TERMS = { vendor: 'Recipient', customer: 'Data Provider', customerData: 'Shared Data' } as const;

function denotation(definition: Definition): TermDenotation {
  const term = definition.term.trim();
  if (HOLDER_TERM.test(term)) return 'customer';
  if (RECIPIENT_TERM.test(term)) return 'vendor';
  // Whatever the agreement calls its data, it is the holder's: "Shared Data", "the Dataset", "Licensed Records".
  if (DATA_TERM.test(term) && (definition.denotes === 'other' || definition.denotes === 'usage-data')) return 'customer-data';
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

export function duaParties(read: DefinitionsResult): DefinitionsResult {
  const definitions = complementRoles(read.definitions.map((d) => ({ ...d, denotes: denotation(d) })));
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
