// Per-clause expectations for the language patterns of calibration round 27 (found reading the first run of blind27,
// 2026-12-04). Every clause is our own drafting; each row states the categories it must yield.
import { analyzeText, expectationRows as rows } from './support';

rows('"provided always that" opens a proviso, as "provided that" does', [
  [
    'Client authorises Supplier to use Client Files to train and fine-tune the machine learning models behind the Services, provided always that Supplier shall not disclose any Client File to another client.',
    ['ai-training:risk', 'broad-license:risk', 'confidentiality:protective'],
  ],
]);

rows('providers named by the AI work they do are model providers', [
  ['We send your prompts and the documents you attach to our inference partners, who process them on our behalf.', ['third-party-ai:risk']],
  ['Your voice messages are processed by our speech and language technology providers on our behalf.', ['third-party-ai:risk']],
  ['Customer Data may be sent to a speech-recognition vendor that transcribes calls for the Services.', ['third-party-ai:risk']],
]);

rows('what stops when the customer opts out is the opt-out, not a grant of the use', [
  ['If you switch it off, we will stop using your new questions to train our models.', ['opt-out:protective']],
  // The use granted where the contract grants it is still read there.
  ['We may use your questions to train our models unless you switch it off.', ['ai-training:risk', 'opt-out:protective']],
]);

rows('authorising named sub-processors approves who handles the data; it licenses none', [
  ['Part A: The Client authorises the following sub-processors for the purposes of clause 6.2.', ['third-party-ai:neutral']],
]);

rows('after a negated infinitive, ", and to …" is a second duty the "not" does not reach', [
  [
    'The Supplier has required each hosted model provider not to use Client Files to train its models, and to delete any prompts within 30 days.',
    ['deletion:protective', 'no-training:protective', 'third-party-ai:neutral'],
  ],
]);

describe('a deletion flowed down to model providers', () => {
  it('is theirs: the vendor\'s own deletion at the end is still reported missing', () => {
    const TERMS = 'These terms are between Pelloran Ltd ("we") and you. "Your Images" means the photos you upload to the app.';
    const flowDown = 'Our contracts require our AI partners to use Your Images only to produce your edit, not to train their own models on them, and to delete them within 30 days.';
    expect(analyzeText(TERMS, flowDown).missing.map((m) => m.category)).toContain('deletion');
    expect(analyzeText(TERMS, flowDown, 'When you close your account we delete Your Images within 30 days.').missing.map((m) => m.category)).not.toContain('deletion');
  });
});

rows('a denied duty reaches the verbs it imposes however long the name between', [
  [
    'Clause 9.3 shall not require the Supplier to delete any ranking model trained under clause 4.2, which the Supplier may retain and use indefinitely.',
    ['survival-retention:risk'],
  ],
]);
