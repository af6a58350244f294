// Per-clause expectations for the language patterns of calibration round 32 (found reading the first runs of blind34
// and agreements 211–214 and the re-audit of 205, 2026-12-04). Every clause is our own drafting; each row states the
// categories it must yield.
import { categoriesOf, expectationRows as rows } from './support';

rows('a choice named as the moment a use outlives is no lever', [
  // Keeping what was made for training, whatever the customer chose, is the training risk itself.
  ['Vendor may keep the tuning datasets derived from Customer Data, including after any opt-out under Section 4.3.', ['ai-training:risk', 'survival-retention:neutral']],
  ['Vendor may keep the tuning datasets derived from Customer Data unless Customer opts out under Section 4.3.', ['ai-training:risk', 'opt-out:protective', 'survival-retention:neutral']],
]);

rows('a condition set off between the verb and its object leaves the object to the clause', [
  ['Vendor may retain, for so long as it considers useful, the evaluation records made from Customer Data, including after termination of this Agreement.', ['survival-retention:risk']],
  // Kept for as long as the vendor likes: open-ended.
  ['Vendor may retain, for so long as it considers useful, the evaluation records made from Customer Data.', ['survival-retention:risk']],
]);

describe('a use that goes on "even after" the customer opts out', () => {
  it('names the opt-out only to override it', () => {
    expect(categoriesOf('Vendor may keep evaluation records made from Customer Data so long as it needs them, even after Customer opts out.')).not.toContain('opt-out:protective');
  });
  it('while a use that stops after the opt-out is the customer\'s lever', () => {
    expect(categoriesOf('After you opt out, Vendor will no longer use Customer Data to train its models.')).toContain('opt-out:protective');
  });
});

describe('a retention right after an opt-out', () => {
  it('is never read as the customer\'s control', () => {
    expect(categoriesOf('Vendor may retain evaluation records of Customer Data following an opt-out and after termination.')).not.toContain('opt-out:protective');
    expect(categoriesOf('Vendor may retain, as long as it needs them, the evaluation records made from Customer Data, including after any opt-out under Section 4.3.')).not.toContain('opt-out:protective');
  });
});

rows('"statistical … techniques" say how the product works, not data derived from the customer\'s', [
  ['Client acknowledges that the Scoring Service relies on statistical and machine learning techniques and that scores may be inaccurate.', []],
  ['Vendor may use statistical information derived from Client Data for any purpose.', ['aggregated-data:risk', 'service-improvement:risk']],
]);

rows('a provision that goes on applying to data the vendor keeps extends its protection, and keeps nothing', [
  ['Clause 7 will continue to apply to any retained Client Data for as long as it is retained.', []],
  // Stated keeping is still read: the party keeps, for as long as it likes.
  ['Vendor may retain Client Data for as long as it wishes, and this Agreement will continue to apply to it.', ['survival-retention:risk']],
]);

rows('how a model was built, on data not named as the customer\'s, grants no training', [
  ['The scoring engine was trained and tested on historical datasets licensed from several lenders, and its accuracy on other portfolios has not been measured.', []],
  ['The scoring engine was trained on Client Data supplied during the pilot.', ['ai-training:risk']],
]);

describe('a name given to a party already defined', () => {
  it('takes that party\'s side; a group that only includes the party does not', async () => {
    const { extractDefinitions } = await import('../../src/engine/extractDefinitions');
    const parties = extractDefinitions([
      { text: 'This Agreement is made between Ashcombe Hospitals NHS Trust ("Authority") and Quillmere Analytics Ltd ("Supplier").' },
      { text: 'In this Schedule, "Quillmere" means the Supplier, and "Quillmere Group" means Supplier, its Affiliates and their contractors.' },
    ]).parties;
    expect(parties.vendorAliases).toContain('Quillmere');
    expect(parties.vendorAliases).not.toContain('Quillmere Group');
  });
});
