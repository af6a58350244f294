// Builds RedlinePlans by hand for the adapter tests: word-level ops from H2's wordDiff, or inserted clauses only.
import { wordDiff } from '../../src/review/redline/wordDiff';
import { applyOps } from '../../src/review/redline';
import type { RedlinePlan } from '../../src/engine/types';

export function rewritePlan(paragraph: number, originalText: string, targetText: string, newParagraphs: readonly string[] = []): RedlinePlan {
  const ops = wordDiff(originalText, targetText).ops;
  if (applyOps(originalText, ops) !== targetText) throw new Error('wordDiff did not reproduce the target');
  return {
    id: `plan-${paragraph}-${targetText.length}`,
    kind: 'word-level',
    source: { kind: 'finding', findingId: `finding-${paragraph}` },
    positionId: 'preferred',
    paragraph,
    originalText,
    targetText,
    ops,
    newParagraphs,
    comment: { internal: 'Internal: we cannot accept training on our data.', external: 'Please confirm no training on Customer Data.' },
  };
}

export function insertPlan(paragraph: number, anchorText: string, newParagraphs: readonly string[]): RedlinePlan {
  return {
    id: `insert-${paragraph}-${newParagraphs.length}`,
    kind: 'inserted-paragraph',
    source: { kind: 'missing', category: 'deletion' },
    positionId: 'preferred',
    paragraph,
    originalText: anchorText,
    targetText: anchorText,
    ops: [],
    newParagraphs,
    comment: { internal: 'Internal: add a deletion clause.', external: 'We propose a deletion clause.' },
  };
}
