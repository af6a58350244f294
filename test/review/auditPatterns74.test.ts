// Patterns found reading the first-run plans of agreements 211–214 (audit74) and the re-audit of 205 (audit73). Every
// clause is the project's own drafting.
import { preferredReview } from './agreements';

const PARTIES = 'This Subscription Agreement is between Quillmere Analytics Ltd ("Supplier") and Harrowby Water plc ("Customer").';
const DATA = '1.2 "Customer Data" means all recordings, documents and information that Customer or its users upload to the Platform.';

describe('a training permission with a safeguard step the vendor takes first', () => {
  const NO_LLM = '3.1 Supplier shall not use Customer Data to train any general-purpose large language model.';
  const GRANT =
    '3.2 Notwithstanding paragraph 3.1, Customer agrees that Supplier may use Customer Data and Outputs to train and evaluate the leak-detection models that Supplier operates within the Platform (the "Quill Models"), provided that Supplier first applies its masking process to remove account holders\' names.';
  const SWITCH = '3.3 Customer may withdraw its agreement under paragraph 3.2 by switching off the "Model Learning" setting.';
  const OWNERSHIP = '3.4 Supplier retains all rights in the Quill Models.';
  const review = preferredReview([PARTIES, DATA, NO_LLM, GRANT, SWITCH, OWNERSHIP]);

  it('becomes a ban that keeps the inline definition the contract still uses, and the step goes with the use', () => {
    const target = review.edit(3)?.target ?? '';
    expect(target).toMatch(/^3\.2 Supplier shall not use Customer Data or Outputs to train or evaluate/);
    expect(target).toContain('(the "Quill Models")');
    expect(target).not.toContain('provided that');
    expect(target).not.toContain('Notwithstanding');
  });

  it('leaves the opt-out from it moot, and says so in the schedule\'s own word for its provisions', () => {
    const opt = review.edit(4);
    expect(opt?.target).toBe('3.3 [Reserved.]');
    expect(opt?.comment.external).toContain('paragraph 3.2 now a prohibition');
  });
});

describe('a survival list beside a schedule numbered afresh', () => {
  it('does not gain a body clause that shares its number with the banned schedule paragraph', () => {
    const body = '5.2 If Customer fails to pay any invoice when due, Supplier may charge interest on the overdue amount.';
    const survival = '10.5 Clauses 3, 6 and 9, and paragraphs 2 and 5.2 of Schedule 1, shall survive termination of this Agreement.';
    const schedule = 'Schedule 1: AI Features';
    const logs = '5.2 Supplier may keep prompts, Customer Data and Outputs in its evaluation logs for up to twenty-four months to monitor quality, and may continue to do so after termination of this Agreement.';
    const review = preferredReview([PARTIES, DATA, body, survival, schedule, logs]);
    expect(review.edit(5)?.target).toContain('shall not keep');
    const list = review.edit(3)?.target ?? survival;
    expect(list).not.toMatch(/Clauses 3, 5\.2/);
  });

  it('a ban takes the permission that only repeats the use ("and may continue to do so")', () => {
    const logs = '5.2 Supplier may keep prompts, Customer Data and Outputs in its evaluation logs for up to twenty-four months to monitor quality, and may continue to do so after termination of this Agreement.';
    const target = preferredReview([PARTIES, DATA, logs]).edit(2)?.target ?? '';
    expect(target).toContain('shall not keep');
    expect(target).not.toContain('may continue to do so');
  });
});

describe('clauses that lean on a use the review banned', () => {
  const NO_LLM = 'A.3 Supplier does not use Customer Data to pre-train general-purpose language models.';
  const TRAIN =
    'A.4 Model Improvement. Notwithstanding Section A.3, Customer acknowledges and agrees that Supplier may use Customer Data and Outputs to train and evaluate the Supplier Models.';
  const EXCLUDE =
    'A.5 Opt-Out. Customer may elect to exclude its Customer Data from the uses described in Section A.4 by written request to Supplier.';
  const LOGS =
    'A.9 Logs. Supplier retains logs of Customer Data for ninety (90) days to support troubleshooting, fraud prevention and the uses described in Section A.4, and thereafter may keep archived copies for a further twelve (12) months after termination.';
  const review = preferredReview([PARTIES, DATA, NO_LLM, TRAIN, EXCLUDE, LOGS]);

  it('an election to exclude data from the banned uses is moot and goes', () => {
    expect(review.edit(3)?.target).toMatch(/Supplier shall not use/);
    expect(review.edit(4)?.target).toBe('A.5 [Reserved.]');
  });

  it('a purpose that is the banned clause\'s uses is struck from a clause edited for its own risk, its list joined again', () => {
    const logs = review.edit(5)?.target ?? '';
    expect(logs).toContain('to support troubleshooting and fraud prevention');
    expect(logs).not.toContain('Section A.4');
    expect(review.edit(5)?.comment.external).toContain('uses described in Section A.4');
  });
});

