// Patterns named by the lawyer audits of agreements 343–348 (audit143–audit145), taken up in the forty-third session:
// a permission whose last purpose carries a purpose of its own ("and label data for Model Improvement") lost its whole
// clause, heading and all, to the playbook's ban, instead of that one purpose. Every clause is our own drafting.
import { preferredReview, reviewOf, skippedWith } from './agreements';

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

describe("the customer's own form", () => {
  const form = (recital: string) => [
    'TECHNOLOGY SERVICES AGREEMENT',
    'This Technology Services Agreement is entered into by and between Larchmere Health, a Washington nonprofit corporation ("Client"), and Ossivane Inc., a Delaware corporation ("Supplier").',
    recital,
    '1.1 "Client Data" means all data that Client or its users submit to the Services.',
    '5.2 If Client signs a Participation Notice, Supplier may use the de-identified Client Data described in it to train and improve the Triage Model for use by all of Supplier\'s customers.',
  ];

  it('keeps a training programme the customer opted into, and says why', () => {
    const review = preferredReview(form("C. This Agreement is based on Client's standard technology services agreement as negotiated by the parties."));
    expect(review.edit(4)).toBeUndefined();
    expect(skippedWith(review.plan, 4, /Client's own form/)).toBe(true);
  });

  it('still edits the same clause on paper the agreement does not call the customer\'s', () => {
    const review = preferredReview(form('C. Supplier provides an AI triage service to hospitals.'));
    expect(review.edit(4)).toBeDefined();
  });
});

describe('a keeping a regulator\'s rules require', () => {
  it('stands when the clause around it is edited', () => {
    const review = preferredReview([
      ...base,
      '5.5 Prior Training. Tallowmere is not required to retrain any model trained using Customer Data before termination, and may retain a copy of the Customer Data used to train any cleared model for as long as FDA record-keeping requirements require.',
    ]);
    expect(review.edit(2)?.target ?? review.paragraphs[2]?.text).toMatch(/for as long as FDA record-keeping requirements require/);
  });
});

describe('an open list of bare verbs whose shared object stood in the risky last item', () => {
  it('keeps the object after the verbs that stay', () => {
    const review = preferredReview([
      ...base,
      "4.3 Usage Data. Tallowmere may collect Usage Data and use it for any lawful purpose, including to operate, analyse, develop and improve the Services and Tallowmere's other products.",
    ]);
    expect(review.edit(2)?.target).toMatch(/use it to operate and analyse the Services\.$/);
  });
});

describe('an inserted clause among clauses with run-in headings', () => {
  const clauses = (headed: boolean) => [
    ...base,
    `5.1 ${headed ? 'Service Levels. ' : ''}Tallowmere will make the Services available 99.9% of the time.`,
    `5.2 ${headed ? 'Support. ' : ''}Tallowmere will answer support requests within one business day.`,
    `5.3 ${headed ? 'Security. ' : ''}Tallowmere will keep Customer Data confidential and secure.`,
  ];
  const inserted = (headed: boolean) => reviewOf(clauses(headed), { position: 'preferred' }).inserts().map((item) => item.text);

  it('takes its issue\'s heading as a caption', () => {
    expect(inserted(true).some((text) => /^5\.\d+ Records and Audit\. Tallowmere /.test(text))).toBe(true);
  });

  it('takes none where the clauses have none', () => {
    const texts = inserted(false);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.some((text) => /^5\.\d+ [A-Z][\w ]+\. /.test(text) && !/^5\.\d+ Tallowmere\b/.test(text))).toBe(false);
  });
});
