// Patterns found reading the first-run plans of agreements 197–200 (audit68). Every clause is the project's own
// drafting.
import { preferredReview } from './agreements';

const PARTIES = 'These Terms are between Pennywort Apps Pty Ltd ("we", "us") and you, the business that uses Pennywort ("you").';
const CONTENT = '1.1 "Your Content" means the invoices, receipts and records you upload to Pennywort.';

describe('deemed acceptance by continued use beside a change that now needs the customer\'s agreement', () => {
  it('goes as a limb of the sentence the proviso qualifies', () => {
    const POLICY = '4.3 We may update the AI Policy at any time by posting a revised version. Updates take effect when posted, but your continued use of Pennywort after an update takes effect means you accept it.';
    const edit = preferredReview([PARTIES, CONTENT, POLICY]).edit(2);
    expect(edit?.target).toContain('provided that no policy or change to it will expand our rights in Your Content unless agreed in a written amendment signed by both parties');
    expect(edit?.target).toContain('Updates take effect when posted.');
    expect(edit?.target).not.toMatch(/continued use/);
  });

  it('goes as a sentence of its own', () => {
    const POLICY = '4.3 We may update the AI Policy at any time by posting a revised version. By continuing to use Pennywort after an update, you agree to the updated AI Policy.';
    const edit = preferredReview([PARTIES, CONTENT, POLICY]).edit(2);
    expect(edit?.target).toMatch(/signed by both parties\.$/);
  });

  it('stays where the edit asks for no agreement to a change', () => {
    const FEEDBACK = '8.1 If you send us feedback, we may use it for any purpose. Your continued use of Pennywort after we update these Terms means you accept the update.';
    expect(preferredReview([PARTIES, CONTENT, FEEDBACK]).edit(2)?.target ?? '').toContain('means you accept the update');
  });
});

describe('a duty to follow the customer\'s own policies, as the customer amends them', () => {
  it('is no policy the vendor can change, whatever the title between the owner and the word "Policies"', () => {
    const lines = [
      'This Agreement is between Kestrel Vale NHS Trust (the "Trust") and Marrowby Voice Ltd (the "Supplier").',
      '5.6 The Supplier shall comply with the Trust\'s Information Security and Records Management Policies as amended from time to time and notified to the Supplier in writing, and shall encrypt all Trust Data at rest.',
    ];
    expect(preferredReview(lines).analysis.findings.filter((f) => f.category === 'policy-by-reference')).toEqual([]);
  });

  it('is still a risk where the vendor itself may amend the policy', () => {
    const lines = [
      'This Agreement is between Kestrel Vale NHS Trust (the "Trust") and Marrowby Voice Ltd (the "Supplier").',
      '5.6 The Supplier shall process Trust Data in accordance with its Data Handling Policy, which the Supplier may amend from time to time.',
    ];
    expect(preferredReview(lines).analysis.findings.some((f) => f.category === 'policy-by-reference' && f.stance === 'risk')).toBe(true);
  });
});
