// Inserted wording follows how the contract writes its periods: a lawyer audit of agreement 69 marked "thirty (30)
// days" in a contract that writes "sixty days" and "forty-eight hours". Clauses are the project's own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { contractWording } from '../../src/review/wording';

const termsOf = (...lines: string[]) => analyzeDocument(lines.map((text) => ({ text }))).terms;
const WORDS_ONLY = [
  'This agreement is between Larkspur Cloud Ltd ("Supplier") and Fenwood Partners LLP ("Client").',
  'Supplier shall report a breach within forty-eight hours and shall answer questions within ten business days.',
  'Either party may end this agreement on sixty days\' notice.',
];

describe('periods in inserted wording', () => {
  it('are written in words alone where the contract never writes "thirty (30)"', () => {
    const terms = termsOf(...WORDS_ONLY);
    expect(terms.numbers).toBe('words');
    expect(contractWording('{{vendor}} shall delete it within thirty (30) days.', terms)).toBe('Supplier shall delete it within thirty days.');
  });

  it('keep their digits where the contract writes them so, or gives too few periods to tell', () => {
    const both = termsOf(...WORDS_ONLY, 'Client shall pay within thirty (30) days of invoice.');
    expect(both.numbers).toBeUndefined();
    expect(contractWording('{{vendor}} shall delete it within thirty (30) days.', both)).toBe('Supplier shall delete it within thirty (30) days.');
    expect(termsOf(WORDS_ONLY[0] as string, 'Either party may end this agreement on sixty days\' notice.').numbers).toBeUndefined();
  });
});
