// Per-clause expectations for the language patterns of calibration round 27 (found reading the first run of blind27,
// 2026-12-04). Every clause is our own drafting; each row states the categories it must yield.
import { expectationRows as rows } from './support';

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
