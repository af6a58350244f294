// The redline preview and quote emphasis are derived from engine offsets; they must reproduce the texts exactly.
import { planRedline } from '../../src/review/redline';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { issueForCategory, positionFor } from '../../src/playbook/issueFor';
import { redlineSegments, type RedlineSegment } from '../../src/taskpane/preview/redlineSegments';
import { quoteSegments } from '../../src/taskpane/preview/quoteSegments';
import { ANALYSIS, IMPROVEMENT, MISSING_AUDIT, PARAGRAPHS, RETENTION_SAME_PARAGRAPH, TRAINING } from './fixtures/analysisFixture';

const textOf = (segments: RedlineSegment[], keep: 'original' | 'target') =>
  segments.map((s) => (s.kind === 'same' ? s.text : s.kind === (keep === 'original' ? 'delete' : 'insert') ? s.text : '')).join('');

describe('redlineSegments', () => {
  it.each(['preferred', 'fallback1', 'fallback2'] as const)('reads as the original (without insertions) and as the target (without deletions) for the %s position', (positionId) => {
    const issue = issueForCategory(DEFAULT_PLAYBOOK, 'service-improvement');
    if (!issue) throw new Error('default playbook lacks service-improvement');
    const plan = planRedline(IMPROVEMENT, positionFor(issue, positionId), ANALYSIS, PARAGRAPHS);
    const segments = redlineSegments(plan, Number.MAX_SAFE_INTEGER);
    expect(textOf(segments, 'original')).toBe(plan.originalText);
    expect(textOf(segments, 'target')).toBe(plan.targetText);
    expect(segments.some((s) => s.kind === 'insert')).toBe(true);
  });

  it('trims long unchanged context at word boundaries and marks the cut', () => {
    const plan = {
      ...planRedline(IMPROVEMENT, positionFor(issueForCategory(DEFAULT_PLAYBOOK, 'service-improvement')!, 'preferred'), ANALYSIS, PARAGRAPHS),
      originalText: 'Alpha beta gamma delta epsilon. Provider may train.',
      ops: [{ kind: 'insert' as const, at: 'Alpha beta gamma delta epsilon. Provider may'.length, text: ' not' }],
    };
    const segments = redlineSegments(plan, 12);
    expect(segments[0]).toEqual({ kind: 'elided' });
    expect(segments[1]).toEqual({ kind: 'same', text: 'Provider may' });
    expect(segments[2]).toEqual({ kind: 'insert', text: ' not' });
    expect(segments[3]).toEqual({ kind: 'same', text: ' train.' });
  });

  it('has no paragraph runs for an inserted clause: the new paragraph is shown on its own', () => {
    const plan = planRedline(MISSING_AUDIT, positionFor(issueForCategory(DEFAULT_PLAYBOOK, 'audit')!, 'preferred'), ANALYSIS, PARAGRAPHS);
    expect(plan.kind).toBe('inserted-paragraph');
    expect(redlineSegments(plan)).toEqual([{ kind: 'same', text: PARAGRAPHS[4]?.text }]);
  });
});

describe('quoteSegments', () => {
  it('emphasises exactly the evidence inside the quote and rebuilds the quote', () => {
    const segments = quoteSegments(TRAINING);
    expect(segments.map((s) => s.text).join('')).toBe(TRAINING.quote);
    expect(segments.filter((s) => s.emphasised).map((s) => s.text)).toEqual(['Customer Data', 'train']);
  });

  it('ignores evidence outside the quote', () => {
    const segments = quoteSegments(RETENTION_SAME_PARAGRAPH);
    expect(segments).toEqual([{ text: 'may keep it forever', emphasised: false }]);
  });

  it('returns nothing for an empty quote', () => {
    expect(quoteSegments({ quote: '', start: 0, end: 0, evidence: [] })).toEqual([]);
  });
});

describe('redlineSegments context trimming at the end', () => {
  it('cuts trailing context back to a whole word', () => {
    const base = planRedline(IMPROVEMENT, positionFor(issueForCategory(DEFAULT_PLAYBOOK, 'service-improvement')!, 'preferred'), ANALYSIS, PARAGRAPHS);
    const plan = { ...base, originalText: 'Provider may train models for any purpose whatsoever.', ops: [{ kind: 'insert' as const, at: 'Provider may'.length, text: ' not' }] };
    expect(redlineSegments(plan, 14)).toEqual([
      { kind: 'same', text: 'Provider may' },
      { kind: 'insert', text: ' not' },
      { kind: 'same', text: ' train models ' },
      { kind: 'elided' },
    ]);
  });
});
