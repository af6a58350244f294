// The survival clause conformed to inserted clauses. The clauses are the project's own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { applyOps } from '../../src/engine/applyOps';
import { survivalEdit } from '../../src/review/survivalList';

const paragraphsOf = (...texts: string[]) => texts.map((text) => ({ text }));

function conformed(survival: string, inserted: { number: string; answers: string }[], busy: number[] = []) {
  const paragraphs = paragraphsOf('3.1 Supplier shall keep Client Files secure.', survival);
  const edit = survivalEdit(paragraphs, analyzeDocument(paragraphs), inserted, new Set(busy));
  return edit && applyOps(survival, edit.ops);
}

describe('the survival clause after the review inserts clauses', () => {
  it('gains a new clause number in numeric order', () => {
    expect(conformed('9.2 Clauses 3.1, 3.4, 4 and 9 shall survive termination.', [{ number: '3.8', answers: 'deletion' }])).toBe(
      '9.2 Clauses 3.1, 3.4, 3.8, 4 and 9 shall survive termination.',
    );
  });

  it('goes before the list\'s joined last number as "…, 4.6 and 6", and never splits a number from its qualifier', () => {
    expect(conformed('7.4 Sections 3.1, 4.1 (as to fees already invoiced), 4.5 and 6 survive termination.', [{ number: '4.6', answers: 'audit' }])).toBe(
      '7.4 Sections 3.1, 4.1 (as to fees already invoiced), 4.5, 4.6 and 6 survive termination.',
    );
    expect(conformed('7.4 Sections 3.1, 4.1 (as to fees already invoiced) and 6 survive termination.', [{ number: '4.6', answers: 'audit' }])).toBe(
      '7.4 Sections 3.1, 4.1 (as to fees already invoiced), 4.6 and 6 survive termination.',
    );
  });

  it('moves the list\'s "and" when the new number comes last', () => {
    expect(conformed('9.2 Sections 3.1, 4 and 9 survive any termination.', [{ number: '10.4', answers: 'no-training' }])).toBe(
      '9.2 Sections 3.1, 4, 9 and 10.4 survive any termination.',
    );
  });

  it('reads a range written with "through" or a dash as one reference, never splitting it', () => {
    expect(conformed('6.5 Sections 2, 3.1 through 3.3, 6.3 and 7 survive termination.', [{ number: '3.6', answers: 'audit' }])).toBe(
      '6.5 Sections 2, 3.1 through 3.3, 3.6, 6.3 and 7 survive termination.',
    );
    expect(conformed('6.5 Sections 2, 3.1–3.3 and 7 survive termination.', [{ number: '3.2', answers: 'audit' }])).toBeUndefined();
  });

  it('places a lettered clause ("4A") between 4 and 5, covered by neither', () => {
    expect(conformed('24. Sections 4, 6 and 10 survive termination.', [{ number: '4A', answers: 'audit' }])).toBe('24. Sections 4, 4A, 6 and 10 survive termination.');
  });

  it('leaves a list that already covers the number (a whole section, or a range)', () => {
    expect(conformed('9.2 Clauses 3, 5 and 9 shall survive termination.', [{ number: '3.8', answers: 'deletion' }])).toBeUndefined();
    expect(conformed('9.2 Clauses 3.1 to 3.9 and 9 shall survive termination.', [{ number: '3.8', answers: 'deletion' }])).toBeUndefined();
  });

  it('adds nothing for a clause that need not outlive the contract, or to a paragraph the review edits itself', () => {
    expect(conformed('9.2 Clauses 3.1, 4 and 9 shall survive termination.', [{ number: '3.8', answers: 'policy-by-reference' }])).toBeUndefined();
    expect(conformed('9.2 Clauses 3.1, 4 and 9 shall survive termination.', [{ number: '3.8', answers: 'deletion' }], [1])).toBeUndefined();
  });

  it("puts a schedule's lettered number ('C.9') into the list written in that schedule's numbering, and only there", () => {
    const survival = '11.4 Sections 2, 6.1 and 11, and Sections C.3 and C.7 of Schedule C, survive expiry or termination.';
    expect(conformed(survival, [{ number: 'C.9', answers: 'ai-training' }])).toBe(
      '11.4 Sections 2, 6.1 and 11, and Sections C.3, C.7 and C.9 of Schedule C, survive expiry or termination.',
    );
    expect(conformed(survival, [{ number: 'C.5', answers: 'no-training' }, { number: '6.4', answers: 'deletion' }])).toBe(
      '11.4 Sections 2, 6.1, 6.4 and 11, and Sections C.3, C.5 and C.7 of Schedule C, survive expiry or termination.',
    );
    // No list in the schedule's numbering: the number is not put among the body's clauses.
    expect(conformed('11.4 Sections 2, 6.1 and 11 survive expiry or termination.', [{ number: 'C.9', answers: 'no-training' }])).toBeUndefined();
  });
});
