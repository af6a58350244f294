// Data-use agreement playbook: use of the data beyond the named model (risk) and the purpose limitation that
// answers it (protection). Both share one ladder of clauses. Own drafting. Pure data: imports only types.
import type { PlaybookIssue, PlaybookPosition } from '../schema';
import { ASK_MODELS, ASK_PEOPLE, ASK_RELEASE } from './questions';

const PURPOSE_POSITIONS: readonly PlaybookPosition[] = [
  {
    id: 'preferred',
    label: 'Use only to train, test and evaluate the named model',
    clause:
      '{{vendor}} shall use {{customerData}} solely to train, test and evaluate {{model}}' +
      ', and for no other model, product, service or commercial purpose.',
    edits: [{ kind: 'limit-purpose', text: 'solely to train, test and evaluate {{model}}' }],
    internalComment: 'Preferred position: the one model we agreed to, and nothing else. The heart of the agreement.',
    externalComment: 'We are sharing this data for the model this {{agreement}} names; the use must be limited to training, testing and evaluating it.',
  },
  {
    id: 'fallback1',
    label: 'Further uses only with prior written consent',
    clause:
      '{{vendor}} shall not use {{customerData}} for any purpose other than training, testing and evaluating ' +
      '{{model}}, unless {{customer}} has first agreed in writing to the further use, ' +
      'naming the use and the model concerned.',
    internalComment: 'First fallback: other uses stay possible, but each needs our signed agreement naming it.',
    externalComment: 'If you foresee other uses, we are willing to consider them one by one, in writing.',
  },
  {
    id: 'fallback2',
    label: 'Successor versions of the model, never commercial products',
    clause:
      '{{vendor}} may use {{customerData}} only to train, test and evaluate {{model}}' +
      ' and its later versions released under the same open licence, and never for a commercial ' +
      'product or service or for another model.',
    internalComment: 'Second fallback: allows later open versions of the same model. Check with the data owner first.',
    externalComment: 'We can accept later open versions of the same model, but not commercial products or other models.',
  },
];

export const DUA_USE_BEYOND_PURPOSE_ISSUE: PlaybookIssue = {
  id: 'dua-use-beyond-purpose',
  appliesTo: ['dua-use-beyond-purpose'],
  title: 'Recipient may use the data beyond the named model',
  rationale:
    'We provide {{customerData}} for training {{model}}; any other use needs our separate written agreement.',
  risk:
    'The data was shared for one model. A right to use it for other models, other products or commercial ends is a ' +
    'use our organisation never approved and that the people in the data never expected; it may also go beyond our ' +
    'own lawful basis for sharing it.',
  questions: [ASK_MODELS, 'Do you or your affiliates plan any commercial use of the data or of what you learn from it?', ASK_PEOPLE, ASK_RELEASE],
  positions: [...PURPOSE_POSITIONS],
  walkAway:
    'Walk away if the recipient insists on using the data for commercial products or for models it will not name. ' +
    'Sensitive data shared for open research cannot become a general asset of the recipient.',
};

export const DUA_PURPOSE_LIMIT_ISSUE: PlaybookIssue = {
  id: 'dua-purpose-limit',
  appliesTo: ['dua-purpose-limit'],
  title: 'Use of the data limited to the named model',
  risk:
    'Without a purpose limitation the agreement does not say what the recipient may do with the data, and every ' +
    'other safeguard is weaker for it: the recipient may argue that any use it makes is within the licence.',
  questions: [ASK_MODELS, ASK_PEOPLE, ASK_RELEASE],
  positions: [...PURPOSE_POSITIONS],
  walkAway: 'Walk away if the recipient will not accept any written limit on the purposes for which the data is used.',
};
