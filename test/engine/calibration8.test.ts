// Per-clause expectations for the language patterns of calibration round 8 (whole agreements read line by line:
// recitals, definitions, cross-references and the ordinary clauses beside data clauses, 2026-12-01). Every clause is
// our own drafting; each row states the exact categories and stances it must yield.
import { expectationRows as rows } from './support';

rows('a recital ("WHEREAS …") tells the background and grants nothing', [
  ['WHEREAS the Supplier has developed a machine-learning demand forecasting platform and the Buyer wishes to use it for its stores;', []],
  ['WHEREAS, the Client wishes to share certain of its records with the Supplier and its AI model providers for the purpose of the Pilot;', []],
  // An operative clause that says "whereas" mid-sentence is still read.
  ['Orrin may use Client Data to train its models, whereas the Client may use the Outputs only internally.', ['ai-training:risk']],
]);
