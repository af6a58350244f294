// Inserted wording uses the contract's own defined "Term" for how long it runs (lawyer audit of 93: "term of this
// Agreement" where the contract defines "Term"). Clauses are the project's own drafting.
import { preferredReview } from './agreements';

const contract = (defines: string) => [
  'This Agreement is between Harrow Instruments Limited ("Supplier") and Bexley Waterworks Limited ("Customer").',
  '1. Definitions. "Customer Data" means the readings and reports that the Customer uploads to the Service.',
  defines,
  '4.2 The Customer grants the Supplier a worldwide, perpetual and irrevocable licence to use, copy, adapt, publish and commercially exploit Customer Data for any purpose.',
];

describe('the licence the review writes in place of a broad one', () => {
  it('runs "for the Term" where the contract defines its Term', () => {
    const { edit } = preferredReview(contract('2.1 This Agreement starts on the Effective Date and continues for three years (the "Term").'));
    expect(edit(3)?.target).toMatch(/\bfor the Term and afterwards only while\b/);
    expect(edit(3)?.target).not.toMatch(/term of this Agreement/);
  });

  it('runs "for the term of this Agreement" where it does not', () => {
    const { edit } = preferredReview(contract('2.1 This Agreement starts on the Effective Date and continues for three years.'));
    expect(edit(3)?.target).toMatch(/\bfor the term of this Agreement and afterwards only while\b/);
  });
});

describe('a schedule that calls its items paragraphs', () => {
  it('has its carve-out cite "this paragraph", not the body\'s "Clause"', () => {
    const { edit } = preferredReview([
      'This Agreement is between Harrow Instruments Limited ("Supplier") and Bexley Waterworks Limited ("Customer").',
      '1.1 "Customer Data" means the readings and reports that the Customer uploads to the Service.',
      '4.2 The Supplier shall not use Customer Data to train any model, except as Clause 4.3 allows.',
      'SCHEDULE 2 – AI FEATURES',
      '2. The Supplier shall not use any data received through the AI features to train a model offered to others.',
      '3. Nothing in paragraph 2 restricts the Supplier\'s use of Feedback or Usage Data, each of which may continue to be used to develop and train the Models.',
    ]);
    const carveOut = edit(5)?.target ?? '';
    expect(carveOut).toMatch(/\bthis paragraph does not apply to Customer Data\b/);
    expect(carveOut).not.toMatch(/this Clause/);
  });
});
