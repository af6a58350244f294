// Patterns named by the lawyer audits of agreements 367–374 (audit159–162, first runs at e93370b), taken up in the
// forty-fifth session: a permission to keep a capped sample ("a sample of no more than 2% of Outputs") was turned
// round into "shall not retain a sample of no more than 2%" (374 Sch 3 ¶ 4); a customer's own licence "revocable upon
// expiration or termination" was deleted as open-ended retention (370 § 4.2); and, from audit151 and audit152, a
// vendor policy ranked above the contract was left standing (357 § 5.6, 355 § A.12). Every clause is our own drafting.
import { preferredReview } from './agreements';

const base = [
  'This Services Agreement is between Harrowby Trust ("Charity") and Quenlow Systems Ltd ("Supplier").',
  '1.2 "Charity Data" means all data that the Charity or its staff upload to the Services.',
];

describe('a permission to keep a capped sample', () => {
  it('is never turned round into a ban on keeping "no more than" the cap', () => {
    const review = preferredReview([
      ...base,
      '4. Evaluation. The Supplier may retain a sample of no more than 3% of the letters the Services draft each month, from which names have been removed, and may use that sample to evaluate and improve the letter templates for so long as the Supplier continues to offer the Letter Writer.',
    ]);
    expect(review.edit(2)?.target ?? '').not.toMatch(/shall not retain a sample of no more than/);
  });
});

describe("the customer's own limited licence", () => {
  it('is not deleted as open-ended retention when it is revocable upon expiration or termination', () => {
    const review = preferredReview([
      ...base,
      '4.2 Limited Licence. Charity grants Supplier a non-exclusive, non-transferable, royalty-free licence, revocable upon expiration or termination of this Agreement, to access, store and process Charity Data during the Term solely to the extent necessary to perform the Services for Charity.',
    ]);
    expect(review.edit(2)).toBeUndefined();
  });
});

describe('the contract and the policies it names', () => {
  it('ranks the contract above a vendor policy that was to prevail in a conflict', () => {
    const review = preferredReview([
      ...base,
      '5.6 Data Use Policy. The Supplier may use Charity Data as described in the Supplier Data Use Policy, which the Supplier may update from time to time. In the event of a conflict between the Supplier Data Use Policy and this Agreement, the Supplier Data Use Policy shall prevail.',
    ]);
    expect(review.edit(2)?.target ?? '').toMatch(/conflict between the Supplier Data Use Policy and this Agreement, this Agreement shall prevail\./);
  });
});

