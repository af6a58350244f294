// Default playbook issue for data-use terms placed in a policy or URL the vendor may change on its own.
// Own drafting. Pure data: must not import anything but types.
import type { PlaybookIssue } from '../schema';
import { ASK_TIERS } from './questions';

/** A new provider receives the data only after notice, never over a reasonable objection, and bound first. */
const OBJECTION_PROVISO =
  'provided that no new provider receives {{customerData}} until {{customer}} has had written notice of that provider and a ' +
  'reasonable opportunity to object, that no provider to which {{customer}} objects on reasonable grounds receives ' +
  '{{customerData}}, and that each new provider is first bound in writing by terms at least as protective of ' +
  '{{customerData}} as this {{agreement}}';

export const POLICY_BY_REFERENCE_ISSUE: PlaybookIssue = {
  id: 'policy-by-reference',
  appliesTo: ['policy-by-reference'],
  title: 'Data-use terms in a policy the vendor can change',
  heading: 'No Expansion by Policy',
  risk:
    'Terms incorporated from a web page or policy "as updated from time to time" can be rewritten by the vendor ' +
    'without our agreement. A privacy or AI policy that says no training today may say the opposite next quarter, ' +
    'and the contract would follow it.',
  // Said of the edits it justifies (a proviso, a frozen version): they stop a policy widening the use of the data; they
  // do not stop the vendor changing its terms (audit48, 122 § 2.1: "cannot be changed" claimed more than the proviso).
  rationale: 'A policy outside the {{agreement}}, or a change to it, must not widen the use of {{customerData}} without {{customer}}\'s agreement.',
  questions: [
    'Which policies govern how our data is used, and how often have they changed in the last two years?',
    'Will you notify us before a change that affects our data takes effect, and can we refuse it?',
    ASK_TIERS,
  ],
  positions: [
    {
      id: 'preferred',
      label: 'Data-use terms fixed in the agreement',
      clause:
        'The terms governing the use of {{customerData}} by {{vendor}} are set out in full in this {{agreement}}. ' +
        'No policy, web page or other document referred to in this {{agreement}}, and no change to any of them, ' +
        'shall expand {{vendor}}\'s rights in {{customerData}} or reduce {{vendor}}\'s obligations unless agreed in a ' +
        'written amendment signed by both parties.',
      edits: [
        // "Supplier may add or replace a Model Provider by updating that page": a list of providers changes, and the
        // customer's say over a new one is the answer (see the review's providerChange).
        { kind: 'objection-right', text: OBJECTION_PROVISO, optional: true },
        // Optional: "The Company may amend those policies on 30 days' notice" has no version to fix; the proviso is the edit.
        { kind: 'fix-version', text: 'as in effect on the date of this {{agreement}}', optional: true },
        // Optional: where the sentence is not the vendor's own grant ("Customer's use is subject to the AI Policy, as
        // updated from time to time"), fixing the version is the whole edit.
        {
          kind: 'append-proviso',
          text: 'provided that no policy or change to a policy shall expand {{vendor}}\'s rights in {{customerData}} unless agreed in a written amendment signed by both parties',
          optional: true,
        },
      ],
      // The reference itself (to the list of AI providers, say) is what the customer reads; it stays.
      standsApart: true,
      internalComment:
        'Preferred position: policies cannot override the contract on data use; only a signed amendment can.',
      externalComment:
        // No concession the clause does not make: the audit read "We are happy for your policies to apply" as
        // giving ground, and in a contract that incorporates no policy it is simply untrue.
        'Documents outside the contract, and changes to them, cannot widen your rights in our data without our ' +
        'signed agreement.',
      // Click-through terms have no signed amendments: the lawyer audit of 88 read one there as machinery borrowed
      // from a business contract. An individual's consent is what a change needs.
      forIndividuals: {
        label: 'Data-use terms fixed in the terms',
        clause:
          // "this {{agreement}}" takes the terms' own name ("these Terms"): a lower-case "these terms" read as undefined
          // beside a defined "Terms" (audit69, 203).
          'The terms governing the use of {{customerData}} by {{vendor}} are set out in full in this {{agreement}}. No ' +
          'policy, web page or other document referred to in this {{agreement}}, and no change to any of them, shall expand ' +
          '{{vendor}}\'s ' +
          'rights in {{customerData}} without {{customer}}\'s express consent.',
        edits: [
          { kind: 'objection-right', text: OBJECTION_PROVISO, optional: true },
          { kind: 'fix-version', text: 'as in effect on the date of this {{agreement}}', optional: true },
          {
            kind: 'append-proviso',
            text: 'provided that no policy or change to a policy shall expand {{vendor}}\'s rights in {{customerData}} without {{customer}}\'s express consent',
            optional: true,
          },
        ],
        internalComment: 'Preferred position, as an individual would ask it: policies cannot widen the use of the data without consent.',
        externalComment: 'Documents outside these terms, and changes to them, cannot widen your rights in our data without our express consent.',
      },
    },
    {
      id: 'fallback1',
      label: 'Policy version frozen at signature',
      clause:
        'Any policy referred to in this {{agreement}} applies in the version in force on the date of signature, a ' +
        'copy of which is attached. A later version applies to {{customerData}} only if {{customer}} accepts it in ' +
        'writing.',
      edits: [{ kind: 'fix-version', text: 'as in effect on the date of this {{agreement}}' }],
      internalComment:
        'First fallback: freezes the referenced version. Make sure a copy is attached to the signed contract.',
      externalComment:
        'We need certainty about the terms we signed; later versions can apply once we accept them.',
    },
    {
      id: 'fallback2',
      label: 'Notice of changes and a right to exit',
      clause:
        '{{vendor}} shall give {{customer}} at least sixty (60) days\' prior written notice of any change to a ' +
        'referenced policy that affects the use of {{customerData}}. No such change shall permit training on ' +
        '{{customerData}}, and if {{customer}} objects to the change it may terminate this {{agreement}} without ' +
        'penalty before the change takes effect and receive a pro-rata refund of prepaid fees.',
      internalComment:
        'Second fallback: the vendor may change its policies, but we get notice, no change may introduce training, ' +
        'and we can leave with a refund.',
      externalComment:
        'If your policies must remain changeable, we need notice, a guarantee that changes will not introduce ' +
        'training on our data, and a way out.',
    },
  ],
  walkAway:
    'Walk away if the vendor may change the terms governing our data unilaterally, with neither notice nor a right ' +
    'to terminate.',
};
