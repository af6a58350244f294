// Plain-language text per category: what the clause allows, why it matters, and what to ask the vendor.
// Pure data, our own drafting. {vendor}, {customer} and {data} are filled with the contract's own words.
import type { CategoryId, ProtectionId } from './types';
import type { CategoryText } from './modes/categoryText';
import { DUA_CATEGORY_TEXT, DUA_MISSING_TEXT } from './modes/duaText';
import { VENDOR_CATEGORY_TEXT, VENDOR_MISSING_TEXT } from './modes/vendorText';

export type { CategoryText } from './modes/categoryText';

export const CATEGORY_TEXT: Record<CategoryId, CategoryText> = {
  // The other review modes' categories, written for their own reader (src/engine/modes/).
  ...DUA_CATEGORY_TEXT,
  ...VENDOR_CATEGORY_TEXT,
  'ai-training': {
    allows: '{vendor} may use {data} to build or improve AI or machine-learning models.',
    why: 'Once data shapes a model it cannot be pulled back out; confidential material, trade secrets or client information could influence answers given to others, and regulators and your own clients may not have agreed to that use.',
    questions: [
      'Are prompts, uploads, outputs and metadata used for training, and is that on by default?',
      'Do different rules apply to free, standard and enterprise tiers, or to the API and the app?',
      'What happens when a user enters confidential information by mistake?',
    ],
  },
  'service-improvement': {
    allows: '{vendor} may use {data} to develop or improve its products or services.',
    why: 'The clause does not say whether "improving the services" includes training AI models, so it can be read as a training licence; the ambiguity itself is the risk.',
    questions: ['Does improving the services include training or fine-tuning any model?', 'Which data is used for improvement, and is it first de-identified?'],
  },
  'aggregated-data': {
    allows: '{vendor} may keep or use aggregated, de-identified, statistical or usage data derived from {data}.',
    why: 'Derived data often falls outside deletion and confidentiality duties; weak de-identification can be reversed, and usage data may carry the content of what users typed.',
    questions: ['What counts as usage or aggregated data, and can it include content?', 'What de-identification standard applies, and is re-identification forbidden?'],
  },
  'broad-license': {
    allows: '{customer} grants {vendor} a wide licence over {data}.',
    why: 'Perpetual, irrevocable, sublicensable or transferable rights outlast the relationship and can pass to others, including model developers.',
    questions: ['Can the licence be limited to providing the services, for the term only?', 'Who may receive a sublicence, and for what?'],
  },
  'output-ownership': {
    allows: 'The clause decides who owns outputs and whether {vendor} may reuse them.',
    why: 'If {vendor} owns or may reuse outputs, work product built from your confidential input can be used elsewhere.',
    questions: ['Does {customer} own all outputs, and does {vendor} waive any reuse right?', 'Are outputs kept, and for how long?'],
  },
  'survival-retention': {
    allows: '{vendor} may keep {data}, or keep rights to use it, after the agreement ends or for an open-ended time.',
    why: 'Retention after termination defeats exit planning and deletion duties, and keeps confidential material exposed to breaches and subpoenas.',
    questions: ['Are prompts, uploads, outputs and metadata retained, and for how long?', 'Which rights survive termination, and can they end on termination instead?'],
  },
  'third-party-ai': {
    allows: '{data} may pass to third-party model providers, subprocessors or affiliates.',
    why: 'Each recipient is another place the data is stored and possibly trained on, under terms {customer} has not seen.',
    questions: ['Which subprocessors or model providers see the data?', 'Where is it handled?', 'Do those providers promise not to train on it or keep it?'],
  },
  'policy-by-reference': {
    allows: 'Data-use terms sit in a policy or web page that {vendor} may change.',
    why: 'A unilateral change can widen data use without a signed amendment.',
    questions: ['Can the referenced policy be frozen at the signing version, with notice and a right to terminate on change?'],
  },
  'no-training': {
    allows: '{vendor} promises not to use {data} for training or beyond providing the services.',
    why: 'This is the core protection; check that it covers prompts, uploads, outputs and metadata, affiliates and providers.',
    questions: ['Does the promise cover affiliates, subprocessors and model providers?', 'What logs or audit evidence can the vendor show?'],
  },
  'opt-out': {
    allows: '{customer} can opt out of some data use.',
    why: 'An opt-out leaves use on by default until someone acts, and may not reach data already used.',
    questions: ['Is the opt-out on by default for our account, and does it cover data already collected?'],
  },
  deletion: {
    allows: '{vendor} must delete or return {data}.',
    why: 'Deletion limits exposure after the relationship ends; check that it reaches backups and derived data.',
    questions: ['Does deletion cover backups, derived data and models, and will the vendor certify it?'],
  },
  confidentiality: {
    allows: '{vendor} must keep {data} confidential or secure.',
    why: 'Confidentiality protects trade secrets and client material; check whether data-use rights elsewhere override it.',
    questions: ['Do the confidentiality duties limit the vendor’s own use of the data, not only disclosure?'],
  },
  audit: {
    allows: '{customer} may audit or obtain reports about how {data} is used.',
    why: 'Audit rights make the other promises checkable.',
    questions: ['What logs or audit evidence can the vendor show?'],
  },
};

export const MISSING_TEXT: Record<ProtectionId, string> = {
  ...DUA_MISSING_TEXT,
  ...VENDOR_MISSING_TEXT,
  'no-training':
    'The contract lets {vendor} process {data} but has no promise that it will not be used to train AI models, and no opt-in requirement. Ask for a clear prohibition or a prior written opt-in.',
  deletion:
    'Nothing requires {vendor} to delete or return {data} when the agreement ends. Ask for deletion or return, covering backups and derived data, with a certificate.',
  audit:
    'There is no right to audit or receive reports about how {data} is used. Ask what logs or audit evidence {vendor} can show, and secure a right to see them.',
  'model-provider-flow-down':
    '{data} may reach third-party model providers, but their own no-training and retention promises are not flowed down. Ask which providers see the data and require the same commitments from them.',
};
