// Patterns named by the lawyer audits of agreements 343–348 (audit143–audit145), taken up in the forty-third session:
// a permission whose last purpose carries a purpose of its own ("and label data for Model Improvement") lost its whole
// clause, heading and all, to the playbook's ban, instead of that one purpose. Every clause is our own drafting.
import { preferredReview } from './agreements';

const base = [
  'This Master Subscription Agreement is between Tallowmere Inc. ("Tallowmere") and the retailer named in the Order Form ("Customer").',
  '1.2 "Customer Data" means all data that Customer or its End Users submit to the Services.',
];

describe('a list of purposes whose last item has a purpose of its own', () => {
  it('loses only that item; the clause and its heading stay', () => {
    const review = preferredReview([
      ...base,
      'B.7 Human Review. Tallowmere personnel may review samples of Customer Data to monitor quality, investigate misuse, and label data for model training.',
    ]);
    const target = review.edit(2)?.target ?? '';
    expect(target).toMatch(/^B\.7 Human Review\. Tallowmere personnel may review samples of Customer Data to monitor quality and investigate misuse\.$/);
  });

  it('still leaves a list alone whose middle item is a clause of its own', () => {
    const review = preferredReview([
      ...base,
      'B.7 Human Review. Tallowmere personnel may review samples of Customer Data to monitor quality, to report to regulators, for model training and to investigate misuse.',
    ]);
    expect(review.edit(2)?.target ?? '').not.toMatch(/monitor quality and investigate misuse/);
  });
});
