// Vendor-side playbook: a ban on aggregated statistics the service needs (risk) and the right to de-identified
// aggregates that answers it (protection), sharing one ladder of the vendor's positions. Own drafting. Pure data.
import type { PlaybookIssue, PlaybookPosition } from '../schema';
import { ASK_CONCERN, ASK_SAFEGUARDS } from './questions';

const AGGREGATE_POSITIONS: readonly PlaybookPosition[] = [
  {
    id: 'preferred',
    label: 'De-identified aggregates with safeguards',
    clause:
      '{{vendor}} may create and use aggregated and de-identified data derived from the use of the services, ' +
      'including service metrics and statistics, to operate, secure, support and improve the services, provided that ' +
      'such data does not identify {{customer}}, its users or any individual, and {{vendor}} shall not attempt to ' +
      're-identify it or sell it.',
    edits: [
      {
        kind: 'append-proviso',
        text: 'except that {{vendor}} may create and use aggregated and de-identified data that does not identify {{customer}} or any individual to operate, secure, support and improve the services',
      },
    ],
    internalComment: 'Preferred position: the service keeps its metrics; the customer gets de-identification, no sale and no re-identification.',
    externalComment: 'We need aggregated metrics to run and improve the service; they will never identify you or your users.',
  },
  {
    id: 'fallback1',
    label: 'Aggregates to run the service only',
    clause:
      '{{vendor}} may create and use aggregated and de-identified data derived from the use of the services only to ' +
      'operate, secure and support the services, and not to train any model or to improve other products.',
    edits: [
      {
        kind: 'append-proviso',
        text: 'except that {{vendor}} may use aggregated and de-identified data to operate, secure and support the services, and not to train any model',
      },
    ],
    internalComment: 'First fallback: no improvement use, no training; operation and security only.',
    externalComment: 'We can limit aggregates to running and securing the service, with no model training.',
  },
  {
    id: 'fallback2',
    label: 'Operational metrics without content',
    clause:
      '{{vendor}} may collect operational metrics about the services, such as volumes, response times, error rates ' +
      'and feature use, which contain none of the content of {{customerData}}, to run, bill and secure the services.',
    internalComment: 'Second fallback: metrics without any content. The least the service can run on.',
    externalComment: 'At a minimum we need operational metrics, which never contain your content, to run and bill the service.',
  },
];

export const VENDOR_AGGREGATE_BAN_ISSUE: PlaybookIssue = {
  id: 'vendor-aggregate-ban',
  appliesTo: ['vendor-aggregate-ban'],
  title: 'Ban on aggregated statistics the service needs',
  risk:
    'Capacity planning, billing, uptime reporting and security monitoring run on aggregated metrics. A flat ban ' +
    'makes ordinary operation a breach from the first day and cannot be complied with in a multi-tenant service.',
  questions: [ASK_CONCERN, ASK_SAFEGUARDS, 'Would metrics that contain none of your content be acceptable?'],
  positions: [...AGGREGATE_POSITIONS],
  walkAway: 'Walk away if the customer bars even operational metrics that contain none of its content; the service cannot run without them.',
};

export const VENDOR_AGGREGATE_RIGHT_ISSUE: PlaybookIssue = {
  id: 'vendor-aggregate-right',
  appliesTo: ['vendor-aggregate-right'],
  title: 'Right to aggregated, de-identified data',
  risk:
    'Without an express right, use of aggregated metrics may be argued to breach the confidentiality or data-use ' +
    'terms, even though the service cannot run without them.',
  questions: [ASK_SAFEGUARDS, ASK_CONCERN, 'Which de-identification standard would you expect us to meet?'],
  positions: [...AGGREGATE_POSITIONS].map((position) => {
    // Inserted as a new clause, so there is no sentence of the customer's to edit.
    const { edits: _edits, ...clause } = position;
    return clause;
  }),
  walkAway: 'Walk away if the customer refuses any right to operational metrics, even without content.',
};
