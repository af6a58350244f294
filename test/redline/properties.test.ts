// Properties over random inputs: applying a plan's ops gives its target text, and ops are sorted and never overlap.
import fc from 'fast-check';
import { applyOps, planRedline, validateOps } from '../../src/review/redline';
import { similarityUpperBound, wordDiff } from '../../src/review/redline/wordDiff';
import type { Paragraph } from '../../src/engine/types';
import { contractWording } from '../../src/review/wording';
import { analysisOf, findingIn, positionWith } from './fixtures';

const WORDS = ['"Usage Data" means', 'Provider', 'Customer', 'Data', 'may', 'shall', 'not', 'use', 'train', 'models', 'e.g.', '4.2', '(a)', 'U.S.', 'the', 'of', ',', ';', 'é', '😀', '  ', '\t'];
const word = fc.oneof(fc.constantFrom(...WORDS), fc.string({ minLength: 1, maxLength: 6 }));
const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((words) => `${words.join(' ')}${'.'}`);
const paragraphText = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((sentences) => sentences.join(' '));
const clauseText = fc.oneof(
  sentence,
  fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' ')),
  fc.string({ minLength: 1, maxLength: 80, unit: 'grapheme' }),
);

function positionOf(op: { kind: string; start?: number; at?: number }): number {
  return op.kind === 'delete' ? (op.start ?? -1) : (op.at ?? -1);
}

describe('redline properties', () => {
  it('wordDiff: applying the ops to the old text gives the new text, for any two strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (before, after) => {
        const { ops, similarity } = wordDiff(before, after);
        validateOps(before, ops);
        expect(applyOps(before, ops)).toBe(after);
        expect(similarity).toBeGreaterThanOrEqual(0);
        expect(similarity).toBeLessThanOrEqual(1);
        expect(similarityUpperBound(before, after)).toBeGreaterThanOrEqual(similarity - 1e-12);
      }),
      { numRuns: 400 },
    );
  });

  it('similarityUpperBound never underestimates the word diff, on contract-like sentences', () => {
    fc.assert(
      fc.property(paragraphText, clauseText, (before, after) => {
        expect(similarityUpperBound(before, after)).toBeGreaterThanOrEqual(wordDiff(before, after).similarity - 1e-12);
      }),
      { numRuns: 400 },
    );
  });

  it('planRedline: the ops turn the original paragraph into the target, sorted and non-overlapping', () => {
    fc.assert(
      fc.property(paragraphText, fc.nat(), fc.nat(), clauseText, (text, a, b, clause) => {
        const paragraphs: Paragraph[] = [{ text: 'Heading' }, { text }];
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const finding = findingIn(paragraphs, 1, text.slice(start, end));
        const analysis = analysisOf([finding]);
        const plan = planRedline({ ...finding, start, end }, positionWith(clause), analysis, paragraphs);
        // The clause goes in as the contract reads: its terms, its spelling, capitals at sentence starts.
        const written = contractWording(clause, analysis.terms);
        expect(plan.originalText).toBe(text);
        expect(applyOps(plan.originalText, plan.ops)).toBe(plan.targetText);
        if (plan.kind === 'inserted-paragraph') expect(plan.newParagraphs).toEqual([written]);
        else expect(plan.targetText).toContain(written);
        expect(() => validateOps(text, plan.ops)).not.toThrow();
        const positions = plan.ops.map(positionOf);
        expect([...positions].sort((x, y) => x - y)).toEqual(positions);
        const deletes = plan.ops.flatMap((op) => (op.kind === 'delete' ? [op] : []));
        deletes.slice(1).forEach((op, i) => expect(op.start).toBeGreaterThanOrEqual(deletes[i]?.end ?? 0));
        // The text outside the rewritten sentences is untouched.
        const first = Math.min(...positions);
        expect(plan.targetText.slice(0, first)).toBe(text.slice(0, first));
      }),
      { numRuns: 300 },
    );
  });
});
