// "Corvane may modify, enhance, or discontinue any feature of the Platform, including any AI Feature or underlying
// model": the vendor's right to change its own service, with no data named, is no training on anyone's data (359 § 2.4,
// 357 § 2.5); nor is the customer's acknowledgement that the AI Features "rely on machine learning models that are
// developed and updated by Lumenfold" (355 § 5.1, rejected twice by the lawyer audits). Pure: rule helpers only.
import type { Predicate } from '../reading/frame';
import { describesTrained, retrainsAmongChanges } from '../reading/modelChange';
import { object, purposeOfEarlierGrant } from './queries';
import type { Veto } from './ruleTypes';

/** "rely on", "relies on", "depend on": what the AI Features are built on, not a use of anyone's data. */
const RELYING: readonly string[] = ['rel', 'depend'];
const DATA_KINDS = ['customer-data', 'usage-data', 'feedback', 'generic', 'output', 'derived'] as const;

export const OWN_SERVICE_CHANGED: Veto = {
  reason: 'the vendor changes its own service or models here; no data is used, so nothing is trained on the customer’s',
  when: (input) => {
    const p = input.predicate;
    // No clause of the sentence names data ("… a licence to use Listing Photographs to develop and improve …" does), nor
    // is this the purpose of a grant before it.
    const namesData = (q: Predicate) => object(q, ...DATA_KINDS) !== undefined;
    // Every clause of the sentence only improves, or relies on models: a grant or a use may carry its data in a pronoun
    // ("We use them to run Beatloom and … to make our AI tools better" improves with what it uses).
    // "We may update, retrain or replace the models used by AI Features" (464 § 9.10, a notice of model changes deleted
    // as a training grant): retraining listed among the ways the vendor changes its models, and a participle that only
    // describes them ("used by"), change the service.
    const changesOnly = (q: Predicate) => q.actions.every((a) =>
      a.kind === 'improve' || RELYING.some((word) => a.text.toLowerCase().startsWith(word)) || retrainsAmongChanges(q, a) || describesTrained(q, a));
    const onlyChanges = input.frame.predicates.every(changesOnly);
    return p.actor.side === 'vendor' && !input.frame.predicates.some(namesData) && purposeOfEarlierGrant(input) === undefined &&
      p.actions.some((a) => a.kind === 'improve' || retrainsAmongChanges(p, a)) && onlyChanges;
  },
};
