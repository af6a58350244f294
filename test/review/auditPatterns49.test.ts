// Patterns of the lawyer audit of agreements 125–128 (audit49, 2026-12-03), in our own drafting: a strike never takes
// the use that runs the service, the backup carve-out, the customer's own option or a promise not to share; a
// carve-out from deletion is turned round rather than contradicted; a keeping with its own length is not "ceased".
import { ceaseRetention } from '../../src/review/redline/surgical/keepingEdits';
import { reviewOf } from './agreements';
import { supplierSentence } from './surgicalContext';

const PARTIES = 'This Agreement is between Harlow Maps Ltd (the "Supplier") and Tamsin Rail plc (the "Customer").';
const DATA = '"Customer Data" means all data that the Customer or its Users submit to the Services, and the Customer shall keep the Customer\'s passwords secret.';
const NO_TRAINING = '3.1 The Supplier shall not use Customer Data to train any artificial intelligence or machine-learning model.';

describe('what a strike must leave standing', () => {
  it('keeps an opt-in feature that trains a model for the customer alone', () => {
    const lines = [PARTIES, DATA, NO_TRAINING, '(b) If the Customer enables the Route Tuning feature, the Supplier will fine-tune a private model instance on the routes the Customer selects (a "Route Model"), which will be available only to the Customer\'s Users.'];
    expect(reviewOf(lines, { position: 'preferred' }).edit(3)).toBeUndefined();
  });
  it('keeps a vendor\'s promise not to share, rather than put an ownership clause in its place', () => {
    const lines = [PARTIES, DATA, NO_TRAINING, '3.3 The Supplier retains all right, title and interest in each route model, including its weights, but shall not make any route model available to any other customer.'];
    expect(reviewOf(lines, { position: 'preferred' }).edit(3)?.target ?? lines[3]).toMatch(/shall not make any route model available to any other customer/);
  });
});

describe('a carve-out from deletion that ends in a right to keep', () => {
  it('is turned round, not made to contradict itself', () => {
    const lines = [
      PARTIES,
      DATA,
      '15.1 On termination the Supplier shall delete all Customer Data.',
      '15.3 Deletion under Clause 15.1 shall not extend to Derived Data, to any model weights trained using Customer Data, or to Route Reports, all of which the Supplier may continue to use after termination.',
    ];
    expect(reviewOf(lines, { position: 'preferred' }).edit(3)?.target).toBe(
      '15.3 Deletion under Clause 15.1 shall extend to Derived Data, to any model weights trained using Customer Data, and to Route Reports.',
    );
  });
});

describe('a keeping with its own length, or of backups', () => {
  it('is not made to "cease using and delete … for as long as …"', () => {
    expect(ceaseRetention(supplierSentence('After termination the Supplier may retain Customer Data for as long as it considers necessary.'), 'shall cease using and shall delete')).toBeUndefined();
  });
  it('keeps its backup carve-out and answers the keeping after it', () => {
    const splices = ceaseRetention(supplierSentence('The Supplier may retain Customer Data in backup archives for up to 12 months, and may retain indefinitely any route models that incorporate Customer Data.'), 'shall cease using and shall delete');
    expect(splices).toHaveLength(1);
    expect(splices?.[0]?.start).toBeGreaterThan(70);
  });
});

describe('a processing agreement whose data term lists raw material and what is derived from it', () => {
  it('speaks of that term ("Call Data") in what it inserts, not of "Customer Data"', () => {
    const lines = [
      'This Data Processing Agreement is made between Harlow Voice Ltd ("Processor") and Tamsin Rail plc ("Controller").',
      '1.2 "Call Data" means audio recordings, transcripts, call metadata (including call time and queue) and analytics derived from them, in each case Processed by Processor on behalf of Controller.',
      '2.3 Processor may create anonymised statistics from Call Data and may use them for any purpose.',
    ];
    const texts = reviewOf(lines, { position: 'preferred' }).plan.items.map((item) => (item.kind === 'edit' ? item.target : item.text));
    expect(texts.join(' ')).not.toMatch(/Customer Data/);
    expect(texts.join(' ')).toMatch(/Call Data/);
  });
  it('turns a deletion carve-out round with the verb in the third person', () => {
    const lines = [
      'This Data Processing Agreement is made between Harlow Voice Ltd ("Processor") and Tamsin Rail plc ("Controller").',
      '1.2 "Call Data" means audio recordings and transcripts Processed by Processor on behalf of Controller.',
      '11.1 On termination Processor shall delete all Call Data.',
      '11.3 Clause 11.1 does not apply to Improvement Data, which Processor may retain and use after termination, or to any model trained using Call Data.',
    ];
    const edit = reviewOf(lines, { position: 'preferred' }).edit(3);
    expect(edit?.target).toBe('11.3 Clause 11.1 applies to Improvement Data, and to any model trained using Call Data.');
    expect(edit?.comment.external).toMatch(/^Deletion must reach what this Clause carved out of it/);
  });
});

describe('a permission to make derived data beside a permission to train on it', () => {
  it('bans the training and leaves the making', () => {
    const lines = [
      PARTIES,
      DATA,
      '5.4 The Supplier may create de-identified data from Customer Data, from which names have been removed, and may use such data to develop, train and evaluate the Supplier\'s routing models.',
    ];
    const target = reviewOf(lines, { position: 'preferred' }).edit(2)?.target ?? '';
    expect(target).toMatch(/The Supplier may create de-identified data from Customer Data/);
    // A ban lists with "or" (it forbade only doing all three).
    expect(target).toMatch(/shall not use such data to develop, train or evaluate/);
  });
});
