// Reads a data-use agreement's parties in its own words: the data holder sits where the customer does, the recipient
// where the vendor does, and the shared data is the customer's data. Pure: engine types only.
import type { DefinitionsResult } from '../extractDefinitions';
import type { Definition, TermDenotation } from '../types';

const HOLDER_TERM = /^(?:data (?:provider|holder|owner|contributor|supplier|custodian)|disclosing party|discloser|licensor|contributor)s?$/i;
const RECIPIENT_TERM = /^(?:data (?:user|recipient)|recipient|receiving party|(?:model )?developer|licensee|researcher)s?$/i;
const DATA_TERM = /\b(?:data|dataset|datasets|corpus|records)\b/i;

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

export function duaParties(read: DefinitionsResult): DefinitionsResult {
  const definitions = read.definitions.map((d) => ({ ...d, denotes: denotation(d) }));
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
      customerData: named('customer-data')[0] ?? DEFAULT_TERMS.customerData,
    },
  };
}
