// Knock-on patterns named by the lawyer audits of agreements 129–136 (audit51, audit52) and checked again in this
// session, in our own drafting: a clause whose subject is what a banned use made ("Models trained under Section 4.2
// remain Provider's property") is moot once the use is banned, and goes, its number kept.
import { applyOps } from '../../src/engine/applyOps';
import type { Finding } from '../../src/engine/types';
import { strikeSentence } from '../../src/review/strikes';
import { reviewOf } from './agreements';

const PARTIES = 'This Agreement is between Kestrel Analytics, Inc. ("Provider") and Marlow Freight LLC ("Customer").';
const DATA = '1.1 "Customer Data" means all data and content that Customer or its Users submit to the Services.';
const GRANT = '4.2 Provider may use Customer Data to train and improve the machine learning models that power the Services.';

describe('a clause about what a banned use made', () => {
  it('is reserved when its subject rests on the banned clause', () => {
    const lines = [PARTIES, DATA, GRANT, '4.3 Models trained under Section 4.2 remain the property of Provider and need not be retrained or deleted.'];
    const review = reviewOf(lines, { position: 'preferred' });
    expect(review.edit(2)?.target).toMatch(/shall not use Customer Data to train/);
    const moot = review.edit(3);
    expect(moot?.target).toBe('4.3 [Reserved.]');
    expect(moot?.comment.external).toMatch(/With Section 4\.2 now a prohibition, nothing can be made under it/);
  });

  it('leaves the survival list without the reserved clause', () => {
    const lines = [PARTIES, DATA, GRANT, '4.3 Any improvements developed pursuant to Section 4.2 shall be owned by Provider.', '9.4 Sections 4.2, 4.3 and 7 survive any termination of this Agreement.'];
    const review = reviewOf(lines, { position: 'preferred', insertMissing: false });
    expect(review.edit(3)?.target).toBe('4.3 [Reserved.]');
    expect(review.edit(4)?.target).toBe('9.4 Sections 4.2 and 7 survive any termination of this Agreement.');
  });

  it('stays when the clause it rests on still grants the use', () => {
    const lines = [PARTIES, DATA, '4.2 Provider may use Customer Data to operate the Services.', '4.3 Reports generated under Section 4.2 belong to Customer.'];
    expect(reviewOf(lines, { position: 'preferred', insertMissing: false }).edit(3)).toBeUndefined();
  });

  it('stays when it does more than deal with what was made (a second sentence)', () => {
    const lines = [PARTIES, DATA, GRANT, '4.3 Models trained under Section 4.2 remain the property of Provider. Provider shall give Customer a list of such models on request.'];
    expect(reviewOf(lines, { position: 'preferred', insertMissing: false }).edit(3)?.target).not.toBe('4.3 [Reserved.]');
  });
});

