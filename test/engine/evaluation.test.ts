// Holds the engine to measured floors on every labelled set: our own drafting, the blind sets drafted without
// reading the rules, and the real vendor clauses of ../shared/corpus (read at run time, never copied here).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isClauseLabel, scoreCorpus, type LabelledClause } from '../../src/engine/evaluation/scoreCorpus';
import { ROOT } from './support';

function parse(file: string): LabelledClause[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const r = JSON.parse(l) as { id: string; text: string; label: unknown; source?: string };
      if (!isClauseLabel(r.label)) throw new Error(`unknown label in ${r.id}`);
      return { id: r.id, text: r.text, label: r.label, ...(r.source ? { source: r.source } : {}) };
    });
}

const own = (name: string) => parse(join(ROOT, 'test', 'fixtures', 'engine', name));

interface Floor {
  readonly macroRecall: number;
  readonly minLabelRecall: number;
  readonly falsePositiveRate: number;
  readonly stanceErrors: number;
}

/**
 * Floors, not targets: each is the figure measured when the set was last tuned or first run, so a change that makes
 * any set worse fails here. The targets and the current figures are in the README's scorecard.
 */
const OWN_FLOORS: Record<string, Floor> = {
  'synthetic.jsonl': { macroRecall: 0.95, minLabelRecall: 0.8, falsePositiveRate: 0.05, stanceErrors: 0 },
  'unseen.jsonl': { macroRecall: 0.94, minLabelRecall: 0.6, falsePositiveRate: 0.05, stanceErrors: 0 },
  'blind.jsonl': { macroRecall: 0.91, minLabelRecall: 0.75, falsePositiveRate: 0.05, stanceErrors: 0 },
  'blind2.jsonl': { macroRecall: 0.97, minLabelRecall: 0.9, falsePositiveRate: 0.05, stanceErrors: 0 },
  'blind3.jsonl': { macroRecall: 0.91, minLabelRecall: 0.75, falsePositiveRate: 0.06, stanceErrors: 0 },
  // Drafted fresh for engine v2 and never tuned on: these floors are their untuned measures (blind4 0.804 and blind5
  // 0.713 measured 2026-12-01 during calibration round 7, which never read them; 0.790 and 0.71 after round 6).
  // REAL_FLOOR 2026-12-01, calibration round 9 (never read them either): blind5 0.720 measured after its negation-scope
  // fixes ("does not <verb>" heads its clause), blind4 unchanged.
  // REAL_FLOOR 2026-12-02, calibration round 11 (never read them): blind5 0.727 measured after its ownership fixes
  // (results, reports and insights owned; "As between the parties," opens no clause); blind4 0.818 after its deletion
  // fix (the vendor's platform named after "from" is where data is deleted from).
  // REAL_FLOOR 2026-12-02, calibration round 13 (never read them): blind4 0.825 measured after its negation-scope fix
  // (a denied effect, "shall not affect the right to …", leaves the right standing); blind5 unchanged.
  // REAL_FLOOR 2026-12-02, calibration round 14 (never read them): blind4 0.832 measured after output named by its kind
  // after "generated" ("Generated Descriptions", "generated summaries"); blind5 unchanged.
  // 2026-12-02, calibration round 16 TUNED on blind4 and blind5 (read their misses): blind4 0.874 with 1 stance
  // error, blind5 0.825. They are no longer measures of unseen language; blind15 is.
  'blind4.jsonl': { macroRecall: 0.874, minLabelRecall: 0.6, falsePositiveRate: 0.15, stanceErrors: 1 },
  'blind5.jsonl': { macroRecall: 0.825, minLabelRecall: 0.45, falsePositiveRate: 0.04, stanceErrors: 0 },
  // Drafted blind 2026-12-02 (25 vendors in industries the project had not seen) and never opened since: first run
  // 0.886 at 4c80b4d (keyword search 0.70), 9 of 60 unrelated flagged, no stance error; 0.894 at the session's end.
  // 2026-12-02 (thirteenth session), held out while calibration round 17 tuned on blind16: 0.904, 8 of 60 flagged.
  'blind15.jsonl': { macroRecall: 0.9, minLabelRecall: 0.65, falsePositiveRate: 0.14, stanceErrors: 0 },
  // Drafted blind 2026-12-02 (25 more vendors, 70 of 150 unrelated clauses that use the keywords): first run 0.86 at
  // a8fb5a7 (keyword search 0.67), 12 of 70 flagged, no stance error. Calibration round 17 TUNED on it: 0.901, 5 of 70.
  'blind16.jsonl': { macroRecall: 0.9, minLabelRecall: 0.6, falsePositiveRate: 0.072, stanceErrors: 0 },
};

