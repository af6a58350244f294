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
    expect(edit?.target).toMatch(/but does not include Platform Data, except to the extent that Platform Data contains or reveals any of the foregoing, identifies any individual or would identify Customer to any third party\.$/);
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

  it('redlines none of its clauses, and says why', () => {
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

describe('model providers named only in an aside of a transfer clause', () => {
  const contract = [
    ...base,
    '1.3 "Model Provider" means a third party that hosts a large language model used in the AI Features.',
    '5.3 Tallowmere uses one or more Model Providers to deliver certain AI Features, and Customer Data (including the text of support tickets) will be transmitted to and processed by those Model Providers, which may be located outside Australia; the current Model Providers are listed in Schedule 2.',
    '8.4 Customer Data is hosted in Australia, but may be accessed from other countries by Tallowmere\'s support personnel and sub-processors (including Model Providers in the United States), and Customer consents to that disclosure.',
  ];

  it('takes no "each such provider" proviso, and no second provider clause after the proviso on 5.3', () => {
    const review = reviewOf(contract, { position: 'preferred' });
    expect(review.edit(3)?.target).toMatch(/provided that Customer has approved each such provider in writing/);
    expect(review.edit(4)?.target ?? review.paragraphs[4]?.text).not.toMatch(/each such provider/);
    expect(review.inserts().some((item) => /third-party provider of artificial intelligence/.test(item.text))).toBe(false);
  });
});

describe("a protection the customer's own form gives in its own words", () => {
  it('is not given again in the playbook\'s words', () => {
    const review = reviewOf([
      'SOFTWARE AS A SERVICE CONTRACT',
      'This Contract is made between Northwold Borough Council ("Council") and Brackenfield Analytics Limited ("Supplier").',
      "(C) This Contract is the Council's standard form of contract for software as a service, as negotiated by the parties.",
      '1.1 "Council Data" means all data that the Council or its users submit to the Services.',
      '11.3 On expiry or termination of this Contract, the Supplier shall within thirty (30) days return all Council Data to the Council, securely delete all Council Data and ensure that its AI model providers delete their copies.',
      '11.4 Clause 11.3 shall not require the deletion of Council Data held in encrypted backups until they are overwritten in the ordinary course.',
    ], { position: 'preferred' });
    expect(review.plan.items.filter((item) => item.kind === 'edit')).toEqual([]);
    expect(review.inserts().some((item) => /delete/.test(item.text))).toBe(false);
  });
});

describe('a proviso that leads into a list of conditions', () => {
  it('takes no second proviso before its colon', () => {
    const review = preferredReview([
      ...base,
      '5.3 Tallowmere may use Anonymised Data to monitor and improve the accuracy of its models for the benefit of all of its customers, provided that:',
      '(a) the Anonymised Data does not identify Customer or any individual; and',
      '(b) Tallowmere does not disclose the Anonymised Data to any third party.',
    ]);
    expect(review.edit(2)?.target ?? '').not.toMatch(/provided that, provided that|provided that such/);
  });
});

describe("the vendor's ownership of a model built for the customer", () => {
  it('is not replaced by the clause on outputs', () => {
    const review = preferredReview([
      ...base,
      '5.5 Custom Models. Where an Order provides for a custom extraction model trained on Customer Data (a "Custom Model"), Tallowmere will make the Custom Model available only to Customer. Tallowmere owns each Custom Model and may retain it for ninety (90) days after termination to facilitate reactivation.',
    ]);
    expect(review.edit(2)?.target ?? review.paragraphs[2]?.text).not.toMatch(/Customer owns all outputs/);
  });
});

describe('a safeguard sentence for a use the review banned, naming the use by its clause', () => {
  it('goes with the ban', () => {
    const review = preferredReview([
      ...base,
      '5.5 Model Improvement. Customer agrees that Tallowmere may use Customer Data to train and improve the ranking models that power the AI Features for all customers. Tallowmere will take reasonable steps to remove the names of individuals from Customer Data before it is used under this Section 5.5.',
    ]);
    const target = review.edit(2)?.target ?? '';
    expect(target).toMatch(/Tallowmere (?:shall|will) not use Customer Data to train or improve/);
    expect(target).not.toMatch(/before it is used under this Section 5\.5/);
  });
});
