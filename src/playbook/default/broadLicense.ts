// Default playbook issue for broad licences (perpetual, irrevocable, sublicensable, derivative works) over customer
// content. Own drafting. Pure data: must not import anything but types.
import type { PlaybookIssue } from '../schema';
import { ASK_PROVIDERS, ASK_TIERS } from './questions';

export const BROAD_LICENSE_ISSUE: PlaybookIssue = {
  id: 'broad-license',
  appliesTo: ['broad-license'],
  title: 'We grant the vendor a broad licence to our content',
  heading: 'Licence to {{customerData}}',
  risk:
    'A worldwide, perpetual, irrevocable or sublicensable licence to use, modify and make derivative works of our ' +
    'content goes far beyond what a vendor needs to run a service. It survives the contract, can be passed on to ' +
    'others, and in practice allows model training and commercial reuse of our material.',
  rationale: '{{vendor}} needs rights in {{customerData}} only to provide the {{services}} to {{customer}}.',
  questions: [
    'Why does the service need a perpetual, irrevocable or sublicensable licence rather than one for the term?',
    'Who could receive a sublicence, and would they be bound by the same restrictions?',
    'What derivative works do you make from customer content, and who owns them?',
    ASK_TIERS,
    ASK_PROVIDERS,
  ],
  positions: [
    {
      id: 'preferred',
      label: 'Licence limited to providing the services',
      clause:
        '{{customer}} grants {{vendor}} a non-exclusive, non-transferable, royalty-free licence, for the term of ' +
        'this {{agreement}} and afterwards only while {{vendor}} holds {{customerData}} under this {{agreement}}, to ' +
        'host, copy, process and transmit {{customerData}} solely to the extent necessary to provide the ' +
        '{{services}} to {{customer}} and to perform {{vendor}}\'s obligations under this {{agreement}}. {{vendor}} may sublicense these rights only to ' +
        '{{vendor}}\'s subprocessors, each bound in writing by terms at least as protective of {{customerData}} as this ' +
        '{{agreement}}. All other rights in {{customerData}} are reserved to {{customer}}.',
      edits: [
        // Not "modify", "adapt" or "create derivative works of": within a purpose limited to the service they are how
        // the service works (a summary is a derivative work of the call); the purpose, not the verbs, sets the reach.
        { kind: 'strike', words: ['perpetual', 'irrevocable', 'sublicensable', 'sublicenceable', 'transferable', 'distribute', 'commercially exploit', 'commercialise', 'commercialize'], optional: true },
        // ", which licence shall survive termination": the licence's own survival goes with its perpetuity.
        { kind: 'strike-survival', optional: true },
        // Not "during the term": the contract's own exit windows (export, deletion, backups) still need the licence.
        { kind: 'limit-purpose', text: 'solely to provide the {{services}} to {{customer}} and to perform {{vendor}}\'s obligations under this {{agreement}}', optional: true },
      ],
      internalComment:
        'Preferred position: a service licence for the term and any exit period the contract sets, with sublicensing ' +
        'limited to approved subprocessors and all other rights reserved.',
      externalComment:
        'We have narrowed the licence to what you need to run the service for us and to meet your obligations under ' +
        'the contract, including on exit.',
    },
    {
      id: 'fallback1',
      label: 'Licence for the term, no derivative works',
      clause:
        '{{customer}} grants {{vendor}} a non-exclusive, non-transferable licence to use {{customerData}} to provide ' +
        'and support the {{services}} during the term of this {{agreement}} and any agreed transition period. The ' +
        'licence is not perpetual or irrevocable, ends automatically when this {{agreement}} ends, and does not ' +
        'permit {{vendor}} to create derivative works from {{customerData}} except as needed to deliver the {{services}} ' +
        'to {{customer}}.',
      edits: [
        { kind: 'strike', words: ['perpetual', 'irrevocable', 'transferable', 'create derivative works of'], optional: true },
        { kind: 'limit-purpose', text: 'solely to provide and support the {{services}} during the term of this {{agreement}}', optional: true },
      ],
      internalComment:
        'First fallback: keeps a somewhat wider purpose (support, transition) but removes the perpetual, ' +
        'irrevocable and derivative-works elements.',
      externalComment:
        'We can accept a licence covering support and transition, but it must end with the contract and cannot ' +
        'extend to derivative works beyond the service.',
    },
    {
      id: 'fallback2',
      label: 'Named purposes, flow-down, no model training',
      clause:
        '{{customer}} grants {{vendor}} a non-exclusive licence to use {{customerData}} for the purposes listed in ' +
        'this {{agreement}}, including support and security monitoring. The licence may be sublicensed only to ' +
        'subprocessors bound by terms at least as protective as this {{agreement}}, excludes any use to train, ' +
        'fine-tune or improve artificial intelligence or machine-learning models, and ends when this {{agreement}} ends.',
      edits: [
        { kind: 'strike', words: ['perpetual', 'irrevocable', 'transferable'] },
        { kind: 'append-proviso', text: 'provided that this licence excludes any use to train, fine-tune or improve any artificial intelligence or machine-learning model and ends when this {{agreement}} ends' },
      ],
      internalComment:
        'Second fallback: accepts wider listed purposes and sublicensing with flow-down, but holds the line on ' +
        'model training and termination.',
      externalComment:
        'We can accept the listed purposes and sublicensing to your subprocessors, provided they are bound by the ' +
        'same terms and no model training is involved.',
    },
  ],
  walkAway:
    'Walk away if the vendor insists on a perpetual and irrevocable licence to our content, or one that lets it ' +
    'sublicense to third parties who are not bound by our data-use restrictions.',
};
