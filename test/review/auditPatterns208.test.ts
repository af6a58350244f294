// Patterns taken up in the fifty-eighth session (audit215, audit216, audit217). Every clause is our own drafting.
import { FREE_OF_DUTY } from '../../src/review/redline/surgical/banSurroundings';
import { withReason } from '../../src/review/mergedReasons';
import { preferredReview, reviewOf } from './agreements';

const PARTIES = 'These Terms are between Corvel Chat, Inc. ("Corvel", "we", "us") and the business that accepts them ("Customer", "you").';
const CONTENT = '(b) "Customer Content" means the files and articles you upload to the Services.';
const CONVERSATIONS = '(c) "Conversation Data" means the messages and transcripts exchanged between your End Users and the Services.';

describe('a survival list that names lettered clauses the review deleted (audit215, 474 § 14(g))', () => {
  const AGGREGATE =
    '(e) We may compile aggregated data derived from Customer Content, and we may use and disclose such data for any purpose during and after the term of these Terms.';
  const AFTER =
    '(f) Termination does not affect our rights in aggregated data under Section 7(e) or in any model trained on Customer Content, and we are not required to retrain or delete any such model.';
  const SURVIVAL = '(g) Sections 2, 7(e), 12, 14(f) and 18 will survive any termination or expiration of these Terms.';
  const lines = [PARTIES, CONTENT, '7. Data', AGGREGATE, '14. Termination', AFTER, SURVIVAL];

  it('takes every deleted clause out of the list, and says so once', () => {
    const plan = preferredReview(lines);
    const deleted = [3, 5].filter((p) => /\[Reserved\]\.?$/.test(plan.edit(p)?.target ?? ''));
    const survival = plan.edit(6);
    for (const p of deleted) {
      const number = p === 3 ? '7(e)' : '14(f)';
      expect(survival?.target).not.toContain(`${number},`);
    }
    expect(deleted.length).toBeGreaterThan(0);
    expect((survival?.comment.external.match(/no longer surviv/g) ?? []).length).toBe(1);
  });

  it('says one reason for two deleted clauses once, and for a third with them', () => {
    const two = withReason('We deleted Section 7(e), so it no longer survives.', 'We deleted Section 14(f), so it no longer survives.');
    expect(two).toBe('We deleted Sections 7(e) and 14(f), so they no longer survive.');
    expect(withReason(two, 'We deleted Section 15, so it no longer survives.')).toBe('We deleted Sections 7(e), 14(f) and 15, so they no longer survive.');
  });
});

describe('a setting the customer\'s administrators may switch off, once the use it switches is banned (audit215, 474 § 8(e))', () => {
  const TRAIN = '(d) Corvel Models. We may use Conversation Data to train our own intent models, which we make available to all of our customers.';
  const SETTING =
    '(e) Model Improvement Setting. Workspace administrators may disable the "Model Improvement" setting in the admin console, in which case we will stop using your Conversation Data for the purposes described in Section 8(d) within thirty (30) days, although models already trained will not be retrained.';
  it('deletes the switch with the use', () => {
    const plan = preferredReview([PARTIES, CONTENT, CONVERSATIONS, '8. AI Features', TRAIN, SETTING]);
    expect(plan.edit(4)?.target).toMatch(/will not use Conversation Data/);
    expect(plan.edit(5)?.target).toMatch(/^\(e\) \[Reserved\.?\]$/);
  });
});

describe('an example of new products after purposes narrowed to running the service (audit215, 474 § 7(c))', () => {
  it('goes with the development it illustrated', () => {
    const clause =
      '(c) You also grant us a royalty-free license to use Customer Content to maintain, analyze, improve and develop our products and services, including new features.';
    const target = preferredReview([PARTIES, CONTENT, clause]).edit(2)?.target ?? '';
    expect(target).not.toContain('new features');
    expect(target).toMatch(/to maintain\b/);
  });
});

