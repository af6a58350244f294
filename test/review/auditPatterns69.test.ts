// Patterns found reading the first-run plans of agreements 201–204 (audit69). Every clause is the project's own
// drafting.
import { preferredReview, reviewOf } from './agreements';

const PARTIES = 'These Terms are between Quillbrook Studio Pty Ltd ("we", "us") and you, the person or business using Quillbrook ("you").';
const CONTENT = '1.1 "Your Content" means the photos, designs and text you upload to Quillbrook.';

describe('outputs alike for other users', () => {
  it('settle no ownership, so the disclaimer is never turned into a promise not to generate them', () => {
    const SIMILAR = 'A3. Outputs aren\'t unique. Because of the way generative AI works, other users may receive Outputs that are the same as or similar to yours, and we may generate similar Outputs for them.';
    const review = preferredReview([PARTIES, CONTENT, SIMILAR]);
    expect(review.analysis.findings.filter((f) => f.paragraph === 2 && f.stance === 'risk')).toEqual([]);
    expect(review.edit(2)).toBeUndefined();
  });
});

describe('a vendor\'s power to change its model providers after the clause on policies went in elsewhere', () => {
  it('still gets the customer\'s objection right', () => {
    const lines = [
      PARTIES,
      CONTENT,
      'A2. You must use AI Features in line with the Quillbrook AI Policy published at https://quillbrook.example/ai, as we update it from time to time, which forms part of this Addendum. Changes to the AI Policy take effect when we post them.',
      'A5. We use third-party model providers ("Model Providers") to generate Outputs and send them your prompts for that purpose. We may add, replace or remove Model Providers at any time by updating the list in the AI Policy.',
    ];
    const review = reviewOf(lines, { position: 'preferred' });
    // The clause on policies went in after A2 …
    expect(review.inserts().some((item) => /No policy, web page or other document/.test(item.text))).toBe(true);
    const target = review.edit(3)?.target ?? '';
    expect(target).toContain('We may add, replace or remove Model Providers at any time by updating the list in the AI Policy, provided that no new Model Provider receives');
  });
});

describe('the customer\'s data named by a term that says whose it is', () => {
  it('is "Your Content" even where its inline meaning is a long list, and the clause on policies names "these Terms"', () => {
    const lines = [
      'These Terms of Use ("Terms") are between Quillbrook Studio Pty Ltd ("we", "us") and you ("you").',
      '8. Your Content. You keep ownership of the photos, images, videos, fonts, text, templates, designs and other material you upload, import, create or store in the Services ("Your Content").',
      'A1. In this Addendum, "Input" means anything you give an AI Feature to work with, including any part of Your Content you select.',
      'A2. You must use AI Features in line with the Quillbrook AI Policy published at https://quillbrook.example/ai, as we update it from time to time, which forms part of this Addendum. Changes to the AI Policy take effect when we post them.',
    ];
    const review = reviewOf(lines, { position: 'preferred' });
    expect(review.analysis.terms.customerData).toBe('Your Content');
    const policy = review.inserts().find((item) => /No policy, web page or other document/.test(item.text));
    expect(policy?.text).toMatch(/set out in full in these Terms\. No policy, web page or other document referred to in these Terms/);
  });
});

describe('a definition that names the customer\'s data beside its usage data', () => {
  const VENDOR = 'This Agreement is between Quillfern Inc. ("Quillfern") and Harbourline Mutual ("Customer").';
  const risks = (line: string) => preferredReview([VENDOR, line]).analysis.findings.filter((f) => f.paragraph === 1 && f.category === 'aggregated-data' && f.stance === 'risk');
  it('sweeps nothing into the vendor\'s own when the term defined is no usage data', () => {
    expect(risks('1.7 "Sub-processor" means any third party engaged by Quillfern that processes Customer Data or Interaction Data.')).toEqual([]);
  });
  it('still sweeps when the usage data is the term defined', () => {
    expect(risks('1.5 "Usage Data" means data about the use of the Services, including the Customer Data that Users enter.').length).toBeGreaterThan(0);
  });
});

describe('a copy kept for a stated period', () => {
  it('is never turned into a duty to delete it for that period', () => {
    const lines = [
      'This Agreement is between the University of Hallam (the "University") and Inkwell Tutor Ltd (the "Contractor").',
      '1.1 "University Data" means all data the University or its students upload to the Software.',
      '14.2 On termination the Contractor shall delete all University Data within 30 days.',
      '14.3 Notwithstanding clause 14.2, the Contractor may retain one copy of University Data for audit purposes for a period of six years after termination.',
    ];
    expect(preferredReview(lines).edit(3)?.target ?? '').not.toMatch(/shall delete one copy/);
  });
});
