// The word a contract uses for its own provisions ("Section 4.2", "clause 9", "paragraph (3)"), which the review
// writes in its carve-outs, comments and inserted clause numbers. Every line is our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';

const provisionOf = (lines: readonly string[]) => analyzeDocument(lines.map((text) => ({ text }))).terms.provision ?? 'clause';

describe('the word a contract uses for its own provisions', () => {
  it('does not count a statute\'s sections ("45 C.F.R. Section 164.514") or another document\'s', () => {
    const lines = [
      '1.3 "De-identified Data" means data de-identified under 45 C.F.R. Section 164.514(b) and 45 C.F.R. Section 164.502.',
      '1.4 "Breach" has the meaning in Section 4 of the Act.',
      '2.1 The Vendor shall provide the Services described in Clause 3.',
    ];
    expect(provisionOf(lines)).toBe('Clause');
  });

  it('counts "Section 3.4 of the Agreement" as the contract\'s own word', () => {
    const lines = ['A.1 Subject to Section 3.4 of the Agreement and Section 6.3 of the Agreement, the Supplier may keep logs.', 'A.2 Clause 2 applies.'];
    expect(provisionOf(lines)).toBe('Section');
  });

  it('never lets the Articles that name whole parts outvote the Sections inside them', () => {
    const lines = [
      'ARTICLE 3 – DATA',
      '3.1 Subject to Section 2.1, the Licensor retains title.',
      '3.2 If the Licensee breaches Article 2 or Article 3, or Article 4, the Licensor may terminate.',
    ];
    expect(provisionOf(lines)).toBe('Section');
  });
});

describe('the contract\'s name for what the vendor provides', () => {
  const termsOf = (lines: readonly string[]) => analyzeDocument(lines.map((text) => ({ text }))).terms;
  it('is the defined term whose meaning takes in the other ("Services" includes access to the Platform), not the software part', () => {
    const lines = [
      'This Agreement is between Corvane Robotics Ltd ("Supplier") and the company named in the Order Form ("Customer").',
      '1.4 "Platform" means the Supplier\'s fleet software, including the Console and the Models.',
      '1.6 "Services" means the supply of the Equipment, access to the Platform and remote support.',
      '5.2 Customer grants Supplier a perpetual licence to use Customer Data to provide the Services and to improve the Platform.',
      '6.1 The Services are provided from the Platform, and the Services include support.',
    ];
    expect(termsOf(lines).services).toBe('Services');
  });
});
