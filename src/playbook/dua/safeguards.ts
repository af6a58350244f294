// Data-use agreement playbook: limits on human review of the data, and privacy techniques or a secured environment.
// Protections, reported when missing. Own drafting. Pure data: imports only types.
import type { PlaybookIssue } from '../schema';
import { ASK_COPIES, ASK_PEOPLE, ASK_TESTS } from './questions';

export const DUA_HUMAN_REVIEW_LIMIT_ISSUE: PlaybookIssue = {
  id: 'dua-human-review-limit',
  appliesTo: ['dua-human-review-limit'],
  title: 'Limits on human review of the data',
  risk:
    'Training needs no person to read individual records. Without a limit, the recipient’s staff and contractors ' +
    'may browse, label or copy sensitive records, which is a disclosure in itself.',
  questions: [ASK_PEOPLE, 'Will anyone label, annotate or read individual records, and why?', 'Is every human access to the data logged?'],
  positions: [
    {
      id: 'preferred',
      label: 'No human inspection of individual records',
      clause:
        '{{vendor}} shall process {{customerData}} only by automated means and shall not permit any person to view, ' +
        'read, annotate or otherwise inspect individual records of {{customerData}}.',
      internalComment: 'Preferred position: eyes off. Suits health, financial and other sensitive records.',
      externalComment: 'Training needs no human to read individual records; we ask that nobody does.',
    },
    {
      id: 'fallback1',
      label: 'Named reviewers, logged, for quality checks only',
      clause:
        'Individual records of {{customerData}} may be viewed only by employees of {{vendor}} named in advance to ' +
        '{{customer}}, only to check data quality for the training described in this {{agreement}}, and each ' +
        'viewing shall be logged and the log made available to {{customer}} on request.',
      internalComment: 'First fallback: a short list of named reviewers, with a log we can ask for.',
      externalComment: 'If quality checks need human eyes, we can agree named reviewers with a log of each viewing.',
    },
    {
      id: 'fallback2',
      label: 'Review inside the secured environment only',
      clause:
        'Any human review of {{customerData}} shall take place only inside the secured environment described in ' +
        'this {{agreement}}, by persons bound in writing to confidentiality, and no record may be copied out of it.',
      internalComment: 'Second fallback: review allowed, but only where nothing can be copied out.',
      externalComment: 'Any human review must happen inside the secured environment, with nothing copied out.',
    },
  ],
  walkAway: 'Walk away if the recipient wants unrestricted human access to sensitive records with no log.',
};

export const DUA_PRIVACY_TECHNIQUES_ISSUE: PlaybookIssue = {
  id: 'dua-privacy-techniques',
  appliesTo: ['dua-privacy-techniques'],
  title: 'Privacy techniques or a secured environment',
  risk:
    'Without a named technique the model may learn, and later reveal, facts about identifiable people. Aggregation, ' +
    'pseudonymisation, differential privacy or a secured environment, chosen for the data’s sensitivity, keeps ' +
    'individuals out of what the model can learn.',
  questions: ['Which privacy technique will you apply, with which parameters?', ASK_COPIES, ASK_TESTS],
  positions: [
    {
      id: 'preferred',
      label: 'Pseudonymised data, differential privacy, secured environment',
      clause:
        '{{customerData}} shall be pseudonymised before it is made available, {{vendor}} shall train the model with ' +
        'differential privacy at a privacy budget agreed in writing with {{customer}}, and {{vendor}} shall process ' +
        '{{customerData}} only inside a secured environment approved by {{customer}}.',
      internalComment: 'Preferred position: all three layers. For highly sensitive data.',
      externalComment: 'Given the sensitivity of the data we ask for pseudonymisation, differential privacy and a secured environment.',
    },
    {
      id: 'fallback1',
      label: 'Pseudonymised data in a secured environment',
      clause:
        '{{customerData}} shall be pseudonymised before it is made available, and {{vendor}} shall process it only ' +
        'inside a secured environment approved by {{customer}}, from which no record may be copied.',
      internalComment: 'First fallback: no differential privacy, but pseudonymised data that never leaves a secured environment.',
      externalComment: 'We can drop differential privacy if the data is pseudonymised and stays in a secured environment.',
    },
    {
      id: 'fallback2',
      label: 'Aggregated or pseudonymised data only',
      clause:
        '{{customer}} shall make {{customerData}} available only in aggregated or pseudonymised form, and ' +
        '{{vendor}} shall not combine it with other data in a way that could identify any person.',
      internalComment: 'Second fallback: the protection is in the form of the data we hand over. Check it with the data owner.',
      externalComment: 'We will provide the data only in aggregated or pseudonymised form.',
    },
  ],
  walkAway: 'Walk away if sensitive personal data would be used with no privacy technique and no secured environment.',
};
