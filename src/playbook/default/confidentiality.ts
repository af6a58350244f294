// Default playbook issue for confidentiality of customer data, and keeping confidential information out of AI use.
// Own drafting. Pure data: must not import anything but types.
import type { PlaybookIssue } from '../schema';
import { ASK_LOCATION, ASK_MISTAKE } from './questions';

export const CONFIDENTIALITY_ISSUE: PlaybookIssue = {
  id: 'confidentiality',
  appliesTo: ['confidentiality'],
  title: 'Confidential information and AI use',
  heading: 'Confidentiality of {{customerData}}',
  risk:
    'Confidentiality clauses often protect our data from disclosure but not from the vendor\'s own use. Unless the ' +
    'contract says so, confidential information may still flow into training, aggregated data or analytics.',
  rationale: '{{customerData}} must be kept confidential and secure.',
  questions: [
    'Does your confidentiality obligation restrict your own use of our data, or only disclosure to others?',
    ASK_MISTAKE,
    ASK_LOCATION,
  ],
  positions: [
    {
      id: 'preferred',
      label: 'Our data is confidential and excluded from AI use',
      clause:
        '{{customerData}} is confidential information of {{customer}}. {{vendor}} shall protect it with at least the ' +
        'care it uses for its own confidential information, and never less than reasonable care, and shall not use ' +
        'it for any purpose other than providing the {{services}} to {{customer}}, including to train or improve any ' +
        'artificial intelligence or machine-learning model.',
      internalComment:
        'Preferred position: all of our data is confidential, with a use restriction that expressly excludes ' +
        'model training.',
      externalComment:
        'We have made clear that our data is confidential and may be used only to provide the {{services}}.',
    },
    {
      id: 'fallback1',
      label: 'Confidential information excluded from any data-use right',
      clause:
        'Notwithstanding any other provision of this {{agreement}}, no right of {{vendor}} to use, aggregate, ' +
        'analyse or license {{customerData}} extends to information that {{customer}} has identified as ' +
        'confidential, to personal data, or to information that {{customer}} holds on behalf of its clients.',
      internalComment:
        'First fallback: carves confidential, personal and client information out of every data-use right in the ' +
        'contract.',
      externalComment:
        'Whatever data-use rights remain, they cannot extend to our confidential, personal or client information.',
    },
    {
      id: 'fallback2',
      label: 'Purge of confidential information entered by mistake',
      clause:
        'If a user of {{customer}} enters confidential information into the {{services}} by mistake, {{vendor}} shall, ' +
        'on {{customer}}\'s request, delete it from prompts, logs and any data set within ten (10) business days and ' +
        'confirm in writing that it has not been used to train any model.',
      internalComment:
        'Second fallback: at least a purge procedure for accidental entry of confidential information.',
      externalComment:
        'We need a way to have confidential information removed promptly if it is entered by mistake.',
    },
  ],
  walkAway:
    'Walk away if the vendor will not treat our data as confidential, or insists that confidentiality does not ' +
    'restrict its own use of the data.',
};