describe('who owns what a banned use would have made', () => {
  const NO_LLM = 'A.3 Supplier does not use Customer Data to pre-train general-purpose language models.';
  it('goes with the use: nothing results from a use that no longer happens', () => {
    const train = 'A.4 Notwithstanding Section A.3, Supplier may use Customer Data to train the Supplier Models. All resulting models and improvements are the exclusive property of Supplier.';
    const target = preferredReview([PARTIES, DATA, NO_LLM, train]).edit(3)?.target ?? '';
    expect(target).toMatch(/Supplier shall not use Customer Data to train/);
    expect(target).not.toContain('resulting');
  });
  it('stays where it defines a term the contract still uses', () => {
    const train = 'A.4 Notwithstanding Section A.3, Supplier may use Customer Data to train the Supplier Models. All resulting models and improvements ("Model Gains") are the exclusive property of Supplier.';
    const later = 'A.7 Supplier may keep Model Gains after termination of this Agreement.';
    const target = preferredReview([PARTIES, DATA, NO_LLM, train, later]).edit(3)?.target ?? '';
    expect(target).toMatch(/Supplier shall not use Customer Data to train/);
    expect(target).toContain('("Model Gains")');
  });
});

describe('a training permission whose proviso lists conditions on "such" things', () => {
  it('becomes a ban, and the conditions go with the use they conditioned', () => {
    const noTraining = '5.1 Except as provided in Section 5.2, Supplier shall not use Customer Data to train any machine learning model.';
    const grant =
      '5.2 Supplier may use Customer Data to train the models that sort meter readings into usage bands, provided that (a) such Customer Data is pseudonymised before such use, and (b) such models are not made available to any other customer.';
    const review = preferredReview([PARTIES, DATA, noTraining, grant]);
    const target = review.edit(3)?.target ?? '';
    expect(target).toMatch(/^5\.2 Supplier shall not use Customer Data to train the models that sort meter readings into usage bands\.$/);
    expect(review.edit(2)?.target).toMatch(/^5\.1 Supplier shall not use/);
  });
});

describe('a programme clause that gathers data under a defined name and then trains on it', () => {
  const NO_LLM = '6.1 Supplier will not use Customer Data to train any large language model made available to other customers.';
  const PROGRAMME =
    '6.3 While the Insight Sharing Program is switched on for Customer\'s account (which it is by default unless the Order Form says otherwise), Supplier may collect meter images, readings and the corrections that Users make ("Reading Data"), and use Reading Data to train, tune and evaluate the recognition models used in the Platform, including models used to provide the Platform to other customers. Supplier will apply automated tools to remove account numbers from Reading Data before it is used for training.';
  const LATER = '6.4 Supplier may keep Reading Data for twelve months.';
  const target = preferredReview([PARTIES, DATA, NO_LLM, PROGRAMME, LATER]).edit(3)?.target ?? '';

  it('keeps the gathering and its definition, and bans the training on it, its verbs joined with "or"', () => {
    expect(target).toMatch(/\("Reading Data"\), but (?:will|shall) not use Reading Data to train, tune or evaluate the recognition models/);
    // The bracketed default is how the programme is set, not an exception to strike to the end of the sentence.
    expect(target).toContain('(which it is by default unless the Order Form says otherwise)');
  });

  it('drops the sentence that only says how the banned training is prepared', () => {
    expect(target).not.toContain('before it is used for training');
  });
});

describe('the vendor\'s ownership of data it derives', () => {
  it('is not handed to the customer: the use of the derived data is narrowed instead', () => {
    const derived =
      '4.2 Supplier shall own all Derived Data, meaning statistical information, embeddings, model weights and performance measurements derived from the processing of Customer Data that do not identify Customer or any individual, and may use Derived Data for any purpose.';
    const target = preferredReview([PARTIES, DATA, derived]).edit(2)?.target ?? derived;
    expect(target).toMatch(/^4\.2 Supplier shall own all Derived Data/);
    expect(target).not.toContain('Customer owns all Outputs');
    expect(target).not.toContain('for any purpose');
  });
});

