// Patterns named by the lawyer audit of agreements 149–152 (audit56), in our own drafting: the central grant of the
// data-use section was left standing because a no-training clause existed elsewhere and the whole-sentence rewrite
// would also take the maintenance the customer needs.
import { applyOps } from '../../src/engine/applyOps';
import { strikeExample } from '../../src/review/strikes';
import { reviewOf } from './agreements';

const PARTIES = 'This Agreement is between Brackenly Systems, Inc. ("Provider") and Tidewell Homes LLC ("Customer").';
const DATA = '1.1 "Customer Data" means all data and content that Customer or its Users submit to the Services.';
const NO_TRAINING = '4.5 Notwithstanding Section 4.3, Provider shall not use Customer Data to train any generative model offered to other customers.';

describe('a purpose whose verbs mix serving the customer with the vendor\'s own ends', () => {
  it('keeps the serving verb and drops the vendor\'s verbs and its other business', () => {
    const grant = "4.3 Customer agrees that Provider may use Customer Data, including ratings given by Users, to support, enhance and develop the Services and Provider's other products and services, subject to Section 4.5.";
    const review = reviewOf([PARTIES, DATA, grant, NO_TRAINING], { position: 'preferred', insertMissing: false });
    expect(review.edit(2)?.target).toBe('4.3 Customer agrees that Provider may use Customer Data, including ratings given by Users, to support the Services, subject to Section 4.5.');
  });

  it('drops "the Supplier\'s other products" too, in the contract\'s own possessive', () => {
    const grant = "4.3 The Customer agrees that the Supplier may use Customer Data to operate, maintain, develop and improve the Services and the Supplier's other products.";
    const lines = [PARTIES.replace('("Provider")', '("the Supplier")').replace('("Customer")', '("the Customer")'), DATA, grant];
    const target = reviewOf(lines, { position: 'preferred', insertMissing: false }).edit(2)?.target ?? '';
    expect(target).toContain('to operate and maintain the Services.');
    expect(target).not.toMatch(/develop|improve|other products/);
  });

  it('is not touched when every verb serves the customer', () => {
    const grant = '4.3 Provider may use Customer Data to host, support and maintain the Services for Customer.';
    expect(reviewOf([PARTIES, DATA, grant, NO_TRAINING], { position: 'preferred', insertMissing: false }).edit(2)).toBeUndefined();
  });
});

describe('a permission to keep for ever, turned into a ban', () => {
  it('loses its "indefinitely": a ban on keeping for ever would set no limit at all', () => {
    const deletion = '9.3 Within sixty (60) days after termination, Provider shall delete Customer Data from its systems.';
    const keeping = '9.4 Notwithstanding Section 9.3, Provider may retain Usage Data, and any Customer Data that has been used to fine-tune the Brackenly Models, indefinitely.';
    const target = reviewOf([PARTIES, DATA, deletion, keeping], { position: 'preferred', insertMissing: false }).edit(3)?.target ?? '';
    expect(target).toMatch(/not retain/);
    expect(target).not.toMatch(/indefinitely/);
  });
});

describe('a last sentence that only stretches the licence before it ("It continues after you delete …")', () => {
  const lines = [
    'These Terms are between you and Brackenly Apps Ltd ("Brackenly", "we" or "us").',
    '"Your Photos" means the pictures you upload to the app.',
    'To run the app, you give us a worldwide, sublicensable licence to host, store, modify and otherwise use Your Photos for the purposes described in these Terms.',
    'This licence lasts for as long as Your Photos are stored with us. It continues after you delete Your Photos for any that were already used under Section 5.',
  ];
  const review = reviewOf(lines, { position: 'preferred', insertMissing: false });

  it('goes with the sentence the playbook clause replaces, rather than point at that clause', () => {
    const target = review.edit(3)?.target ?? '';
    expect(target).toMatch(/do not survive the end of these Terms\.$/);
    expect(target).not.toMatch(/It continues/);
  });

  it('and the terms that define the vendor as "we" are answered in the "you" voice, however short they are', () => {
    expect(review.edit(2)?.target).toMatch(/solely to provide the services to you and to perform our obligations/);
    expect(review.edit(3)?.target).toMatch(/return them to you if you ask for them/);
  });
});

