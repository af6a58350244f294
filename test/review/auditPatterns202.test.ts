// Patterns taken up in the fifty-third session, from the lawyer audits of its first runs and points left from
// audit201 (agreement 452). Every clause is our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { issueResolver } from '../../src/playbook/issueFor';
import { surgicalEdit } from '../../src/review/redline/surgical/planSurgical';
import { withReason } from '../../src/review/mergedReasons';
import { duaReview, paragraphsOf, preferredReview, skippedWith } from './agreements';

const PARTIES = 'This Platform Agreement ("Agreement") is between Brackenlow Inc. ("Brackenlow") and the customer named in the Order Form ("Customer").';
const SERVICE_DATA = '"Service Data" means all data that Customer or its users submit to the Services.';
const DELETION = '11.2 Within thirty (30) days after termination, Brackenlow shall delete all Service Data in its possession.';
const SURVIVAL = '12.1 Sections 4, 11.2, 11.3 and 13 survive any termination of this Agreement.';

describe('a clause lifting the duty to delete after termination', () => {
  const lifted =
    '11.3 Termination does not require Brackenlow to delete or retrain any model trained in accordance with Section 4.2, or to delete Usage Data or the Benchmark Set, all of which Brackenlow may continue to use after termination.';
  const grant = '4.2 Brackenlow may use Service Data to train the machine learning models that power the Services.';
  const review = () => preferredReview([PARTIES, SERVICE_DATA, grant, DELETION, lifted, SURVIVAL]);

  it('is struck whole beside the deletion it overrides, not skipped as given elsewhere (audit201, 452 § 13.4)', () => {
    const { edit, plan } = review();
    expect(edit(4)?.target).toBe('11.3 [Reserved.]');
    expect(skippedWith(plan, 4, /given elsewhere; striking the whole clause/)).toBe(false);
  });

  it('never leaves "to delete to delete" from a verb struck out of its pair', () => {
    const { plan } = review();
    const texts = plan.items.flatMap((item) => (item.kind === 'edit' ? [item.target] : []));
    expect(texts.join('\n')).not.toMatch(/to delete to delete/);
  });

  it('leaves the survival list without the struck clause', () => {
    expect(review().edit(5)?.target).toBe('12.1 Sections 4, 11.2 and 13 survive any termination of this Agreement.');
  });
});

describe('a use of the customer\'s data whose purposes mix running the service with the vendor\'s own ends', () => {
  const lines = [
    'These Platform Terms ("Terms") are between Trussmark Ltd ("Trussmark") and the customer named in the Order Form ("Customer").',
    '"Customer Materials" means all documents and content uploaded to the Platform by Customer.',
    '"Project Data" means the structured data derived by the Platform from Customer Materials.',
    '4.2 Trussmark will not use Customer Materials to train any machine learning model.',
    '3.4 Trussmark may use Customer Materials, Project Data and Usage Data to operate, analyse, maintain and improve the Platform and Trussmark\'s other products and services.',
  ];

  it('keeps running the service and loses the vendor\'s study, improvement and other products (audit200, 449 § 3.4)', () => {
    expect(preferredReview(lines).edit(4)?.target).toBe('3.4 Trussmark may use Customer Materials, Project Data and Usage Data to operate and maintain the Platform.');
  });

  it('says why in words about the customer\'s data, not about usage data', () => {
    const comment = preferredReview(lines).edit(4)?.comment.external ?? '';
    expect(comment).toContain('Customer Materials are provided so that Trussmark can deliver the Platform to Customer');
    expect(comment).not.toMatch(/usage data|anonymous/i);
  });
});

describe('a supplier\'s schedule appended to the customer\'s own form', () => {
  const lines = (note: string, precedence: string) => [
    'Harbourgate Procurement Form TSA-07',
    'This Technology Services Agreement is between Harbourgate Hotels Limited ("Harbourgate") and Parvane Yield Ltd ("Supplier").',
    '(A) This Agreement is Harbourgate\'s standard form of technology procurement contract.',
    '"Harbourgate Data" means all data that Harbourgate or the Group Hotels provide to Supplier.',
    '7.2 Supplier shall not use Harbourgate Data to train any machine-learning model.',
    'SCHEDULE 4 - PRICING MODULE TERMS',
    note,
    precedence,
    '2.3 Supplier may use Harbourgate Data to train and improve the machine-learning models underlying the Pricing Module and Supplier\'s other products.',
  ];

  it('is redlined as the supplier\'s paper where a note under its heading says whose terms it is (audit203, 454 Schedule 4)', () => {
    const { edit } = preferredReview(lines('(Supplier\'s terms for its optional Pricing Module, appended at Supplier\'s request and agreed by Harbourgate as a condition of access.)', '1.1 This Schedule 4 applies to the Pricing Module.'));
    expect(edit(8)).toBeDefined();
  });

  it('is redlined where it sets aside named clauses of the form', () => {
    const { edit } = preferredReview(lines('1. Application', '1.2 In relation to the Pricing Module only, this Schedule 4 prevails over clauses 6.1 and 7.2 of the Agreement.'));
    expect(edit(8)).toBeDefined();
  });

  it('is left to instructions where it is the customer\'s own schedule', () => {
    const { edit } = preferredReview(lines('1. Application', '1.1 This Schedule 4 applies to the Pricing Module.'));
    expect(edit(8)).toBeUndefined();
  });
});

