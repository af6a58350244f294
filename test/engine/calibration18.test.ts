// Per-clause expectations for the language patterns of calibration round 18 (misses and false positives found on the
// agreements and blind17, grouped into general patterns, 2026-12-02). Every clause is our own drafting; each row states
// the exact categories and stances it must yield.
import { expectationRows as rows } from './support';

rows('"records of whether a technician accepted …": after a preposition, "whether" asks a question inside the noun phrase, it sets no condition', [
  [
    '"Operational Data" means logs, response times and records of whether a dispatcher accepted or changed a suggested route, all of which the Provider may use for any purpose, including to train its routing models.',
    ['ai-training:risk', 'aggregated-data:risk', 'service-improvement:risk'],
  ],
]);
