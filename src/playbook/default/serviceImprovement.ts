// Default playbook issue for "improve the services" rights that do not say whether they include model training.
// Own drafting. Pure data: must not import anything but types.
import type { PlaybookIssue } from '../schema';
import { ASK_EVIDENCE, ASK_PROVIDERS, ASK_TIERS } from './questions';

const FEEDBACK_WORDS = ['feedback', 'suggestions', 'comments'];
const AGGREGATE_WORDS = ['statistics', 'statistical'];

export const SERVICE_IMPROVEMENT_ISSUE: PlaybookIssue = {
  id: 'service-improvement',
  appliesTo: ['service-improvement'],
  title: 'Vendor may use our data to improve its products',
  heading: 'Use of {{customerData}}',
  risk:
    'A right to use our data to "improve the services" is open-ended: for an AI product, improving the service ' +
    'usually means training the model. The wording neither confirms nor excludes that, so the vendor can read it ' +
    'broadly, and our data may end up shaping a product sold to our competitors.',
  rationale: '{{customerData}} is provided so that {{vendor}} can deliver the {{services}} to {{customer}}, not to develop {{vendor}}\'s business.',
  questions: [
    'Does "improving the services" include training, fine-tuning or evaluating any model with our data?',
    'Which of our data is used for product improvement: content, prompts and outputs, or only usage metrics?',
    ASK_TIERS,
    ASK_PROVIDERS,
    ASK_EVIDENCE,
  ],
  positions: [
    {
      id: 'preferred',
      label: 'Purpose limitation; no model training',
      clause:
        '{{vendor}} may use {{customerData}} only to provide, secure and support the {{services}} for {{customer}}. ' +
        'Nothing in this {{agreement}} permits {{vendor}} to use {{customerData}} to develop or improve {{vendor}}\'s products ' +
        'or services generally, or to train, fine-tune or improve any artificial intelligence or machine-learning model.',
      edits: [
        // "Saltmarsh owns the Services … and their enhancements, whether or not developed using Customer Data": the
        // vendor keeps its product; only its reach over what is made with the customer's data goes (audit164, 377 § 6.1).
        { kind: 'strike-ownership-reach', optional: true },
        // Aggregated statistics are answered by the clause on derived data (anonymous, out of training), not banned: the
        // lawyer audit of 92 read a ban on "aggregated usage statistics … to improve the Services" as a wrong target.
        { kind: 'prohibit', unlessMentions: [...FEEDBACK_WORDS, ...AGGREGATE_WORDS], optional: true },
        // Feedback clauses stay: the point is that our data cannot be passed off as feedback.
        // "a licence to use Feedback, together with the Output and transcripts to which it relates": the carve-out
        // would contradict the material pulled in beside the feedback, so that goes (the audits' incoherent carve-out).
        // "ratings, transcript corrections or other feedback": corrections carry the content and leave the list (audit212).
        { kind: 'strike-content-feedback', optional: true },
        { kind: 'append-proviso', text: 'except that this clause does not apply to {{customerData}}', onlyIf: FEEDBACK_WORDS, strikesTagAlong: true, optional: true },
        // Where a ban does not fit (the sentence carries a proviso), "for any lawful purpose" is narrowed instead.
        { kind: 'limit-purpose', text: 'solely to provide, secure and support the {{services}} for {{customer}}', optional: true, onlyIfNoneBefore: true },
        // "shall not … (c) combine Claims Data with other insurers' data, except … for benchmarking purposes": the ban
        // stands and only the exception that reopened the vendor's own ends goes.
        { kind: 'strike-exception', optional: true },
      ],
      internalComment:
        'Preferred position: replaces the general improvement right with a purpose limitation and an express ' +
        'exclusion of model training, removing the ambiguity.',
      externalComment:
        'We need the contract to say plainly that our data is used only to serve us. We have limited the purpose ' +
        'and made clear that improvement does not include model training.',
    },
    {
      id: 'fallback1',
      label: 'Improvement through usage metrics only',
      clause:
        '{{vendor}} may use operational metrics about the performance of the {{services}}, such as availability, ' +
        'response times and feature usage counts, to maintain and improve the {{services}}, provided that those metrics ' +
        'contain no content of {{customerData}} and do not identify {{customer}} or any individual. {{vendor}} shall ' +
        'not use {{customerData}} itself for that purpose, and in no event to train, fine-tune or improve any ' +
        'artificial intelligence or machine-learning model.',
      internalComment:
        'First fallback: the vendor keeps telemetry for product work but loses any right over the content of our ' +
        'data. Check that "operational metrics" cannot carry prompts or document text.',
      externalComment:
        'We understand you need service metrics to run and improve the product. We have allowed that, provided the ' +
        'metrics carry none of our content and no model training is involved.',
    },
    {
      id: 'fallback2',
      label: 'Customer-specific models only',
      clause:
        'Any model that {{vendor}} trains, fine-tunes or adapts using {{customerData}} shall be used solely to ' +
        'provide the {{services}} to {{customer}}, shall be kept logically separate from models used for any other ' +
        'customer, and shall not be shared with or transferred to any third party. When this {{agreement}} ends, ' +
        '{{vendor}} shall delete each such model and certify the deletion in writing.',
      internalComment:
        'Second fallback: accepts model adaptation only where the resulting model serves us alone and is deleted at ' +
        'the end. Useful where the product depends on tuning to our documents.',
      externalComment:
        'Where tuning to our data is part of the service, the tuned model must be ours alone and deleted at the end ' +
        'of the relationship.',
    },
  ],
  walkAway:
    'Walk away if the vendor will not confirm in the contract whether improvement includes model training, or ' +
    'insists on using the content of our data to improve products offered to other customers.',
};
