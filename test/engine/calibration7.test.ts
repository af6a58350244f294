// Per-clause expectations for the language patterns of calibration round 7 (AI addenda, trust centres, UK/IE/AU/IN/SG
// DPAs and privacy notices, 2026-12-01). Every clause is our own drafting; each row states the exact categories and
// stances it must yield.
import { expectationRows as rows } from './support';

rows('a modal or "be" inside parentheses belongs to the aside, not the clause', [
  ['We use your reviews and the messages you send to sellers (which may be checked automatically) to run the shop and to improve our services.', ['service-improvement:risk']],
  ['We analyse your uploads (which can be large) to improve our services.', ['service-improvement:risk']],
  // The clause's own modal still decides.
  ['We may use your reviews (which are public) to improve our services.', ['service-improvement:risk']],
]);
