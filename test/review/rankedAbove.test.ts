// A precedence clause that ranks a schedule or an Order Form above the body, where the review's changes sit (lawyer
// audits of 369 § 16.5, 373 § 16.1, 375 § 13.2 and 367 § C.1). Every clause is the project's own drafting.
import { preferredReview } from './agreements';

const body = [
  'This Platform Agreement is between Ferncastle Logistics Ltd ("Ferncastle") and Tolbury Provisions plc ("Customer").',
  '1.2 "Customer Data" means all shipment records and documents that Customer uploads to the Platform.',
  '4.2 Ferncastle may use Customer Data to train and improve the machine-learning models that power the Platform for all of its customers.',
  '5.1 Customer shall pay the fees set out in the Order Form.',
];
const dataSchedule = [
  'SCHEDULE 2 - DATA PROGRAMME',
  '1. Ferncastle may retain copies of Customer Data after termination and may use them to develop new routing products.',
  '2. Ferncastle may share aggregated statistics derived from Customer Data with its logistics partners for their own purposes.',
];
const services = ['SCHEDULE 1 - SERVICE LEVELS', '1. Ferncastle aims to make the Platform available 99.5% of the time in each month.'];

describe('a part ranked above the body', () => {
  // The Order Form is the customer's own negotiated paper, where its wins sit: it keeps its rank (audits 196, 211, 213,
  // 218 and 221 marked riders over it wrong-target).
  it('gains a sentence saying nothing ranked there permits a use the changed clauses would not permit', () => {
    const precedence = '16.4 Order of Precedence. In the event of conflict, the following order of precedence applies: the Order Form, Schedule 2, the clauses of this Agreement and then Schedule 1.';
    const review = preferredReview([...body, precedence, ...dataSchedule, ...services]);
    expect(review.edit(2)).toBeDefined();
    expect(review.edit(4)?.target).toBe(
      `${precedence} However, nothing in Schedule 2 permits any use or disclosure of Customer Data that clause 4.2 would not permit.`,
    );
    expect(review.edit(4)?.comment.external).toMatch(/^Clause 4\.2 protects Customer Data as we have marked it; Schedule 2 ranks above it/);
  });

  it('reads "this Addendum prevails over the body of the Agreement" in the addendum itself', () => {
    const scope = 'A.1 This AI Addendum forms part of the Agreement and prevails over the body of the Agreement with respect to the AI Features.';
    const review = preferredReview([
      ...body,
      'ANNEX A - AI ADDENDUM',
      scope,
      'A.2 Ferncastle may share Customer Data with its model partners to develop their own models.',
      'A.3 Ferncastle may keep Prompts for twelve months after termination to improve the AI Features.',
    ]);
    expect(review.edit(5)?.target).toBe(`${scope} However, nothing in this AI Addendum permits any use or disclosure of Customer Data that clause 4.2 would not permit.`);
  });

  it('reads a lettered list whose items qualify themselves ("(b) Schedule 2, in relation to the AI Features; and (c) these terms")', () => {
    const precedence = '16.4 The following order of precedence applies: (a) the special conditions of the Order Form; (b) Schedule 2, in relation to the AI Features; and (c) these terms and conditions.';
    const review = preferredReview([...body, precedence, ...dataSchedule]);
    expect(review.edit(4)?.target).toBe(
      `${precedence} However, nothing in Schedule 2 permits any use or disclosure of Customer Data that clause 4.2 would not permit.`,
    );
  });

  it('names no part that cannot widen the use: service levels, a data processing agreement, or a schedule with no data-use risk', () => {
    const precedence = '16.4 In the event of conflict, the following order of precedence applies: the Data Processing Agreement, Schedule 1, these Terms and then Schedule 2.';
    const review = preferredReview([...body, precedence, ...services, ...dataSchedule]);
    expect(review.edit(4)).toBeUndefined();
  });

  it('names no schedule whose one flagged clause the review changed, nor an Order Form it cannot see', () => {
    const precedence = '16.4 In the event of conflict, the following order of precedence applies: the Order Form, Schedule 2 and then these Terms.';
    const review = preferredReview([...body, precedence, ...dataSchedule.slice(0, 2)]);
    expect(review.edit(4)).toBeUndefined();
  });

  it('leaves a precedence that ranks the body first, and one kept to what protects more', () => {
    const first = '16.4 In the event of conflict, the following order of precedence applies: the clauses of this Agreement, Schedule 2 and then the Order Form.';
    expect(preferredReview([...body, first, ...dataSchedule]).edit(4)).toBeUndefined();
    const kept = '16.4 The following order of precedence applies: Schedule 2, then these Terms, save that Schedule 2 prevails only where it is more protective of Customer Data.';
    expect(preferredReview([...body, kept, ...dataSchedule]).edit(4)).toBeUndefined();
  });

  it('adds nothing where the review changed no clause of the body', () => {
    const precedence = '16.4 In the event of conflict, the following order of precedence applies: the Order Form, Schedule 2 and then these Terms.';
    const review = preferredReview([body[0] ?? '', body[1] ?? '', body[3] ?? '', precedence, ...dataSchedule]);
    expect(review.plan.items.some((item) => item.kind === 'edit' && item.paragraph === 3)).toBe(false);
  });
});
