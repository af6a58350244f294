// Per-clause expectations for the language patterns of calibration round 59 (first runs on blind92 and agreements
// 453–456, 2026-12-07): a sentence that lifts the vendor's duty to delete ("does not require … to delete"); derived
// statistics a deletion need not reach; the customer's own data used only to run the service. Every clause is our own
// drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';

const categoriesOf = (text: string) => analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`);

describe('a sentence that lifts the duty to delete', () => {
  const lifted =
    '13.4 Termination does not require Brackenlow to delete or retrain any model trained under Section 5.2, or to delete Usage Data or the Benchmark Set, all of which Brackenlow may continue to use after termination.';

  it('promises no deletion, though "to delete" comes twice (452 § 13.4)', () => {
    expect(categoriesOf(lifted)).not.toContain('deletion:protective');
    expect(categoriesOf(lifted)).toContain('survival-retention:risk');
  });

  it('reads "shall not require" the same way', () => {
    const clause = 'On expiry, the Agreement shall not require the Provider to delete Client Data held in its analytics environment.';
    expect(categoriesOf(clause)).not.toContain('deletion:protective');
    expect(categoriesOf(clause)).toContain('survival-retention:risk');
  });

  it('keeps nothing of the customer\'s where only derived statistics are left undeleted', () => {
    const clause = '9.5 Clause 9.4 shall not require the Provider to delete Performance Statistics.';
    expect(categoriesOf(clause)).not.toContain('survival-retention:risk');
  });
});

describe('the customer\'s data and data derived from it, used only to run the service', () => {
  const lines = (use: string) => [
    { text: '"Customer Materials" means all documents that Customer uploads to the Platform.' },
    { text: '"Project Data" means the structured data derived by the Platform from Customer Materials.' },
    { text: use },
  ];
  const categories = (use: string) => analyzeDocument(lines(use)).findings.filter((f) => f.paragraph === 2).map((f) => `${f.category}:${f.stance}`);

  it('gives no derived-data right where the purposes all serve the customer (449 § 3.4 as narrowed)', () => {
    expect(categories('3.4 Trussmark may use Customer Materials, Project Data and Usage Data to operate and maintain the Platform.')).not.toContain('aggregated-data:risk');
  });

  it('still does where the vendor may improve with it', () => {
    expect(categories('3.4 Trussmark may use Customer Materials, Project Data and Usage Data to operate, maintain and improve the Platform.')).toContain('aggregated-data:risk');
  });
});

describe('a conduct policy named beside another document', () => {
  it('is a policy over the data where another document is joined to it (454 Sch 4 § 7.1)', () => {
    const clause =
      '7.1 Customer\'s use of the AI Module is subject to Supplier\'s Acceptable Use Policy and Model Card published at https://supplier.example/ai, as updated by Supplier from time to time.';
    expect(categoriesOf(clause)).toContain('policy-by-reference:risk');
  });

  it('is one where "the other policies referenced" are joined to it (453 § 14.3)', () => {
    const clause =
      '14.3 Lexwell may update the Acceptable Use Policy at https://lexwell.example/aup and the other policies referenced in this Agreement from time to time, and the updated versions apply from the date of posting.';
    expect(categoriesOf(clause)).toContain('policy-by-reference:risk');
  });

  it('is not where every document named governs conduct', () => {
    const clause = 'Customer shall comply with the Acceptable Use Policy and Community Guidelines, as updated by Provider from time to time.';
    expect(categoriesOf(clause)).not.toContain('policy-by-reference:risk');
  });
});

describe('a change that binds by the customer\'s continued use', () => {
  it('is a policy change, whoever announces it (454 Sch 4 § 7.2)', () => {
    const clause =
      '7.2 Supplier shall give Customer thirty (30) days\' notice of any material change to the AI Module Acceptable Use Policy or Model Card, and Customer\'s continued use of the AI Module after that period constitutes acceptance of the change.';
    expect(categoriesOf(clause)).toContain('policy-by-reference:risk');
  });
});
