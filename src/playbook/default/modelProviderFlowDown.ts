// Default playbook issue for a missing flow-down of no-training and retention promises to model providers.
// Own drafting. Pure data: must not import anything but types.
import type { PlaybookIssue } from '../schema';
import { ASK_LOCATION, ASK_PROVIDERS, ASK_RETENTION } from './questions';

export const MODEL_PROVIDER_FLOW_DOWN_ISSUE: PlaybookIssue = {
  id: 'model-provider-flow-down',
  appliesTo: ['model-provider-flow-down'],
  title: 'No flow-down of protections to model providers',
  heading: 'Model Providers',
  risk:
    'The vendor relies on outside model providers but the contract does not require them to respect the same ' +
    'limits. A no-training promise from the vendor means little if its provider may retain or train on the prompts ' +
    'it receives.',
  rationale: 'The protections for {{customerData}} must bind every provider that receives it.',
  questions: [ASK_PROVIDERS, ASK_RETENTION, ASK_LOCATION, 'Who is liable to us if a model provider misuses our data?'],
  positions: [
    {
      id: 'preferred',
      label: 'Model-provider flow-down',
      clause:
        '{{vendor}} shall bind each third-party model provider that processes {{customerData}} ' +
        'by written terms that (a) prohibit using {{customerData}} to train or improve any model, (b) limit ' +
        'retention to what is needed to return a response and in any event to thirty (30) days, (c) impose ' +
        'confidentiality and security obligations at least as protective as this {{agreement}}, and (d) allow ' +
        '{{vendor}} to verify compliance. {{vendor}} remains fully liable to {{customer}} for each such provider.',
      internalComment:
        'Preferred position: the vendor must flow down no-training, retention, confidentiality and audit terms, and ' +
        'stays liable.',
      externalComment:
        'Our protections need to travel with our data; please flow them down to your model providers.',
    },
    {
      id: 'fallback1',
      label: 'Disclosed providers and notice of changes',
      clause:
        '{{vendor}} shall list in this {{agreement}} each third-party model provider that processes {{customerData}}, ' +
        'shall ensure that each is contractually bound not to train on {{customerData}}, and shall give {{customer}} ' +
        'at least thirty (30) days\' written notice before adding or replacing a provider.',
      internalComment:
        'First fallback: a list of providers, a no-training flow-down and notice of changes, without audit.',
      externalComment:
        'A list of your model providers, their no-training commitment and notice of changes would address our ' +
        'concern.',
    },
    {
      id: 'fallback2',
      label: 'Reliance on providers\' published terms, with disclosure',
      clause:
        '{{vendor}} shall identify to {{customer}} each third-party model provider that processes {{customerData}} ' +
        'and the terms under which that provider does not train on it, and shall notify {{customer}} promptly if ' +
        'any of those terms changes to permit training or longer retention.',
      internalComment:
        'Second fallback: we rely on the providers\' own terms but get disclosure and a warning if they change.',
      externalComment:
        'If you cannot flow down terms, please identify your providers and the terms you rely on, and tell us if ' +
        'they change.',
    },
  ],
  walkAway:
    'Walk away if the vendor will not identify its model providers or confirm that they are barred from training ' +
    'on our data.',
};
