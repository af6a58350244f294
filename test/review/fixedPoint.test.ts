// The acceptance property of the review plan (issue 9 §2) on the project's agreements and on documents cut from
// them: accept every item and analyse again, and nothing the review wrote is a risk, nothing is missing, no
// protection is written twice, every comment quotes only what its edit struck or added; reject all restores the text.
import fc from 'fast-check';
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { issueResolver } from '../../src/playbook/issueFor';
import { acceptedParagraphs, buildReviewPlan, compilePlans } from '../../src/review';
import { checkReview } from '../../src/review/checkReview';
import { DEFINITION_PARAGRAPH } from '../../src/review/placeProtection';
import { createSimulator } from '../../src/simulator';
import { reviewedText } from '../../src/simulator/reviewedText';
import { createWordHost } from '../../src/word/createWordHost';
import { projectAgreements } from './agreements';

const AGREEMENTS = projectAgreements();

describe.each(AGREEMENTS)('the preferred review of $name', ({ paragraphs }) => {
  const check = checkReview(paragraphs, DEFAULT_PLAYBOOK, 'preferred');

  it('reaches a fixed point: no risk where it wrote, nothing missing', () => {
    // The review read something: an agreement whose risks are all left with a reason (the customer's own training
    // option, a sentence other words point at) makes no edit, and that is not a vacuous pass.
    expect(check.edits + check.review.items.length + check.review.skipped.length).toBeGreaterThan(0);
    expect(check.fixedPointViolations).toEqual([]);
  });

  it('puts no new clause among the Definitions', () => {
    const inserts = check.review.items.filter((item) => item.kind === 'insert');
    expect(inserts.filter((item) => DEFINITION_PARAGRAPH.test(paragraphs[item.after]?.text ?? '')).map((item) => item.answers)).toEqual([]);
  });

  it('writes no protection twice, every comment gives a reason and every internal note quotes its own edit', () => {
    expect(check.duplicateProtections).toEqual([]);
    // The counterparty reads the tracked change for what changed and the comment for why (the lawyer audits of
    // agreements 41–48 marked "We replaced “may” with “shall not”" as narration); the lawyer's internal note still
    // says exactly which words went and came, or that the clause was rewritten or deleted whole.
    const edits = check.review.items.filter((item) => item.kind === 'edit');
    const narrated = edits.filter((item) => /^We (?:replaced|struck|added) “/.test(item.comment.external) || item.comment.external.trim() === '');
    expect(narrated.map((item) => item.comment.external)).toEqual([]);
    const unquoted = edits.filter((item) => !/“|We have (?:rewritten|deleted) this clause|conformed to the new |Deleted as moot/.test(item.comment.internal));
    expect(unquoted.map((item) => item.comment.internal)).toEqual([]);
    expect(check.falseClaims).toEqual([]);
  });

  it('applies through the Word adapter: accept all gives the planned text, reject all the original', async () => {
    const simulator = createSimulator({ paragraphs: paragraphs.map((p) => ({ text: p.text })) });
    const host = createWordHost(simulator.api, { author: 'AI Data Terms' });
    const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
    const plans = compilePlans(buildReviewPlan(analysis, paragraphs, DEFAULT_PLAYBOOK, { position: 'preferred' }).items, paragraphs);
    const outcome = await host.applyPlans(plans, { comment: 'external' });
    expect(outcome.ok).toBe(true);
    const after = simulator.snapshot();
    expect(reviewedText(after, 'rejected')).toEqual(paragraphs.map((p) => p.text));
    expect(reviewedText(after, 'accepted')).toEqual(acceptedParagraphs(paragraphs, plans).paragraphs.map((p) => p.text));
  });
});

describe.each(['fallback1', 'fallback2'] as const)('the %s review of every agreement', (position) => {
  it('writes no protection twice and every comment quotes its own edit', () => {
    for (const { name, paragraphs } of AGREEMENTS) {
      const check = checkReview(paragraphs, DEFAULT_PLAYBOOK, position);
      expect({ name, duplicates: check.duplicateProtections, falseClaims: check.falseClaims }).toEqual({ name, duplicates: [], falseClaims: [] });
    }
  });
});

describe('documents cut from the agreements', () => {
  it('keep the fixed point whatever clauses they keep', () => {
    const cut = fc
      .integer({ min: 0, max: AGREEMENTS.length - 1 })
      .chain((which) => {
        const source = AGREEMENTS[which]?.paragraphs ?? [];
        return fc.array(fc.boolean(), { minLength: source.length, maxLength: source.length }).map((keep) => source.filter((_p, i) => keep[i]));
      })
      .filter((paragraphs) => paragraphs.length > 0);
    fc.assert(
      fc.property(cut, (paragraphs) => {
        const check = checkReview(paragraphs, DEFAULT_PLAYBOOK, 'preferred');
        expect(check.fixedPointViolations).toEqual([]);
        expect(check.duplicateProtections).toEqual([]);
        expect(check.falseClaims).toEqual([]);
      }),
      { numRuns: Number(process.env.REVIEW_RUNS ?? 40), seed: Number(process.env.REVIEW_SEED ?? 20261130) },
    );
  });
});

describe.each(['preferred', 'fallback1', 'fallback2'] as const)('a second round after accepting the %s review', (position) => {
  it('leaves alone every clause the first round wrote, and inserts nothing again', () => {
    for (const { name, paragraphs } of AGREEMENTS) {
      const first = checkReview(paragraphs, DEFAULT_PLAYBOOK, position);
      const accepted = first.accepted;
      const written = new Set(accepted.map((p, i) => (paragraphs.some((o) => o.text === p.text) ? -1 : i)).filter((i) => i >= 0));
      const analysis = analyzeDocument(accepted, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
      const second = buildReviewPlan(analysis, accepted, DEFAULT_PLAYBOOK, { position });
      const touched = second.items.map((item) => (item.kind === 'edit' ? `edit ¶${item.paragraph}` : `insert ${item.answers}`));
      expect({ name, touched: touched.filter((t) => t.startsWith('insert') || written.has(Number(t.slice(6)))) }).toEqual({ name, touched: [] });
    }
  });
});
