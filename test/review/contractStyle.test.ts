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

// The lawyer audit of agreement 87 marked "will" (which reads as intent in government drafting, where every duty is
// "must") and "thirty (30) days" in a contract that writes "30 days".
const GOVERNMENT = [
  'This Contract is between the State of Tasmania acting through the Department of Roads (Customer) and Quillon Cloud Pty Ltd (Supplier).',
  '1.1 "Agency Data" means all data the Customer gives the Supplier under this Contract.',
  '3.1 The Supplier must host Agency Data in Australia.',
  '3.2 The Supplier must notify the Customer of a security incident within 2 days.',
  '3.3 The Supplier must return Agency Data within 30 days after the Contract ends.',
  '3.4 The Supplier must give the Customer 20 Business Days\' notice of a new Subcontractor.',
  '3.5 The Supplier must keep records for 12 months.',
];

describe('a contract that says "must" for every duty and writes its periods in numerals', () => {
  const terms = termsOf(...GOVERNMENT);

  it('is read so', () => {
    expect(terms.modal).toBe('must');
    expect(terms.numbers).toBe('digits');
  });

  it('gets inserted duties with "must" and periods in numerals', () => {
    expect(contractWording('{{vendor}} shall answer within thirty (30) days and shall not disclose {{customerData}}.', terms)).toBe(
      'The Supplier must answer within 30 days and must not disclose Agency Data.',
    );
  });

  it('says "will" after a subject that opens with "no": "no change … must expand" would misread (audit81, 226 cl. 12.5)', () => {
    expect(contractWording('No policy, and no change to it, shall expand the rights of {{vendor}}. {{vendor}} shall comply.', terms)).toBe(
      'No policy, and no change to it, will expand the rights of the Supplier. The Supplier must comply.',
    );
  });
});

describe('a contract that mixes "shall" with "thirty (30)"', () => {
  it('keeps the playbook\'s own style', () => {
    const terms = termsOf(...GOVERNMENT.slice(0, 3), '3.2 The Supplier shall notify the Customer within thirty (30) days.', '3.3 The Supplier shall return Agency Data.', '3.4 The Supplier shall keep records.');
    expect(terms.modal).toBeUndefined();
    expect(terms.numbers).toBeUndefined();
  });
});
