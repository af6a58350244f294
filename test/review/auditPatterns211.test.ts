// Patterns taken up in the sixty-first session. Every clause is our own drafting.
import { reviewOf } from './agreements';

const PARTIES = 'This Agreement is between Larchmere Analytics Ltd ("Provider") and the society named in the Order Form ("Member").';
const DATA = '1.1 "Member Records" means all data and documents that the Member uploads to the Service.';

describe('a use of the derived data alone, read as an improvement too, at the second fallback (agreement 02 § 3.3)', () => {
  const DERIVED =
    '4.2 The Provider may compile statistical, anonymised or otherwise de-identified data from Member Records ("Pooled Data"). The Provider owns Pooled Data and may use, sell and license Pooled Data for any purpose, during and after the Term.';
  it('takes the derived-data clause in place of the use, not a clause about models', () => {
    const KEEPS_TERM = '4.3 The Provider shall not attempt to re-identify any person from Pooled Data.';
    const target = reviewOf([PARTIES, DATA, DERIVED, KEEPS_TERM], { position: 'fallback2', insertMissing: false }).edit(2)?.target ?? '';
    expect(target).toContain('("Pooled Data").');
    expect(target).not.toMatch(/any purpose/);
    expect(target).not.toMatch(/\bmodel\b/);
    expect(target).toMatch(/anonymis/);
  });
});

describe('"Records" as the head of the customer data term, and a plural term after "of" (our own drafting)', () => {
  it('reads "Member Records" as the customer data and keeps "no content of Member Records is reproduced"', () => {
    const review = reviewOf([PARTIES, DATA, '4.4 The Provider may use Member Records and anonymised data derived from them for any purpose.'], { position: 'fallback2', insertMissing: false });
    expect(review.analysis.terms.customerData).toBe('Member Records');
    expect(review.edit(2)?.target ?? '').toContain('no content of Member Records is reproduced');
  });
});

describe('an item struck from a lettered list inside a sentence (audit226, 495 § 10.4(b); audit193, 459 § 3.4)', () => {
  const HEAD = 'This Agreement is between Corvane Robotics Ltd ("Supplier") and the operator named in the Order Form ("Customer").';
  const CUSTOMER = '1.1 "Customer Data" means all data and footage that the Customer uploads to the Services.';
  const KEEP =
    '9.3 Within thirty days after termination, Supplier shall delete the Customer Data, save that Supplier may retain (a) Customer Data held in backups until overwritten, (b) Customer Data incorporated into training sets for its vision models, and (c) Customer Data it must keep by law.';
  it('goes with its letter, and the later items take the letters back', () => {
    const target = reviewOf([HEAD, CUSTOMER, KEEP], { position: 'preferred', insertMissing: false }).edit(2)?.target ?? '';
    expect(target).not.toContain('[Reserved]');
    expect(target).not.toContain('training sets');
    expect(target).toContain('(a) Customer Data held in backups until overwritten, and (b) Customer Data it must keep by law.');
  });

  it('keeps "[Reserved]" where another clause cites a letter of the list', () => {
    const CITES = '9.4 Customer Data retained under clause 9.3(c) stays subject to clause 8.';
    const target = reviewOf([HEAD, CUSTOMER, KEEP, CITES], { position: 'preferred', insertMissing: false }).edit(2)?.target ?? '';
    expect(target).toContain('(b) [Reserved], and (c) Customer Data it must keep by law.');
  });
});

describe('a usage list that keeps only the first example after "including" (audit228, 499 "Usage Data")', () => {
  it('moves no "and" in front of "including"', () => {
    const USAGE =
      '1.4 "Usage Data" means log and performance data relating to the use of the Service, including search terms, user interactions with Outputs and adjuster override decisions.';
    const target = reviewOf([PARTIES, DATA, USAGE, '4.1 The Provider may use Usage Data for any purpose.'], { position: 'preferred', insertMissing: false }).edit(2)?.target ?? '';
    expect(target).not.toContain('override decisions');
    expect(target).toContain('relating to the use of the Service, including search terms');
  });
});
