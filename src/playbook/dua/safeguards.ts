// Data-use agreement playbook: limits on human review of the data, and privacy techniques or a secured environment.
// Protections, reported when missing. Own drafting. Pure data: imports only types.
import type { PlaybookIssue } from '../schema';
import { ASK_COPIES, ASK_PEOPLE, ASK_TESTS } from './questions';

export const DUA_HUMAN_REVIEW_LIMIT_ISSUE: PlaybookIssue = {
  id: 'dua-human-review-limit',
  appliesTo: ['dua-human-review-limit'],
  title: 'Limits on human review of the data',
  risk:
    'Few training tasks need a person to read every record. Without a limit, the recipient’s staff and contractors ' +
    'may browse, label or copy sensitive records, which is a disclosure in itself.',
  questions: [ASK_PEOPLE, 'Will anyone label, annotate or read individual records, and why?', 'Is every human access to the data logged?'],
  // Lawyer audits of 160, 168 and 172 read a flat "only by automated means" ban as overreach: recipients must check data
  // quality, find stray identifiers and test for extraction, and annotation is often the point. The ask is that only
  // people who need to read records do, bound to confidentiality, with a log the data holder can see.
  positions: [
    {
      id: 'preferred',
      label: 'Need-to-know access only, bound to confidentiality and logged',
      clause:
        '{{vendor}} shall not permit any person to view, read or otherwise inspect individual records of ' +
        '{{customerData}} except its personnel who need to do so for the purposes of this {{agreement}} and are bound ' +
        'in writing to keep them confidential, and shall keep a log of each such access and make it available to ' +
        '{{customer}} on request.',
      internalComment: 'Preferred position: need-to-know human access with a log we can ask for. For the most sensitive records, consider asking for no human access at all.',
      externalComment: 'People reading individual records is a disclosure in itself, so we ask that only those who need to for this work do so, and that each access is logged.',
    },
    {
      id: 'fallback1',
      label: 'Review inside the secured environment only',
      clause:
        'Any human review of {{customerData}} shall take place only inside the secured environment described in ' +
        'this {{agreement}}, by persons bound in writing to confidentiality, and no record may be copied out of it.',
      internalComment: 'First fallback: review allowed without a log, but only where nothing can be copied out.',
      externalComment: 'Any human review must happen inside the secured environment, with nothing copied out.',
    },
    {
      id: 'fallback2',
      label: 'People bound to confidentiality, for this work only',
      clause:
        'Only personnel of {{vendor}} who are bound in writing to confidentiality may view individual records of ' +
        '{{customerData}}, and only for the purposes of this {{agreement}}.',
      internalComment: 'Second fallback: no log and no secured environment, but confidentiality and purpose still bind.',
      externalComment: 'Whoever reads individual records must be bound to confidentiality and read them only for this work.',
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