describe('a protection that lets the risky clause through answers nothing (audit53, 137 and 138)', () => {
  const TRAINS = '5.2 Subject to clause 5.4, Provider may use Customer Data to train and validate the Models, including Models offered to other customers.';

  it('is not a flow-down read as the vendor\'s own promise ("prohibit that provider from using …")', () => {
    const lines = [
      PARTIES,
      DATA,
      TRAINS,
      '5.4 Customer may at any time, by written notice, elect that Customer Data shall no longer be used under clause 5.2.',
      '6.4 Provider shall ensure that its contracts with each provider listed in Schedule 3 prohibit that provider from using Customer Data to train its own models.',
    ];
    const review = reviewOf(lines, { position: 'preferred', insertMissing: false });
    expect(review.edit(2)?.target).toMatch(/shall not use/);
    // The customer's election out of the banned use is moot and goes, its number kept.
    expect(review.edit(3)?.target).toBe('5.4 [Reserved.]');
  });

  it('is not an instruction that takes the risky clause in ("which the parties agree include the processing described in clause 5.2")', () => {
    const lines = [
      PARTIES,
      DATA,
      '"Models": the machine learning models that Provider uses to run the Forecasting Features, with their weights.',
      "5.2 Subject to clause 5.4, Provider may use Customer Data to train, retrain, test and validate the Models, including Models used to provide the Forecasting Features to Provider's other customers, provided that Personal Data is pseudonymised before such use.",
      "2. Provider shall process the Personal Data only on Customer's documented instructions, which the parties agree include the processing described in clauses 5.2 and 5.3.",
    ];
    expect(reviewOf(lines, { position: 'preferred', insertMissing: false }).edit(3)?.target).toMatch(/shall not use/);
  });

  it('is not a ban that opens "Except as set out in Section A.5"', () => {
    const lines = [
      PARTIES,
      DATA,
      '1.2 "Usage Data" means data about the operation of the Services, including information derived from Customer Data.',
      "4.3 Subject to Exhibit A, Provider may use Customer Data and Usage Data to maintain, analyze, improve and develop the Services and Provider's other products and services.",
      'A.3 Except as set out in Section A.5, Provider shall not use Customer Data to train any artificial intelligence model.',
      'A.5 If Customer joins the Model Improvement Program, Provider may use Customer Data to train its shared ranking models.',
    ];
    const target = reviewOf(lines, { position: 'preferred', insertMissing: false }).edit(3)?.target;
    expect(target).toBeDefined();
    expect(target).not.toMatch(/develop the Services and Provider's other products/);
  });
});

describe('a last sentence that only describes the struck one by a pronoun ("It won\'t identify you.")', () => {
  const finding = (text: string, sentence: string) => ({ start: text.indexOf(sentence), end: text.indexOf(sentence) + sentence.length }) as unknown as Finding;
  const first = 'We may create aggregated statistics from Your Recordings and use them for any purpose.';

  it('goes with it, and an unnumbered paragraph of only those two goes whole', () => {
    const text = `${first} They won't identify you.`;
    expect(applyOps(text, strikeSentence(text, finding(text, first)) ?? [])).toBe('');
  });
  it('goes with it where other sentences stand before them', () => {
    const text = `We keep your recordings private. ${first} It won't identify you.`;
    expect(applyOps(text, strikeSentence(text, finding(text, first)) ?? []).trim()).toBe('We keep your recordings private.');
  });
  it('stays when it says something of its own (a longer sentence, or a further one after it)', () => {
    const text = `We keep your recordings private. ${first} It won't identify you. You can ask us for a copy at any time.`;
    expect(applyOps(text, strikeSentence(text, finding(text, first)) ?? [])).toMatch(/It won't identify you\. You can ask/);
  });
});

describe('a clause the review turned into a ban', () => {
  it('joins the survival list, so the ban outlasts the contract while the vendor keeps the data (audit54, 144 § 12.3)', () => {
    const lines = [PARTIES, DATA, GRANT, '9.4 Sections 7 and 9 survive any termination of this Agreement.'];
    const review = reviewOf(lines, { position: 'preferred', insertMissing: false });
    expect(review.edit(2)?.target).toMatch(/shall not use/);
    const survival = review.edit(3);
    expect(survival?.target).toBe('9.4 Sections 4.2, 7 and 9 survive any termination of this Agreement.');
    expect(survival?.comment.external).toMatch(/Section 4\.2 \(as we have revised it\)/);
  });

  it('is not added where the list already covers it ("Sections 4 and 9")', () => {
    const lines = [PARTIES, DATA, GRANT, '9.4 Sections 4 and 9 survive any termination of this Agreement.'];
    expect(reviewOf(lines, { position: 'preferred', insertMissing: false }).edit(3)).toBeUndefined();
  });
});

describe('a lever that names the banned clause by its heading ("opt out of the Model Improvement Program")', () => {
  it('is moot once the clause under that heading is a ban, its own run-in heading notwithstanding', () => {
    const lines = [
      PARTIES,
      DATA,
      'A.5 Model Improvement Program. Unless Customer opts out under Section A.6, Provider may use Customer Data to train its shared ranking models.',
      'A.6 Opt-Out. Customer may opt out of the Model Improvement Program at any time by disabling the "Contribute" setting in the console.',
    ];
    const review = reviewOf(lines, { position: 'preferred', insertMissing: false });
    expect(review.edit(2)?.target).toMatch(/shall not use/);
    expect(review.edit(3)?.target).toBe('A.6 [Reserved.]');
  });

  it('stays when it names another programme', () => {
    const lines = [
      PARTIES,
      DATA,
      'A.5 Model Improvement Program. Unless Customer opts out under Section A.6, Provider may use Customer Data to train its shared ranking models.',
      'A.7 Beta Features. Customer may opt out of the Early Access Program at any time in the console.',
    ];
    expect(reviewOf(lines, { position: 'preferred', insertMissing: false }).edit(3)).toBeUndefined();
  });
});

describe('a grant with a limb for the customer\'s own model and a pooled limb behind an opt-out (audit54, 141 § 5.3)', () => {
  it('loses only the pooled limb, and the opt-out it pointed to goes as moot', () => {
    const lines = [
      PARTIES,
      DATA,
      "5.3 Provider may use Customer Data to train the models that power the Forecasting Features for Customer's account and, unless Customer opts out under Section 5.4, to improve the general models offered to all customers, provided that such data is pseudonymized first.",
      '5.4 Customer may opt out of the use described in the second part of Section 5.3 at any time by written notice to Provider.',
    ];
    const review = reviewOf(lines, { position: 'preferred', insertMissing: false });
    expect(review.edit(2)?.target).toBe(
      "5.3 Provider may use Customer Data to train the models that power the Forecasting Features for Customer's account, provided that such data is pseudonymized first.",
    );
    expect(review.edit(3)?.target).toBe('5.4 [Reserved.]');
    expect(review.edit(3)?.comment.external).toMatch(/We struck from Section 5\.3 the use it let Customer opt out of/);
  });
});

describe('consumer terms (audit55, 147)', () => {
  const TERMS = ['These terms are between you and Lindgrove Apps Ltd ("Lindgrove", "we", "us").'];
  it('a numbered heading that asks how a use happens ("7. How we use Your Photos to improve our AI") is not rewritten', () => {
    const lines = [...TERMS, '7. How we use Your Photos to improve our AI', 'We may use Your Photos to train and improve our AI models.'];
    const review = reviewOf(lines, { position: 'preferred', insertMissing: false });
    expect(review.edit(1)).toBeUndefined();
    expect(review.edit(2)?.target).toMatch(/^We will not use Your Photos/);
  });
  it('a permission gated on the customer\'s switch becomes a ban without the gate', () => {
    const lines = [...TERMS, 'If the "Help improve Lindgrove" setting is on, we may use Your Photos to train and improve our AI models.'];
    expect(reviewOf(lines, { position: 'preferred', insertMissing: false }).edit(1)?.target).toMatch(/^We will not use Your Photos to train/);
  });
});
