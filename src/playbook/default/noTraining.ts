// Default playbook issue for a missing (or to be strengthened) no-training commitment.
// Own drafting. Pure data: must not import anything but types.
import type { PlaybookIssue } from '../schema';
import { ASK_EVIDENCE, ASK_MISTAKE, ASK_PROVIDERS, ASK_TIERS } from './questions';

export const NO_TRAINING_ISSUE: PlaybookIssue = {
  id: 'no-training',
  appliesTo: ['no-training'],
  title: 'No commitment that our data will not be used for training',
  heading: 'Model Training',
  risk:
    'The contract lets the vendor process our data but never says it will not train models on it. Silence leaves ' +
    'the question to the vendor\'s current policy and product settings, which can change, and makes it hard to ' +
    'show clients and regulators that our confidential information is protected.',
  rationale: '{{customerData}} may include confidential and personal information, which must not be used to train models.',
  questions: [
    'Will you confirm in the contract that our data is not used to train or improve any model?',
    ASK_TIERS,
    ASK_PROVIDERS,
    ASK_EVIDENCE,
    ASK_MISTAKE,
  ],
  positions: [
    {
      id: 'preferred',
      label: 'No-training commitment with purpose limitation',
      clause:
        '{{vendor}} shall not use {{customerData}}, or any data derived from it, to train, fine-tune, evaluate or ' +
        'otherwise develop or improve any artificial intelligence or machine-learning model, whether {{vendor}}\'s own or a ' +
        'third party\'s, and shall process {{customerData}} solely to provide the {{services}} to {{customer}} in ' +
        'accordance with this {{agreement}}.',
      internalComment:
        'Preferred position: an express no-training promise covering derived data and third-party models, plus a ' +
        'purpose limitation.',
      externalComment:
        'Please confirm in the contract what we understand to be your practice: our data is not used to train ' +
        'models and is processed only to serve us.',
    },
    {
      id: 'fallback1',
      label: 'Training only on prior written opt-in',
      clause:
        '{{vendor}} shall not use {{customerData}} to train, fine-tune or otherwise improve any artificial ' +
        'intelligence or machine-learning model unless {{customer}} has given its prior written opt-in, signed by an ' +
        'authorised representative and naming the data and the model concerned. {{customer}} may withdraw an ' +
        'opt-in at any time, and {{vendor}} shall stop the use concerned within thirty (30) days of withdrawal.',
      internalComment:
        'First fallback: no training without our signed, specific and revocable opt-in.',
      externalComment:
        'If you would like to use some of our data for training, we can consider it case by case through a written ' +
        'opt-in.',
    },
    {
      id: 'fallback2',
      label: 'Training limited to named data categories; confidential information excluded',
      clause:
        '{{vendor}} may use for model training only the categories of {{customerData}} listed in a schedule agreed ' +
        'in writing by the parties. Training shall never extend to prompts, uploaded documents, outputs, personal ' +
        'data or any information that {{customer}} identifies as confidential, and {{vendor}} shall apply documented ' +
        'controls to exclude such information before any training.',
      internalComment:
        'Second fallback: training on an agreed list of low-risk data only, with content and confidential ' +
        'information carved out.',
      externalComment:
        'We could accept training on specific, agreed categories of low-risk data, but never on our documents, ' +
        'prompts, outputs or confidential information.',
    },
  ],
  walkAway:
    'Walk away if the vendor refuses any contractual statement about training and relies only on a policy it can ' +
    'change, where our data includes confidential, personal or client information.',
};
