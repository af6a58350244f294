// Default playbook issue for missing transparency, reporting and audit rights over data use and training.
// Own drafting. Pure data: must not import anything but types.
import type { PlaybookIssue } from '../schema';
import { ASK_EVIDENCE, ASK_LOCATION, ASK_PROVIDERS } from './questions';

export const AUDIT_ISSUE: PlaybookIssue = {
  id: 'audit',
  appliesTo: ['audit'],
  title: 'No transparency or audit rights over data use',
  heading: 'Records and Audit',
  risk:
    'Promises about data use are worth little if we cannot check them. Without reporting or audit rights we cannot ' +
    'verify that our data is not used for training, answer regulators\' questions, or support our own clients\' audits.',
  rationale: '{{customer}} needs to be able to check that its data is used only as the {{agreement}} allows.',
  questions: [ASK_EVIDENCE, ASK_PROVIDERS, ASK_LOCATION, 'Which independent certifications or audit reports do you hold, and how recent are they?'],
  positions: [
    {
      id: 'preferred',
      label: 'Transparency and audit',
      clause:
        '{{vendor}} shall keep complete and accurate records of {{vendor}}\'s use of {{customerData}}, including each ' +
        'subprocessor and third-party model provider that receives it and any use in connection with artificial intelligence or ' +
        'machine-learning models. On thirty (30) days\' written notice, and no more than once a year unless a breach ' +
        'is reasonably suspected, {{customer}} or an independent auditor that {{customer}} appoints may inspect those records to ' +
        'verify compliance with the data-use obligations of this {{agreement}}. {{vendor}} may first answer a request ' +
        'with {{vendor}}\'s most recent independent audit report (such as SOC 2 Type II or ISO/IEC 27001) where that report ' +
        'covers those obligations. Any auditor shall be bound by duties of confidentiality, shall have no access to ' +
        'the data of other customers, and each party shall bear its own costs of the audit.',
      internalComment:
        'Preferred position: records of data use plus an annual audit right, with an exception for suspected breach.',
      externalComment:
        'We need to be able to verify how our data is used. The audit covers the data-use obligations only, once a ' +
          'year on notice or on a reasonably suspected breach, may start from your independent audit report, and binds ' +
          'our auditor to confidentiality.',
    },
    {
      id: 'fallback1',
      label: 'Annual report and officer certification',
      clause:
        '{{vendor}} shall deliver to {{customer}} each year, and on reasonable request, a written report signed by ' +
        'an officer describing how {{customerData}} was used and which subprocessors and model providers received ' +
        'it, and confirming compliance with the data-use restrictions of this {{agreement}}, together with its most ' +
        'recent independent security audit report or certification.',
      internalComment:
        'First fallback: a signed annual report and third-party audit report instead of an on-site audit.',
      externalComment:
        'Instead of an audit, an annual signed report on data use with your independent audit report would meet ' +
        'our needs.',
    },
    {
      id: 'fallback2',
      label: 'Audit reports and written answers',
      clause:
        '{{vendor}} shall provide {{vendor}}\'s current independent audit reports on request, and shall answer in writing, ' +
        'within thirty (30) days, {{customer}}\'s reasonable questions about the use, location and retention of ' +
        '{{customerData}}, including whether any of it has been used to train any model.',
      internalComment:
        'Second fallback: written answers and audit reports on request. Minimum acceptable transparency.',
      externalComment:
        'At a minimum we need your audit reports and written answers to our questions about how our data is used.',
      forIndividuals: {
        label: 'Written account on request',
        clause:
          'On {{customer}}\'s request, {{vendor}} shall give {{customer}}, within thirty (30) days, a written account of how ' +
          '{{customerData}} has been used and how long it will be kept, including whether any of it has been used to ' +
          'train any model.',
        internalComment:
          'Second fallback, as an individual would ask it: a written answer on request about the use of the data, ' +
          'including training. Audit reports are no proportionate ask in consumer terms.',
        externalComment: 'We need to be able to ask, and be told in writing, how our data is used and whether it trained a model.',
      },
    },
  ],
  walkAway:
    'Walk away if the vendor refuses any form of verification, not even written answers, for a service that will ' +
    'handle confidential or regulated data.',
};