describe('a second data term named beside the main one throughout (audit215, 474 § 13(b) and § 18(h))', () => {
  const ALSO = [
    '(d) We will host Customer Content and Conversation Data in the United Kingdom.',
    '(e) You may export Customer Content and Conversation Data at any time.',
    '(f) We will delete Customer Content and Conversation Data within thirty days after termination.',
  ];
  const FEEDBACK = '(g) If you provide suggestions or other feedback about the Services, we may use that feedback for any purpose, including to improve our products.';
  it('names both in the feedback carve-out', () => {
    const target = preferredReview([PARTIES, CONTENT, CONVERSATIONS, ...ALSO, FEEDBACK]).edit(6)?.target ?? '';
    expect(target).toMatch(/does not apply to Customer Content or Conversation Data\.$/);
  });

  it('names the main term alone where the second is named beside it only once', () => {
    const target = preferredReview([PARTIES, CONTENT, CONVERSATIONS, ALSO[0] ?? '', FEEDBACK]).edit(4)?.target ?? '';
    expect(target).toMatch(/does not apply to Customer Content\.$/);
  });

  it('keeps the comment in the main term, whose verbs agree with it', () => {
    const comment = preferredReview([PARTIES, CONTENT, CONVERSATIONS, ...ALSO, FEEDBACK]).edit(6)?.comment.external ?? '';
    expect(comment).not.toContain('Conversation Data');
  });
});

describe('a power to change the terms and the contract\'s defined "Policy" (audit215, 474 § 18(h))', () => {
  it('writes the proviso with the defined word', () => {
    const POLICIES = '(c) These Terms incorporate our Acceptable Use Policy at https://corvel.example/aup and our Privacy Policy at https://corvel.example/privacy (together, the "Policies").';
    const change =
      '(h) We may modify these Terms or any Policy by posting the updated version on our website, and your continued use of the Services after the change constitutes acceptance of it.';
    const target = preferredReview([PARTIES, CONTENT, POLICIES, change]).edit(3)?.target ?? '';
    expect(target).toMatch(/no change to these Terms or any Policy (?:will|shall) expand/);
  });
});

describe('hospital terms with a schedule of AI features (audit217, 475)', () => {
  const PARTIES = 'This Enterprise Subscription Agreement is between Quillmere Health Inc. ("Quillmere") and the health system named in the Order Form ("Customer").';
  const DATA = '1.4 "Customer Data" means the audio recordings, transcripts and notes that Customer\'s users capture in the Services.';
  const USAGE = '1.12 "Usage Data" means telemetry, log files and performance metrics generated by the operation of the Services, which does not include the content of Customer Data.';

  it('keeps the series joined when its last item is struck (§ 4.3)', () => {
    const clause =
      '4.3 Quillmere may de-identify Customer Data in accordance with Section 1.5 and may use, disclose, reproduce, combine with other data, and commercialise De-identified Data for any lawful purpose, including research and benchmarking, both during and after the term of this Agreement.';
    const target = preferredReview([PARTIES, DATA, clause]).edit(2)?.target ?? '';
    expect(target).not.toContain('commercialise');
    expect(target).toContain('may use, disclose, reproduce and combine with other data De-identified Data');
  });

  it('leaves the customer\'s own right to access the service, ending on termination, alone (§ 9.5)', () => {
    const clause =
      '9.5 Upon termination or expiry, Customer\'s right to access the Services ends, and for thirty (30) days thereafter Quillmere will make Customer Data available for export in the formats described in the Documentation.';
    expect(preferredReview([PARTIES, DATA, clause]).edit(2)).toBeUndefined();
  });

  it('leaves content-free usage data published only in a form that identifies no one (§ 4.5)', () => {
    const clause =
      '4.5 Quillmere may collect and use Usage Data to operate, analyse and improve the Services, and may publish Usage Data in aggregated form that does not identify Customer or any individual.';
    expect(preferredReview([PARTIES, DATA, USAGE, clause]).edit(3)).toBeUndefined();
  });

  it('leaves the vendor its own template elements in the outputs (§ 5.2)', () => {
    const clause =
      '5.2 Customer acknowledges that Output may be similar to content generated for other customers, and that Quillmere retains all rights in the structure, formatting and template elements of Output.';
    expect(preferredReview([PARTIES, DATA, clause]).edit(2)).toBeUndefined();
  });

  it('bans development for any customer, not only for all of them (Sch 3 § 3.1)', () => {
    const clause = '3.1 Quillmere uses Customer Data, including the edits users make to draft notes, to train and improve its proprietary models and to develop new AI Features for all customers.';
    const target = preferredReview([PARTIES, DATA, clause]).edit(2)?.target ?? '';
    expect(target).toMatch(/shall not use Customer Data/);
    expect(target).not.toContain('for all customers');
  });
});