describe('an order of precedence that lets another part override the data protections', () => {
  const LICENCE = '4.2 Customer grants Provider a licence to process Customer Data solely as necessary to provide the Services to Customer.';
  const SECRET = '6.2 Provider shall use Customer Data only to perform this Agreement and shall not disclose it to any third party.';

  it('loses the words that let the other part permit what the data clauses do not', () => {
    const order = '12.4 In the event of any conflict, the following order applies: (a) Exhibit A, with respect to AI Features, even where Exhibit A permits a use of Customer Data not otherwise permitted by Section 4; (b) the Order Form; and (c) the body of this Agreement.';
    const review = reviewOf([PARTIES, DATA, LICENCE, SECRET, order], { position: 'preferred', insertMissing: false });
    expect(review.edit(4)?.target).toBe('12.4 In the event of any conflict, the following order applies: (a) Exhibit A, with respect to AI Features; (b) the Order Form; and (c) the body of this Agreement.');
  });

  it('keeps the protections it names from giving way, and keeps the rest of its order', () => {
    const exhibit = 'B.1 This Exhibit B applies to the AI Features and prevails over Sections 4.2 and 6.2 of the Agreement to the extent of any inconsistency.';
    const review = reviewOf([PARTIES, DATA, LICENCE, SECRET, exhibit], { position: 'preferred', insertMissing: false });
    expect(review.edit(4)?.target).toBe(`${exhibit.slice(0, -1)}, except that it does not permit any use or disclosure of Customer Data that Sections 4.2 and 6.2 would not permit.`);
  });

  it('is left alone where what gives way protects nothing', () => {
    const exhibit = 'B.1 This Exhibit B prevails over Section 3.1 of the Agreement.';
    const fees = '3.1 Customer shall pay the fees within thirty days.';
    expect(reviewOf([PARTIES, DATA, fees, exhibit], { position: 'preferred', insertMissing: false }).edit(3)).toBeUndefined();
  });
});

describe('the umbrella data term that lists the others and "all other data"', () => {
  it('is the term inserted clauses use, not the first listed', () => {
    const lines = [
      PARTIES,
      '1.1 "Recordings" means the audio and video of sales calls that the Services capture on Customer\'s behalf.',
      '1.2 "Transcripts" means the text of Recordings generated by the Services.',
      '1.3 "Customer Data" means Recordings, Transcripts and all other data and content submitted to the Services by or on behalf of Customer.',
      '4.3 Provider may use Transcripts to train its models.',
    ];
    const texts = reviewOf(lines, { position: 'preferred' }).plan.items.map((item) => (item.kind === 'edit' ? item.target : item.text)).join(' ');
    expect(texts).toMatch(/Customer Data/);
    expect(texts).not.toMatch(/records of Provider's use of Recordings/);
  });
});

describe('the derived-data proviso on a sentence that already pools the data with other customers\'', () => {
  it('does not say twice that it is aggregated with other customers\' data', () => {
    const pooled = '4.4 Provider may anonymise Customer Data and aggregate it with data from other customers to produce Market Reports and other statistical outputs.';
    const target = reviewOf([PARTIES, DATA, pooled], { position: 'preferred', insertMissing: false }).edit(2)?.target ?? '';
    expect(target).toMatch(/provided that such data cannot reasonably be used to identify Customer or any individual and is not used to train/);
    expect(target).not.toMatch(/aggregated with the data of other customers/);
  });
});

describe('a use turned into a ban', () => {
  it('joins its purposes with "or", so it does not forbid only doing both', () => {
    const grant = '4.1 Provider uses Customer Data to train the Brackenly Models and to develop new features.';
    const target = reviewOf([PARTIES, DATA, grant], { position: 'preferred', insertMissing: false }).edit(2)?.target ?? '';
    expect(target).toMatch(/shall not use Customer Data to train the Brackenly Models or to develop new features/);
  });
});

describe('a use for the service and for the vendor\'s own ends, with a long object list (audit57, 155 § 5)', () => {
  const voice = 'These Terms are between you and Brackenly Apps Ltd ("Brackenly", "we" or "us").';
  const use = 'We use Your Photos and information about how you use the app, like which filters you pick and crash reports, to operate, fix and improve the app and to develop new features.';

  it('keeps running and fixing the app, and drops the improvement and the new features', () => {
    const target = reviewOf([voice, '"Your Photos" means the pictures you upload to the app.', use], { position: 'preferred', insertMissing: false }).edit(2)?.target ?? '';
    expect(target).toMatch(/crash reports, to operate and fix the app\.$/);
  });

  it('is never turned into a ban that would forbid running the app', () => {
    const target = reviewOf([voice, '"Your Photos" means the pictures you upload to the app.', use], { position: 'preferred', insertMissing: false }).edit(2)?.target ?? '';
    expect(target).not.toMatch(/will not use/);
  });
});

describe('an example struck from a sentence', () => {
  it('runs past the full stop inside a clause number ("Section A.4")', () => {
    const order = '8.1 In the event of any conflict between Exhibit A and the body of this Agreement, Exhibit A shall control, including as to the rights granted to Provider in Section A.4, except that it does not limit Section 4.5.';
    const ops = strikeExample(order, { start: 0, end: order.length } as never, (text) => /A\.4/.test(text));
    expect(ops).toBeDefined();
    expect(applyOps(order, ops ?? [])).toBe('8.1 In the event of any conflict between Exhibit A and the body of this Agreement, Exhibit A shall control, except that it does not limit Section 4.5.');
  });
});
