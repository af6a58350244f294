// A surgical edit's context for one sentence of a contract between "the Supplier" and "the Customer", for tests that
// call an edit directly rather than through a whole review.
import type { ContractTerms } from '../../src/engine/types';
import type { SurgicalContext } from '../../src/review/redline/surgical/context';

export function supplierSentence(sentence: string): SurgicalContext {
  return {
    sentence,
    evidence: [],
    terms: { customerData: 'Customer Data', vendor: 'Supplier', customer: 'Customer', services: 'Services', agreement: 'Agreement' } as unknown as ContractTerms,
    vendorNames: ['the Supplier', 'Supplier'],
    mode: 'customer',
  };
}
