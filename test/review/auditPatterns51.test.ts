// Patterns of the lawyer audit of agreements 129–132 (audit51, 2026-12-03, first run), in our own drafting: a keeping
// of two verbs goes whole; a sentence that only takes back a struck instruction goes with it; an addendum that calls
// itself "this Addendum" is named so in inserted words; retention the law requires is never turned into a ban.
import { ceaseRetention } from '../../src/review/redline/surgical/keepingEdits';
import { reviewOf } from './agreements';
import { supplierSentence } from './surgicalContext';

const PARTIES = 'This Agreement is between Harlow Maps Ltd (the "Supplier") and Tamsin Rail plc (the "Customer").';
const DATA = '"Customer Data" means all data that the Customer or its Users submit to the Services.';

describe('a keeping said with two verbs ("may keep and continue to use")', () => {
  it('is ceased whole, leaving no "and continue to use" behind', () => {
    const context = supplierSentence('After termination the Supplier may keep and continue to use Derived Data indefinitely.');
    const splices = ceaseRetention(context, 'shall cease using and shall delete');
    expect(splices).toBeDefined();
    const after = [...(splices ?? [])].sort((a, b) => b.start - a.start).reduce((text, s) => text.slice(0, s.start) + s.text + text.slice(s.end), context.sentence);
    expect(after).toMatch(/shall cease using and shall delete/);
    expect(after).not.toMatch(/continue to use/);
  });
});

describe('a sentence that only takes back a struck instruction', () => {
  it('goes with the instruction, and the clause keeps its number', () => {
    const lines = [
      PARTIES,
      DATA,
      '3.1 The Supplier shall not use Customer Data to train any artificial intelligence or machine-learning model.',
      '"Route Learning" means the use of Customer Data to retrain the Supplier\'s routing models.',
      '3.2 The Customer instructs the Supplier to process Customer Data for Route Learning. The Customer may withdraw this instruction in accordance with clause 9.3.',
    ];
    expect(reviewOf(lines, { position: 'preferred' }).edit(4)?.target).toBe('3.2 [Reserved.]');
  });
  it('stays when it does more than take back (a second sentence follows)', () => {
    const lines = [
      PARTIES,
      DATA,
      '3.1 The Supplier shall not use Customer Data to train any artificial intelligence or machine-learning model.',
      '"Route Learning" means the use of Customer Data to retrain the Supplier\'s routing models.',
      '3.2 The Customer instructs the Supplier to process Customer Data for Route Learning. The Customer may withdraw this instruction in accordance with clause 9.3. The Supplier shall then delete the Customer Data within thirty days.',
    ];
    expect(reviewOf(lines, { position: 'preferred' }).edit(4)?.target ?? lines[4]).toMatch(/may withdraw this instruction/);
  });
});

describe('an addendum that calls itself "this Addendum" and forms part of another agreement', () => {
  it('is named "this Addendum" in the words the review writes', () => {
    const lines = [
      'This Data Addendum (the "Addendum") forms part of the Routing Services Agreement (the "Main Agreement") between Harlow Maps Ltd (the "Supplier") and Tamsin Rail plc (the "Customer").',
      DATA,
      '4.2 The Supplier\'s use of Customer Data to improve its routing models is described in the Supplier\'s AI Statement, as amended from time to time, which is incorporated into this Addendum by reference.',
      '9.1 This Addendum ends when the Main Agreement ends.',
    ];
    const target = reviewOf(lines, { position: 'preferred' }).edit(2)?.target ?? '';
    expect(target).toMatch(/this Addendum/);
    expect(target).not.toMatch(/this Agreement/);
  });
});

describe('retention the law requires', () => {
  it('is never turned into a ban ("shall not retain … to the extent required by … commercial and tax law")', () => {
    const lines = [
      PARTIES,
      DATA,
      '12.5 The Supplier may retain Customer Data to the extent required by statutory retention periods under German commercial and tax law, and shall restrict its processing accordingly.',
    ];
    expect(reviewOf(lines, { position: 'preferred' }).edit(2)).toBeUndefined();
  });
});

describe('a use stated as what the vendor does ("We use … to train")', () => {
  const TERMS = ['These terms are between Lumen Photo Pty Ltd ("we", "us") and you.', '1. "Uploads" means the photos you upload to the app.'];
  it('is banned on its own verb, and the opt-out that kept it on by default goes', () => {
    const lines = [...TERMS, '7.2 We use your Uploads to train and improve our restoration models, unless you switch off "Help improve" in Settings.', '8.1 We store your Uploads in Australia.'];
    expect(reviewOf(lines, { position: 'preferred' }).edit(2)?.target).toBe('7.2 We will not use your Uploads to train or improve our restoration models.');
  });
  it('is not negated after a leading purpose ("To keep improving …, we use …")', () => {
    const lines = [...TERMS, '7.2 To keep improving our restorations, we use your Uploads to train our restoration models.', '8.1 We store your Uploads in Australia.'];
    expect(reviewOf(lines, { position: 'preferred' }).edit(2)?.target ?? '').not.toMatch(/we will not use your Uploads/);
  });
  it('is still answered when another promise holds only for one corner of the service ("stored in your Private Vault")', () => {
    const lines = [
      ...TERMS,
      '7.2 We use your Uploads to train and improve our restoration models, unless you switch off "Help improve" in Settings.',
      '7.4 We never use Uploads stored in your Private Vault to train any model.',
      '7.5 Captions are written by a third-party model provider. That provider may keep your image for up to 30 days and is not permitted to use it to train its models.',
    ];
    expect(reviewOf(lines, { position: 'preferred' }).edit(2)?.target).toMatch(/^7\.2 We will not use your Uploads to train or improve/);
  });
});

describe('a training purpose joined on last to a series of purposes', () => {
  it('goes with its "and", which passes to the new last purpose even after an inner comma ("service, support and security")', () => {
    const lines = [
      PARTIES,
      DATA,
      '3.1 The Supplier shall not use Customer Data to train any artificial intelligence or machine-learning model.',
      '3.2 The Customer grants the Supplier a licence to host and process Customer Data as necessary to provide the Services, to prevent or address service, support and security problems, to comply with law, and to develop, train and refine the models that power the Services.',
    ];
    expect(reviewOf(lines, { position: 'preferred' }).edit(3)?.target).toMatch(/to prevent or address service, support and security problems and to comply with law\.$/);
  });
});

describe('perpetuity words that are the complement of a second predicate ("… and is perpetual and irrevocable with respect to …")', () => {
  it('take the whole predicate with them, not leave "and is with respect to"', () => {
    const lines = [
      PARTIES,
      DATA,
      '3.1 The Customer grants the Supplier a licence to host and process Customer Data to provide the Services.',
      '3.2 The licence in clause 3.1 may be sublicensed to the Supplier\'s hosting providers and is perpetual and irrevocable with respect to any Customer Data, embeddings or model weights created in the exercise of that licence before the end of the Term.',
    ];
    const target = reviewOf(lines, { position: 'preferred' }).edit(3)?.target ?? '';
    expect(target).not.toMatch(/\bis\s+with respect to/);
    expect(target).not.toMatch(/perpetual/);
  });
});
