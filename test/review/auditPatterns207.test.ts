// Patterns taken up in the fifty-seventh session. Every clause is our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { issueForCategory, positionFor } from '../../src/playbook/issueFor';
import { contractWording } from '../../src/review/wording';
import { paragraphsOf, preferredReview } from './agreements';

describe('a feedback list that counts corrections of the content among the feedback (audit212: 465 § 10.1, 466 § 6.7, 468 § 7(b)(i))', () => {
  const PARTIES = 'This Services Agreement is between Brackenfold Voice Ltd ("Supplier") and the insurer named in the Order Form ("Customer").';
  const DATA = '1.2 "Customer Data" means the call recordings that Customer uploads to the Services, and "Outputs" means the transcripts and summaries the Services generate from them.';
  const PROMISE = '4.1 Supplier shall not use Customer Data or Outputs to train any machine learning model.';

  it('strikes the correcting item and keeps the rest of the list, with the list still punctuated', () => {
    const feedback = '9.2 If Customer provides comments, scores, summary corrections or other feedback on the Services, Supplier may use that feedback to improve its products.';
    const edit = preferredReview([PARTIES, DATA, PROMISE, feedback]).edit(3);
    expect(edit?.target).toMatch(/^9\.2 If Customer provides comments, scores or other feedback on the Services, Supplier may use that feedback to improve its products[,.]/);
    expect(edit?.comment.external).toMatch(/^Corrections and edits carry the content they correct, so they are not feedback/);
  });

  it('takes an item that names the corrected output after its verb', () => {
    const feedback = '9.2 Supplier may use any feedback, suggestions or amendments made to Outputs by Customer\'s users to improve the Services.';
    const target = preferredReview([PARTIES, DATA, PROMISE, feedback]).edit(3)?.target ?? '';
    expect(target).toContain('any feedback or suggestions by Customer\'s users');
    expect(target).not.toContain('amendments');
  });

  it('leaves corrections of something that is not the content', () => {
    const feedback = '9.2 Supplier may use any feedback, suggestions or corrections to the Documentation provided by Customer to improve the Services.';
    const target = preferredReview([PARTIES, DATA, PROMISE, feedback]).edit(3)?.target ?? feedback;
    expect(target).toContain('corrections to the Documentation');
  });
});

describe('a customer-paid choice named by its plan, and the clauses on how it works (audit212, 468 § 7(c))', () => {
  const PARTIES = 'These Terms of Service (these "Terms") are between Pellwood Studio, Inc. ("Pellwood," "we," "us," or "our") and the business that accepts them ("Customer," "you").';
  const CONTENT = '(k) "Your Content" means the briefs, images and other materials you submit to the Services.';
  const HEAD = '7. MODEL IMPROVEMENT';
  const USE = '(b) Use of Data.';
  const SIGNALS = '(i) We may use Usage Data to operate and secure the Services.';
  const TRAIN = '(ii) Unless you have opted out under Section 7(c), we may also use Your Content to train the machine-learning models that power the Services, including models made available to other customers.';
  const BEFORE = '(iii) Before using Your Content for training under Section 7(b)(ii), we apply automated processes designed to remove personal information, and we may combine that content with content from other customers into de-identified datasets.';
  const OPT = '(c) Opt-Out.';
  const LEVER = '(i) Customers on a Studio Plan may opt out of the use described in Section 7(b)(ii) by changing a setting in the administration console.';
  const MECHANICS = '(ii) An opt-out takes effect within 30 days and applies only to Your Content submitted after it takes effect.';
  const lines = [PARTIES, CONTENT, HEAD, USE, SIGNALS, TRAIN, BEFORE, OPT, LEVER, MECHANICS];

  it('deletes the opt-out of customers on a plan once the training it switched is gone', () => {
    const plan = preferredReview(lines);
    expect(plan.edit(5)?.target).toContain('[Reserved]');
    expect(plan.edit(8)?.target).toBe('(i) [Reserved.]');
  });

  it('deletes the clause on how that opt-out works with it', () => {
    expect(preferredReview(lines).edit(9)?.target).toBe('(ii) [Reserved.]');
  });

  it('deletes the clause that only sets how the deleted use is carried out', () => {
    const edit = preferredReview(lines).edit(6);
    expect(edit?.target).toBe('(iii) [Reserved.]');
    expect(edit?.comment.external).toContain('there is nothing left for this clause to govern');
  });
});

describe('a feedback clause that carries a price (audit212, 465 § 10.1)', () => {
  const PARTIES = 'This AI Addendum is between Corsley Speech Ltd ("Provider") and the bank named in the Order Form ("Bank").';
  const DATA = '1.2 "Inputs" means call audio and other data that Bank submits to the AI Features, and "Outputs" means the transcripts the AI Features return.';
  const PROMISE = '5.1 Provider shall not use Inputs to train any model.';
  const FEEDBACK = '10.1 If Bank provides suggestions, ratings, transcript corrections or other feedback, Provider may use that feedback to improve its products, and no compensation shall be payable to Bank.';

  it('takes the corrections out and carves the customer\'s data out of the rest', () => {
    const target = preferredReview([PARTIES, DATA, PROMISE, FEEDBACK]).edit(3)?.target ?? '';
    expect(target).toContain('suggestions, ratings or other feedback');
    expect(target).toContain('except that this clause 10.1 does not apply to Inputs');
  });
});

