// Runs the scorer on the project's synthetic labelled set and holds the engine to the targets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isClauseLabel, scoreCorpus, type LabelledClause } from '../../src/engine/evaluation/scoreCorpus';
import { ROOT } from './support';

function load(name = 'synthetic.jsonl'): LabelledClause[] {
  return readFileSync(join(ROOT, 'test', 'fixtures', 'engine', name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const r = JSON.parse(l) as { id: string; text: string; label: unknown };
      if (!isClauseLabel(r.label)) throw new Error(`unknown label in ${r.id}`);
      return { id: r.id, text: r.text, label: r.label };
    });
}

describe('synthetic labelled set', () => {
  const card = scoreCorpus(load());

  test('covers every label with at least ten clauses', () => {
    expect(card.labels).toHaveLength(11);
    for (const l of card.labels) expect(l.total).toBeGreaterThanOrEqual(10);
    expect(card.unrelated.total).toBeGreaterThanOrEqual(10);
  });

  test('meets the targets: macro recall ≥ 0.85, each label ≥ 0.7, FP ≤ 5%, no stance errors', () => {
    expect(card.macroRecall).toBeGreaterThanOrEqual(0.85);
    for (const l of card.labels) expect([l.label, l.recall >= 0.7]).toEqual([l.label, true]);
    expect(card.unrelated.rate).toBeLessThanOrEqual(0.05);
    expect(card.stanceErrors).toEqual([]);
  });

  test.each(['unseen.jsonl', 'blind.jsonl'])('%s meets the same targets', (name) => {
    const later = scoreCorpus(load(name));
    expect(later.macroRecall).toBeGreaterThanOrEqual(0.85);
    expect(later.unrelated.rate).toBeLessThanOrEqual(0.05);
    expect(later.stanceErrors).toEqual([]);
  });

  test('the scorer counts a protective clause reported as its risk as a stance error', () => {
    const bad = scoreCorpus([{ id: 'x', text: 'Provider may use Customer Data to train its AI models.', label: 'no_training_commitment' }]);
    expect(bad.stanceErrors).toEqual([{ id: 'x', label: 'no_training_commitment', category: 'ai-training' }]);
    expect(bad.macroRecall).toBe(0);
  });
});
