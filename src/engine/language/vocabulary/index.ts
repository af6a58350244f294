// The whole vocabulary: every named word set, and the union of their ids.
// Data only; the sets live in their topic files.
import { PARTY_SETS } from './parties';
import { DATA_SETS } from './data';
import { ACTION_SETS } from './actions';
import { AI_SETS } from './ai';
import { NEGATION_SETS } from './negation';
import { CONDITION_SETS, LIMIT_SETS } from './conditions';
import { TIME_SETS } from './time';
import { CONTEXT_SETS } from './context';
import type { DUA_SETS } from './dua';
import type { VENDOR_SETS } from './vendor';
import { QUALIFIER_SETS } from './qualifiers';
import { OBLIGATION_SETS } from './obligations';

export const VOCABULARY = [
  ...PARTY_SETS, ...DATA_SETS, ...ACTION_SETS, ...AI_SETS, ...NEGATION_SETS, ...CONDITION_SETS, ...LIMIT_SETS, ...TIME_SETS,
  ...CONTEXT_SETS, ...QUALIFIER_SETS, ...OBLIGATION_SETS,
];

export type SetId =
  | (typeof VOCABULARY)[number]['id']
  | 'docCustomerData'
  | 'docUsageData'
  | 'docOutput'
  | 'docVendor'
  | 'docCustomer'
  | 'trainingPurposeTerm'
  // The `dua` and `vendor` modes compile their own sets on top of VOCABULARY (src/engine/modes/).
  | (typeof DUA_SETS)[number]['id']
  | (typeof VENDOR_SETS)[number]['id'];
