// A vendor policy ranked above the contract. The clauses are the project's own drafting.
import { applyOps } from '../../src/engine/applyOps';
import { policyPrecedenceOps } from '../../src/review/policyPrecedence';

const vendorPolicies = new Set(['Model Use Policy', 'Policies']);
const ranked = (text: string) => applyOps(text, policyPrecedenceOps(text, vendorPolicies));

describe('a vendor policy that prevails over the contract', () => {
  it('gives way to the part of the contract it conflicts with, and its exception to that rank goes', () => {
    expect(ranked('B.9 Model Use Policy. If there is a conflict between this Data Schedule and the Model Use Policy, the Model Use Policy prevails except in relation to clause B.4.')).toBe(
      'B.9 Model Use Policy. If there is a conflict between this Data Schedule and the Model Use Policy, this Data Schedule prevails.',
    );
  });

  it('keeps the sentence\'s verb, in the plural where the contract is "these Terms"', () => {
    expect(ranked('In the event of any conflict between the Model Use Policy and this Agreement as to Client Files, the Model Use Policy shall control.')).toBe(
      'In the event of any conflict between the Model Use Policy and this Agreement as to Client Files, this Agreement shall control.',
    );
    expect(ranked('If there is any inconsistency between these Terms and the Policies, the Policies prevails.')).toBe(
      'If there is any inconsistency between these Terms and the Policies, these Terms prevail.',
    );
  });

  it('strikes a limb ranking the policy above one clause', () => {
    expect(ranked('1.3 The order of precedence is (a) the Order, (b) these Terms and (c) the Policies, save that the Model Use Policy shall prevail over clause 6.2 to the extent it concerns training.')).toBe(
      '1.3 The order of precedence is (a) the Order, (b) these Terms and (c) the Policies.',
    );
  });

  it('leaves a policy ranked first only where it protects more, and a policy the analysis does not read as the vendor\'s', () => {
    const more = 'If there is a conflict between this Agreement and the Model Use Policy, the Model Use Policy prevails to the extent it is more protective of Client Files.';
    expect(ranked(more)).toBe(more);
    const own = 'If there is a conflict between this Agreement and the Client Security Policy, the Client Security Policy prevails.';
    expect(ranked(own)).toBe(own);
  });
});
