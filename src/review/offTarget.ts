// Edits that would land on the wrong kind of sentence, found from the sentence's words: a record-keeping duty
// rewritten as deletion, a proviso that makes the customer's own right conditional, a proviso on "such data" where
// the sentence speaks of no data. Each was a fault in a lawyer audit (agreements 45–52). Pure: engine types only.
import type { Finding } from '../engine/types';
import { isCustomerRight } from './customerOption';
import { keepsRecords, speaksOfData } from './namesTheData';

/** Why the edit would be off target, or undefined. `rewrites`: the edit deletes words, not only adds a proviso. */
export function offTarget(finding: Finding, rewrites: boolean, dataNames: readonly string[], customer: string): string | undefined {
  if (rewrites && keepsRecords(finding.quote)) return 'the sentence is the duty to keep records of the dealings, which audits and fees rely on, not a right to keep the data';
  if (rewrites) return undefined;
  if (isCustomerRight(finding.quote, customer)) return 'the sentence is the customer\'s own right, which a proviso would make conditional';
  if (finding.category === 'aggregated-data' && !speaksOfData(finding.quote, dataNames)) return 'the sentence speaks of no data, so a proviso on data would qualify nothing';
  return undefined;
}
