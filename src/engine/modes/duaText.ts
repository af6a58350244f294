// Plain words for the `dua` mode, written for the data holder: labels, what each clause allows and why it matters,
// and what a missing protection leaves open. Pure data, our own drafting. {vendor} is the recipient, {customer} the
// data holder and {data} the shared data, each in the agreement's own words.
import type { DUA_PROTECTION_IDS, DUA_RISK_CATEGORIES } from '../types';
import type { CategoryText } from './categoryText';

type DuaCategory = (typeof DUA_RISK_CATEGORIES)[number] | (typeof DUA_PROTECTION_IDS)[number];
type DuaProtection = (typeof DUA_PROTECTION_IDS)[number];

export const DUA_CATEGORY_LABELS: Record<DuaCategory, string> = {
  'dua-use-beyond-purpose': 'Use of your data beyond the named model',
  'dua-data-disclosure': 'Disclosure of the data itself',
  'dua-data-retention': 'Data kept after training',
  'dua-purpose-limit': 'Use limited to training the named model',
  'dua-confidentiality': 'Data kept confidential',
  'dua-human-review-limit': 'Limits on human review of the data',
  'dua-privacy-techniques': 'Privacy techniques or a secured environment',
  'dua-no-reidentification': 'No re-identification or extraction',
  'dua-deletion': 'Deletion or return after training',
  'dua-model-release': 'Model released under a named open licence',
  'dua-security': 'Security of the data',
};

export const DUA_PROTECTION_LABELS: Record<DuaProtection, string> = {
  'dua-purpose-limit': 'Use limited to training, testing and evaluating the named model',
  'dua-confidentiality': 'The data stays confidential; only the model is released',
  'dua-human-review-limit': 'Limits on human review of the data',
  'dua-privacy-techniques': 'Privacy techniques (pseudonymisation, aggregation, differential privacy, a secured environment)',
  'dua-no-reidentification': 'No re-identification and no extraction of the data from the model',
  'dua-deletion': 'Deletion or return of the data after training, certified',
  'dua-model-release': 'The model is released under a named open licence, and the data is not',
  'dua-security': 'Security measures for the data',
};

const ASK = 'the recipient';

export const DUA_CATEGORY_TEXT: Record<DuaCategory, CategoryText> = {
  'dua-use-beyond-purpose': {
    allows: '{vendor} may use {data} for more than training and evaluating the model the agreement names.',
    why: 'You shared the data for one model. Other models, other products or commercial use are uses you never weighed, and the people in the data never expected.',
    questions: ['Which models and products will the data touch, by name?', 'Can the use be limited to training, testing and evaluating the named model?'],
    ask: ASK,
  },
  'dua-data-disclosure': {
    allows: '{vendor} may share, publish, sell or sublicense {data} itself.',
    why: 'Only the trained model was meant to go public. Once the data itself is disclosed, confidentiality cannot be restored and every safeguard in the agreement stops at the first recipient.',
    questions: ['Who besides your own researchers will receive the data?', 'Can disclosure be limited to named staff bound by confidentiality?'],
    ask: ASK,
  },
  'dua-data-retention': {
    allows: '{vendor} may keep {data} after training ends, after the agreement ends or without a time limit.',
    why: 'The only agreed purpose ends when the model is trained; data kept afterwards invites new uses, breaches and requests you cannot answer.',
    questions: ['When will every copy, including backups, be deleted?', 'Will you certify the deletion in writing?'],
    ask: ASK,
  },
  'dua-purpose-limit': {
    allows: '{vendor} may use {data} only to train, test and evaluate the named model.',
    why: 'This is the core of a data-use agreement; check that no later clause or exception reopens other uses.',
    questions: ['Does the limit also bind affiliates and contractors?'],
    ask: ASK,
  },
  'dua-confidentiality': {
    allows: '{vendor} must keep {data} confidential.',
    why: 'Confidentiality is what lets the model be released while the data stays private; check that it covers every copy and outlasts the agreement.',
    questions: ['Who may see the data, and are they bound in writing?'],
    ask: ASK,
  },
  'dua-human-review-limit': {
    allows: 'Human review of {data} is forbidden or limited.',
    why: 'People reading sensitive records is a disclosure in itself; check who may look, when and under what record.',
    questions: ['Is any human review logged, and can you see the log?'],
    ask: ASK,
  },
  'dua-privacy-techniques': {
    allows: 'The agreement applies privacy techniques or a secured environment to {data}.',
    why: 'Aggregation, pseudonymisation, differential privacy or a secured enclave keep individuals out of what the model learns; check that the technique is named and measurable.',
    questions: ['Which technique applies, with which parameters, and who checks it?'],
    ask: ASK,
  },
  'dua-no-reidentification': {
    allows: '{vendor} must not re-identify people or extract {data} from the model.',
    why: 'Re-identification or extraction undoes every other safeguard; check that the model is tested for it before release.',
    questions: ['How is the model tested for memorised records before release?'],
    ask: ASK,
  },
  'dua-deletion': {
    allows: '{vendor} must delete or return {data}.',
    why: 'Deletion ends the exposure when the purpose is served; check that it reaches backups and working copies and comes with a certificate.',
    questions: ['Does deletion cover backups, and will it be certified?'],
    ask: ASK,
  },
  'dua-model-release': {
    allows: 'The trained model is released under a named open licence.',
    why: 'An open release is the point of the agreement; check that the licence is named and that the release never includes the data.',
    questions: ['Which licence applies, and what goes into the release?'],
    ask: ASK,
  },
  'dua-security': {
    allows: '{vendor} must keep {data} secure.',
    why: 'Security measures keep the data from people who should not have it; check that they are named and that breaches must be reported.',
    questions: ['Which measures apply, and how fast will a breach be reported?'],
    ask: ASK,
  },
};

export const DUA_MISSING_TEXT: Record<DuaProtection, string> = {
  'dua-purpose-limit':
    'Nothing limits {vendor}’s use of {data} to training, testing and evaluating the named model. Ask for a purpose limitation that names the model.',
  'dua-confidentiality':
    'Nothing says {data} stays confidential while the model is released. Ask for a confidentiality duty that excludes the data from any release.',
  'dua-human-review-limit':
    'Nothing limits who may look at {data}. Ask for a ban on human inspection, or a short list of named reviewers with a log.',
  'dua-privacy-techniques':
    'The agreement names no privacy technique or secured environment for {data}. Ask for pseudonymisation, aggregation, differential privacy or processing in a secured environment, as the data’s sensitivity requires.',
  'dua-no-reidentification':
    'Nothing forbids re-identifying people or extracting {data} from the model. Ask for both bans and for testing before release.',
  'dua-deletion':
    'Nothing requires {vendor} to delete or return {data} after training or on termination. Ask for deletion, backups included, with a certificate.',
  'dua-model-release':
    'The agreement does not say the trained model is released under a named open licence while the data is not. Ask for the licence to be named and the data excluded.',
  'dua-security': 'There are no security measures for {data}. Ask for named measures and breach notification.',
};
