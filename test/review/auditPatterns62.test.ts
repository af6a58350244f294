// Patterns named by the lawyer audits after 169–172 (audit61 and later): knock-on clauses that give back what an edit
// took. Every clause is the project's own drafting.
import { reviewOf } from './agreements';

const review = (...lines: string[]) => reviewOf(lines, { position: 'preferred', insertMissing: false });

describe('a clause the review limits to the Term leaves the survival list', () => {
  const PARTIES = 'This Agreement is between Quillmark Inc. ("Provider") and Harlow & Pike LLP ("Customer").';
  const DATA = '1.1 "Customer Data" means documents and queries Customer submits to the Services.';
  const DERIVED =
    '4.3 Provider may compile aggregated and de-identified statistics derived from Customer Data ("Aggregated Data"). Provider shall own all Aggregated Data and may use it for any lawful purpose, during and after the Term, provided that Aggregated Data does not identify Customer.';
  const SURVIVAL = '9.4 Sections 3, 4.3, 6 and 8 shall survive any termination or expiry of this Agreement.';

  it('strikes the number of a clause whose "during and after the Term" became "during the Term"', () => {
    const { edit } = review(PARTIES, DATA, DERIVED, SURVIVAL);
    expect(edit(2)?.target).toMatch(/during the Term/);
    expect(edit(3)?.target).toBe('9.4 Sections 3, 6 and 8 shall survive any termination or expiry of this Agreement.');
    expect(edit(3)?.comment.external).toMatch(/no longer outlast this Agreement/);
  });

  it('keeps the number of a clause whose life after the Term was left alone', () => {
    const KEPT = '4.3 Provider shall delete Customer Data within thirty days after the Term.';
    expect(review(PARTIES, DATA, KEPT, SURVIVAL).edit(3)).toBeUndefined();
  });
});
