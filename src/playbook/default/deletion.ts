// Default playbook issue for a missing deletion or return obligation on termination or request.
// Own drafting. Pure data: must not import anything but types.
import type { PlaybookIssue } from '../schema';
import { ASK_EVIDENCE, ASK_MISTAKE, ASK_RETENTION } from './questions';

export const DELETION_ISSUE: PlaybookIssue = {
  id: 'deletion',
  appliesTo: ['deletion'],
  title: 'No obligation to delete or return our data',
  heading: 'Return and Deletion of {{customerData}}',
  risk:
    'Without a deletion clause the vendor may keep our data, and anything derived from it, indefinitely. That ' +
    'conflicts with data protection duties of storage limitation, extends exposure to breaches, and leaves us ' +
    'unable to tell clients that their information has been removed.',
  rationale: '{{customerData}} must not outlive the {{agreement}} in {{vendor}}\'s systems.',
  questions: [
    'What happens to our data when the contract ends, and within what period?',
    ASK_RETENTION,
    'Are embeddings, fine-tuned models or indexes built from our data deleted too?',
    ASK_EVIDENCE,
    ASK_MISTAKE,
  ],
  positions: [
    {
      id: 'preferred',
      label: 'Deletion of data and derived data on termination, with certification',
      clause:
        'Within thirty (30) days after this {{agreement}} ends, or earlier on {{customer}}\'s written request, ' +
        '{{vendor}} shall return {{customerData}} to {{customer}} in a commonly used format if requested, cease all ' +
        'use of it, including any use to train or improve a model, and delete it together with all copies and all ' +
        'data, models and embeddings derived from it. {{vendor}} shall certify the deletion in writing, signed by an ' +
        'officer.',
      internalComment:
        'Preferred position: return, cessation of any training and deletion of data and derived artefacts, ' +
        'certified by an officer.',
      externalComment:
        'We need a clear deletion commitment at the end of the relationship, covering anything built from our data, ' +
        'with a certificate.',
      // An individual asks for confirmation, not an officer's certificate (audit61: business wording in consumer terms).
      forIndividuals: {
        label: 'Deletion of content and what is built from it, confirmed on request',
        clause:
          'Within thirty (30) days after this {{agreement}} ends, or earlier on {{customer}}\'s request, {{vendor}} shall ' +
          'cease all use of {{customerData}}, including any use to train or improve a model, and delete it together with ' +
          'all copies and all data derived from it, and shall confirm the deletion to {{customer}} in writing on request.',
        internalComment:
          'Preferred position, as an individual would ask it: deletion of the content and what is built from it, ' +
          'confirmed on request. An officer\'s certificate is no proportionate ask in consumer terms.',
        externalComment: 'When we leave, or ask, our content and anything built from it should be deleted, and we should be able to have that confirmed.',
      },
    },
    {
      id: 'fallback1',
      label: 'Deletion within ninety days; backups in the normal cycle',
      clause:
        'Within ninety (90) days after this {{agreement}} ends, {{vendor}} shall delete {{customerData}} from its ' +
        'active systems. Copies in backups shall be deleted in the ordinary backup cycle and in any event within ' +
        'one hundred and eighty (180) days, and shall not be restored or used in the meantime. {{vendor}} shall ' +
        'confirm the deletion in writing on request.',
      internalComment:
        'First fallback: longer periods and backup deletion in the normal cycle, with backups frozen until then.',
      externalComment:
        'We can accept a longer deletion period and the normal backup cycle, provided backups are not used and you ' +
        'confirm deletion.',
    },
    {
      id: 'fallback2',
      label: 'Deletion on request during the term',
      clause:
        'On {{customer}}\'s written request at any time, {{vendor}} shall delete the {{customerData}} specified, ' +
        'including related prompts, uploaded files, outputs and metadata, within thirty (30) days and confirm in ' +
        'writing that it has done so and that the data was not used to train any model.',
      internalComment:
        'Second fallback: at least a right to have specific data deleted on request, useful for data entered by ' +
        'mistake.',
      externalComment:
        'At a minimum we need to be able to have specific data deleted on request, for example if it was uploaded ' +
        'by mistake.',
    },
  ],
  walkAway:
    'Walk away if the vendor will not commit to delete our data within a defined period after termination, where ' +
    'the data includes personal or client-confidential information.',
};
