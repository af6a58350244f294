// Patterns named by the lawyer audits of agreements 149–156 (audit56, audit57) and taken up in the twenty-first
// session, in our own drafting: a survival list that keeps alive a grant the review narrowed but kept.
import { reviewOf } from './agreements';

const PARTIES = 'This Agreement is between Larchmont Analytics, Inc. ("Provider") and Ferrow Clinics LLC ("Customer").';
const DATA = '1.1 "Customer Data" means all data and content that Customer or its Users submit to the Services.';
const GRANT = "4.3 Customer agrees that Provider may use Customer Data to support, enhance and develop the Services and Provider's other products and services.";
const DERIVED = '4.4 Provider may create de-identified data derived from Customer Data and may use it for any lawful business purpose.';
const survival = (list: string) => `11.5 Sections ${list} shall survive any termination or expiration of this Agreement.`;

describe('a survival list naming a grant the review narrowed but kept', () => {
  it('loses the grant\'s number, behind an item with its own qualifier, and says why', () => {
    const lines = [PARTIES, DATA, GRANT, DERIVED, survival('3 (as to accrued Fees), 4.3, 4.4 and 12')];
    const review = reviewOf(lines, { position: 'preferred', insertMissing: false });
    expect(review.edit(2)?.target).toMatch(/to support the Services\.$/);
    const edit = review.edit(4);
    expect(edit?.target).toBe(survival('3 (as to accrued Fees), 4.4 and 12'));
    expect(edit?.comment.external).toMatch(/Section 4\.3 gives Provider a right to use Customer Data that should not outlast this Agreement/);
  });

  it('keeps derived data the vendor holds, whose new conditions must outlive the contract', () => {
    const lines = [PARTIES, DATA, DERIVED, survival('4.4, 9 and 12')];
    const edit = reviewOf(lines, { position: 'preferred', insertMissing: false }).edit(3);
    expect(edit?.target ?? lines[3]).toContain('4.4, 9 and 12');
  });

  it('keeps the number of a grant the review turned into a ban', () => {
    const training = '4.2 Provider may use Customer Data to train its machine-learning models.';
    const lines = [PARTIES, DATA, training, survival('4.2, 9 and 12')];
    const review = reviewOf(lines, { position: 'preferred', insertMissing: false });
    expect(review.edit(2)?.target).toMatch(/shall not/);
    expect(review.edit(3)?.target ?? lines[3]).toContain('4.2');
  });

  it('is left alone when the list carries a risk of its own that the review does not answer', () => {
    const lines = [PARTIES, DATA, GRANT, '11.5 The licence in Section 2 to the extent stated there, and Sections 4.3, 9 and 12, survive the end of this Agreement.'];
    const review = reviewOf(lines, { position: 'preferred', insertMissing: false });
    expect(review.edit(3)?.target ?? lines[3]).toContain('4.3');
  });
});
