// Data-use agreement playbook: no re-identification or extraction, and an open release of the model that never
// includes the data. Protections, reported when missing. Own drafting. Pure data: imports only types.
import type { PlaybookIssue } from '../schema';
import { ASK_MODELS, ASK_RELEASE, ASK_TESTS } from './questions';

export const DUA_NO_REIDENTIFICATION_ISSUE: PlaybookIssue = {
  id: 'dua-no-reidentification',
  appliesTo: ['dua-no-reidentification'],
  title: 'No re-identification and no extraction from the model',
  risk:
    'Pseudonymised data can often be linked back to people, and a released model can be prompted to repeat what it ' +
    'memorised. Without both bans and a test before release, every other safeguard can be undone.',
  questions: [ASK_TESTS, 'Will the data be linked with any other data set?', ASK_RELEASE],
  positions: [
    {
      id: 'preferred',
      label: 'Bans on re-identification and extraction, tested before release',
      clause:
        '{{vendor}} shall not attempt to re-identify any person from {{customerData}}, to link it with other data ' +
        'for that purpose, or to extract {{customerData}} from the model, and shall not permit anyone else to do so. ' +
        'Before any release {{vendor}} shall test the model for memorised or re-identifiable records and share the ' +
        'results with {{customer}}, who may delay the release until any problem is fixed.',
      internalComment: 'Preferred position: both bans, a test before release, and a right to hold the release.',
      externalComment: 'We need assurance that no one can be identified from the data or from the released model.',
    },
    {
      id: 'fallback1',
      label: 'Bans and a test report, no right to hold the release',
      clause:
        '{{vendor}} shall not attempt to re-identify any person from {{customerData}} or to extract it from the ' +
        'model, and before any release shall test the model for memorised records and give {{customer}} a written ' +
        'summary of the results.',
      internalComment: 'First fallback: we see the test results but cannot stop the release.',
      externalComment: 'We can accept a written summary of your pre-release tests instead of a right to delay the release.',
    },
    {
      id: 'fallback2',
      label: 'Bans only',
      clause:
        '{{vendor}} shall not attempt to re-identify any person from {{customerData}}, or to extract ' +
        '{{customerData}} from the model, and shall notify {{customer}} promptly if it learns that anyone has done so.',
      internalComment: 'Second fallback: the bans and notice, without testing. Minimum acceptable.',
      externalComment: 'At a minimum, re-identification and extraction must be forbidden and reported if they happen.',
    },
  ],
  walkAway: 'Walk away if the recipient will not forbid re-identification of the people in the data.',
};

export const DUA_MODEL_RELEASE_ISSUE: PlaybookIssue = {
  id: 'dua-model-release',
  appliesTo: ['dua-model-release'],
  title: 'Model released under a named open licence, without the data',
  risk:
    'An open release is the reason for sharing the data. If the licence is not named, the model may end up under ' +
    'closed or commercial terms; if the release is not defined, it may carry data with it.',
  questions: [ASK_MODELS, ASK_RELEASE, 'Which licence will the model be released under, and when?'],
  positions: [
    {
      id: 'preferred',
      label: 'Open release under a named licence; the data excluded',
      clause:
        '{{vendor}} shall release the trained model, including its weights, under the Apache License, Version 2.0 ' +
        'or another open licence agreed in writing with {{customer}}, within twelve (12) months after training ends. ' +
        'The release shall not include {{customerData}} or any sample of it.',
      internalComment: 'Preferred position: a named open licence, a release date, and no data in the release.',
      externalComment: 'We share the data for an open model: please name the licence and confirm the release excludes the data.',
    },
    {
      id: 'fallback1',
      label: 'Open release under an approved licence',
      clause:
        '{{vendor}} shall release the trained model under an open licence approved by the Open Source Initiative or ' +
        'another open licence agreed with {{customer}}, and the release shall not include {{customerData}}.',
      internalComment: 'First fallback: any recognised open licence, no release date.',
      externalComment: 'Any recognised open licence will do, provided the data is not part of the release.',
    },
    {
      id: 'fallback2',
      label: 'Responsible-use licence',
      clause:
        '{{vendor}} may release the trained model under a responsible-use licence that allows research use by anyone, ' +
        'and the release shall not include {{customerData}}.',
      internalComment: 'Second fallback: a responsible-use licence with use restrictions. Check it fits the project’s aims.',
      externalComment: 'A responsible-use licence is acceptable if researchers can use the model freely.',
    },
  ],
  walkAway: 'Walk away if the model would be kept closed or sold while our data was shared for open development.',
};
