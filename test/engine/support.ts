// Helpers for engine tests: load the sample agreement and analyse one-line clauses.
// Test-only: reads fixtures from disk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import type { Analysis, CategoryId, Paragraph } from '../../src/engine/types';

export const ROOT = join(__dirname, '..', '..');

export function sampleParagraphs(): Paragraph[] {
  return readFileSync(join(ROOT, 'samples', 'sample-agreement.txt'), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((text) => ({ text }));
}

export function analyzeText(...lines: string[]): Analysis {
  return analyzeDocument(lines.map((text) => ({ text })));
}

export function categoriesOf(...lines: string[]): string[] {
  return analyzeText(...lines).findings.map((f) => `${f.category}:${f.stance}`);
}

export function has(analysis: Analysis, category: CategoryId): boolean {
  return analysis.findings.some((f) => f.category === category);
}

/** A clause's categories and stances, each once, sorted: what a per-clause expectation table states. */
export const categoriesRead = (...lines: string[]): string[] => [...new Set(categoriesOf(...lines))].sort();

export type ExpectationRow = readonly [string, readonly string[]];

/** One test per row: the clause (lines split on "\n") yields exactly the categories and stances listed. */
export function expectationRows(title: string, table: readonly ExpectationRow[]): void {
  describe(title, () => {
    test.each(table)('%s', (clause, expected) => {
      expect(categoriesRead(...clause.split('\n'))).toEqual([...expected].sort());
    });
  });
}
