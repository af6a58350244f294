// Patterns found while probing the review with the project's own drafting in the thirty-third session, of the kind the
// lawyer audits name first: other clauses left leaning on a clause the review turned into a ban. Every clause is the
// project's own drafting.
import { preferredReview } from './agreements';

const PARTIES = 'This Services Agreement is between Quillmere Analytics Ltd ("Provider") and Tarrow Housing Trust ("Customer").';
const DATA = '1.1 "Customer Data" means all data that Customer or its Users submit to the Services.';
const AGGREGATED = '1.2 "Aggregated Data" means data derived from Customer Data that has been aggregated and de-identified so that it does not identify Customer or any individual.';
const TRAINING = "4.2 Provider may use Customer Data to train and improve the machine learning models that power the Services and Provider's other products.";
const AGGREGATE_USE = '4.3 Provider may create Aggregated Data and use it for benchmarking and product development.';

describe('an exception that closes its sentence and cites the clause now a ban', () => {
  it('keeps citing only the clause that still permits something', () => {
    const processing = "4.1 Provider shall process Customer Data only to provide the Services and in accordance with Customer's documented instructions, except as permitted by Sections 4.2 and 4.3.";
    const review = preferredReview([PARTIES, DATA, AGGREGATED, processing, TRAINING, AGGREGATE_USE]);
    expect(review.edit(4)?.target).toContain('shall not use Customer Data to train');
    expect(review.edit(3)?.target).toBe("4.1 Provider shall process Customer Data only to provide the Services and in accordance with Customer's documented instructions, except as permitted by Section 4.3.");
  });
});

describe('a clause that keeps what the banned use would have made', () => {
  it('loses the models trained under the banned clause, and the comma before the clause keeps its place', () => {
    const exit = '9.3 On termination Provider shall delete Customer Data within thirty (30) days, save that Provider may retain Aggregated Data and any models trained under Section 4.2.';
    const target = preferredReview([PARTIES, DATA, AGGREGATED, TRAINING, AGGREGATE_USE, exit]).edit(5)?.target ?? '';
    expect(target).not.toContain('models trained under Section 4.2');
    expect(target).toContain('within thirty (30) days, save that Provider may retain Aggregated Data');
  });

  it('is struck on its own where nothing else in the clause is a risk', () => {
    const exit = '9.3 On termination Provider shall delete Customer Data within thirty (30) days, save that Provider may retain its invoices, its audit logs and any models trained under Section 4.2.';
    const target = preferredReview([PARTIES, DATA, TRAINING, exit]).edit(3)?.target ?? '';
    expect(target).toBe('9.3 On termination Provider shall delete Customer Data within thirty (30) days, save that Provider may retain its invoices and its audit logs.');
  });
});
