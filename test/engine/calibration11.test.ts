// Per-clause expectations for the language patterns of calibration round 11 (whole agreements read line by line:
// training, output ownership and deletion said without the usual words, 2026-12-02). Every clause is our own
// drafting; each row states the exact categories and stances it must yield.
import { expectationRows as rows } from './support';

rows('"model improvement", "model development": the AI word before the improvement noun names the model improved', [
  ['Orrin may also use Sensor Data for the purposes of its Model Improvement Scheme.', ['ai-training:risk']],
  ['We use the recordings you upload for model development.', ['ai-training:risk']],
  // A name of a setting with no use of data stays a topic; a denial stays a promise.
  ['Model Improvement is switched off for every workspace at launch.', []],
  ['Orrin will not use Sensor Data for model development.', ['no-training:protective']],
  // "peer-reviewed" describes a journal: nobody reviews data.
  ['Orrin may name the Hospital in peer-reviewed articles arising from its Model Improvement Scheme.', []],
]);
