// audit42: a feedback clause written as a lettered paragraph of its own takes the carve-out of the customer's data; it
// is never reserved under a comment that says feedback is the vendor's. The wording is the project's own drafting.
import { preferredReview } from './agreements';

describe('a feedback clause that is a lettered item of its own', () => {
  it('keeps its words and excludes the customer\'s data', () => {
    const { edit } = preferredReview([
      'This Contract is between the City of Fenmoor (the "City") and Parkwise Systems, Inc. ("Contractor").',
      '"City Data" means all images, plate reads and records that the System collects for the City.',
      '§ 3. Data',
      '(a) Contractor shall use City Data only to provide the Services to the City.',
      '(b) Any feedback or error reports furnished by City personnel regarding the System may be incorporated by Contractor into the System and its other products without obligation to the City.',
      '(c) Contractor shall not use City Data to train any artificial intelligence or machine-learning model.',
    ]);
    const target = edit(4)?.target ?? '';
    expect(target).not.toMatch(/Reserved/);
    expect(target).toMatch(/^\(b\) Any feedback or error reports furnished by City personnel regarding the System may be incorporated by Contractor into the System and its other products without obligation to the City, except that this (?:clause|paragraph|§ 3\(b\)) does not apply to City Data\.$/);
  });
});
