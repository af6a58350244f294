// Patterns taken up in the fifty-first session, from the lawyer audits of its first runs (audit193–audit195, agreements
// 435–440). Every clause is our own drafting.
import { withoutDoubledWord } from '../../src/review/redline/surgical/doubledWord';
import { applySplices } from '../../src/review/redline/surgical/splice';
import { preferredReview } from './agreements';

const PARTIES = 'This Subscription Agreement is between Tallyfold Ltd ("Tallyfold") and the company named in the Order Form ("Client").';
const CLIENT_DATA = '"Client Data" means all data that Client or its users submit to the Services, but excluding Fleet Data.';
const FLEET_DATA = '"Fleet Data" means data collected from vehicles and devices connected to the Services, including location traces.';

describe('a licence the customer grants over data its data term leaves out', () => {
  const clause =
    "5.3 Client grants Tallyfold a perpetual, irrevocable, worldwide, royalty-free, transferable and sub-licensable licence to use, copy and analyse Fleet Data for any purpose connected with Tallyfold's business, including (a) providing the Services; (b) developing Tallyfold's routing algorithms and other products; and (c) compiling benchmarks.";
  const review = () => preferredReview([PARTIES, CLIENT_DATA, FLEET_DATA, clause]);

  it('is narrowed in place, lettered examples and all, with "sub-licensable" struck (audit194, 436 § 5.3)', () => {
    const target = review().edit(3)?.target ?? '';
    expect(target).toContain('licence to use, copy and analyse Fleet Data solely to provide the Services to Client');
    expect(target).not.toMatch(/perpetual|sub-licensable|\(b\)|\(c\)/);
  });

  it('is explained in the words of the data it licenses', () => {
    const comment = review().edit(3)?.comment.external ?? '';
    expect(comment).toContain('Fleet Data');
    expect(comment).not.toContain('Client Data');
  });

  it('is shown as one replacement, not words kept in islands', () => {
    const ops = review().edit(3)?.ops ?? [];
    const inserted = ops.filter((op) => op.kind === 'insert').map((op) => op.text);
    expect(inserted).toContainEqual(expect.stringMatching(/^solely to provide the Services to Client and to perform Tallyfold's obligations under this Agreement$/));
  });
});

describe('a training permission turned into a ban', () => {
  it('loses the safeguard after a listed object, which would narrow the ban (audit193, 437 AI-1)', () => {
    const clause = 'AI-1 Tallyfold may use Prompts, Outputs and Client Data, after removal of names and email addresses, to train and improve the Tallyfold Models.';
    const target = preferredReview([PARTIES, CLIENT_DATA, clause]).edit(2)?.target ?? '';
    expect(target).toMatch(/shall not use Prompts, Outputs or Client Data to train/);
  });

  it('loses what the banned models may then do (audit194, 436 § 5.4)', () => {
    const clause = '5.4 Tallyfold may use Client Data to train and improve its machine-learning models, and those models may be deployed for the benefit of all of its customers.';
    const target = preferredReview([PARTIES, CLIENT_DATA, clause]).edit(2)?.target ?? '';
    expect(target).toMatch(/shall not use Client Data to train or improve its machine-learning models\.$/);
  });

  it('reaches every model where it listed only kinds of model (audit194, 435 A.4)', () => {
    const clause = "A.4 Tallyfold may use Client Data to train and improve Tallyfold's proprietary routing, forecasting and dispatch models.";
    const target = preferredReview([PARTIES, CLIENT_DATA, clause]).edit(2)?.target ?? '';
    expect(target).toContain("improve any artificial intelligence or machine-learning model, including Tallyfold's proprietary routing, forecasting and dispatch models");
  });

  it('keeps a second permission that names no data (audit195, 440 Annex 3 § 4.1)', () => {
    const pooled = '"Pooled Data" means Client Data combined with data of other customers of Tallyfold.';
    const clause = '4.1 Tallyfold may use Pooled Data to train and improve General Models and may deploy General Models for the benefit of any of its customers.';
    const target = preferredReview([PARTIES, CLIENT_DATA, pooled, clause]).edit(3)?.target ?? '';
    expect(target).toContain('shall not use Pooled Data');
    expect(target).toContain('and may deploy General Models');
  });
});

describe('strikes that would leave broken words', () => {
  it('take an example of a use whole: "to develop new products and features" (audit193, 437 § 6.5)', () => {
    const usage = '"Usage Data" means information about the operation of the Services, including interaction data with the AI Features.';
    const clause = '6.5 Tallyfold may use Usage Data for any lawful purpose, including to develop new products and features.';
    const edit = preferredReview([PARTIES, CLIENT_DATA, usage, clause]).edit(3);
    expect(edit?.target ?? '').not.toMatch(/Usage Data features/);
    expect(edit?.target ?? '').toContain('new products and features');
  });

  it('do not leave the same word twice: "are irrevocable and are reflected" (audit195, 440 Annex 3 § 5.1)', () => {
    const sentence = '5.1 The rights granted under this Annex are irrevocable and are reflected in the fees agreed in Annex 2.';
    const start = sentence.indexOf('irrevocable');
    // The list rebuilt without its struck item ("irrevocable and are" → "are"), as the strike makes it.
    const splice = withoutDoubledWord(sentence, { start, end: start + 'irrevocable and are'.length, text: 'are' });
    expect(applySplices(sentence, [splice])).toBe('5.1 The rights granted under this Annex are reflected in the fees agreed in Annex 2.');
    const outright = withoutDoubledWord(sentence, { start, end: start + 'irrevocable and '.length, text: '' });
    expect(applySplices(sentence, [outright])).toBe('5.1 The rights granted under this Annex are reflected in the fees agreed in Annex 2.');
  });

  it('do not limit a purpose twice: "solely solely to provide" (audit195, 439 § 4.3)', () => {
    const clause =
      "4.3 Client further grants Tallyfold a worldwide, perpetual, royalty-free licence to use and modify Client Data (other than personal data) for the purposes of operating, developing and commercialising Tallyfold's products and services.";
    const target = preferredReview([PARTIES, CLIENT_DATA, clause]).edit(2)?.target ?? '';
    expect(target).toMatch(/\bsolely\b/);
    expect(target).not.toMatch(/solely solely|products and services/);
  });
});

describe("the vendor's ownership reaching what is made with the customer's data", () => {
  it('loses the reach and keeps the vendor its own enhancements (audit193, 437 § 10.1)', () => {
    const clause =
      '10.1 Tallyfold and its licensors own all right, title and interest in the Services and the Tallyfold Models, including all enhancements and derivative works of them, whether or not developed using Client Data, Prompts or Outputs.';
    const target = preferredReview([PARTIES, CLIENT_DATA, clause]).edit(2)?.target ?? '';
    expect(target).toBe('10.1 Tallyfold and its licensors own all right, title and interest in the Services and the Tallyfold Models, including all enhancements and derivative works of them.');
  });
});

describe('second round (audit196, audit197)', () => {
  it('strikes the vendor\'s own purposes with their clause numbers and a page\'s purposes after them (441 § 4.2)', () => {
    const clause =
      "4.2 Client grants Tallyfold a worldwide, non-exclusive, transferable and sublicensable licence to host, copy, adapt and create derivative works from Client Data for the purposes of providing the Services, exercising Tallyfold's rights under clauses 3.5, 3.7 and 4.4, and for any other purpose described in the Responsible AI Statement.";
    const target = preferredReview([PARTIES, CLIENT_DATA, clause]).edit(2)?.target ?? '';
    expect(target).toMatch(/Client Data solely for the purposes of providing the Services\.$/);
  });

  it('puts the ban\'s "any model" before the article of a possessive name (441 § 3.7)', () => {
    const clause = "3.7 Tallyfold may use Client Data to train and refine the Platform's classification and reconciliation models.";
    const target = preferredReview([PARTIES, CLIENT_DATA, clause]).edit(2)?.target ?? '';
    expect(target).toContain("refine any artificial intelligence or machine-learning model, including the Platform's classification and reconciliation models");
  });

  it('does not answer the vendor\'s ownership of models trained on the data with the clause on outputs (443 § 7.3)', () => {
    const clause = '7.3 Models trained using Client Data are shared across Tallyfold\'s customer base and are owned by Tallyfold.';
    const review = preferredReview([PARTIES, CLIENT_DATA, clause]);
    expect(review.edit(2)?.target ?? clause).not.toMatch(/owns all outputs/i);
  });
});

describe('third round (audit198, audit199)', () => {
  it('takes the example of building new things with the verbs of building (447 § 7.2)', () => {
    const clause = '7.2 Tallyfold may use Client Data to maintain, improve and develop the Services, including new features and products.';
    const target = preferredReview([PARTIES, CLIENT_DATA, clause]).edit(2)?.target ?? '';
    expect(target).toBe('7.2 Tallyfold may use Client Data to maintain the Services.');
  });

  it('bans the data whole, not only what was de-identified (447 § 7.3)', () => {
    const clause = '7.3 Tallyfold may use Client Data that it has de-identified to train and improve its machine learning models.';
    const target = preferredReview([PARTIES, CLIENT_DATA, clause]).edit(2)?.target ?? '';
    expect(target).toMatch(/shall not use Client Data to train or improve/);
  });
});
