// Vendor-side playbook: deletion or retraining of models (risk), and models trained before the contract left alone
// (protection), sharing one ladder of the vendor's positions. Own drafting. Pure data: imports only types.
import type { PlaybookIssue, PlaybookPosition } from '../schema';
import { ASK_CONCERN } from './questions';

const ASK_TRAINED = 'Is your concern models trained on your data, or every model we run?';

const MODEL_POSITIONS: readonly PlaybookPosition[] = [
  {
    id: 'preferred',
    label: 'Remedies reach the data, not the models',
    clause:
      'On termination {{vendor}} shall delete {{customerData}} as this {{agreement}} provides. Nothing in this ' +
      '{{agreement}} requires {{vendor}} to delete, retrain or withdraw any model, other than a model trained solely ' +
      'for {{customer}} on {{customerData}}.',
    edits: [
      {
        kind: 'append-proviso',
        text: 'provided that this does not require {{vendor}} to delete, retrain or withdraw any model trained before the effective date of this {{agreement}} or trained on data other than {{customerData}}',
      },
    ],
    internalComment: 'Preferred position: the data goes, the models stay, except a model built only for this customer.',
    externalComment: 'Our models serve all customers and were not built on your data; deletion should reach your data and any model built only for you.',
  },
  {
    id: 'fallback1',
    label: 'Customer-specific models retired; general models kept',
    clause:
      'On termination {{vendor}} shall delete {{customerData}} and any model fine-tuned for {{customer}} on ' +
      '{{customerData}}. Models trained before the effective date of this {{agreement}}, and models not trained on ' +
      '{{customerData}}, are not affected.',
    internalComment: 'First fallback: fine-tuned customer models go; general models stay.',
    externalComment: 'We will retire any model fine-tuned on your data; general models are not affected.',
  },
  {
    id: 'fallback2',
    label: 'No further training instead of deletion',
    clause:
      'Instead of deleting or retraining any model, {{vendor}} shall stop using {{customerData}} to train any model ' +
      'from the date of {{customer}}’s written request and shall confirm in writing that it has done so. Models ' +
      'trained before the effective date of this {{agreement}} are not affected.',
    internalComment: 'Second fallback: a going-forward promise, confirmed in writing. Product sign-off needed.',
    externalComment: 'Unlearning is not technically possible; we can stop all training on your data and confirm it in writing.',
  },
];

export const VENDOR_MODEL_DELETION_ISSUE: PlaybookIssue = {
  id: 'vendor-model-deletion',
  appliesTo: ['vendor-model-deletion'],
  title: 'Customer may require deletion or retraining of models',
  risk:
    'Models serve every customer and most owe nothing to this one’s data. Unlearning specific data is rarely ' +
    'possible, so a duty to delete or retrain models, above all those trained before the contract, can mean ' +
    'withdrawing a product from every customer.',
  questions: [ASK_TRAINED, ASK_CONCERN, 'Would a written promise to stop training on your data meet your concern?'],
  positions: [...MODEL_POSITIONS],
  walkAway: 'Walk away if the customer insists on deletion or retraining of models trained before the contract or on other data.',
};

export const VENDOR_PRIOR_MODELS_ISSUE: PlaybookIssue = {
  id: 'vendor-prior-models',
  appliesTo: ['vendor-prior-models'],
  title: 'Earlier models left alone',
  risk:
    'The contract’s deletion or retraining duty does not say it spares models trained before the contract or on ' +
    'other data; the customer could read it as reaching the whole product.',
  questions: [ASK_TRAINED, ASK_CONCERN, 'Which models, if any, were trained on your data before this contract?'],
  positions: [...MODEL_POSITIONS].map((position) => {
    const { edits: _edits, ...clause } = position;
    return clause;
  }),
  walkAway: 'Walk away if the customer refuses to carve out models trained before the contract.',
};
