// Per-clause expectations for the language patterns of calibration round 61 (first runs on blind94 and agreements
// 461–464, 2026-12-07): what a report must show; a data-use agreement's name for what its data trains; a data term
// named for what the licence leaves out; a licence between two parties known only as customers; a vendor role word
// standing where only the customer stands; a party's power to say its data is not to be used; outputs held as the
// proprietary information of a company named after "of". Every clause is our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';

const categoriesOf = (text: string) => analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`);
const duaTerms = (lines: readonly string[]) => analyzeDocument(lines.map((text) => ({ text })), { mode: 'dua' }).terms;

describe('what a report must show', () => {
  it('grants nothing in the description of a report the vendor owes (459 § 6.2)', () => {
    const clause = '7.3 Brantley shall send the Archive Owner a half-yearly report showing the collections and number of Licensed Records used in training, and the model versions launched commercially.';
    expect(categoriesOf(clause)).not.toContain('ai-training:risk');
  });

  it('still reads a grant before the report as a grant', () => {
    const clause = 'Brantley may use Licensed Records to train its models and shall send the Archive Owner a yearly report showing the records used.';
    expect(categoriesOf(clause)).toContain('ai-training:risk');
  });
});

describe('a data-use agreement\'s name for what its data trains', () => {
  const PARTIES = 'This Archive Licence is between Fenwick Gazette Ltd ("Publisher") and Orrin Systems Inc. ("Developer").';
  const DATA = '"Licensed Content" means the articles in the archive described in Schedule 1.';

  it('prefers the model defined by what it was trained on to one that means every model (audit207, 463)', () => {
    const terms = duaTerms([
      PARTIES,
      '"Model" means any machine learning or artificial intelligence model or system.',
      DATA,
      '"Trained Model" means any Model trained or fine-tuned in whole or in part using the Licensed Content.',
    ]);
    expect(terms.model).toBe('Trained Models');
  });

  it('names no model where the only one defined means every model', () => {
    expect(duaTerms([PARTIES, '"Model" means any machine learning or artificial intelligence model or system.', DATA]).model).toBeUndefined();
  });

  it('keeps a model the contract names as one thing', () => {
    expect(duaTerms([PARTIES, '"Model" means the headline-summarising model described in Schedule 2.', DATA]).model).toBe('Model');
  });
});

describe('a data term named for what the licence leaves out', () => {
  it('is not the data the agreement shares (audit207, 463 wrote "Excluded Content" into every clause it inserted)', () => {
    const terms = duaTerms([
      'This Archive Licence is between Fenwick Gazette Ltd ("Publisher") and Orrin Systems Inc. ("Developer").',
      '"Excluded Content" means wire stories and any item Publisher withdraws under clause 3.6.',
      '"Licensed Content" means the archive described in Schedule 1, excluding Excluded Content.',
      '3.1 Publisher grants Developer a non-exclusive licence to use the Licensed Content to train Models.',
    ]);
    expect(terms.customerData).toBe('Licensed Content');
  });
});

describe('a licence between two parties the vocabulary knows only as customers (fresh177a 463-1)', () => {
  it('reads the grantee as the other side', () => {
    const clause = 'The Merchant hereby grants to the Purchaser a worldwide, irrevocable licence to copy and use the Merchant Records for the purposes of training and evaluating machine-learning models.';
    expect(categoriesOf(clause)).toContain('ai-training:risk');
  });

  it('leaves a customer granting rights to its own users alone', () => {
    expect(categoriesOf('You may grant your users access to the reports you download.')).not.toContain('ai-training:risk');
  });
});

describe('a vendor role word standing where only the customer stands (blind94-128, -143, -144)', () => {
  it('reads the party returning data "to the Provider", at the Provider\'s choice, as the vendor', () => {
    const clause = 'At the end of the Services, Linmoor shall, at the option of the Provider, return all Personal Data to the Provider and delete the remaining copies, and shall confirm the deletion to the Provider in writing.';
    expect(categoriesOf(clause)).toContain('deletion:protective');
  });

  it('reads the party that disables "the Contractor\'s account" and deletes its data as the vendor', () => {
    const clause = 'Forty-five days after expiry, Sparrowfen will close the Contractor\'s account and, within a further thirty days, delete all Customer Data unless the Contractor has renewed.';
    expect(categoriesOf(clause)).toContain('deletion:protective');
  });

  it('still reads a name beside a vendor role word that acts as the vendor as the customer', () => {
    const clause = 'Bank may, by written notice to Vendor, withdraw its consent to the use of Bank Data for model training.';
    expect(categoriesOf(clause)).toContain('opt-out:protective');
  });
});

describe('a party\'s power to say its data is not to be used', () => {
  it('is an opt-out when the party may elect, by notice, that its data shall not be used (blind94-148)', () => {
    const clause = 'The Museum may elect, by written notice to Archivio, that its catalogue records shall not be used to improve Archivio\'s search features.';
    expect(categoriesOf(clause)).toContain('opt-out:protective');
  });

  it('is an opt-out when the party may notify the vendor that its data is not to be used (blind94-078)', () => {
    const clause = 'The Trust may at any time notify Archivio that its patient leaflets are not to be used for the improvement of Archivio\'s summarising feature.';
    expect(categoriesOf(clause)).toContain('opt-out:protective');
  });

  it('is no opt-out where the notice says nothing about use', () => {
    expect(categoriesOf('The Museum may notify Archivio that an invoice is disputed.')).not.toContain('opt-out:protective');
  });
});

describe('outputs held as the proprietary information of a company named after "of" (blind94-069)', () => {
  it('is the vendor owning the outputs', () => {
    const clause = 'Match reports and player ratings generated by the Scouting Engine are and shall remain the proprietary information of Kestrelpoint, licensed to Club solely for its own squad planning.';
    expect(categoriesOf(clause)).toContain('output-ownership:risk');
  });
});

describe('a delivery channel named "secure transfer" (463 § 2.3)', () => {
  it('discloses nothing in a data-use agreement', () => {
    const lines = [
      'This Archive Licence is between Fenwick Gazette Ltd ("Publisher") and Orrin Systems Inc. ("Developer").',
      '"Licensed Content" means the articles in the archive described in Schedule 1.',
      '2.3 Developer shall give Publisher credentials for the secure transfer environment, and Publisher shall upload the Licensed Content through it.',
    ];
    const found = analyzeDocument(lines.map((text) => ({ text })), { mode: 'dua' }).findings.map((f) => `${f.category}:${f.stance}`);
    expect(found).not.toContain('dua-data-disclosure:risk');
  });
});

describe('the vendor retraining its models among other changes to them (464 § 9.10)', () => {
  it('is no training on the customer\'s data where no data is named', () => {
    expect(categoriesOf('Stenwick may update, retrain or replace the scoring models used by the Platform at any time.')).not.toContain('ai-training:risk');
  });

  it('still reads retraining on the customer\'s data as training', () => {
    expect(categoriesOf('Stenwick may update, retrain or replace the scoring models using Customer Data at any time.')).toContain('ai-training:risk');
  });
});
