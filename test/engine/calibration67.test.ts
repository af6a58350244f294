// Per-clause expectations for the language patterns of calibration round 67 (session 61, 2026-12-08). Every clause is
// our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';

const categoriesOf = (text: string) => [...new Set(analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`))].sort();

describe('a participle followed by an adverb does the act; it describes no noun (fresh194a 498-40)', () => {
  it('reads "processed … and erased promptly after the result is returned" as a deletion, not data kept after an end', () => {
    const clause = 'Where the Ephemeral Mode is enabled, images uploaded to the Vision API will be analysed in memory and erased promptly after the result is returned, and we will not keep copies.';
    expect(categoriesOf(clause)).not.toContain('survival-retention:risk');
    expect(categoriesOf(clause)).toContain('deletion:protective');
  });
});
