// Default playbook issue for customer data passed to third-party model providers, subprocessors or affiliates for
// AI features. Own drafting. Pure data: must not import anything but types.
import type { PlaybookIssue } from '../schema';
import { ASK_EVIDENCE, ASK_LOCATION, ASK_PROVIDERS, ASK_RETENTION, ASK_TIERS } from './questions';

export const THIRD_PARTY_AI_ISSUE: PlaybookIssue = {
  id: 'third-party-ai',
  appliesTo: ['third-party-ai'],
  title: 'Our data goes to third-party model providers',
  heading: 'Third-Party Model Providers',
  risk:
    'When the vendor sends our data to an outside model provider, our protections are only as good as that ' +
    'provider\'s terms, which we have not seen and cannot enforce. The provider may retain prompts, use them for ' +
    'training or process them in other countries, and the vendor may disclaim responsibility.',
  rationale: '{{customerData}} must not reach outside model providers on weaker terms than {{vendor}}\'s own.',
  questions: [
    ASK_PROVIDERS,
    'Do those providers promise not to train on our data, and is that promise in your contract with them?',
    ASK_RETENTION,
    ASK_LOCATION,
    ASK_TIERS,
    ASK_EVIDENCE,
  ],
  positions: [
    {
      id: 'preferred',
      label: 'Approved providers with full flow-down',
      clause:
        '{{vendor}} shall not disclose {{customerData}} to any third-party provider of artificial intelligence ' +
        'models or services unless (a) {{customer}} has approved that provider in writing, (b) {{vendor}} has bound ' +
        'it by written terms at least as protective of {{customerData}} as this {{agreement}}, including a ' +
        'prohibition on using {{customerData}} to train, fine-tune or improve any model and on retaining it longer ' +
        'than needed to return a response, and (c) {{vendor}} remains liable for that provider\'s acts and omissions ' +
        'as if they were {{vendor}}\'s own.',
      edits: [
        {
          kind: 'append-proviso',
          text:
            'provided that {{customer}} has approved each such provider in writing, each such provider is bound in writing by ' +
            'terms at least as protective of {{customerData}} as this {{agreement}}, including not to use {{customerData}} to ' +
            "train any model or retain it longer than needed to return a response, and {{vendor}} remains liable for each such provider's acts and omissions",
          onlyIf: ['provider', 'providers', 'subprocessor', 'subprocessors'],
          // The vendor's free choice of provider contradicts the customer's approval that the proviso makes the condition.
          strikes: ['in its sole discretion', 'in its absolute discretion', 'in its discretion', 'at its sole discretion', 'at its discretion'],
        },
      ],
      internalComment:
        'Preferred position: prior approval of each model provider, full flow-down of no-training and retention ' +
        'terms, and the vendor liable for the provider.',
      externalComment:
        'We need to know which model providers see our data and to be able to rely on the same protections from ' +
        'them as from you.',
    },
    {
      id: 'fallback1',
      label: 'Flow-down with notice and right to object',
      clause:
        // Each party named, never "it": spoken as "we" to "you", a pronoun and third-person verbs would not agree.
        '{{vendor}} may engage third-party model providers that process {{customerData}} only if, for each new ' +
        'provider, {{vendor}} has given {{customer}} at least thirty (30) days\' prior written notice of the provider, ' +
        'its location and its retention terms, the provider is bound by no-training and confidentiality terms at least ' +
        'as protective as this {{agreement}}, and {{customer}} may terminate the affected services without penalty if ' +
        '{{customer}} objects on reasonable grounds.',
      edits: [
        {
          kind: 'append-proviso',
          text: "provided that {{vendor}} gives {{customer}} at least thirty (30) days' prior written notice of each new provider and binds each provider in writing not to use {{customerData}} to train any model",
          onlyIf: ['provider', 'providers', 'subprocessor', 'subprocessors'],
        },
      ],
      internalComment:
        'First fallback: notice and objection instead of prior approval, with the flow-down kept.',
      externalComment:
        'We can work with notice of new providers rather than prior approval, provided the same protections flow ' +
        'down and we can exit if we object.',
    },
    {
      id: 'fallback2',
      label: 'Enterprise endpoints without training, disclosed list',
      clause:
        '{{vendor}} shall send {{customerData}} only to enterprise or API services of third-party model providers ' +
        'under terms by which the provider does not use it for training and retains it for no more than thirty (30) ' +
        'days, solely for abuse monitoring. {{vendor}} shall keep a current list of those providers and their ' +
        'locations and give it to {{customer}} on request.',
      internalComment:
        'Second fallback: relies on the providers\' enterprise terms, but only those that exclude training and cap ' +
        'retention, with a disclosed list.',
      externalComment:
        'If you cannot flow down bespoke terms, please confirm that you use only enterprise endpoints that exclude ' +
        'training, and share the provider list.',
    },
  ],
  walkAway:
    'Walk away if the vendor will not say which model providers receive our data, or will not commit that they are ' +
    'bound not to train on it.',
};
