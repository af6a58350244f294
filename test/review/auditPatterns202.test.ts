// Patterns taken up in the fifty-third session, from the lawyer audits of its first runs and points left from
// audit201 (agreement 452). Every clause is our own drafting.
import { preferredReview, skippedWith } from './agreements';

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
