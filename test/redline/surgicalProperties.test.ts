// Properties of the surgical path over random contract-like sentences and random edit lists: the plan stays valid,
// touches only the finding's sentence and leaves no doubled spaces or stray punctuation behind.
import fc from 'fast-check';
import { applyOps, planRedline, validateOps } from '../../src/review/redline';
import { sentenceSpan } from '../../src/review/redline/sentenceSpan';
import type { Paragraph } from '../../src/engine/types';
import type { SurgicalEdit } from '../../src/playbook/schema';
import { analysisOf, findingIn, positionWith } from './fixtures';

const WORDS = [
  'Provider', 'Customer', 'Customer Data', 'may', 'may also', 'shall', 'not', 'use', 'train', 'and', 'or', ',', 'unless',
  'except where', 'for any purpose', 'perpetual', 'irrevocable', 'transferable', 'owns', 'grants', 'shall survive',
  'continue to retain', 'as updated from time to time', 'provided that', 'aggregated', 'the', 'models', 'to', ';',
];
const word = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 5, unit: fc.constantFrom('a', 'b', 'é', '-', "'") }) });
const sentence = fc.array(word, { minLength: 1, maxLength: 16 }).map((words) => `${words.join(' ').replace(/ ([,;])/g, '$1')}.`);
const optional = fc.option(fc.boolean(), { nil: undefined });
const edit: fc.Arbitrary<SurgicalEdit> = fc.oneof(
  optional.map((o) => ({ kind: 'prohibit' as const, optional: o })),
  fc.tuple(fc.subarray(['perpetual', 'irrevocable', 'transferable', 'use', 'train'], { minLength: 1 }), optional).map(([words, o]) => ({ kind: 'strike' as const, words, optional: o })),
  optional.map((o) => ({ kind: 'strike-exception' as const, optional: o })),
  optional.map((o) => ({ kind: 'replace-exception' as const, text: 'only if {{customer}} opts in', optional: o })),
  fc.tuple(fc.option(fc.constant('solely for {{customer}}'), { nil: undefined }), optional).map(([text, o]) => ({ kind: 'limit-purpose' as const, text, optional: o })),
  optional.map((o) => ({ kind: 'append-proviso' as const, text: 'provided that {{vendor}} agrees', optional: o })),
  optional.map((o) => ({ kind: 'swap-owner' as const, optional: o })),
  optional.map((o) => ({ kind: 'strike-survival' as const, optional: o })),
  optional.map((o) => ({ kind: 'cease-retention' as const, text: 'shall delete', optional: o })),
  optional.map((o) => ({ kind: 'fix-version' as const, text: 'as in force today', optional: o })),
);

const BEFORE = 'Customer shall pay the fees.';
const AFTER = 'Customer shall pay the fees.';

describe('surgical redline properties', () => {
  it('every plan is valid, edits only the finding\'s sentence and reads cleanly', () => {
    fc.assert(
      fc.property(sentence, fc.array(edit, { minLength: 1, maxLength: 4 }), (middle, edits) => {
        const text = `${BEFORE} ${middle} ${AFTER}`;
        const paragraphs: Paragraph[] = [{ text }];
        const finding = { ...findingIn(paragraphs, 0, middle), start: BEFORE.length + 1, end: BEFORE.length + 1 + middle.length, quote: middle };
        const position = { ...positionWith('The parties shall agree data terms separately.'), edits };
        const plan = planRedline(finding, position, analysisOf([finding]), paragraphs);
        expect(() => validateOps(text, plan.ops)).not.toThrow();
        expect(applyOps(text, plan.ops)).toBe(plan.targetText);
        expect(plan.targetText).not.toMatch(/\{\{/);
        const span = sentenceSpan(text, finding);
        const tail = text.length - span.end;
        const edited = plan.targetText.slice(span.start, plan.targetText.length - tail);
        if (plan.kind === 'word-level' && !edited.includes('The parties')) {
          expect(plan.targetText.slice(0, span.start)).toBe(text.slice(0, span.start));
          expect(plan.targetText.slice(plan.targetText.length - tail)).toBe(text.slice(span.end));
          expect(edited).not.toBe(text.slice(span.start, span.end));
          if (!/ {2}/.test(text)) expect(edited).not.toMatch(/ {2}/);
          if (!/ [,.;]/.test(text)) expect(edited).not.toMatch(/ [,.;]/);
        }
      }),
      { numRuns: 600 },
    );
  });
});
