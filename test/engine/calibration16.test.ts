// Per-clause expectations for the language patterns of calibration round 16 (misses of blind4, blind5 and the corpus
// grouped into general patterns, 2026-12-02). Every clause is our own drafting; each row states the exact categories
// and stances it must yield.
import { expectationRows as rows } from './support';

rows('"Photos you remove are deleted …": the customer in a relative clause without "that" names the data, it does not act', [
  ['Photos you remove are deleted from our servers within 14 days.', ['deletion:protective']],
  ['Messages you archive are permanently erased from our systems within 30 days.', ['deletion:protective']],
  // The customer before its own modal or auxiliary is still the one the clause is about.
  ['Upon request you will be sent a copy of your records.', []],
  ['Each month you are sent a summary of your account activity.', []],
]);
