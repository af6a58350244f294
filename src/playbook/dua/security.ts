// Data-use agreement playbook: security measures for the data. A protection, reported when missing.
// Own drafting. Pure data: imports only types.
import type { PlaybookIssue } from '../schema';
import { ASK_COPIES, ASK_PEOPLE } from './questions';

export const DUA_SECURITY_ISSUE: PlaybookIssue = {
  id: 'dua-security',
  appliesTo: ['dua-security'],
  title: 'Security measures for the data',
  risk:
    'Without named security measures and breach notification we cannot tell whether the data is protected, or ' +
    'learn in time that it was not.',
  questions: [ASK_COPIES, ASK_PEOPLE, 'How quickly would you tell us of a breach affecting the data?'],
  positions: [
    {
      id: 'preferred',
      label: 'Named measures and 48-hour breach notice',
      clause:
        '{{vendor}} shall protect {{customerData}} with encryption at rest and in transit, role-based access ' +
        'controls, multi-factor authentication and logging of all access, and shall notify {{customer}} of any ' +
        'security incident affecting {{customerData}} within forty-eight (48) hours of becoming aware of it.',
      internalComment: 'Preferred position: named controls and a short breach-notice window.',
      externalComment: 'We need named security controls and notice of any breach within 48 hours.',
    },
    {
      id: 'fallback1',
      label: 'Recognised standard and 72-hour notice',
      clause:
        '{{vendor}} shall protect {{customerData}} with technical and organisational measures meeting ISO/IEC 27001 ' +
        'or an equivalent standard, and shall notify {{customer}} of any security incident affecting it within ' +
        'seventy-two (72) hours.',
      internalComment: 'First fallback: a recognised standard instead of named controls.',
      externalComment: 'A recognised security standard and 72-hour notice would meet our needs.',
    },
    {
      id: 'fallback2',
      label: 'Appropriate measures and prompt notice',
      clause:
        '{{vendor}} shall protect {{customerData}} with appropriate technical and organisational measures and shall ' +
        'notify {{customer}} promptly of any security incident affecting it.',
      internalComment: 'Second fallback: general measures and prompt notice. Minimum acceptable.',
      externalComment: 'At a minimum we need appropriate measures and prompt notice of any incident.',
    },
  ],
  walkAway: 'Walk away if the recipient will not commit to any security measure or to telling us of a breach.',
};
