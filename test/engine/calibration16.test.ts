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

rows('"your watch history", "stored login credentials", "ID scans": records of a person\'s activity and identity named by their kind are data', [
  ['Your watch history and the playlists you make may be used to train our recommendation models.', ['ai-training:risk']],
  ['We delete stored login credentials and purchase history within 30 days after you close your account.', ['deletion:protective']],
  ['ID scans are erased automatically 48 hours after verification.', ['deletion:protective']],
  ['We will never share your contact details with advertisers.', ['confidentiality:protective']],
  ['Saved searches may be used by us to improve our services.', ['service-improvement:risk']],
  // Entries of a log and results of a search are no one's records.
  ['Entries in the event log are shown on the dashboard.', []],
  ['Search results are shown in order of relevance.', []],
]);

rows('"We limit access to your recordings to the engineers who need it": limiting access is restricting it', [
  ['We limit access to your recordings to the support engineers who need it, and each access is recorded.', ['confidentiality:protective']],
  ['Customer may limit access to the workspace to named users.', []],
  ['The free plan has limited access to premium features.', []],
]);
