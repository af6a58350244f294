// Per-clause expectations for the language patterns of calibration round 25 (found on blind24 after its first run,
// 2026-12-03). Every clause is our own drafting; each row states the exact categories and stances it must yield.
import { expectationRows as rows } from './support';

rows('a thing left out inside brackets ("(…, but not the contents of Lab Records)") negates nothing outside them', [
  [
    'Provider may use Service Logs (such as sign-in times and error codes, but not the contents of Lab Records) to maintain and improve the Platform.',
    ['service-improvement:risk'],
  ],
  // The act left out is still read, and still denied: "processed … but not retained".
  ['Prompts are processed to generate a response but not retained.', ['deletion:protective']],
]);

rows('"to enable" a purpose is no switch the customer turns on', [
  [
    'Meter readings and fault codes are sent to Provider to enable remote diagnostics and to improve meter reliability and future firmware.',
    ['aggregated-data:risk', 'service-improvement:risk'],
  ],
  // After a word of choosing it is the customer's lever.
  ['You may choose to enable model training on your Workspace Content in Settings.', ['opt-out:protective']],
]);

rows('the product made "smarter", and material named by its medium ("footage")', [
  ['We use your listening history to make our playlist technology smarter for every subscriber.', ['service-improvement:risk']],
  ['Doorbell footage may be used to train our package-detection models.', ['ai-training:risk']],
]);

rows('people kept up to date in their profession are trained, not models', [
  ['Translators assigned to Client projects keep their accreditation current through continuing professional development, including training on the Client\'s glossary.', []],
  ['Provider will run train-the-trainer sessions for Customer\'s team leaders on reviewing recorded conversations.', []],
]);

rows('a licence the vendor grants the customer over the vendor\'s own model', [
  ['Subject to this Licence, Licensor grants You a worldwide, royalty-free licence to use, copy, modify and distribute the Falcrest-3 Model Weights.', []],
]);
