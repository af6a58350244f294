// A changeable list of sub-processors ("each of which is identified on the Vendor's trust centre, as such list may be
// updated from time to time") is answered by notice and a right to object, not by the clause on incorporated policies
// nor by striking the providers it names (lawyer audits of 85 5.1 and 97 4.1). Clauses are the project's own drafting.
import { preferredReview, skippedWith } from './agreements';

describe('a changeable list of sub-processors', () => {
  it('is left for the lawyer with the reason, neither frozen, struck of its examples nor replaced', () => {
    const { edit, plan } = preferredReview([
      'This Agreement is between Pellucid Imaging Inc. ("Vendor") and Greyfield Clinics LLC ("Customer").',
      '1.1 "Customer Data" means the images and reports that Customer uploads to the Services.',
      '4.1 Vendor may engage Subprocessors to perform the Services, including hosting providers and providers of large language models that draft report text, each of which is identified on Vendor\'s trust centre, as such list may be updated by Vendor from time to time.',
    ]);
    expect(edit(2)).toBeUndefined();
    expect(skippedWith(plan, 2, /notice of a change and a right to object/)).toBe(true);
  });
});
