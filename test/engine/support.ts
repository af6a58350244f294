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