describe('an audience platform\'s general terms (audit217, 476)', () => {
  const PARTIES = 'These General Terms are between Lumen Audience Ltd ("Lumen") and the retailer named in the Order Form ("Client").';
  const DATA = '"Client Data" means all data that Client or its Named Users upload to, connect to or generate within the Services.';

  it('drops the models and other products the narrowed verbs no longer serve (§ 4.3)', () => {
    const clause = '4.3 Lumen may use Client Data to maintain, develop, improve and enhance the Services, the Models and Lumen\'s other products.';
    const target = preferredReview([PARTIES, DATA, clause]).edit(2)?.target ?? '';
    expect(target).toBe('4.3 Lumen may use Client Data to maintain the Services.');
  });

  it('says once, in the clause it inserts, what binds third-party model providers (§ 7.2 and 7.6)', () => {
    const features = '7.1 The Services include a query assistant powered by large language models provided by a Third-Party AI Provider.';
    const send = '7.2 When Client uses those features, Lumen will send prompts and relevant Client Data to the Third-Party AI Provider, which may process them in the United States.';
    const review = reviewOf([PARTIES, DATA, features, send], { position: 'preferred' });
    const inserted = review.inserts().filter((item) => item.issue.id === 'third-party-ai');
    expect(inserted).toHaveLength(1);
    expect(review.edit(3)?.target ?? send).not.toContain('has approved each such provider');
  });

  it('gives an erasure its own reason when its limits are struck (Sch 1 § 2.4)', () => {
    const clause =
      '2.4 Where a Data Subject exercises a right of erasure, Lumen shall delete that Data Subject\'s Personal Data from Client\'s workspace within thirty (30) days of Client\'s instruction, but shall not be required to remove that individual\'s contribution from Aggregated Data or the Models.';
    const edit = preferredReview([PARTIES, DATA, '"Personal Data" means personal data within Client Data.', clause]).edit(3);
    expect(edit?.target).not.toContain('shall not be required');
    expect(edit?.comment.external).toMatch(/^Deletion must reach/);
  });
});

describe('an interview platform\'s terms (audit218, 480)', () => {
  const PARTIES = 'These Enterprise Terms are between Candwell Hiring Ltd ("Candwell") and the retailer named in the Order Form ("Client").';
  const DATA = '1.1 "Client Data" means the interview recordings, transcripts and hiring outcomes that Client or Candidates submit to the Services.';
  const LICENCE = '4.3 Client further grants Candwell a perpetual, irrevocable licence to use Client Data to research, develop and improve the Services and Candwell\'s other products.';
  const AGGREGATE =
    '4.4 Candwell may create anonymised and aggregated data from Client Data, including benchmark data on completion rates, and Candwell shall own such data and may use it for any lawful purpose during and after the Subscription Period.';

  it('deletes a clause that only keeps the vendor\'s licences alive after the end (§ 8.4)', () => {
    const survival = '8.4 The licences granted in clauses 4.3 and 4.4 shall survive termination or expiry of these Terms.';
    const edit = preferredReview([PARTIES, DATA, LICENCE, AGGREGATE, survival]).edit(4);
    expect(edit?.target).toBe('8.4 [Reserved.]');
  });

  it('sets the standard for anonymous aggregates rather than banning them (§ 4.4)', () => {
    const target = preferredReview([PARTIES, DATA, AGGREGATE]).edit(2)?.target ?? '';
    expect(target).not.toContain('shall not create');
    expect(target).toMatch(/provided that such data is aggregated with the data of other clients/);
  });
});

