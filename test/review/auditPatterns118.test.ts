// Patterns named by the lawyer audit of agreements 297–298 (audit118), taken up in the thirty-seventh session: a
// customer's opt-out that also switches a use the review leaves permitted, a clause a rider deletes ("Section A.4 of
// Exhibit A is deleted"), and a clause deleted as moot that the plan's list still said it left alone. Every clause is
// the project's own drafting.
import { preferredReview, skippedWith } from './agreements';

const base = [
  'This Software-as-a-Service Agreement is between Ledgerline Inc. ("Ledgerline") and the credit union named in the Order Form ("Customer").',
  '1.2 "Customer Data" means all data Customer or its members submit to the Services.',
  '6.5 Ledgerline may include Customer Data in the training of the consortium fraud models that it makes available to all participating institutions.',
  'EXHIBIT A - GENERATIVE AI TERMS',
  "A.4 Ledgerline will retain member chat transcripts for ninety (90) days and may use a sample of de-identified transcripts to evaluate and improve Ledgerline's other conversational products.",
  'A.5 Customer may, by written notice, opt out of the uses described in Section A.4 and of the inclusion of its Customer Data in consortium model training under Section 6.5.',
];

describe('an opt-out that also switches a use the review leaves permitted', () => {
  const review = preferredReview(base);

  it('is kept as the customer\'s fallback when only one of its uses became a ban', () => {
    expect(review.edit(2)?.target ?? '').toContain('shall not include Customer Data');
    expect(review.edit(5)).toBeUndefined();
    expect(skippedWith(review.plan, 5, /also lets the customer opt out of Section A\.4/)).toBe(true);
  });
});

describe('a clause a rider deletes', () => {
  const review = preferredReview([...base, 'RIDER NO. 1', 'R.3 This Rider prevails over Exhibit A, and Section A.4 of Exhibit A is deleted.']);

  it('is not marked up, and the plan says why', () => {
    expect(review.edit(4)).toBeUndefined();
    expect(skippedWith(review.plan, 4, /R\.3/)).toBe(true);
  });

  it('leaves an opt-out with nothing to switch, deleted as moot and no longer listed as left alone', () => {
    expect(review.edit(5)?.target ?? '').toContain('[Reserved');
    expect(review.plan.skipped.some((s) => 'paragraph' in s.target && s.target.paragraph === 5)).toBe(false);
  });
});
