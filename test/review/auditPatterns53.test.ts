// Knock-on patterns named by the lawyer audits of agreements 129–136 (audit51, audit52) and checked again in this
// session, in our own drafting: a clause whose subject is what a banned use made ("Models trained under Section 4.2
// remain Provider's property") is moot once the use is banned, and goes, its number kept.
import { reviewOf } from './agreements';

const PARTIES = 'This Agreement is between Kestrel Analytics, Inc. ("Provider") and Marlow Freight LLC ("Customer").';
const DATA = '1.1 "Customer Data" means all data and content that Customer or its Users submit to the Services.';
const GRANT = '4.2 Provider may use Customer Data to train and improve the machine learning models that power the Services.';

describe('a clause about what a banned use made', () => {
  it('is reserved when its subject rests on the banned clause', () => {
    const lines = [PARTIES, DATA, GRANT, '4.3 Models trained under Section 4.2 remain the property of Provider and need not be retrained or deleted.'];
    const review = reviewOf(lines, { position: 'preferred' });
    expect(review.edit(2)?.target).toMatch(/shall not use Customer Data to train/);
    const moot = review.edit(3);
    expect(moot?.target).toBe('4.3 [Reserved.]');
    expect(moot?.comment.external).toMatch(/With Section 4\.2 now a prohibition, nothing can be made under it/);
  });

  it('leaves the survival list without the reserved clause', () => {
    const lines = [PARTIES, DATA, GRANT, '4.3 Any improvements developed pursuant to Section 4.2 shall be owned by Provider.', '9.4 Sections 4.2, 4.3 and 7 survive any termination of this Agreement.'];
    const review = reviewOf(lines, { position: 'preferred', insertMissing: false });
    expect(review.edit(3)?.target).toBe('4.3 [Reserved.]');
    expect(review.edit(4)?.target).toBe('9.4 Sections 4.2 and 7 survive any termination of this Agreement.');
  });

  it('stays when the clause it rests on still grants the use', () => {
    const lines = [PARTIES, DATA, '4.2 Provider may use Customer Data to operate the Services.', '4.3 Reports generated under Section 4.2 belong to Customer.'];
    expect(reviewOf(lines, { position: 'preferred', insertMissing: false }).edit(3)).toBeUndefined();
  });

  it('stays when it does more than deal with what was made (a second sentence)', () => {
    const lines = [PARTIES, DATA, GRANT, '4.3 Models trained under Section 4.2 remain the property of Provider. Provider shall give Customer a list of such models on request.'];
    expect(reviewOf(lines, { position: 'preferred', insertMissing: false }).edit(3)?.target).not.toBe('4.3 [Reserved.]');
  });
});
