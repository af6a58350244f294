// The wide property of issue 13 §3, 1,000 runs: the real engine and adapter on documents with another author's
// revisions, note references, fields, hidden text, search specials and repeated sentences, in every tracking mode and
// markup view, with an edit between analysis and apply, at WordApi 1.3, 1.4 and 1.7 (scenario.ts says what is checked).
// `npm run fuzz` runs the same property 10,000 times.
import fc from 'fast-check';
import { checkScenario, scenario } from './fuzz/scenario';

describe('adapter under real-world documents (wide property)', () => {
  it('keeps other authors’ revisions, restores the tracking mode, and rejecting its own revisions gives the document back', async () => {
    const outcomes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const outcome = await checkScenario(s);
        outcomes.set(`${s.api} ${outcome}`, (outcomes.get(`${s.api} ${outcome}`) ?? 0) + 1);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 1000) },
    );
    // The property must reach applied redlines at every level, or it proves nothing.
    for (const api of ['1.3', '1.4', '1.7']) expect(outcomes.get(`${api} applied`) ?? 0).toBeGreaterThan(0);
  });
});
