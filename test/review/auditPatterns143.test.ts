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

describe('a keeping "as required by law or" for the vendor\'s own ends', () => {
  const keeping = (rest: string) => [
    ...base,
    `4.7 Retained Copies. Notwithstanding Section 4.6, Tallowmere is not required to delete Customer Data from backup archives until those archives are overwritten in the ordinary course, and Tallowmere may retain copies of Customer Data for as long as required by applicable law ${rest}.`,
  ];

  it('loses the own-ends limb; the law and the backups stand, and the comment says so', () => {
    const review = preferredReview(keeping('or as reasonably necessary for dispute resolution, audit or other legitimate business purposes'));
    const edit = review.edit(2);
    expect(edit?.target).toMatch(/from backup archives until those archives are overwritten in the ordinary course, and Tallowmere may retain copies of Customer Data for as long as required by applicable law\.$/);
    expect(edit?.comment.external).toMatch(/where the law requires it, but not for its own business purposes/);
  });

  it('keeps an alternative that is itself a legal need', () => {
    const review = preferredReview(keeping('or to establish, exercise or defend legal claims'));
    expect(review.edit(2)?.target ?? review.paragraphs[2]?.text).toMatch(/or to establish, exercise or defend legal claims/);
  });
});

describe('the customer-data definition that leaves derived data out', () => {
  it('says which data the qualifier is about, not "it … any such data"', () => {
    const review = preferredReview([
      'This Master Subscription Agreement is between Tallowmere Inc. ("Tallowmere") and the retailer named in the Order Form ("Customer").',
      '1.2 "Customer Data" means all data that Customer submits to the Services, but does not include Platform Data.',
      '1.3 "Platform Data" means usage logs, match scores and other data derived from Customer Data, including excerpts of submitted records.',
      '4.4 Tallowmere may use Platform Data for any purpose.',
    ]);
    const edit = review.edit(1);
    expect(edit?.target).toMatch(/but does not include Platform Data, except to the extent that Platform Data contains or reveals any Customer Data or identifies Customer or any individual\.$/);
    expect(edit?.comment.external).toMatch(/As drafted, Platform Data is not Customer Data\./);
  });
});