describe('an owner swapped where the licence back names the customer with its article (audit216, 478 A4.2; audit219, 481 § 5.2)', () => {
  it('strikes the licence back, and gives no reason about transfer for a non-transferable licence', () => {
    const lines = [
      'This Addendum is between Paysworth Ltd ("Paysworth") and the company named in the Order Form (the "Client").',
      'A1.1 "Client Data" means the payroll data that the Client uploads to the Services.',
      'A4.2 As between the parties, Paysworth owns all AI Outputs and grants the Client a non-exclusive, non-transferable licence to use AI Outputs for its internal business purposes during the Term.',
    ];
    const edit = preferredReview(lines).edit(2);
    expect(edit?.target).toMatch(/^A4\.2 As between the parties, (?:the )?Client owns all AI Outputs\.$/);
    expect(edit?.comment.external).not.toMatch(/sublicence or transfer/);
  });
});

describe('a survival clause that names the licences it keeps by their clauses (459 § 14.3)', () => {
  it('goes whole, not without its verb', () => {
    const lines = [
      'This Agreement is between Quillmere Ltd ("Quillmere") and the publisher named below ("Contributor").',
      '1.2 "Contributed Data" means the texts the Contributor supplies.',
      '3.3 The Contributor grants to Quillmere a perpetual, irrevocable licence to use the Contributed Data for any purpose.',
      '14.3 The licence in clause 3.3 and the rights in clause 14.2 shall survive expiry or termination of this Agreement for any reason and are irrevocable.',
    ];
    expect(preferredReview(lines).edit(3)?.target).toBe('14.3 [Reserved.]');
  });
});

describe('what freed a keeping from the deletion duty, once the keeping is banned (audit218, 479 Sch 2 ¶8)', () => {
  it('is a tail the ban does not keep', () => {
    const tail = ', notwithstanding any termination or expiry of this Agreement or deletion of Customer Content under clause 10.5';
    expect(`Lexmoor shall not retain model artefacts${tail}.`.match(FREE_OF_DUTY)?.[0]).toBe(tail);
    expect('Lexmoor shall not use Customer Content to train any model, notwithstanding anything in the Data Use Policy.'.match(FREE_OF_DUTY)).toBeNull();
  });
});

describe('a disclosure to model providers made subject to their own terms (audit216, 477 § 5.3; audit218, 479 § 6.2; audit219, 482 § 5.4)', () => {
  const PARTIES = 'This Agreement is between Lexmoor Ltd ("Lexmoor") and the insurer named in the Order Form ("Subscriber").';
  const DATA = '1.2 "Customer Content" means the contracts Subscriber uploads to the Platform.';
  const PROVIDER = '1.6 "Model Provider" means a third party that hosts a large language model that Lexmoor uses to provide the AI Features.';
  const BOUND = '6.1 Lexmoor will require each Model Provider by written agreement not to use Customer Content to train any model.';

  it('strikes the deference and says why', () => {
    const send =
      '6.2 Subscriber acknowledges that Customer Content will be transmitted to and processed by Model Providers to the extent necessary to generate Outputs, and that such processing is subject to the Model Providers\' own terms.';
    const edit = preferredReview([PARTIES, DATA, PROVIDER, BOUND, send]).edit(4);
    expect(edit?.target).toBe('6.2 Subscriber acknowledges that Customer Content will be transmitted to and processed by Model Providers to the extent necessary to generate Outputs.');
    expect(edit?.comment.external).toMatch(/not to their own terms/);
  });

  it('strikes it with the aside on those terms', () => {
    const keep = '5.3 Model Providers may retain Customer Content for up to thirty (30) days for abuse monitoring in accordance with their own published policies, which Lexmoor does not control.';
    const edit = preferredReview([PARTIES, DATA, PROVIDER, BOUND, keep]).edit(4);
    expect(edit?.target).toBe('5.3 Model Providers may retain Customer Content for up to thirty (30) days for abuse monitoring.');
  });
});
