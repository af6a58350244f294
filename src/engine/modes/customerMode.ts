// The default mode: the customer's counsel reading a vendor's agreement. Exactly the engine as it always was: the
// built-in vocabulary, the main rule table and the customer's missing protections. Pure: engine modules only.
import { findMissingProtections } from '../findMissingProtections';
import { RULE_TABLE } from '../rules/ruleTable';
import type { ModeDefinition } from './reviewMode';

export const CUSTOMER_MODE: ModeDefinition = {
  id: 'customer',
  vocabulary: [],
  rules: RULE_TABLE,
  readParties: (read) => read,
  findMissing: findMissingProtections,
};
