// Per-clause expectations for the language patterns of calibration round 6 (real vendor terms and whole agreements,
// 2026-12-01). Every clause is our own drafting; each row states the exact categories and stances it must yield.
import { expectationRows as rows } from './support';

rows('data said to persist in a clause the customer acknowledges', [
  ['You acknowledge that your uploads may persist in our backups for up to 60 days.', ['survival-retention:neutral']],
  ['Client acknowledges that Client Data may be retained in archive copies for 35 days.', ['survival-retention:neutral']],
  // The reported clause has a party or a pronoun as its subject: its own actor, as before.
  ['Client agrees that it will not use any Output to train a model.', []],
  ['You acknowledge that we may retain your uploads for 60 days.', ['survival-retention:neutral']],
]);
