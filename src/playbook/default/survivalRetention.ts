// Default playbook issue for data and data-use rights that survive termination, and long or undefined retention.
// Own drafting. Pure data: must not import anything but types.
import type { PlaybookIssue } from '../schema';
import { ASK_EVIDENCE, ASK_LOCATION, ASK_MISTAKE, ASK_RETENTION } from './questions';

export const SURVIVAL_RETENTION_ISSUE: PlaybookIssue = {
  id: 'survival-retention',
  appliesTo: ['survival-retention'],
  title: 'Data or data-use rights survive termination',
  heading: 'Deletion on Termination',
  risk:
    'If the vendor may keep our data, or keep using it, after the contract ends, we lose control of it at the ' +
    'moment we have the least leverage. Long or undefined retention of prompts, uploads, outputs and logs also ' +
    'widens the damage of any breach and may conflict with our own retention and data protection duties.',
  rationale: 'Rights to use {{customerData}} must end with the {{agreement}}.',
  questions: [
    ASK_RETENTION,
    'What happens to our data, and to anything derived from it, when the contract ends?',
    'Can you certify deletion, including from backups and from any model or embedding built with our data?',
    ASK_LOCATION,
    ASK_EVIDENCE,
    ASK_MISTAKE,
  ],
  positions: [
    {
      id: 'preferred',
      label: 'Deletion and cessation of training on termination, with certification',
      clause:
        'Within thirty (30) days after this {{agreement}} ends, {{vendor}} shall stop all use of {{customerData}}, ' +
        "return it to {{customer}} if {{customer}} asks for it, and delete it together with all copies, extracts " +
        'and data derived from it, including any model, embedding or training data set created with it, and shall ' +
        "deliver to {{customer}} a certificate of deletion signed by one of {{vendor}}'s officers. {{vendor}}'s " +
        'rights to use {{customerData}} do not survive the end of this {{agreement}}.',
      edits: [
        { kind: 'strike-survival', optional: true },
        // A carve-out keeping only usage, feedback and derived data keeps them, anonymous and out of training (audit214).
        {
          kind: 'cease-retention',
          text: 'shall cease using and shall delete',
          derivedText: 'provided that such data cannot reasonably be used to identify {{customer}} or any individual and is not used to train any artificial intelligence or machine-learning model',
          optional: true,
        },
        // Retention for as long as the subscription lasts needs only its end: the deletion when the contract ends.
        { kind: 'append-deletion', text: '{{vendor}} shall delete {{customerData}} within thirty (30) days after this {{agreement}} ends', optional: true },
        { kind: 'limit-purpose', optional: true },
        // "a perpetual, irrevocable … licence …, which licence shall survive": the survival goes, and with it the words
        // that make the licence outlast the contract by themselves.
        { kind: 'strike', words: ['indefinitely', 'perpetual', 'irrevocable'], optional: true },
      ],
      internalComment:
        'Preferred position: everything stops and is deleted at the end, derived data and models included, and ' +
        'an officer certifies it.',
      externalComment:
        'When the relationship ends we need our data, and anything built from it, returned or deleted, with a ' +
        'certificate we can show our regulators and clients.',
      // An individual has no regulators to show a certificate to (audit61, 171: business wording in consumer terms).
      forIndividuals: {
        label: 'Deletion of content and what is built from it when the terms end',
        clause:
          'Within thirty (30) days after this {{agreement}} ends, {{vendor}} shall stop all use of {{customerData}} and ' +
          'delete it together with all copies, extracts and data derived from it, including any training data set ' +
          'created with it, and shall confirm the deletion to {{customer}} in writing on request. {{vendor}}\'s rights ' +
          'to use {{customerData}} do not survive the end of this {{agreement}}.',
        internalComment:
          'Preferred position, as an individual would ask it: everything stops and is deleted at the end, derived data ' +
          'included, confirmed on request.',
        externalComment: 'When we leave, our content and anything built from it should be deleted, and we should be able to have that confirmed.',
      },
    },
    {
      id: 'fallback1',
      label: 'Retention limits for prompts, uploads, outputs and metadata',
      clause:
        '{{vendor}} shall retain prompts, uploaded files and outputs forming part of {{customerData}} for no longer ' +
        'than thirty (30) days, and related metadata and logs for no longer than ninety (90) days, unless ' +
        '{{customer}} instructs a longer period in writing. After those periods {{vendor}} shall delete them from ' +
        'its active systems and, within a further sixty (60) days, from its backups.',
      internalComment:
        'First fallback: fixed retention periods by type of data instead of open-ended retention. Check the periods ' +
        'against our own records policy.',
      externalComment:
        'We have set retention periods for prompts, uploads, outputs and logs that should be workable for your ' +
        'operations and consistent with our policies.',
    },
    {
      id: 'fallback2',
      label: 'Retention only where the law requires it',
      clause:
        '{{vendor}} may retain {{customerData}} after this {{agreement}} ends only to the extent and for as long as ' +
        'applicable law requires. Retained data remains subject to the confidentiality and security obligations of ' +
        'this {{agreement}}, shall not be used for any other purpose, including training or improving any model, ' +
        'and shall be deleted promptly when the legal requirement ends.',
      internalComment:
        'Second fallback: accepts legally required retention, kept confidential and unused. Ask which laws the ' +
        'vendor relies on.',
      externalComment:
        'We accept retention that the law requires, provided the data stays protected and is not used for anything ' +
        'else.',
    },
  ],
  walkAway:
    'Walk away if the vendor keeps a right to use our data after termination, or will not commit to deletion of ' +
    'data and models derived from it within a defined period.',
};
