// A survival list that would keep a training grant alive after the contract ends. The clauses are the project's own
// drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { readsAs } from '../../src/review/reviewPlan';
import { survivingGrantsItem } from '../../src/review/survivingGrants';

function survivalAfterReview(grant: string, survival = '9.4 Survival. Sections 1, 5.3, 7 and 9 survive any termination of this Agreement.') {
  const paragraphs = ['5.1 Client Files. Client owns all Client Files.', grant, survival].map((text) => ({ text }));
  const analysis = analyzeDocument(paragraphs);
  return survivingGrantsItem(analysis, paragraphs, [], { position: 'preferred' }, [], (text) => readsAs(text, analysis));
}

describe('a survival list naming a clause that still grants training', () => {
  it('loses the number, and the comment says the right should end with the contract', () => {
    const item = survivalAfterReview('5.3 Model Improvement. Supplier may use Client Files to train and improve its machine-learning models.');
    expect(item?.target).toBe('9.4 Survival. Sections 1, 7 and 9 survive any termination of this Agreement.');
    expect(item?.comment.external).toMatch(/^Section 5\.3 gives \w+ a right to use data to train or improve its own models and services, which should end with this Agreement, so we removed it from the clauses that survive\.$/);
  });

  it('takes the serial "and" with it when the number is the one before the last', () => {
    const item = survivalAfterReview(
      '5.3 Model Improvement. Supplier may use Client Files to train and improve its machine-learning models.',
      '9.4 Survival. Sections 1, 7, 5.3 and 9 survive any termination of this Agreement.',
    );
    expect(item?.target).toBe('9.4 Survival. Sections 1, 7 and 9 survive any termination of this Agreement.');
  });

  it('leaves a clause that sets its own life after the end, where striking the number would change nothing', () => {
    expect(survivalAfterReview('5.3 Model Improvement. Supplier may use Client Files during and after the Term to train and improve its machine-learning models.')).toBeUndefined();
  });

  it('leaves a clause that also promises something the customer needs after the end', () => {
    expect(
      survivalAfterReview('5.3 Model Improvement. Supplier may use Client Files to improve the Services, but Supplier will not use Client Files to train any machine-learning model.'),
    ).toBeUndefined();
  });

  it('leaves a list with no such clause', () => {
    expect(survivalAfterReview('5.3 Fees. Client shall pay the Fees within thirty days of invoice.')).toBeUndefined();
  });
});
