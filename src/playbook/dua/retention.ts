// Data-use agreement playbook: data kept after training (risk) and deletion or return with certification that
// answers it (protection), sharing one ladder. Own drafting. Pure data: imports only types.
import type { PlaybookIssue, PlaybookPosition } from '../schema';
import { ASK_COPIES, ASK_END } from './questions';

const DELETION_POSITIONS: readonly PlaybookPosition[] = [
  {
    id: 'preferred',
    label: 'Delete when training ends, backups included, with a certificate',
    clause:
      'Within thirty (30) days after the training described in this {{agreement}} ends, or after this ' +
      '{{agreement}} ends if earlier, {{vendor}} shall delete or return to {{customer}} all {{customerData}}, ' +
      'including every copy, extract and backup, and shall certify the deletion in writing, signed by an officer.',
    edits: [
      { kind: 'cease-retention', text: 'shall delete', optional: true },
      { kind: 'strike', words: ['indefinitely', 'for reproducibility', 'for future research'], optional: true },
      // "grants … a perpetual and irrevocable licence to use … the Licensed Data": the licence is the deal; it ends with the
      // agreement rather than being replaced by a deletion clause (audit202, 455 § 3.1).
      { kind: 'strike', words: ['perpetual and irrevocable', 'irrevocable and perpetual', 'perpetual', 'irrevocable', 'in perpetuity'], optional: true },
      // The sentence's own time for the deletion governs; "after training ends" beside "Following expiry" named a second,
      // undefined event (audit207, 463 § 13.5).
      { kind: 'append-proviso', text: 'and shall certify the deletion in writing, signed by an officer', optional: true, onlyIf: ['may retain', 'may keep', 'may store', 'may hold', 'will retain', 'will keep', 'shall retain', 'retained', 'indefinitely'] },
    ],
    internalComment: 'Preferred position: the data goes when the purpose is served, backups included, with a certificate.',
    externalComment: 'Once the model is trained the data must be deleted, and we need a certificate that it has been.',
  },
  {
    id: 'fallback1',
    label: 'Delete at the end of the agreement; backups overwritten in their cycle',
    clause:
      'Within thirty (30) days after this {{agreement}} ends, {{vendor}} shall delete or return all ' +
      '{{customerData}} and certify the deletion in writing. Copies in backups that cannot be deleted separately ' +
      'shall be kept confidential, never restored for use, and overwritten in the ordinary backup cycle, which ' +
      'shall not exceed ninety (90) days.',
    internalComment: 'First fallback: deletion tied to the end of the agreement, with a bounded backup tail.',
    externalComment: 'We can accept deletion at the end of the agreement, with backups overwritten within ninety days.',
  },
  {
    id: 'fallback2',
    label: 'One sealed copy for reproducibility, for a fixed period',
    clause:
      '{{vendor}} may keep one encrypted copy of {{customerData}} only to reproduce the results of the training ' +
      'described in this {{agreement}}, for no more than two (2) years after training ends, with access logged and ' +
      'no other use; it shall then delete that copy and certify the deletion in writing.',
    internalComment: 'Second fallback: a sealed reproducibility copy, time-limited. Needs the data owner’s sign-off.',
    externalComment: 'If reproducibility matters, one sealed copy may be kept for two years, then deleted.',
  },
];

export const DUA_DATA_RETENTION_ISSUE: PlaybookIssue = {
  id: 'dua-data-retention',
  appliesTo: ['dua-data-retention'],
  title: 'Recipient may keep the data after training',
  rationale:
    'Copies of {{customerData}} kept after training ends serve no purpose of this {{agreement}} and remain exposed to loss and misuse.',
  risk:
    'The only agreed purpose ends when the model is trained. Data kept afterwards, for research, reproducibility or ' +
    'indefinitely, invites new uses, stays exposed to breaches and leaves us unable to say where it is.',
  questions: [ASK_END, ASK_COPIES, 'Why would you need the data after training, and for how long?'],
  positions: [...DELETION_POSITIONS],
  walkAway: 'Walk away if the recipient insists on keeping the data with no end date or with rights that survive the agreement.',
};

export const DUA_DELETION_ISSUE: PlaybookIssue = {
  id: 'dua-deletion',
  appliesTo: ['dua-deletion'],
  title: 'Deletion or return of the data after training',
  risk:
    'Without a deletion duty the recipient may keep the data after its purpose is served, and we have no record ' +
    'that it has gone.',
  questions: [ASK_END, ASK_COPIES, 'Will you certify the deletion in writing?'],
  positions: [...DELETION_POSITIONS],
  walkAway: 'Walk away if the recipient will not delete the data at all, or will not confirm that it has done so.',
};
