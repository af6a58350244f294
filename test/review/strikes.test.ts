// The strikes that take out only the words carrying a risk. Clauses are the project's own drafting.
import { applyOps } from '../../src/engine/applyOps';
import { orphanedHeading } from '../../src/review/strikes';

describe('a clause struck down to its run-in heading', () => {
  it('loses the heading too and reads "[Reserved.]", keeping its number', () => {
    const original = '(g) Aggregated information. Supplier may publish statistics made from Client Files.';
    const current = '(g) Aggregated information.';
    const ops = orphanedHeading(original, current);
    expect(ops && applyOps(current, ops)).toBe('(g) [Reserved.]');
  });

  it('is left alone when words of the clause remain, when it has no number, or when nothing was struck', () => {
    expect(orphanedHeading('(g) Statistics. Supplier may publish statistics. They are anonymous.', '(g) Statistics. They are anonymous.')).toBeUndefined();
    expect(orphanedHeading('Statistics. Supplier may publish statistics.', 'Statistics.')).toBeUndefined();
    expect(orphanedHeading('(g) Statistics.', '(g) Statistics.')).toBeUndefined();
  });
});
