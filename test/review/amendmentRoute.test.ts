// A vendor's standard terms followed by an amendment the parties signed, which prevails over them: the review makes
// its changes in the amendment, as clauses of its own, and leaves the vendor's shared terms unmarked (lawyer audits of
// agreements 304 and 306). Every clause is the project's own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { issueResolver } from '../../src/playbook/issueFor';
import { acceptedParagraphs, compilePlans } from '../../src/review/compilePlans';
import { checkReview } from '../../src/review/checkReview';
import { buildReviewPlan } from '../../src/review/reviewPlan';
import { paragraphsOf, reviewOf } from './agreements';

const terms = [
  'Tidewell Terms of Service',
  '1. Your content',
  '1.1 You own the recordings, notes and other content you upload to Tidewell ("Your Content").',
  '1.2 You grant us a perpetual, irrevocable licence to host, copy and otherwise use Your Content to provide the Service and to develop our other products.',
  '1.3 We may use Your Content to train and improve the machine-learning models that power Tidewell for all of our customers.',
  '2. General',
  '2.1 These Terms are governed by the laws of England and Wales.',
];

const amendment = [
  'ENTERPRISE AMENDMENT',
  'This Amendment is made on 2 March 2026 between Tidewell Software Limited ("Tidewell") and Greyfriars Housing Trust (the "Trust") and amends the Terms of Service as they apply to the Trust.',
  '1. Precedence. This Amendment prevails over the Terms of Service to the extent of any inconsistency.',
  '2. Support. Tidewell shall answer the Trust\'s support requests within one business day.',
  '3. Notices. Notices under this Amendment shall be given in writing to the addresses on the Order Form.',
  'Signed for Tidewell Software Limited by ____________ (Director)',
];

const amendmentStart = terms.length;
const lastClause = terms.length + 4;

describe('a signed amendment that prevails over the vendor\'s terms', () => {
  const review = reviewOf([...terms, ...amendment], { position: 'preferred', insertMissing: false });

  it('marks up none of the terms it prevails over', () => {
    expect(review.plan.items.filter((item) => item.kind === 'edit' && item.paragraph < amendmentStart)).toEqual([]);
  });

  it('makes each change as a clause of the amendment, numbered on from its last clause', () => {
    const routed = review.inserts().filter((item) => item.amends !== undefined);
    expect(routed.map((item) => item.after)).toEqual(routed.map(() => lastClause));
    expect(routed.map((item) => item.number)).toEqual(['4.', '5.'].slice(0, routed.length));
    expect(routed.length).toBeGreaterThanOrEqual(2);
    const licence = routed.find((item) => item.amends?.paragraph === 3);
    expect(licence?.text).toMatch(/^4\. Clause 1\.2 of the Terms of Service is deleted and replaced with the following: "1\.2 /);
    expect(licence?.text).not.toMatch(/perpetual|other products/);
    expect(licence?.comment.external).toMatch(/^We have made this change to Clause 1\.2 of the Terms of Service here, in the Amendment, which prevails over the Terms of Service\./);
  });

  it('answers the findings of the clause it changes', () => {
    const training = review.inserts().find((item) => item.amends?.paragraph === 4);
    expect(training?.amends?.findings.map((f) => f.category)).toContain('ai-training');
    expect(training?.text).toMatch(/Clause 1\.3 of the Terms of Service is (?:deleted\.|deleted and replaced with the following: ")/);
  });

  it('leaves nothing the review wrote reading as a risk', () => {
    const check = checkReview(paragraphsOf([...terms, ...amendment].join('\n')), DEFAULT_PLAYBOOK, 'preferred');
    expect(check.fixedPointViolations).toEqual([]);
  });

  it('reads the replaced clauses as switched off in the next round', () => {
    const paragraphs = paragraphsOf([...terms, ...amendment].join('\n'));
    const accepted = acceptedParagraphs(paragraphs, compilePlans(review.plan.items, paragraphs)).paragraphs;
    const issueFor = issueResolver(DEFAULT_PLAYBOOK);
    const again = buildReviewPlan(analyzeDocument(accepted, { issueFor }), accepted, DEFAULT_PLAYBOOK, { position: 'preferred', insertMissing: false });
    expect(again.items.filter((item) => item.kind === 'insert' && item.amends?.paragraph === 3)).toEqual([]);
  });
});

describe('an amendment that says what it amends after its recitals', () => {
  const withRecitals = [
    'TRUST AMENDMENT',
    'This Trust Amendment (the "Amendment") is dated 2 March 2026 and is made between Tidewell Software Limited ("Tidewell") and Greyfriars Housing Trust (the "Trust").',
    '(A) The Trust has subscribed to Tidewell under the Terms of Service.',
    '(B) The parties have agreed to amend the Terms of Service as they apply to the Trust on the terms of this Amendment.',
    '1. This Amendment prevails over the Terms of Service in the event of any conflict.',
    '2. Tidewell shall answer the Trust\'s support requests within one business day.',
  ];
  const review = reviewOf([...terms, ...withRecitals], { position: 'preferred', insertMissing: false });

  it('is found, and the changes are made in it', () => {
    expect(review.plan.items.filter((item) => item.kind === 'edit' && item.paragraph < terms.length)).toEqual([]);
    expect(review.inserts().filter((item) => item.amends !== undefined).map((item) => item.number)).toEqual(['3.', '4.']);
  });

  it('never makes the terms speak of the amendment as themselves', () => {
    for (const item of review.inserts()) expect(item.text).not.toMatch(/(?:this|these) Amendment/i);
  });
});

describe("a vendor's own addendum before the signed amendment", () => {
  it('does not hide the amendment, which still takes the changes', () => {
    const dpa = ['DATA PROCESSING ADDENDUM', 'D1. This Data Processing Addendum forms part of the Terms of Service and prevails over them for personal data.'];
    const review = reviewOf([...terms, ...dpa, ...amendment], { position: 'preferred', insertMissing: false });
    expect(review.plan.items.filter((item) => item.kind === 'edit' && item.paragraph < terms.length)).toEqual([]);
    expect(review.inserts().filter((item) => item.amends !== undefined).length).toBeGreaterThanOrEqual(2);
  });
});

describe('where the changes stay in the clauses themselves', () => {
  it('with no amendment after the terms', () => {
    const review = reviewOf(terms, { position: 'preferred', insertMissing: false });
    expect(review.edit(3)).toBeDefined();
  });

  it("with the vendor's own addendum that no one signed", () => {
    const review = reviewOf(
      [...terms, 'AI FEATURES ADDENDUM', 'A1. This Addendum supplements the Terms of Service and governs your use of the AI Features, and it prevails over the Terms of Service.', 'A2. The AI Features may be changed at any time.'],
      { position: 'preferred', insertMissing: false },
    );
    expect(review.edit(3)).toBeDefined();
    expect(review.inserts().filter((item) => item.amends !== undefined)).toEqual([]);
  });

  it('when the lawyer acts for the vendor', () => {
    const paragraphs = paragraphsOf([...terms, ...amendment].join('\n'));
    const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK), mode: 'vendor' });
    const plan = buildReviewPlan(analysis, paragraphs, DEFAULT_PLAYBOOK, { position: 'preferred', insertMissing: false });
    expect(plan.items.filter((item) => item.kind === 'insert' && item.amends !== undefined)).toEqual([]);
  });
});