describe('an example struck from the subject of a sentence', () => {
  it('keeps the sentence\'s verb after the example\'s closing comma (454 Schedule 4 § 4.1)', () => {
    const lines = [
      'This Agreement is between Parvane Yield Ltd ("Supplier") and the customer named in the Order Form ("Customer").',
      '"Customer Data" means all data that Customer provides to the Services.',
      '4.1 All models developed or improved by Supplier, including any improvement resulting from Customer Data or from Customer\'s use of the Services, are and shall remain the exclusive property of Supplier.',
    ];
    expect(preferredReview(lines).edit(2)?.target).toBe('4.1 All models developed or improved by Supplier are and shall remain the exclusive property of Supplier.');
  });
});

describe('a ban on reuse in other matters and for other customers', () => {
  it('forbids either, not only both (audit203, 453 A2.4)', () => {
    const lines = [
      'This Agreement is between Lexwell Discovery Inc. ("Lexwell") and the law firm named in the Order Form ("Firm").',
      '"Matter Data" means documents and coding decisions that Firm uploads to the Platform.',
      '"Matter Models" means models trained on Matter Data for a single Matter.',
      'A2.4 Lexwell may use Matter Models to initialize, pre-train or calibrate Models used in other Matters and for other customers.',
    ];
    expect(preferredReview(lines).edit(3)?.target).toContain('Models used in other Matters or for other customers');
  });
});

describe('a keeping for a period the ban strikes', () => {
  it('loses the words that point back at the period too (audit203, 453 A5.3)', () => {
    const clause =
      'A5.3 Lexwell may retain Matter Models, coding-decision metadata and Outputs from a closed Matter for up to seven (7) years for model-validation purposes, and may continue to use them to train its Models during that period.';
    const paragraphs = paragraphsOf(
      ['This Agreement is between Lexwell Discovery Inc. ("Lexwell") and the law firm named in the Order Form ("Firm").', '"Matter Data" means documents and coding decisions that Firm uploads to the Platform.', clause].join('\n'),
    );
    const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
    const finding = analysis.findings.find((f) => f.paragraph === 2 && f.category === 'ai-training');
    const edits = DEFAULT_PLAYBOOK.issues.find((issue) => issue.appliesTo.includes('ai-training'))?.positions[0]?.edits;
    if (!finding || !edits) throw new Error('expected a training finding and the playbook\'s edits for it');
    const target = surgicalEdit(clause.slice(finding.start, finding.end), finding.start, finding, edits, analysis)?.target ?? '';
    expect(target).toContain('shall not');
    expect(target).not.toContain('seven (7) years');
    expect(target).not.toContain('during that period');
  });
});

describe('a keeping whose places include what was already trained', () => {
  it('loses that place and keeps the backups and the law\'s purposes (audit202, 456 § 12.5)', () => {
    const lines = [
      'These Creator Terms ("Terms") are between Quillbrook Media Inc. ("we") and you.',
      '"Your Content" means the audio, artwork and text you upload to the Services.',
      '4.2 You grant us a worldwide licence to host, copy and distribute Your Content to operate the Services.',
      '12.4 After your account is closed, we will delete Your Content from our production systems within ninety (90) days, except as described in section 12.5.',
      '12.5 We may retain Your Content and Outputs in backups, for legal, tax and accounting purposes, and in any datasets that have already been used to train our models, and the licence in section 4.2 will continue for such retained copies.',
    ];
    expect(preferredReview(lines).edit(4)?.target).toBe(
      '12.5 We may retain Your Content and Outputs in backups, for legal, tax and accounting purposes, and the licence in section 4.2 will continue for such retained copies.',
    );
  });
});

describe('a data-use agreement reviewed for the data owner', () => {
  const edit = (lines: readonly string[], paragraph: number) => duaReview(lines).edit(paragraph);
  const PARTIES = 'This Data Use Agreement is between Harrowvale Veterinary Network Ltd ("the Network") and Pawmetric Ltd ("the Recipient").';
  const DATA = '"Licensed Data" means the de-identified clinical records the Network delivers under clause 2.';

  it('ends the licence with the agreement rather than replacing the grant with a deletion clause (audit202, 455 § 3.1)', () => {
    const grant = '3.1 The Network grants to the Recipient a worldwide, non-exclusive, perpetual and irrevocable licence to use, copy and store the Licensed Data for the Permitted Purpose.';
    const item = edit([PARTIES, DATA, grant], 2);
    expect(item?.target).toBe('3.1 The Network grants to the Recipient a worldwide, non-exclusive licence, for the term of this Agreement, to use, copy and store the Licensed Data for the Permitted Purpose.');
  });

  it('leaves the keeping of the trained models alone, neither turned into their deletion nor replaced (audit202, 455 § 12.1)', () => {
    const purpose = '3.2 The Recipient shall use the Licensed Data solely to train and validate diagnostic Models.';
    const keeping =
      '12.1 On expiry or termination, the Recipient may retain and continue to use, reproduce, deploy, license and commercialise all Models (including trained weights and checkpoints), Derived Data and Outputs, and shall have no obligation to retrain, unlearn or delete any Model.';
    expect(edit([PARTIES, DATA, purpose, keeping], 3)).toBeUndefined();
  });
});

describe('one reason given for two clauses leaving a survival list', () => {
  it('is said once for both (456 § 12.7)', () => {
    const first = 'We added section 5.14. Section 5.11 gives Quillbrook a right to use your content that should not outlast these Terms, so we removed it from the clauses that survive.';
    const second = 'Section 12.5 gives Quillbrook a right to use your content that should not outlast these Terms, so we removed it from the clauses that survive.';
    expect(withReason(first, second)).toBe(
      'We added section 5.14. Sections 5.11 and 12.5 give Quillbrook a right to use your content that should not outlast these Terms, so we removed them from the clauses that survive.',
    );
    expect(withReason('We added section 5.14.', second)).toBe(`We added section 5.14. ${second}`);
  });
});
