// audit41 on output ownership moved to the customer: the contract's "the Trust", and no assignment left without an
// assignor. The wording is the project's own drafting.
import { preferredReview } from './agreements';

describe('results that vest in the vendor', () => {
  const { edit } = preferredReview([
    'This Agreement is made between Corvane Analytics Limited, whose registered office is at 4 Dock Road, Hull ("Corvane"), and Eastmarsh Community Health NHS Foundation Trust of Mill Lane, Eastmarsh (the "Trust").',
    '1.1 "Trust Data" means the patient records that the Trust makes available to Corvane.',
    '1.2 "Results" means the analyses and predictions that the Platform generates from Trust Data for the Trust.',
    '5.3 All rights in Results shall vest in Corvane on creation absolutely, including by way of present assignment of future rights.',
    'The Trust shall pay the fees within thirty days, and the Trust may audit Corvane once a year. Corvane shall notify the Trust of any breach.',
  ]);

  it('vest in "the Trust", as the contract writes it, and lose the assignment that no one would now make', () => {
    expect(edit(3)?.target).toBe('5.3 All rights in Results shall vest in the Trust on creation absolutely.');
    expect(edit(3)?.comment.external).toMatch(/^What is produced from Trust Data for the Trust should not become Corvane's property\./);
  });
});

describe('results that vest in "the Supplier"', () => {
  it('vest in the Trust by the same word-level swap', () => {
    const { edit } = preferredReview([
      'This Agreement is made between Corvane Analytics Limited (the "Supplier") and Eastmarsh Community Health NHS Foundation Trust (the "Trust").',
      '1.1 "Trust Data" means the patient records that the Trust makes available to the Supplier.',
      '1.2 "Results" means the analyses and predictions that the Platform generates from Trust Data for the Trust.',
      '5.3 All rights in Results shall vest in the Supplier on creation absolutely.',
      'The Trust shall pay the fees within thirty days, and the Trust may audit the Supplier once a year. The Supplier shall notify the Trust of any breach.',
    ]);
    expect(edit(3)?.target).toBe('5.3 All rights in Results shall vest in the Trust on creation absolutely.');
  });
});

describe('the vendor owning its own product, stretched over what is made with the customer\'s data', () => {
  const { edit } = preferredReview([
    'This Agreement is made between Corvane Analytics Limited (the "Supplier") and Eastmarsh Community Health NHS Foundation Trust (the "Trust").',
    '1.1 "Trust Data" means the patient records that the Trust makes available to the Supplier.',
    '4.2 The Supplier owns and shall retain all right, title and interest in and to the Platform, its models and all improvements to any of them, regardless of whether any of the same are developed using Trust Data.',
    'The Trust shall pay the fees within thirty days, and the Trust may audit the Supplier once a year. The Supplier shall notify the Trust of any breach.',
  ]);

  it('keeps the Supplier as owner of the Platform and strikes only the reach over Trust Data', () => {
    expect(edit(2)?.target).toBe('4.2 The Supplier owns and shall retain all right, title and interest in and to the Platform, its models and all improvements to any of them.');
    expect(edit(2)?.comment.external).toMatch(/^The Supplier keeps what it owns, but its ownership should not reach what is developed using Trust Data\./);
  });
});