describe('the playbook\'s words for a plural data term (audit212, 465 § 5.7)', () => {
  it('says "any Outputs generated from them" of "Inputs"', () => {
    const PARTIES = 'This AI Addendum is between Corsley Speech Ltd ("Provider") and the bank named in the Order Form ("Bank").';
    const DATA = '1.2 "Inputs" means call audio that Bank submits to the AI Features, and "Outputs" means the transcripts they return.';
    const analysis = analyzeDocument(paragraphsOf([PARTIES, DATA].join('\n')));
    const issue = issueForCategory(DEFAULT_PLAYBOOK, 'ai-training');
    expect(issue ? contractWording(positionFor(issue, 'preferred').clause, analysis.terms) : '').toContain('Inputs, any Outputs generated from them or any data derived from either');
  });
});

describe('a lettered paragraph under a "Section 6." heading cites itself by its path (audit214, 470 § 6(d))', () => {
  it('writes "this Section 6(d)" in the carve-out it adds', () => {
    const lines = [
      'These Enterprise Terms (the "Terms") are between Quayside Research, Inc. ("Quayside") and the law firm named in the Order ("Firm").',
      'Section 1. Definitions',
      '(c) "Firm Content" means documents and other material that Firm uploads to the Services.',
      'Section 6. Usage Data',
      '(a) Quayside may use Usage Data to operate and secure the Services.',
      '(b) Section 6(a) does not permit Quayside to sell Usage Data.',
      '(d) Feedback. If Firm provides suggestions or other feedback regarding the Services ("Feedback"), Quayside may use and incorporate the Feedback into its products without restriction.',
    ];
    expect(preferredReview(lines).edit(6)?.target).toContain('except that this Section 6(d) does not apply to Firm Content');
  });
});

describe('a deletion carve-out that keeps only usage, feedback and derived data (audit214, 470 § 16(e))', () => {
  const PARTIES = 'This Subscription Agreement is between Tallowmere Analytics Ltd ("Supplier") and the retailer named in the Order Form ("Customer").';
  const DATA = '1.2 "Customer Data" means the sales files that Customer uploads to the Services.';
  const DELETION = '14.3 Within thirty (30) days after termination, Supplier shall delete all Customer Data.';

  it('keeps the carve-out and holds what is kept to the derived-data safeguard', () => {
    const carveOut = '14.4 Clause 14.3 does not apply to Usage Data, Feedback or De-identified Data, which Supplier may retain and continue to use after termination.';
    const edit = preferredReview([PARTIES, DATA, DELETION, carveOut]).edit(3);
    expect(edit?.target).toBe(
      '14.4 Clause 14.3 does not apply to Usage Data, Feedback or De-identified Data, which Supplier may retain and continue to use after termination, provided that such data cannot reasonably be used to identify Customer or any individual and is not used to train any artificial intelligence or machine-learning model.',
    );
    expect(edit?.comment.external).toMatch(/^Supplier may keep usage, feedback and derived data after the Agreement ends, but only where/);
  });

  it('takes the models kept beside such data out of the carve-out first', () => {
    const carveOut = '14.4 Clause 14.3 does not apply to Usage Data or to any model trained using Customer Data, which Supplier may retain and continue to use after termination.';
    const target = preferredReview([PARTIES, DATA, DELETION, carveOut]).edit(3)?.target ?? '';
    expect(target).not.toContain('any model trained using Customer Data');
    expect(target).toContain('Clause 14.3 does not apply to Usage Data, which Supplier may retain');
  });
});

describe('usage data defined to leave the content out, used "for any lawful purpose" (audit215, 474 § 7(d))', () => {
  it('gives the open purpose way to the service\'s own, rather than deleting the clause', () => {
    const lines = [
      'These Terms of Service (these "Terms") are between Ternwick Labs, Inc. ("Ternwick," "we," "us" or "our") and the business that accepts them ("Customer," "you").',
      '(b) "Customer Content" means the messages and files you submit to the Services.',
      '(f) "Usage Data" means data about the performance and use of the Services, including logs and latency, but excluding the substance of Customer Content.',
      '(d) We may collect and use Usage Data for any lawful purpose, and we own all Usage Data.',
    ];
    const edit = preferredReview(lines).edit(3);
    expect(edit?.target).toBe('(d) We may collect and use Usage Data to operate, support, secure and improve the services, and we own all Usage Data.');
    expect(edit?.comment.external).toMatch(/usage data that leaves .* out, but not use that data for any purpose/);
  });
});

describe('a ban written into a use whose models were to be shared (audit215, 473 § 5.4.3)', () => {
  it('takes away the limb on what becomes of "the resulting Models"', () => {
    const lines = [
      'This Platform Services Agreement is between Corraun Claims Analytics Limited ("Provider") and the insurer named in the Order Form ("Insurer").',
      '1.1.4 "Claims Data" means claim files, photographs and notes that the Insurer uploads to the Platform.',
      '5.4.3 the Provider may use Claims Data to train, test and validate the Models, and the resulting Models may be made available to other insurers and customers of the Provider;',
    ];
    const target = preferredReview(lines).edit(2)?.target ?? '';
    expect(target).toContain('shall not use Claims Data to train');
    expect(target).not.toContain('resulting Models');
  });
});
