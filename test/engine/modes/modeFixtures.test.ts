// Every data-use agreement and vendor-side category, each in its own drafted fixtures with exact expectations:
// a clause yields exactly the findings listed, no more. Fixtures: test/fixtures/modes/<mode>.jsonl.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../../src/engine/analyzeDocument';
import { MODE_CATEGORIES, type ReviewMode } from '../../../src/engine/types';

interface ModeFixture {
  readonly case: string;
  readonly text: string;
  readonly expect: readonly string[];
}

const fixtures = (mode: ReviewMode): ModeFixture[] =>
  readFileSync(join(__dirname, '..', '..', 'fixtures', 'modes', `${mode}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ModeFixture);

describe.each(['dua', 'vendor'] as const)('%s mode fixtures', (mode) => {
  const cases = fixtures(mode);

  test.each(cases.map((c) => [c.case, c] as const))('%s', (_name, fixture) => {
    const analysis = analyzeDocument([{ text: fixture.text }], { mode });
    expect(analysis.findings.map((f) => `${f.category}:${f.stance}`).sort()).toEqual([...fixture.expect].sort());
  });

  test('covers every category of the mode with a clause that finds it and one that must not', () => {
    const { risks, protective } = MODE_CATEGORIES[mode];
    for (const category of [...risks, ...protective]) {
      const folder = category.replace(/^(?:dua|vendor)-/, '');
      const own = cases.filter((c) => c.case.startsWith(`${folder}/`));
      expect({ category, found: own.some((c) => c.expect.some((e) => e.startsWith(`${category}:`))) }).toEqual({ category, found: true });
      expect({ category, quiet: own.some((c) => !c.expect.some((e) => e.startsWith(`${category}:`))) }).toEqual({ category, quiet: true });
    }
  });
});
