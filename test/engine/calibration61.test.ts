// Per-clause expectations for the language patterns of calibration round 61 (first runs on blind94 and agreements
// 461–464, 2026-12-07): what a report must show; a data-use agreement's name for what its data trains; a data term
// named for what the licence leaves out. Every clause is our own drafting.
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
