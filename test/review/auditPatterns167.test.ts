// Patterns named by the lawyer audits of agreements 383–386 (audit167–168, first runs at 4ab8a5c): the conditions a
// negotiated form puts on a permission were struck as if they were grants (386 § 6.6(b)), and the permission's lead-in
// was rewritten whole, leaving its conditions hanging (386 § 6.6). Every clause is our own drafting.
import { preferredReview, skippedWith } from './agreements';

const parties = [
  'Parties',
  'Corrander Mutual Limited ABN 11 222 333 444 of 1 Quay Street, Sydney ("Corrander").',
  'Fenwick Analytics Pty Ltd ACN 555 666 777 of 2 River Road, Melbourne ("Fenwick").',
  'A. Corrander is an insurer and holds claims and policy data about its members.',
  'B. Fenwick operates a machine learning platform used to build pricing models for insurers.',
  '1.2 "Claims Data" means the claims records that Corrander supplies to Fenwick under this Agreement.',
  '"Platform Improvement Use" means the use of Claims Data, after it has been de-identified, to test, train and improve the general feature libraries and pre-trained models of Fenwick\'s platform.',
];
const leadIn = '6.6 Platform Improvement Use. Fenwick may carry out the Platform Improvement Use during the term, provided that:';
const condition = '(b) the Platform Improvement Use is carried out only by Fenwick personnel located in Australia and not by any subcontractor; and';
const lastCondition = '(c) Corrander may withdraw its permission for that use at any time by written notice.';

describe('a permission on conditions, in a list', () => {
  const review = preferredReview([...parties, leadIn, '(a) no claim notes or photographs are used;', condition, lastCondition]);

  it('keeps each condition: struck, it would widen the permission', () => {
    expect(review.edit(9)).toBeUndefined();
    expect(review.edit(10)).toBeUndefined();
  });

  it('keeps the lead-in a lead-in: a sentence rewritten whole would leave the conditions hanging', () => {
    const edit = review.edit(7);
    expect(edit === undefined || edit.target.trimEnd().endsWith(':')).toBe(true);
    if (edit === undefined) expect(skippedWith(review.plan, 7, /items hanging/)).toBe(true);
  });
});

describe('an output clause that denies any assignment, given the position that the customer owns the outputs', () => {
  it('loses the denial with the edit, so the clause does not say both', () => {
    const vendorPaper = [
      'This Services Agreement is between Keystead Ltd ("Keystead") and Tolbury Lettings plc ("Customer").',
      '1.2 "Customer Data" means all tenancy records that Customer uploads to the Services.',
    ];
    const clause =
      '5.2 Keystead does not assign to Customer any right, title or interest in Outputs, but grants Customer a non-exclusive licence to use Outputs for its internal business purposes during the Subscription Term. Keystead retains all rights in its templates embodied in Outputs, and nothing in this Agreement prevents Keystead from generating the same or similar Outputs for other customers.';
    const target = preferredReview([...vendorPaper, clause]).edit(2)?.target ?? '';
    // Either the outputs are assigned and the denial goes with the edit, or, with the vendor's templates in them left to
    // the vendor (audit223, 490 § 5.4), the customer's licence is kept and made to outlast the term; never the denial
    // left standing alone with the customer's licence struck.
    if (target.includes('hereby assigns')) expect(target).not.toContain('does not assign');
    else {
      expect(target).toContain('grants Customer a perpetual, irrevocable, non-exclusive licence to use Outputs');
      expect(target).not.toContain('during the Subscription Term');
    }
  });
});
