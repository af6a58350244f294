// Default playbook issue for clauses that let the vendor train AI models on customer data (including opt-out
// regimes). Own drafting. Pure data: must not import anything but types.
import type { PlaybookIssue } from '../schema';
import { ASK_EVIDENCE, ASK_MISTAKE, ASK_PROVIDERS, ASK_RETENTION, ASK_TIERS } from './questions';

/** A sentence that defines feedback ('("Feedback")') is the feedback clause itself. */
// Curly quotes in the contract match too: the playbook's words are matched against straightened text.
const DEFINES_FEEDBACK = ['("Feedback")', '(Feedback)'];

export const AI_TRAINING_ISSUE: PlaybookIssue = {
  id: 'ai-training',
  appliesTo: ['ai-training', 'opt-out'],
  title: 'Vendor may train AI models on our data',
  heading: 'Model Training',
  risk:
    'Once our data has been used to train a model it cannot practically be taken back out: the model may reproduce ' +
    'it to other customers, and deletion on termination will not reach it. That puts confidential information and ' +
    'trade secrets at risk, may breach duties we owe our own clients and regulators, and can amount to a transfer of ' +
    'personal data for a new purpose without a lawful basis. An opt-out regime is weak protection: training is on ' +
    'until someone notices and switches it off.',
  rationale: '{{customerData}} may include confidential and personal information, which must not be used to train models.',
  questions: [
    'Is any of our data, including prompts, uploads, outputs and feedback, used to train or evaluate any model today?',
    'Is training on by default, and who in our organisation can switch it off?',
    ASK_TIERS,
    ASK_PROVIDERS,
    ASK_RETENTION,
    ASK_EVIDENCE,
    ASK_MISTAKE,
  ],
  positions: [
    {
      id: 'preferred',
      label: 'Prohibit training',
      clause:
        '{{vendor}} shall not use, and shall not permit any affiliate, subprocessor or third-party model provider to ' +
        // The contract's data term as it defines it, with what is made from it beside it: a parenthesis listing
        // "prompts, outputs, feedback" would redefine the term (the lawyer audits' objection).
        'use, {{customerData}}, any outputs generated from it or any data derived from either to train, fine-tune, ' +
        'evaluate, benchmark or otherwise develop or improve any artificial ' +
        'intelligence or machine-learning model. {{vendor}} shall use {{customerData}} solely to provide the {{services}} ' +
        'to {{customer}} under this {{agreement}}.',
      edits: [
        // A feedback clause stays the vendor's (the feedback position): what it must not do is pass the customer's data
        // off as feedback, which the carve-out answers; "will not use … such Feedback to improve the AI Features"
        // banned ordinary suggestions too (audit128, 317 § 7.1).
        { kind: 'prohibit', optional: true, unlessMentions: DEFINES_FEEDBACK },
        // "ratings, transcript corrections or other feedback": corrections carry the content and leave the list (audit212).
        { kind: 'strike-content-feedback', optional: true },
        { kind: 'append-proviso', text: 'except that this clause does not apply to {{customerData}}', onlyIf: DEFINES_FEEDBACK, strikesTagAlong: true, optional: true },
        // A licence the customer grants ("grants … a licence to … process Candidate Data to provide the Platform and to
        // develop … the algorithms") has no vendor "may" to negate: its own purposes for the vendor go instead.
        { kind: 'limit-purpose', optional: true, onlyIfNoneBefore: true },
        // "Unless your workspace owner has turned off Model Improvement, you also grant us …": the customer's own grant
        // made only if it switches the feature on.
        { kind: 'opt-in-grant', optional: true, onlyIfNoneBefore: true },
        { kind: 'strike-exception', optional: true },
      ],
      internalComment:
        'Preferred position: outright prohibition covering affiliates and model providers, tied to a purpose ' +
        'limitation. Vendors offering enterprise tiers usually accept this.',
      externalComment:
        'Our data includes confidential and personal information that we cannot allow to be used to train models. ' +
        'We have replaced the training right with a prohibition and a purpose limitation.',
    },
    {
      id: 'fallback1',
      label: 'Training only on prior written opt-in',
      clause:
        '{{vendor}} shall not use {{customerData}} to train, fine-tune or otherwise improve any artificial ' +
        'intelligence or machine-learning model unless {{customer}} has first opted in by written notice signed by an ' +
        'authorised signatory, which {{customer}} may withdraw at any time. Any opt-in extends only to the categories ' +
        'of {{customerData}} named in it and never to information that {{customer}} has identified as confidential, ' +
        'to personal data or to content that {{customer}} holds for its own clients. Continued use of the {{services}} ' +
        'or acceptance of online terms is not an opt-in.',
      edits: [{ kind: 'replace-exception', text: 'but only if {{customer}} has first opted in by written notice, which {{customer}} may withdraw at any time' }],
      internalComment:
        'First fallback: turns the default round from opt-out to opt-in, limited to named data categories and ' +
        'excluding confidential, personal and client data. Do not sign any opt-in without a data review.',
      externalComment:
        'We are open to discussing training on specific data sets, but only where we have chosen to opt in, in ' +
        'writing, for named categories of data.',
    },
    {
      id: 'fallback2',
      label: 'Data use terms for a named model',
      clause:
        '{{vendor}} may use {{customerData}} to train only the model identified in a data use schedule signed by ' +
        'both parties, and only for the purpose stated in that schedule. {{vendor}} shall keep that data ' +
        'confidential, shall not permit any human inspection or review of it, and shall process it only in a ' +
        'secured, access-controlled environment after applying the aggregation, pseudonymisation or differential ' +
        'privacy techniques that the schedule specifies. {{vendor}} shall delete all copies of that data when the ' +
        'schedule ends and certify the deletion in writing.',
      internalComment:
        'Second fallback, modelled on a data use agreement for model development: one named model, one purpose, ' +
        'no human eyes on the data, privacy techniques and deletion. Business sign-off needed before offering it.',
      externalComment:
        'If model training is essential to your offering, we can consider it under a data use schedule that names ' +
        'the model and purpose and sets the privacy safeguards.',
    },
  ],
  walkAway:
    'Walk away if the vendor insists on a default right to train on our data that we can only switch off by opting ' +
    'out, or refuses any written limit on which data and which models are involved. For privileged, regulated or ' +
    'client-confidential data there is no acceptable training right.',
};
