// Patterns named by the lawyer audits of agreements 367–374 (audit159–162, first runs at e93370b), taken up in the
// forty-fifth session: a permission to keep a capped sample ("a sample of no more than 2% of Outputs") was turned
// round into "shall not retain a sample of no more than 2%" (374 Sch 3 ¶ 4); a customer's own licence "revocable upon
// expiration or termination" was deleted as open-ended retention (370 § 4.2); and, from audit151 and audit152, a
// vendor policy ranked above the contract was left standing (357 § 5.6, 355 § A.12). Every clause is our own drafting.
import { strikeSurvival } from '../../src/review/redline/surgical/keepingEdits';
import { preferredReview } from './agreements';

const base = [
  'This Services Agreement is between Harrowby Trust ("Charity") and Quenlow Systems Ltd ("Supplier").',
  '1.2 "Charity Data" means all data that the Charity or its staff upload to the Services.',
];

describe('a permission to keep a capped sample', () => {
  it('is never turned round into a ban on keeping "no more than" the cap', () => {
    const review = preferredReview([
      ...base,
      '4. Evaluation. The Supplier may retain a sample of no more than 3% of the letters the Services draft each month, from which names have been removed, and may use that sample to evaluate and improve the letter templates for so long as the Supplier continues to offer the Letter Writer.',
    ]);
    expect(review.edit(2)?.target ?? '').not.toMatch(/shall not retain a sample of no more than/);
  });
});

describe("the customer's own limited licence", () => {
  it('is not deleted as open-ended retention when it is revocable upon expiration or termination', () => {
    const review = preferredReview([
      ...base,
      '4.2 Limited Licence. Charity grants Supplier a non-exclusive, non-transferable, royalty-free licence, revocable upon expiration or termination of this Agreement, to access, store and process Charity Data during the Term solely to the extent necessary to perform the Services for Charity.',
    ]);
    expect(review.edit(2)).toBeUndefined();
  });
});

describe('the contract and the policies it names', () => {
  it('ranks the contract above a vendor policy that was to prevail in a conflict', () => {
    const review = preferredReview([
      ...base,
      '5.6 Data Use Policy. The Supplier may use Charity Data as described in the Supplier Data Use Policy, which the Supplier may update from time to time. In the event of a conflict between the Supplier Data Use Policy and this Agreement, the Supplier Data Use Policy shall prevail.',
    ]);
    expect(review.edit(2)?.target ?? '').toMatch(/conflict between the Supplier Data Use Policy and this Agreement, this Agreement shall prevail\./);
  });
});


describe('a survival list whose second subject carries the catch-all', () => {
  it('loses the vendor\'s schedule paragraphs and keeps "any other provision which by its nature is intended to survive"', () => {
    const sentence = 'Sections 1, 4.1, 7 and 12, and paragraphs 2 and 3 of the Data Schedule, together with any other provision which by its nature is intended to survive, shall survive termination.';
    const splices = strikeSurvival(sentence) ?? [];
    const after = [...splices].sort((a, b) => b.start - a.start).reduce((text, s) => text.slice(0, s.start) + s.text + text.slice(s.end), sentence);
    expect(after).toBe('Sections 1, 4.1, 7 and 12, together with any other provision which by its nature is intended to survive, shall survive termination.');
  });
});

describe('the clauses a new clause prevails over', () => {
  it('never cites by its bare number a schedule paragraph whose number the body uses too', async () => {
    const { analyzeDocument } = await import('../../src/engine/analyzeDocument');
    const { prevailingOver } = await import('../../src/review/prevailsOver');
    const paragraphs = [
      'This Agreement is between Aerowell Ltd ("Aerowell") and the customer named in the Order Form ("Customer").',
      '"Customer Data" means all records Customer uploads to the Platform.',
      '2. THE SERVICES',
      '2.1 Aerowell will provide the Platform to Customer.',
      '5.5 Service Data. Aerowell may use Customer Data to train and improve the Aerowell Models.',
      'SCHEDULE A – DATA AND MODELS',
      '2. Model Development. Customer grants Aerowell the right to use Customer Data to train the Aerowell Models.',
    ].map((text) => ({ text }));
    const analysis = analyzeDocument(paragraphs);
    const found = prevailingOver('Aerowell may use Customer Data only to provide the Platform.', analysis, paragraphs, () => false);
    expect(found?.clause).toMatch(/^Notwithstanding clause 5\.5, /);
  });
});

describe('a form headed with the customer\'s own name', () => {
  const form = (letterhead: string) => [
    letterhead,
    'SERVICES AGREEMENT',
    '(1) HARROWBY TRUST, a charity registered in England with number 1099123 ("Harrowby" or the "Customer"); and',
    '(2) QUENLOW SYSTEMS LTD, a company registered in England with number 08812345 ("Quenlow" or the "Supplier").',
    '1.2 "Charity Data" means all data that the Charity or its staff upload to the Services.',
    '5.3 The Supplier may use Charity Data to develop and improve the Supplier\'s products and services.',
  ];

  it('is the customer\'s own paper: its clauses are flagged for instructions, not redlined', () => {
    const review = preferredReview(form('HARROWBY TRUST'));
    expect(review.edit(5)).toBeUndefined();
    expect(review.plan.skipped.some((s) => 'paragraph' in s.target && s.target.paragraph === 5 && /own form/.test(s.reason))).toBe(true);
  });

  it('is not, where the name heading it is the vendor\'s', () => {
    expect(preferredReview(form('QUENLOW SYSTEMS LTD')).edit(5)).toBeDefined();
  });
});

describe('a "Nothing in this Agreement restricts" sentence after a restriction the review wrote', () => {
  it('is made subject to it, so that it does not undo it', () => {
    const review = preferredReview([
      'This Agreement is between Aerowell Ltd ("Aerowell") and the customer named in the Order Form ("Customer").',
      '1.2 "Customer Data" means all records Customer uploads to the Platform, and "Derived Data" means statistics and labels Aerowell derives from Customer Data.',
      '4.4 Derived Data. Aerowell owns all Derived Data. Nothing in this Agreement restricts Aerowell from using Derived Data, during or after the Term, to develop, market and commercialise its products and services, provided that Aerowell does not identify Customer as the source of such data without its consent.',
    ]);
    const target = review.edit(2)?.target ?? '';
    expect(target).toMatch(/shall not use it to train/);
    expect(target).toMatch(/ Subject to the foregoing, nothing in this Agreement restricts Aerowell/);
  });
});
