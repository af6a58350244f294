// Patterns of the lawyer audit of agreements 117–120 (audit47, 2026-12-03), in our own drafting: a reference to a
// policy the customer needs stays, the clause fixing the data terms goes after it, and it is written once for the
// whole document however many policies the terms refer to.
import { reviewOf, skippedWith } from './agreements';

describe('references to policies the vendor may update', () => {
  const lines = [
    'These terms are between Lumen Frame Pty Ltd ("we", "us") and the business that signs up ("you"). By signing up you accept these terms, our Acceptable Use Policy and our Privacy Policy.',
    '"Your Files" means the images and text you upload to Lumen Frame.',
    '12. Background removal uses models run by outside AI providers. A list of our current AI providers is set out in our Privacy Policy, which we update from time to time.',
    '13. We use Your Files only to provide Lumen Frame to you.',
    '30. This Acceptable Use Policy applies to everyone who uses Lumen Frame. We may update it from time to time by posting a new version on our website.',
  ];
  it('keep the reference and add the clause once, after the first, numbered', () => {
    const { edit, inserts, plan } = reviewOf(lines, { position: 'preferred' });
    expect(edit(2)?.targetText ?? lines[2]).toContain('A list of our current AI providers is set out in our Privacy Policy');
    const fixed = inserts().filter((item) => item.answers === 'policy-by-reference');
    expect(fixed).toHaveLength(1);
    expect(fixed[0]?.text).toMatch(/^12[A-C]\. The terms governing the use of Your Files by us are set out in full in these terms\./);
    expect(edit(4)).toBeUndefined();
    expect(skippedWith(plan, 4, /answered by the clause this review wrote elsewhere/)).toBe(true);
  });
});
