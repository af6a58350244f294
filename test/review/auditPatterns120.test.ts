// Patterns named by the lawyer audits of agreements 301–304 (audit120, audit121), taken up in the thirty-eighth
// session: the limb that takes the vendor's derived data out of confidentiality, struck on its own; the customer's own
// denial that any right survives, left standing; a bounded survival, left standing; and the vendor's rights said to
// continue after a survival list, struck as a limb ("Nothing in these Terms
// permits", kept singular, is tested with the wording in reviewPolicy.test.ts). Every clause is the project's own
// drafting.
import { preferredReview } from './agreements';

const base = [
  'This Master Services Agreement is between Ferrowick Analytics Ltd ("Ferrowick") and the customer named in the Order Form ("Customer").',
  '1.2 "Customer Data" means all data Customer submits to the Services.',
  '1.3 "Usage Data" means data about the operation of the Services, and Ferrowick may use Usage Data to provide and improve the Services.',
];

describe('the limb that frees derived data from confidentiality', () => {
  it.each([
    ['Customer Data is Customer\'s Confidential Information, but Usage Data and anonymised data prepared under Section 1.3 are not Customer\'s Confidential Information.', ", but Usage Data"],
    ['Customer Data shall be the Confidential Information of Customer, provided that Usage Data shall not be Confidential Information of Customer and may be disclosed by Ferrowick without restriction.', ', provided that Usage Data'],
    ['Confidential Information does not include information that is public through no fault of the recipient; and, notwithstanding that they may be derived from Customer\'s Confidential Information, Usage Data and Benchmark Reports shall not constitute Customer\'s Confidential Information.', '; and, notwithstanding'],
  ])('is struck alone from "%s", keeping the duty', (clause, limb) => {
    const review = preferredReview([...base, `5.2 ${clause}`]);
    const edit = review.edit(3);
    expect(edit?.wordLevel).toBe(true);
    expect(edit?.ops).toEqual([expect.objectContaining({ kind: 'delete', text: expect.stringMatching(new RegExp(`^${limb.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)) })]);
    expect(edit?.target).toMatch(/Confidential Information/);
    expect(edit?.comment.external).toMatch(/confidentiality obligations/);
  });
});

describe("the customer's own denial that any right survives", () => {
  it('is not struck as a survival of data rights', () => {
    const review = preferredReview([
      ...base,
      '12.4 Clauses 5, 9 and 12.4 shall survive expiry or termination of this Agreement, and no right of Ferrowick to use, retain or exploit Customer Data or anything derived from it shall survive expiry or termination.',
    ]);
    expect(review.edit(3)).toBeUndefined();
  });
});

describe('a survival the customer has bounded', () => {
  it('is left standing', () => {
    const review = preferredReview([
      ...base,
      '3.1 Customer grants Ferrowick a licence to host and process Customer Data to provide the Services.',
      'S4. Section 12.4 is amended so that the licence in Section 3.1 survives only to the extent, and for as long as, necessary for Ferrowick to complete the deletion of Customer Data.',
    ]);
    expect(review.edit(4)).toBeUndefined();
  });
});

describe("the vendor's own rights said to continue after a survival list", () => {
  it('are struck as a limb, leaving the list of clauses that survive', () => {
    const review = preferredReview([
      ...base,
      "12.4 Sections 5, 9 and 12 of this Agreement and Sections 2 and 4 of the AI Features Schedule shall survive any termination of this Agreement, and Ferrowick's rights in Usage Data and in any models or improvements derived from it shall continue in perpetuity and shall not be affected by Section 12.3.",
    ]);
    const edit = review.edit(3);
    expect(edit?.target).toBe('12.4 Sections 5, 9 and 12 of this Agreement and Sections 2 and 4 of the AI Features Schedule shall survive any termination of this Agreement.');
  });
});
