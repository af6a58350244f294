// Patterns named by the lawyer audits of agreements 283–286 (audit111, audit112), taken up in the thirty-sixth
// session: a ban whose closing proviso, written without "that", conditioned the use it bans; the customer's assent
// framing a ban, where the vendor's "us" sits inside "Customer"; a power to change documents read as a use of data;
// a heading in sentence case; a model tuned exclusively for the customer. Every clause is the project's own drafting.
import { leavesBrokenText } from '../../src/review/brokenText';
import { preferredReview, reviewOf } from './agreements';

const lines = [
  'These Terms are between Flintcut Pty Ltd ("Flintcut", "we" or "us") and the customer named in the Order Form ("you" or "Customer").',
  '1.1 "Your Content" means all footage, audio and text you upload to the Service.',
  '2. Your workspace, your content and our licence',
  '2.1 We grant you a licence to use the Service for your internal business purposes.',
  '9.1 We may change these Terms, our Privacy Policy or our Data Use Policy (which describes how we use Your Content, Outputs and Usage Data to develop and improve the Service) at any time by posting an updated version, and your continued use of the Service constitutes acceptance.',
  '9.2 No change to these Terms or to any policy will widen our rights in Your Content unless you agree to it in writing.',
  'ENTERPRISE ADDENDUM',
  'A4. Subtitle quality. Notwithstanding clause A3, Customer agrees that Flintcut may use short clips of audio from Your Content linked to subtitle corrections to train and evaluate Flintcut\'s speech models, provided such clips are stripped of workspace identifiers and are not retained for more than twelve (12) months.',
  'A5. Dedicated model. Flintcut shall not use Your Content to train any shared model; Flintcut may, however, tune a dedicated copy of its models exclusively for the Customer using Your Content.',
];
const review = preferredReview(lines);

describe('a use turned into a ban', () => {
  const target = review.edit(7)?.target ?? '';

  it('is banned in the vendor\'s own voice, without the customer\'s assent framing it', () => {
    expect(target).toContain('Flintcut will not use');
    expect(target).not.toContain('Customer agrees that');
  });

  it('loses the proviso that conditioned the use, so the ban is not conditional', () => {
    expect(target).not.toContain('provided such clips');
  });
});

describe('a power to change documents', () => {
  it('is never turned into a promise not to change them while acceptance by use stays', () => {
    expect(review.edit(4)?.target ?? '').not.toMatch(/will not change/);
  });
});

describe('a numbered heading in sentence case', () => {
  it('is not written over', () => {
    expect(review.edit(2)).toBeUndefined();
  });
});

describe('a model tuned exclusively for the customer', () => {
  it('is left alone', () => {
    expect(review.edit(8)).toBeUndefined();
  });
});

describe('a strike that takes the object of a preposition', () => {
  it('is read as a broken sentence', () => {
    const text = '4.2 Halden and its licensors own all right, title and interest in and to the Platform and Pooled Data, whether created before or after the Term.';
    const start = text.indexOf(' and to the Platform');
    const end = text.indexOf(', whether');
    expect(leavesBrokenText(text, [{ kind: 'delete', start, end, text: text.slice(start, end) }])).toMatch(/broken sentence/);
  });
});

describe('a ban inserted beside a model the contract keeps for the customer', () => {
  const contract = [
    'This Agreement is between Harlow Clinics Ltd ("Customer") and Vantage Scribe Inc. ("Vendor").',
    '1.1 "Customer Data" means all recordings and notes Customer submits to the Services.',
    '3.1 Vendor may process Customer Data to provide the Services.',
    '3.2 Vendor may train a dedicated copy of its speech model exclusively for the Customer using Customer Data, and that copy shall not be used for any other customer.',
    '4.1 Each party shall keep the other\'s Confidential Information confidential.',
  ];
  const ban = reviewOf(contract, { position: 'preferred' }).inserts().find((item) => item.answers === 'no-training');

  it('keeps that model, citing the clause that allows it', () => {
    expect(ban?.text).toContain('other than a model that Vendor trains and uses solely for Customer under clause 3.2');
  });

  it('says so in the comment', () => {
    expect(ban?.comment.external).toContain('keeps the model that clause 3.2 lets Vendor train for us alone');
  });

  it('bans all training where the contract keeps no model for the customer', () => {
    const plain = reviewOf(contract.filter((line) => !line.startsWith('3.2')), { position: 'preferred' }).inserts().find((item) => item.answers === 'no-training');
    expect(plain?.text).not.toContain('other than a model');
  });
});

describe('a ban made from a permission with a redaction aside and an ownership tail', () => {
  const contract = [
    'This Agreement is between Umhlanga Mutual Bank ("Customer") and Isiphile Voice (Pty) Ltd ("Supplier").',
    '1.1 "Customer Data" means all call recordings, transcripts and other data the Customer provides to the Supplier.',
    'B3.3 The Supplier may use samples of call audio and the matching transcripts, after the removal of account numbers, identity numbers and card numbers by automated redaction, to train and evaluate the Supplier\'s speech models, which models and all improvements to them shall be the sole property of the Supplier.',
  ];
  const target = preferredReview(contract).edit(2)?.target ?? '';

  it('bans the use of the data whether or not it was redacted', () => {
    expect(target).toContain('shall not use');
    expect(target).not.toContain('after the removal of');
  });

  it('drops the ownership of the models it bans', () => {
    expect(target).not.toContain('sole property of the Supplier');
  });
});
