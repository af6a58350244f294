// Patterns named by the lawyer audits of the forty-eighth and forty-ninth sessions (audit177 onwards): the vendor's
// terms attached to the customer's own paper call the customer "Customer", and an opt-out there from a programme the
// review abolished was kept. Every clause is our own drafting.
import { preferredReview, reviewOf } from './agreements';

const ownPaper = [
  'This Master Agreement is between Tallowmere Foods plc ("Tallowmere") and Brindle Optics, Inc. ("Supplier").',
  '1.4 "Tallowmere Data" means all data that Tallowmere or its personnel supply to Supplier, including Customer Content as defined in Annex 2.',
  '12.1 Cloud Terms. References in Annex 2 to "Customer" mean Tallowmere and references to "Brindle" mean Supplier.',
  'Annex 2 Brindle Cloud Terms',
  '1. Customer Content. "Customer Content" means the images that Customer uploads to the cloud service.',
];

describe('an opt-out in attached vendor terms from a programme the review abolished', () => {
  const programme = '3. Shared Learning Program. Brindle may use Customer Content to train and improve the inspection models it offers to all of its customers.';
  const optOut = '4. Opting Out. Customer may opt out of the Shared Learning Program by emailing Brindle. An opt-out applies only to images uploaded after it takes effect.';

  it('is deleted as moot when the customer is called "Customer" there', () => {
    const review = preferredReview([...ownPaper, programme, optOut]);
    expect(review.edit(5)?.target ?? '').toMatch(/will not|shall not/);
    expect(review.edit(6)?.target).toBe('4. [Reserved.]');
  });

  it('is deleted too when its lever disables the data\'s inclusion in the use', () => {
    const setting = '4. Training Setting. Customer may, through the administrator console, disable the inclusion of its images in the training described in Section 3. A change applies only to images uploaded after it.';
    expect(preferredReview([...ownPaper, programme, setting]).edit(6)?.target).toBe('4. [Reserved.]');
  });

  it('reads a run-in heading with small words in lower case as no part of the clause\'s subject', () => {
    const review = preferredReview([...ownPaper, programme, optOut.replace('Opting Out.', 'Leaving the Program.')]);
    expect(review.edit(6)?.target).toBe('4. [Reserved.]');
  });
});

describe('a derived-data permission whose own proviso only limits what is disclosed', () => {
  const parties = [
    'This Subscription Agreement is between Quarrystone Survey Ltd ("Quarrystone") and the contractor named in the Order Form ("Customer").',
    '1.2 "Site Data" means the drone images and site records that Customer uploads to the Platform.',
    '1.3 "Derived Data" means measurements and statistics that Quarrystone generates from Site Data.',
  ];
  const clause =
    '6.4 Quarrystone may create Derived Data and may use, disclose and commercialise Derived Data for any purpose, provided that Quarrystone will not disclose Derived Data in a form that names Customer or identifies any individual.';

  it('keeps the permission and adds the standard the data itself must meet', () => {
    const target = preferredReview([...parties, clause]).edit(3)?.target ?? '';
    expect(target).toContain('Quarrystone may create Derived Data');
    expect(target).not.toMatch(/(?:will|shall) not create/);
    expect(target).toContain('does not identify Customer or any individual');
    expect(target).toContain('will not disclose Derived Data in a form that names Customer or identifies any individual');
  });
});

describe('a training grant whose proviso reads as a protection', () => {
  const parties = [
    'This Master Subscription Agreement is between Fernhollow Talent, Inc. ("Fernhollow") and the staffing firm named in the Order Form ("Customer").',
    '1.2 "Customer Data" means the candidate records and Job Data that Customer submits to the Services.',
    '1.3 "Usage Data" means information about how Users operate the Services, including the actions they take on candidate lists.',
    '1.4 "Job Data" means the job requisitions and pay rates that Customer submits to the Services.',
    '4.6 Use of Customer Data. Notwithstanding anything to the contrary in this Agreement, Fernhollow shall not use Customer Data to train, fine-tune or improve any artificial intelligence or machine-learning model.',
  ];
  const grant =
    "5.3 Model Training. Customer acknowledges that the AI Features become more accurate through use. Fernhollow may use Customer Data, Usage Data and Outputs, including shortlisting decisions and hiring outcomes, to train, fine-tune and calibrate the machine learning models that power the AI Features, provided that (a) Fernhollow first removes candidate names from any Customer Data used for that purpose, and (b) the resulting models, which are shared across Fernhollow's customer base, will not be used to disclose Customer's Job Data or any Candidate's identity to another customer.";

  it('is struck with its proviso and the acknowledgement that argued for it, keeping the number', () => {
    expect(preferredReview([...parties, grant]).edit(5)?.target).toBe('5.3 [Reserved.]');
  });

  it('keeps an acknowledgement that argues for nothing the strike takes', () => {
    const other = grant.replace('Customer acknowledges that the AI Features become more accurate through use.', 'Customer acknowledges that it has read the Documentation.');
    expect(preferredReview([...parties, other]).edit(5)?.target).toBe('5.3 Model Training. Customer acknowledges that it has read the Documentation.');
  });
});

