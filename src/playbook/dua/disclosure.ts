// Data-use agreement playbook: disclosure of the data itself (risk) and the confidentiality duty that answers it
// (protection), sharing one ladder: only the model is released, never the data. Own drafting. Pure data.
import type { PlaybookIssue, PlaybookPosition } from '../schema';
import { ASK_COPIES, ASK_PEOPLE, ASK_RELEASE } from './questions';

const CONFIDENTIALITY_POSITIONS: readonly PlaybookPosition[] = [
  {
    id: 'preferred',
    label: 'Data confidential; only the trained model is released',
    clause:
      '{{vendor}} shall keep {{customerData}} strictly confidential and shall not publish, sell, sublicense or ' +
      'otherwise disclose it, in whole or in part, to any person other than its own employees who need it for the ' +
      'training described in this {{agreement}} and are bound in writing to keep it confidential. Only the trained ' +
      'model may be released; no release may contain {{customerData}} or any sample of it.',
    edits: [{ kind: 'prohibit' }],
    internalComment: 'Preferred position: no disclosure beyond the recipient’s own need-to-know staff; the release is the model only.',
    externalComment: 'The data must stay confidential; only the trained model may leave your organisation.',
  },
  {
    id: 'fallback1',
    label: 'Named contractors, bound as the recipient is',
    clause:
      '{{vendor}} may disclose {{customerData}} only to its employees and to contractors named in a schedule agreed ' +
      'with {{customer}}, in each case only as needed for the training described in this {{agreement}} and under ' +
      'written confidentiality and data-use terms at least as protective as these. {{vendor}} is responsible for ' +
      'their compliance. {{customerData}} shall never be published or included in any release.',
    internalComment: 'First fallback: named contractors allowed, with flow-down and the recipient answerable for them.',
    externalComment: 'We can allow named contractors, bound by the same terms, but never publication of the data.',
  },
  {
    id: 'fallback2',
    label: 'Affiliates for the same model, with notice',
    clause:
      '{{vendor}} may disclose {{customerData}} to its affiliates only for the training described in this ' +
      '{{agreement}}, after giving {{customer}} written notice of each affiliate, and under written terms at least ' +
      'as protective as these. {{customerData}} shall never be published, sold or included in any release.',
    internalComment: 'Second fallback: affiliates working on the same model, on notice. Minimum acceptable.',
    externalComment: 'Affiliates working on this model may receive the data on notice to us and under the same terms.',
  },
];

export const DUA_DATA_DISCLOSURE_ISSUE: PlaybookIssue = {
  id: 'dua-data-disclosure',
  appliesTo: ['dua-data-disclosure'],
  title: 'Recipient may disclose the data itself',
  rationale:
    'We provide {{customerData}} only for the training this {{agreement}} describes; once passed on to others, it is beyond anyone\'s control.',
  risk:
    'The agreement releases the model, not the data. A right to share, publish, sell or sublicense the data puts it ' +
    'beyond our control for good: confidentiality cannot be restored once data is out, and every safeguard in the ' +
    'agreement stops at the first recipient.',
  questions: [ASK_PEOPLE, 'Which affiliates, partners or contractors would receive the data, and why?', ASK_COPIES, ASK_RELEASE],
  positions: [...CONFIDENTIALITY_POSITIONS],
  walkAway: 'Walk away if the recipient insists on publishing the data or passing it to others outside the agreement.',
};

export const DUA_CONFIDENTIALITY_ISSUE: PlaybookIssue = {
  id: 'dua-confidentiality',
  appliesTo: ['dua-confidentiality'],
  title: 'Data kept confidential while the model is released',
  risk:
    'Without a confidentiality duty nothing stops the data travelling with the model when it is released, or being ' +
    'passed on by the recipient’s staff and contractors.',
  questions: [ASK_PEOPLE, ASK_COPIES, ASK_RELEASE],
  positions: [...CONFIDENTIALITY_POSITIONS],
  walkAway: 'Walk away if the recipient will not keep the data confidential or will not exclude it from the release.',
};
