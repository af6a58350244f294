// Vendor-side playbook: a no-training or data-use ban so wide it forbids security and abuse work (risk), and the
// carve-out that answers it (protection), sharing one ladder of the vendor's positions. Own drafting. Pure data.
import type { PlaybookIssue, PlaybookPosition } from '../schema';
import { ASK_CONCERN, ASK_SECURITY } from './questions';

const CARVE_OUT_POSITIONS: readonly PlaybookPosition[] = [
  {
    id: 'preferred',
    label: 'Security and abuse prevention carved out',
    clause:
      'Nothing in this {{agreement}} prevents {{vendor}} from processing {{customerData}}, including with automated ' +
      'tools and models used only for that purpose, as necessary to detect, prevent and investigate security ' +
      'incidents, fraud and abuse of the services.',
    edits: [
      {
        kind: 'append-proviso',
        text: 'except as necessary to detect, prevent and investigate security incidents, fraud and abuse of the services, including with automated tools and models used only for that purpose',
      },
    ],
    internalComment: 'Preferred position: the ban stands, with room for the security work that protects the customer too.',
    externalComment: 'We will not train general models on your data, but we must be able to detect fraud, abuse and attacks.',
  },
  {
    id: 'fallback1',
    label: 'Security processing without model training',
    clause:
      'Nothing in this {{agreement}} prevents {{vendor}} from processing {{customerData}} with automated tools as ' +
      'necessary to detect and prevent security incidents, fraud and abuse of the services, provided that ' +
      '{{vendor}} does not use {{customerData}} to train any model.',
    edits: [
      {
        kind: 'append-proviso',
        text: 'except that {{vendor}} may process {{customerData}} with automated tools to detect and prevent security incidents, fraud and abuse, without using it to train any model',
      },
    ],
    internalComment: 'First fallback: automated detection allowed, no training at all, even of security models.',
    externalComment: 'We can agree not to train any model on your data, provided automated security checks remain possible.',
  },
  {
    id: 'fallback2',
    label: 'Security processing described and notified',
    clause:
      '{{vendor}} may process {{customerData}} to detect and prevent security incidents, fraud and abuse of the ' +
      'services only as described in its security documentation provided to {{customer}}, and shall notify ' +
      '{{customer}} before changing that processing.',
    internalComment: 'Second fallback: security processing limited to what we document, with notice of change.',
    externalComment: 'Our security processing will be limited to what our documentation describes, with notice of any change.',
  },
];

export const VENDOR_OVERBROAD_NO_TRAINING_ISSUE: PlaybookIssue = {
  id: 'vendor-overbroad-no-training',
  appliesTo: ['vendor-overbroad-no-training'],
  title: 'Data-use ban with no room for security or abuse work',
  risk:
    'Spam, fraud and intrusion detection learn from the traffic they protect. A no-training or no-processing clause ' +
    'with no carve-out forbids the work that keeps the service, and the customer, safe.',
  questions: [ASK_SECURITY, ASK_CONCERN, 'Would a promise not to train general-purpose models on your data meet your concern?'],
  positions: [...CARVE_OUT_POSITIONS],
  walkAway: 'Walk away if the customer forbids all automated processing of its data, including security and abuse detection.',
};

export const VENDOR_SECURITY_CARVE_OUT_ISSUE: PlaybookIssue = {
  id: 'vendor-security-carve-out',
  appliesTo: ['vendor-security-carve-out'],
  title: 'Room for security and abuse prevention',
  risk: 'The contract restricts the use of the customer’s data without saying that security, fraud and abuse work remain allowed.',
  questions: [ASK_SECURITY, ASK_CONCERN, 'Which security processing would you want described in our documentation?'],
  positions: [...CARVE_OUT_POSITIONS].map((position) => {
    const { edits: _edits, ...clause } = position;
    return clause;
  }),
  walkAway: 'Walk away if the customer refuses any carve-out for security and abuse prevention.',
};
