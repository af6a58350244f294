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
    expect(target).toContain('cannot reasonably be used to identify Customer or any individual');
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

  // Audits 179 and 181 (409, 411) read the proviso in 2.5 beside the inserted clause as two wordings of one point;
  // audits 197, 199 and 201 (443, 447, 452) asked for the condition in the clause that allows the changes, and read a
  // rival clause elsewhere as leaving that clause standing. The change clause keeps its proviso (see changeClauseFirst).
  it('keeps the proviso in the clause that allows the changes, in words about policies', () => {
    const review = preferredReview(lines);
    expect(review.edit(2)?.target).toMatch(/takes effect when posted, provided that no policy or change to a policy shall expand Pellham's rights in Customer Data unless agreed in a written amendment signed by both parties\.$/);
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

describe('a ban written from a grant that said how the data would be prepared', () => {
  it('drops the preparation, which would read as the only use barred', () => {
    const lines = [
      'This Agreement is between Callmere, Inc. ("Callmere") and the utility named in the Order Form ("Customer").',
      '1.2 "Customer Data" means the call recordings and transcripts that Customer submits to the Services.',
      "B.4 Callmere may use Customer Data to train and calibrate the scoring models used for all of its customers, after applying Callmere's standard de-identification process to that data.",
    ];
    const target = preferredReview(lines).edit(2)?.target ?? '';
    expect(target).toMatch(/Callmere (?:will|shall) not use Customer Data/);
    expect(target).not.toContain('de-identification process');
  });
});

describe("a use kept to running the service that also reached the vendor's other products", () => {
  it('loses "and other current and future … products and services"', () => {
    const lines = [
      'This Agreement is between Callmere, Inc. ("Callmere") and the utility named in the Order Form ("Customer").',
      '1.2 "Customer Data" means the call recordings and transcripts that Customer submits to the Services.',
      '4.4 Customer agrees that Callmere may use Customer Data to maintain, troubleshoot, improve and develop the Services and other current and future Callmere products and services.',
    ];
    const target = preferredReview(lines).edit(2)?.target ?? '';
    expect(target).toContain('to maintain and troubleshoot the Services.');
  });
});

describe("the vendor's title to its own models, and a survival list", () => {
  const lines = [
    'This Subscription Agreement is between Furrowline Inc. ("Furrowline") and the co-operative named in the Order Form ("Customer").',
    '1.2 "Customer Data" means all field records and other data submitted to the Platform by or on behalf of Customer.',
    '1.3 "Derived Data" means statistics that Furrowline derives from Customer Data and aggregates with data from other customers.',
    '6.1 Furrowline Models. Furrowline owns all right, title and interest in and to the Models, including all improvements, weights and parameters, regardless of whether they were trained using Customer Data.',
    '6.2 Furrowline shall not use Customer Data to train, fine-tune or improve any artificial intelligence or machine-learning model.',
    '12.5 Survival. Sections 1, 3 (as to amounts accrued), 4.2 (as to Derived Data), 4.4, 6.1, 7, 8 and 12 survive the expiry or termination of this Agreement.',
  ];

  it('leaves the title to the models with the vendor, neither swapped nor struck', () => {
    expect(preferredReview(lines).edit(3)).toBeUndefined();
  });

  it('is never replaced by a clause of the playbook', () => {
    expect(preferredReview(lines).edit(5)?.target ?? lines[5]).toMatch(/^12\.5 Survival\. Sections 1, 3/);
  });
});

describe("the customer's own schedule deleting clauses of the vendor's appendix whose numbers repeat the body's", () => {
  const lines = [
    'This Agreement is made between Ashgrove Lane LLP (the "Firm") and Pellucid Research Ltd (the "Supplier").',
    '1.1 "Firm Data" means all data that the Firm or its personnel submit to the Platform.',
    '4.2 The Supplier shall not use Firm Data to train any artificial intelligence or machine-learning model.',
    '4.4 The Supplier shall keep Firm Data confidential.',
    'SCHEDULE 3 – AMENDMENTS TO THE APPENDIX A TERMS',
    '(a) Sections 4.2 (Model Improvement) and 4.4 (Aggregate Data) are deleted.',
    'APPENDIX A – PELLUCID ENTERPRISE TERMS',
    '4.2 Model Improvement. Pellucid may use Customer Content to train and improve its research models.',
    '4.4 Aggregate Data. Pellucid may compile aggregate statistics from Customer Content and use them for any purpose.',
  ];

  it('leaves the deleted clauses of the appendix alone, and the body clauses of the same numbers stand', () => {
    const review = preferredReview(lines);
    expect(review.edit(7)).toBeUndefined();
    expect(review.edit(8)).toBeUndefined();
    expect(review.plan.skipped.some((s) => 'paragraph' in s.target && s.target.paragraph === 7 && /does not apply/.test(s.reason))).toBe(true);
  });
});

describe('a strike of the only purpose of a use', () => {
  it('is not made, since the use would be left unlimited', () => {
    const lines = [
      'This Agreement is made between Ashgrove Lane LLP (the "Firm") and Pellucid Research Ltd (the "Supplier").',
      '1.1 "Firm Data" means all data that the Firm or its personnel submit to the Platform.',
      "4.5 The Supplier may use the ratings that Authorised Users give to Outputs through the Platform's feedback buttons, and the reason category selected, to improve the Platform.",
    ];
    expect(preferredReview(lines).edit(2)?.target ?? lines[2]).toContain('to improve the Platform');
  });
});

describe('a side letter at the end that the standard terms say will control', () => {
  const lines = [
    'This Master Subscription Agreement is between Tidewell Forecasting, Inc. ("Tidewell") and the retailer named in the Order Form ("Customer").',
    'This Agreement consists of these standard terms and the side letter attached at the end of this Agreement (the "Side Letter"). In the event of any conflict, the Side Letter will control.',
    '1.2 "Customer Data" means the sales and inventory data that Customer submits to the Service.',
    '5.6 Tidewell may use Customer Data to train the demand models it makes available to all of its customers.',
    'SIDE LETTER',
    'This letter (this "Side Letter") sets out the amendments, agreed between the parties following negotiation, to the Master Subscription Agreement between Tidewell and Customer.',
    '1. Section 4.2 of the Agreement is deleted and replaced with the following: "4.2 License. Customer grants Tidewell a licence to use Customer Data solely to provide the Service to Customer."',
  ];

  it('takes the change to the standard terms as a clause of its own', () => {
    const review = reviewOf(lines, { position: 'preferred' });
    expect(review.edit(3)).toBeUndefined();
    const clause = review.inserts().find((item) => item.text.startsWith('2. Section 5.6 of the Master Subscription Agreement is deleted and replaced'));
    expect(clause?.text).toContain('Tidewell shall not use Customer Data to train');
    expect(review.inserts().some((item) => / are amended by inserting/.test(item.text))).toBe(false);
  });
});

describe('a sole-remedy limb that cites a lettered clause number', () => {
  it('is struck whole, its "Section A.6" with it', () => {
    const lines = [
      'This Agreement is between Callmere, Inc. ("Callmere") and the utility named in the Order Form ("Customer").',
      '1.2 "Customer Data" means the call recordings and transcripts that Customer submits to the Services.',
      "9.2 Sub-processors. Callmere may add or replace Sub-processors by updating the Sub-processor Page, and Customer's sole remedy if it objects to a change is to terminate the affected Services under Section A.6 of Exhibit A.",
    ];
    const target = preferredReview(lines).edit(2)?.target ?? '';
    expect(target).not.toContain('.6 of Exhibit A');
    expect(target).not.toContain('sole remedy');
  });
});

describe('metrics of the running of the service, defined to leave the customer\'s data out', () => {
  const lines = [
    'This Agreement is made between Harrowby Bank plc (the "Bank") and Scrivener Extract Ltd (the "Supplier").',
    '1.2 "Bank Data" means all documents and data that the Bank submits to the Services.',
    '1.9 "Service Metrics" means technical and statistical information about the operation of the Services, such as page volumes and processing times, which does not include Bank Data in a form from which the Bank or any individual can be identified.',
    '5.5 The Supplier may use Service Metrics to monitor, operate, secure and improve the Services.',
    '13.6 Clauses 5.1, 5.5, 7, 9 and 16 shall survive expiry or termination.',
  ];

  it('are left standing, and keep their survival', () => {
    const review = preferredReview(lines);
    expect(review.edit(3)).toBeUndefined();
    expect(review.edit(4)?.target ?? lines[4]).toContain('5.5, 7');
  });
});

describe("a row of the vendor's provider list where the contract binds its providers", () => {
  it('is a disclosure the customer needs, left standing', () => {
    const lines = [
      'This Agreement is made between Hollybrook Trust (the "Charity") and Quillfeather Ltd (the "Supplier").',
      '1.2 "Charity Data" means all data that the Charity submits to the Services, including Inputs.',
      '8.2 The Supplier shall ensure that each sub-processor and model provider is bound in writing by terms at least as protective of Charity Data as this Agreement, and shall not permit any of them to use Charity Data to train any model.',
      "8.3 The Supplier's current sub-processors are:",
      '(a) Ashdown Hosting Ltd, United Kingdom: hosting of the Services and backups.',
      '(b) Pellucid AI, Inc., United States: Foundation Model Provider for the drafting assistant, receiving Inputs and the donor fields selected for a letter through a zero-retention enterprise interface, with transfers made under the International Data Transfer Addendum; and',
    ];
    const review = preferredReview(lines);
    expect(review.edit(5)).toBeUndefined();
    expect(review.plan.skipped.some((s) => 'paragraph' in s.target && s.target.paragraph === 5 && /binds them by its own terms/.test(s.reason))).toBe(true);
  });
});

describe("the customer's own paper headed with its name and a comma before its legal form", () => {
  it('is read as the customer\'s own form, its clauses flagged rather than redlined', () => {
    const lines = [
      "HARTWELL VALLEY HEALTH PLAN, INC.",
      "SERVICES AGREEMENT - CLAIMS CODING",
      "This Services Agreement is made and entered into as of the date of the last signature below (the \"Effective Date\") by and between Hartwell Valley Health Plan, Inc., an Oregon nonprofit corporation with its principal office in Portland (\"Hartwell\"), and Codewright Systems, Inc., a Delaware corporation with its principal office in Boston (\"Codewright\").",
      "A. Hartwell is a health plan that adjudicates claims for its members.",
      "B. Codewright offers a hosted software platform that suggests claim codes, and Hartwell wishes to use it.",
      "2.1 Codewright shall provide the Services to Hartwell in accordance with this Agreement, and Hartwell shall pay the Fees.",
      "1.2 \"Plan Data\" means all claims and member data that Hartwell makes available to Codewright.",
      "8.4 Codewright shall keep Plan Data and all records relating to the Services for ten years after termination, as the law requires of Hartwell's subcontractors.",
    ];
    const review = preferredReview(lines);
    expect(review.plan.items.filter((item) => item.kind === 'edit')).toEqual([]);
    expect(review.plan.skipped.some((s) => /own form/.test(s.reason))).toBe(true);
  });
});

describe('de-identified data the customer selects, used solely for its own service', () => {
  it('is left standing, not replaced by the clause on statistics', () => {
    const lines = [
      'This Agreement is between the Department of Rural Services (the "Agency") and Wattlebrook Dialogue Pty Ltd (the "Supplier").',
      '1.2 "Agency Data" means all data that the Agency or its officers provide to the Supplier.',
      '6.4 The Supplier may use transcripts that the Agency has selected and de-identified in accordance with Schedule 4 to refine the answer templates used solely for the Virtual Assistant.',
    ];
    expect(preferredReview(lines).edit(2)?.target ?? lines[2]).toContain('used solely for the Virtual Assistant');
  });
});