describe('supplemental terms numbered G1, G2 … (audit75, 215)', () => {
  const NO_GENERAL = 'G4. No Training of General Models. Supplier will not use Input or Output to train any model made available to other customers.';
  const IMPROVE =
    'G5. Service Improvement. Notwithstanding Section G4, Supplier may use Input and Output, after removing direct identifiers such as names, email addresses and signature images, to evaluate and improve the AI Features.';
  const CONTROLS =
    'G7. Administrator Controls. Customer\'s administrator may disable any AI Feature at any time, and may opt out of the use of Input and Output described in Section G5 by turning off the "Help improve" setting. An opt-out applies only to Input submitted after the setting is changed.';
  const review = preferredReview([PARTIES, DATA, NO_GENERAL, IMPROVE, CONTROLS]);

  it('a ban strikes the whole aside with its list of examples, never leaving its tail', () => {
    const target = review.edit(3)?.target ?? '';
    expect(target).toMatch(/(?:will|shall) not use Input (?:and|or) Output to evaluate/);
    expect(target).not.toContain('signature images');
  });

  it('the opt-out limb of a clause that also gives another right goes, and the other right stays', () => {
    const target = review.edit(4)?.target ?? '';
    expect(target).toBe('G7. Administrator Controls. Customer\'s administrator may disable any AI Feature at any time.');
    expect(review.edit(4)?.comment.external).toContain('Section G5');
  });
});

describe('the vendor\'s "other current and future products"', () => {
  it('go whole, never leaving "other current"', () => {
    const DEF = '1.6 "Usage Data" means technical information about the use of the Platform, excluding Customer Data.';
    const usage = '3.3 Supplier may collect Usage Data and may use it to operate, secure and develop the Platform and Supplier\'s other current and future products and services.';
    const target = preferredReview([PARTIES, DATA, DEF, usage]).edit(3)?.target ?? '';
    expect(target).not.toContain('other current');
    expect(target).toContain('develop the Platform.');
  });
});

describe('a schedule numbered afresh beside the body', () => {
  it('a reserved schedule paragraph does not take the body clause of the same number out of the survival list', () => {
    const lines = [
      PARTIES, DATA,
      '3. Supplier shall not use Customer Data to train any general-purpose language model.',
      '5. Supplier shall keep Customer Data confidential and shall not disclose it to any third party.',
      '10.3 Clauses 5, 6 and 9 shall survive termination of this Agreement.',
      'Schedule 4: Supplier Terms',
      '4. Notwithstanding clause 3, Customer agrees that Supplier may use Customer Data to train the models behind the Platform.',
      '5. Customer may opt out of the use described in paragraph 4 by written notice to Supplier.',
    ];
    const review = preferredReview(lines);
    expect(review.edit(7)?.target).toBe('5. [Reserved.]');
    expect(review.edit(4)?.target ?? lines[4]).toContain('Clauses 5, 6 and 9');
  });
});

describe('supplier terms that name the parties afresh (audit75/76, 216 Schedule 4)', () => {
  it('read the name given to the supplier as the vendor, so its training permission becomes a ban, its verbs joined with "or"', () => {
    const parties = 'This Call-Off Contract is made between Ashcombe Hospitals NHS Trust ("Authority") and Quillmere Analytics Ltd ("Supplier").';
    const schedule = 'Schedule 4: Supplier Terms. In this Schedule 4, "Quillmere" means the Supplier, "Customer" means the Authority, and "Customer Data" means any data submitted to the Platform by or on behalf of Customer.';
    const noTraining = '5.4 The Supplier shall not use Customer Data to train any general-purpose language model.';
    const grant =
      '2. Model Improvement. Notwithstanding clause 5.4, Customer agrees that Quillmere may use Customer Data, including coders\' corrections of suggested codes ("Coder Signals"), to train, validate and improve the models underlying the Platform.';
    const review = preferredReview([parties, noTraining, schedule, grant]);
    const target = review.edit(3)?.target ?? '';
    expect(target).toContain('Quillmere shall not use Customer Data');
    expect(target).toContain('to train, validate or improve the models');
    expect(target).toContain('("Coder Signals")');
  });
});

describe('clauses that defer mid-sentence to a clause the review banned (audit75, 215 G4 and G6)', () => {
  const NO_GENERAL =
    'G4. No Training. Supplier will not use Input to train any model made available to other customers, except as described in Section G5 or where Customer has opted in to the Preview Programme.';
  const IMPROVE = 'G5. Service Improvement. Notwithstanding Section G4, Supplier may use Input to evaluate and improve the AI Features.';
  const OUTPUT = 'G6. Output. Customer owns all Output, and Supplier assigns to Customer any rights it may have in Output, subject to Supplier\'s rights under Section G5.';
  const review = preferredReview([PARTIES, DATA, NO_GENERAL, IMPROVE, OUTPUT]);

  it('an exception citing it keeps only its other limb', () => {
    expect(review.edit(3)?.target).toMatch(/(?:will|shall) not use Input/);
    expect(review.edit(2)?.target).toContain('other customers, except where Customer has opted in to the Preview Programme.');
  });

  it('a reservation of rights under it goes', () => {
    expect(review.edit(4)?.target).toBe('G6. Output. Customer owns all Output, and Supplier assigns to Customer any rights it may have in Output.');
  });
});