const CORPUS = join(ROOT, '..', 'shared', 'corpus');
// Measured 2026-12-01 after calibration round 6: macro 0.9177, lowest label 0.873 (third-party), 3 of 157 false
// positives (0.019), no stance error (round 5: macro 0.912).
const REAL_FLOOR: Floor = { macroRecall: 0.917, minLabelRecall: 0.87, falsePositiveRate: 0.02, stanceErrors: 0 };

function expectAtLeast(items: readonly LabelledClause[], floor: Floor): void {
  const card = scoreCorpus(items);
  expect(card.macroRecall).toBeGreaterThanOrEqual(floor.macroRecall);
  for (const l of card.labels) expect([l.label, l.recall >= floor.minLabelRecall]).toEqual([l.label, true]);
  expect(card.unrelated.rate).toBeLessThanOrEqual(floor.falsePositiveRate);
  expect(card.stanceErrors.length).toBeLessThanOrEqual(floor.stanceErrors);
}

describe('labelled sets in our own drafting', () => {
  test('the synthetic set covers every label with at least ten clauses', () => {
    const card = scoreCorpus(own('synthetic.jsonl'));
    expect(card.labels).toHaveLength(11);
    for (const l of card.labels) expect(l.total).toBeGreaterThanOrEqual(10);
    expect(card.unrelated.total).toBeGreaterThanOrEqual(10);
  });

  test.each(Object.entries(OWN_FLOORS))('%s stays at or above its floor', (name, floor) => {
    expectAtLeast(own(name), floor);
  });

  test('the scorer counts a protective clause reported as its risk as a stance error', () => {
    const bad = scoreCorpus([{ id: 'x', text: 'Provider may use Customer Data to train its AI models.', label: 'no_training_commitment' }]);
    expect(bad.stanceErrors).toEqual([{ id: 'x', label: 'no_training_commitment', category: 'ai-training' }]);
    expect(bad.macroRecall).toBe(0);
  });

  test('scores vendor by vendor so a fix that costs one vendor shows', () => {
    const card = scoreCorpus([
      { id: 'a1', source: 'Acme Terms §1', text: 'Acme may use your prompts to train its AI models.', label: 'training_grant' },
      { id: 'a2', source: 'Acme Privacy', text: 'Acme gives staff security training each year.', label: 'unrelated' },
      { id: 'b1', source: 'Birch DPA', text: 'Birch shall keep accurate invoices.', label: 'training_grant' },
    ]);
    expect(card.bySource).toEqual([
      { source: 'Acme', labelled: 1, found: 1, unrelated: 1, falsePositives: 0, stanceErrors: 0, missedIds: [] },
      { source: 'Birch', labelled: 1, found: 0, unrelated: 0, falsePositives: 0, stanceErrors: 0, missedIds: ['b1'] },
    ]);
  });
});

const corpusFiles = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.jsonl')) : [];
if (corpusFiles.length === 0) {
  if (process.env.CI) {
    test('the real vendor corpus is present', () => {
      throw new Error(`No labelled corpus in ${CORPUS}: CI must run beside ../shared/corpus (the calibration clauses).`);
    });
  } else {
    console.warn(`\n*** SKIPPING the real-corpus evaluation: ${CORPUS} is missing. ***\n`);
    test.skip('real vendor corpus (missing)', () => undefined);
  }
} else {
  describe('real vendor clauses (../shared/corpus)', () => {
    test('all of them together stay at or above the measured floor', () => {
      expectAtLeast(corpusFiles.flatMap((f) => parse(join(CORPUS, f))), REAL_FLOOR);
    });
  });
}
