// "Corvane may modify, enhance, or discontinue any feature of the Platform, including any AI Feature or underlying
// model": the vendor's right to change its own service, with no data named, is no training on anyone's data (359 § 2.4,
// 357 § 2.5). Pure: reads the predicate through the rule helpers only.
import { object } from './queries';
import type { Veto } from './ruleTypes';

export const OWN_SERVICE_CHANGED: Veto = {
  reason: 'the vendor changes its own service or models here; no data is used, so nothing is trained on the customer’s',
  when: ({ predicate: p }) =>
    p.actor.side === 'vendor' &&
    object(p, 'vendor-material') !== undefined &&
    object(p, 'customer-data', 'usage-data', 'feedback', 'generic', 'output', 'derived') === undefined &&
    p.actions.length > 0 &&
    p.actions.every((a) => a.kind === 'improve'),
};
