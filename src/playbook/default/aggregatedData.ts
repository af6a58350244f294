// Default playbook issue for vendor rights in aggregated, anonymised, de-identified or usage data derived from
// customer data. Own drafting. Pure data: must not import anything but types.
import type { PlaybookIssue } from '../schema';
import { ASK_EVIDENCE, ASK_RETENTION } from './questions';

export const AGGREGATED_DATA_ISSUE: PlaybookIssue = {
  id: 'aggregated-data',
  appliesTo: ['aggregated-data'],
  title: 'Vendor keeps rights in aggregated or de-identified data',
  heading: 'Anonymous Statistics',
  risk:
    'Aggregated and "de-identified" data is often neither: small data sets, free text and metadata can be traced ' +
    'back to us, our clients or individuals. These rights usually survive termination and are not limited in ' +
    'purpose, so the vendor can sell the data, publish benchmarks or train models with it. Where personal data is ' +
    'involved, weak anonymisation leaves us exposed under data protection law.',
  rationale: 'Derived data must stay anonymous and must not become a back door to uses of {{customerData}} that the {{agreement}} does not allow.',
  questions: [
    'What method is used to anonymise or aggregate our data, and who checks that it cannot be re-identified?',
    'Does the aggregated data include any content, such as prompts, document text or outputs, or only counts?',
    'Is aggregated data used to train models, shared with third parties or published?',
    ASK_RETENTION,
    ASK_EVIDENCE,
  ],
  positions: [
    {
      id: 'preferred',
      label: 'Anonymisation before any use',
      clause:
        '{{vendor}} may use {{derivedData}} only after it has been aggregated with ' +
        'the data of other customers and irreversibly anonymised so that neither {{customer}} nor any individual can ' +
        'be identified, directly or indirectly, by any means reasonably likely to be used. {{vendor}} shall not ' +
        'attempt to re-identify such data, shall not disclose it in a form attributable to {{customer}}, and shall ' +
        'not use it to train, fine-tune or improve any artificial intelligence or machine-learning model.',
      edits: [
        { kind: 'strike', words: ['commercially exploit', 'commercialize', 'commercialise', 'monetize', 'monetise', 'sell', 'indefinitely'], optional: true },
        // "… for any purpose, including to train, test and benchmark our models and to publish research": the
        // model-development examples go, so the proviso that no model is trained no longer contradicts the grant.
        { kind: 'strike-model-purposes', optional: true },
        {
          kind: 'append-proviso',
          text: 'provided that such data is aggregated with the data of other customers, cannot reasonably be used to identify {{customer}} or any individual, and is not used to train any artificial intelligence or machine-learning model',
          // "aggregate" only as an adjective: "to use, copy, aggregate and modify Machine Data" is the service licence,
          // which a proviso that the data be aggregated would take away.
          onlyIf: ['aggregated', 'aggregate data', 'aggregate form', 'in aggregate', 'aggregate statistics', 'de-identified', 'anonymised', 'anonymized', 'statistical'],
          strikesOwnership: true,
          // A use stated for developing models ("to develop and refine the Vendor's credit models") that the edit above
          // could not strike would contradict a proviso that it trains none: the clause on derived data goes instead.
          unlessMentions: ['train', 'training', 'fine-tune', 'machine learning', 'machine-learning', 'refine', 'to develop', 'algorithm', 'algorithms'],
          ownStandard: 'absent',
          optional: true,
        },
        {
          // "… so that it is no longer capable of being associated with you, to study trends and to build new products":
          // the sentence's own standard stays; what it lacks for a use that builds things is added.
          kind: 'append-proviso',
          text: 'provided that such data is not used to train any artificial intelligence or machine-learning model and {{vendor}} does not attempt to re-identify it',
          onlyIf: ['build', 'develop', 'improve', 'product', 'products', 'research', 'any purpose'],
          unlessMentions: ['train', 'training', 'fine-tune', 'machine learning', 'machine-learning'],
          ownStandard: 'required',
          optional: true,
        },
      ],
      internalComment:
        'Preferred position: sets an anonymisation standard before any use, bans re-identification and excludes ' +
        'model training from the aggregated-data right.',
      externalComment:
        'We accept that you may use genuinely anonymous statistics. We have defined the standard they must meet ' +
        'and excluded model training.',
    },
    {
      id: 'fallback1',
      label: 'Usage statistics only',
      clause:
        "{{vendor}}'s rights in aggregated data are limited to statistics about the use of the {{services}}, such as " +
        'volumes, frequencies and error rates, that contain no content of {{customerData}} and do not identify ' +
        '{{customer}} or any individual. {{vendor}} may use those statistics only to operate, secure and report on ' +
        'the {{services}}.',
      internalComment:
        'First fallback: narrows the right from "data derived from customer data" to usage statistics without ' +
        'content. Acceptable for most products.',
      externalComment:
        'We have limited the aggregated-data right to usage statistics, which should cover your operational needs.',
    },
    {
      id: 'fallback2',
      label: 'Anonymisation with safeguards and transparency',
      clause:
        '{{vendor}} may use anonymised data derived from {{customerData}} to improve the {{services}} only if (a) the ' +
        'anonymisation method is documented and provided to {{customer}} on request, (b) the data is combined with ' +
        'data of at least ten other customers before use, (c) no content of {{customerData}} is reproduced, and ' +
        '(d) {{vendor}} prohibits every recipient of that data from attempting to re-identify it.',
      internalComment:
        'Second fallback: allows wider use of anonymised data with a documented method, a minimum pool size and a ' +
        're-identification ban. Ask the privacy team to review the method.',
      externalComment:
        'We can accept broader use of anonymised data if the method is documented and the data is pooled so that ' +
        'it cannot be traced back to us.',
    },
  ],
  walkAway:
    'Walk away if the vendor claims ownership of, or unrestricted rights in, data derived from our content without ' +
    'any anonymisation standard, particularly where the data includes personal or client information.',
};
