// Vendor-side playbook: audit without limits (risk) and an audit limited in frequency, notice and form (protection),
// sharing one ladder of the vendor's positions. Own drafting. Pure data: imports only types.
import type { PlaybookIssue, PlaybookPosition } from '../schema';
import { ASK_CONCERN, ASK_EVIDENCE } from './questions';

const AUDIT_POSITIONS: readonly PlaybookPosition[] = [
  {
    id: 'preferred',
    label: 'Reports and a questionnaire once a year',
    clause:
      '{{customer}} may verify {{vendor}}’s compliance with this {{agreement}} once in any twelve-month period by ' +
      'reviewing {{vendor}}’s most recent independent audit report and its written answers to a reasonable ' +
      'security questionnaire, which {{customer}} shall keep confidential.',
    edits: [
      {
        kind: 'append-proviso',
        text: 'no more than once in any twelve-month period, by reviewing {{vendor}}’s most recent independent audit report and its written answers to a reasonable questionnaire',
      },
    ],
    internalComment: 'Preferred position: documents, not visits; once a year; confidential.',
    externalComment: 'Our independent audit reports and written answers, once a year, give you assurance without disrupting the service.',
  },
  {
    id: 'fallback1',
    label: 'On-site audit only after a breach',
    clause:
      'In addition to the annual review of reports, {{customer}} may audit {{vendor}} on site only after a ' +
      'security incident affecting {{customerData}} or a regulator’s request, on thirty (30) days’ written ' +
      'notice, during business hours, at {{customer}}’s cost and by an independent auditor bound to confidentiality.',
    internalComment: 'First fallback: on-site audits allowed, but only for cause and on terms.',
    externalComment: 'We can accept an on-site audit after an incident or a regulator’s request, on notice and at your cost.',
  },
  {
    id: 'fallback2',
    label: 'Annual on-site audit on notice',
    clause:
      '{{customer}} may audit {{vendor}}’s compliance with this {{agreement}} no more than once in any twelve-month ' +
      'period, on thirty (30) days’ written notice, during business hours, at {{customer}}’s cost, without access ' +
      'to other customers’ data and under a confidentiality undertaking.',
    internalComment: 'Second fallback: a yearly on-site audit with the usual limits. Minimum acceptable.',
    externalComment: 'A yearly audit is acceptable on notice, at your cost and without access to other customers’ data.',
  },
];

export const VENDOR_UNLIMITED_AUDIT_ISSUE: PlaybookIssue = {
  id: 'vendor-unlimited-audit',
  appliesTo: ['vendor-unlimited-audit'],
  title: 'Audit without limits',
  risk:
    'An audit with no limit of frequency, notice, scope or cost can be called at any moment, disrupts operations, ' +
    'and risks exposing other customers’ data and the security design of the service.',
  questions: [ASK_EVIDENCE, ASK_CONCERN, 'What would trigger an on-site audit?'],
  positions: [...AUDIT_POSITIONS],
  walkAway: 'Walk away if the customer insists on unannounced on-site audits with access to other customers’ data.',
};

export const VENDOR_AUDIT_LIMITS_ISSUE: PlaybookIssue = {
  id: 'vendor-audit-limits',
  appliesTo: ['vendor-audit-limits'],
  title: 'Audit limited in frequency, notice and form',
  risk: 'The audit right sets no limits; without them it can be used at any time and at the vendor’s cost.',
  questions: [ASK_EVIDENCE, ASK_CONCERN, 'Would an annual review of our audit reports meet your needs?'],
  positions: [...AUDIT_POSITIONS].map((position) => {
    const { edits: _edits, ...clause } = position;
    return clause;
  }),
  walkAway: 'Walk away if the customer refuses any limit of frequency, notice or cost on its audits.',
};
