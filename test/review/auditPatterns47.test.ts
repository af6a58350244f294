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
    expect(edit(2)?.target ?? lines[2]).toContain('A list of our current AI providers is set out in our Privacy Policy');
    const fixed = inserts().filter((item) => item.answers === 'policy-by-reference');
    expect(fixed).toHaveLength(1);
    expect(fixed[0]?.text).toMatch(/^12[A-C]\. The terms governing the use of Your Files by us are set out in full in these terms\./);
    expect(edit(4)).toBeUndefined();
    expect(skippedWith(plan, 4, /answered by the clause this review wrote elsewhere/)).toBe(true);
  });
});

describe('a defined purpose whose limb builds the vendor\'s models', () => {
  const lines = [
    'This Agreement is between Harlow Voice Ltd (the "Supplier") and Tamsin Rail plc (the "Customer").',
    '"Customer Data" means all data that the Customer or its Users submit to the Services.',
    '"Authorised Purposes" means: (a) providing and supporting the Services for the Customer; (b) preventing fraud and security incidents; (c) complying with law; and (d) training and improving the speech models the Supplier offers to all its customers.',
    '4.1 The Customer grants the Supplier a non-exclusive licence to process Customer Data for the Authorised Purposes during the Term.',
    '4.2 The Supplier shall process Customer Data only for the Authorised Purposes.',
  ];
  it('loses that limb in the definition, and the clauses using the term keep their words', () => {
    const { edit, plan } = reviewOf(lines, { position: 'preferred' });
    expect(edit(2)?.target).toBe(
      '"Authorised Purposes" means: (a) providing and supporting the Services for the Customer; (b) preventing fraud and security incidents; and (c) complying with law.',
    );
    expect(edit(2)?.comment.external).toMatch(/removed the development and training of the Supplier's models from "Authorised Purposes"/);
    expect(edit(3)).toBeUndefined();
    expect(edit(4)).toBeUndefined();
    expect(skippedWith(plan, 3, /answered by striking the limb that builds models from the definition of "Authorised Purposes"/)).toBe(true);
  });
  it('keeps a middle limb\'s letter, so references to the later limbs still hold', () => {
    const middle = [...lines];
    middle[2] = '"Authorised Purposes" means: (a) providing the Services; (b) training the Supplier\'s speech models; and (c) complying with law.';
    expect(reviewOf(middle, { position: 'preferred' }).edit(2)?.target).toBe('"Authorised Purposes" means: (a) providing the Services; (b) [Reserved]; and (c) complying with law.');
  });
});

describe('derived data the vendor claims to own, in the clause that lets it use that data', () => {
  it('loses the claim, and the proviso speaks of the clause\'s own noun', () => {
    const lines = [
      'These terms are between Lumen Frame Pty Ltd ("we", "us") and the business that signs up ("you").',
      '"Your Files" means the images and text you upload to Lumen Frame.',
      '14. We may create and use anonymised and aggregated information from your use of the app, such as average editing times, and we own that information.',
    ];
    const target = reviewOf(lines, { position: 'preferred' }).edit(2)?.target ?? '';
    expect(target).not.toMatch(/we own that information/);
    expect(target).toMatch(/average editing times, provided that such information is aggregated with the data of other (?:users|customers), cannot reasonably be used to identify you or any individual, and is not used to train/);
  });
});