describe('a policy reference beside the clause the review inserts on policies', () => {
  const lines = [
    'This Subscription Agreement is between Pellham Routes, Inc. ("Pellham") and the carrier named in the Order Form ("Customer").',
    '1.2 "Customer Data" means the trip records and camera footage that Customer or its Devices upload to the Services.',
    '2.5 Changes to Policies. Pellham may update the policies referenced in this Agreement, including its AI Statement at pellham.example/ai, by posting the updated version, and each update takes effect when posted.',
    "8.5 Sub-processors. Pellham may engage sub-processors, including hosting providers and the model providers described in Section 5.4. Pellham's current list of sub-processors is available at pellham.example/subprocessors, and Pellham may update the list by posting a new version at least fifteen (15) days before a new sub-processor begins processing Customer Data. If Customer objects, its sole remedy is to terminate the affected Services.",
  ];

  it('takes no proviso of its own that says the same in other words', () => {
    const review = preferredReview(lines);
    expect(review.plan.items.some((item) => item.kind === 'insert' && item.issue.id === 'policy-by-reference')).toBe(true);
    expect(review.edit(2)).toBeUndefined();
  });
});

describe('a clause of its own struck from the end of a list of predicates', () => {
  it('joins the two predicates left with "and"', () => {
    const lines = [
      'This Agreement is between Fernhollow Talent, Inc. ("Fernhollow") and the staffing firm named in the Order Form ("Customer").',
      '1.2 "Customer Data" means the candidate records that Customer submits to the Services.',
      '5.9 Beta Features. Features designated as beta are provided "as is," may be withdrawn at any time, and Fernhollow may use Customer Data processed through them to develop and improve its products.',
    ];
    expect(preferredReview(lines).edit(2)?.target).toBe('5.9 Beta Features. Features designated as beta are provided "as is" and may be withdrawn at any time.');
  });
});

describe("the customer's own paper with a vendor's document in the first person attached", () => {
  const lines = [
    'This Agreement is made between The University of Carrowmere (the "University") and Inkfield Learning Ltd (the "Supplier").',
    '1.1 "University Data" means all data that the University or its students submit to the Services.',
    '5.1 The Supplier shall keep University Data confidential and secure.',
    'Schedule 2 Inkfield Data Practices',
    '1. We run Inkfield for everyone who uses it, and these practices explain what we do with your essays.',
    '2. We keep your essays while your account is open, and you can download them at any time.',
    '3. We may use your feedback ratings to improve our tutoring, and we tell you when we change these practices.',
  ];

  it('writes the clauses it inserts about the parties, as the contract does', () => {
    const inserted = reviewOf(lines, { position: 'preferred' }).inserts();
    expect(inserted.length).toBeGreaterThan(0);
    for (const insert of inserted) {
      expect(insert.text).toMatch(/\bSupplier\b/);
      expect(insert.text).not.toMatch(/\b(?:we|you|your)\b/i);
    }
  });
});

describe('a training grant that opened "In addition," turned into a ban', () => {
  it('loses the connector that made it one more permission', () => {
    const lines = [
      'This Agreement is between Ostrey Review Ltd ("Ostrey") and the firm named in the Order Form (the "Firm").',
      '1.2 "Customer Data" means the documents and coding decisions that the Firm uploads to the Platform.',
      '4.5 The review models in each Workspace learn from the Firm\'s coding decisions in that Workspace. In addition, Ostrey may use Customer Data to train the baseline models it offers to all of its customers.',
    ];
    const target = preferredReview(lines).edit(2)?.target ?? '';
    expect(target).toContain('in that Workspace. Ostrey shall not use Customer Data');
    expect(target).not.toContain('In addition');
  });
});

describe('a carve-back on data excluded from the customer\'s data in a longer list', () => {
  it('goes after the whole list, not between its items', () => {
    const lines = [
      'This Agreement is between Fernhollow Talent, Inc. ("Fernhollow") and the staffing firm named in the Order Form ("Customer").',
      '1.5 "Customer Data" means all data and content that Customer or its Users submit to the Services, but does not include Usage Data, Platform Insights or any model trained under Section 5.3.',
      '1.9 "Usage Data" means data about how Users operate the Services, including search queries and the candidates they advance or reject.',
      '1.12 "Platform Insights" means statistics that Fernhollow compiles from Customer Data and Usage Data.',
    ];
    const target = reviewOf(lines, { position: 'preferred', insertMissing: false }).edit(1)?.target ?? '';
    expect(target).toContain('Usage Data, Platform Insights or any model trained under Section 5.3, except to the extent that Usage Data contains');
  });
});
