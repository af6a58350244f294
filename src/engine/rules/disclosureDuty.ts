// "provide documentation identifying the sources of data used to train each model", "shall document the testing
// methodology for each release …, including the benchmark datasets used" (fresh193a 496-39): a duty to record or
// disclose how models are built and tested tells the customer about training and testing; it permits neither.
// Pure: reads the predicate.
import type { Veto } from './ruleTypes';
import { has, object } from './queries';

export const DISCLOSURE_DUTY: Veto = {
  reason: 'a duty to document or disclose what a model was trained or tested on permits no training or improvement',
  when: ({ predicate: p }) => has(p, 'disclosureDuty') && object(p, 'customer-data') === undefined,
};
