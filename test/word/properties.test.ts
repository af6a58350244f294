// Properties of the adapter over random documents and plans (fast-check): reject all gives the original, accept all
// gives the plan's targets, mark-then-clear changes nothing, marks make no revisions, and the user's tracking mode
// survives an injected sync failure.
import fc from 'fast-check';
import type { Finding, RedlinePlan } from '../../src/engine/types';
import { createSimulator } from '../../src/simulator';
import type { TrackingMode } from '../../src/simulator/model';
import { reviewedText } from '../../src/simulator/reviewedText';
import { createWordHost } from '../../src/word/createWordHost';
import { insertPlan, rewritePlan } from './planFixture';

const WORDS = ['Provider', 'may', 'shall', 'not', 'use', 'Customer', 'Data', 'to', 'train', 'models', 'the', '\u201cServices\u201d', 'data^2', 're\u00adtain', 'fee\u00a0cap', '\u{1F600}', 'and', 'delete', 'it.'];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));
const paragraphText = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' '));

/** A document and, per paragraph, an optional rewrite and optional new clauses. */
const scenario = fc
  .array(fc.record({ text: paragraphText, target: fc.option(paragraphText, { nil: undefined }), added: fc.array(sentence, { maxLength: 2 }) }), { minLength: 1, maxLength: 5 })
  .map((rows) => {
    const plans: RedlinePlan[] = [];
    rows.forEach((row, i) => {
      if (row.target !== undefined && row.target !== row.text) plans.push(rewritePlan(i, row.text, row.target));
      if (row.added.length > 0) plans.push(insertPlan(i, row.text, row.added));
    });
    return { paragraphs: rows.map((r) => r.text), plans };
  });

function expectedAccepted(paragraphs: readonly string[], plans: readonly RedlinePlan[]): string[] {
  return paragraphs.flatMap((text, i) => {
    const rewrite = plans.find((p) => p.paragraph === i && p.ops.length > 0);
    const added = plans.filter((p) => p.paragraph === i).flatMap((p) => p.newParagraphs);
    return [rewrite?.targetText ?? text, ...added];
  });
}

describe('adapter properties', () => {
  it('reject all gives back the original and accept all gives the plans’ targets, on every API level', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, fc.constantFrom('1.3', '1.4', '1.7' as const), async ({ paragraphs, plans }, apiLevel) => {
        const sim = createSimulator({ paragraphs, apiLevel });
        const host = createWordHost(sim.api);
        const result = await host.applyPlans(plans, { comment: 'internal' });
        // Word's package writes an optional hyphen as w:softHyphen, which the 1.3 path cannot match to the text it
        // read; it refuses that paragraph rather than guess.
        if (!result.ok && apiLevel === '1.3' && paragraphs.some((p) => p.includes('\u00ad'))) {
          expect(result.error.message).toContain('no longer reads');
          return;
        }
        expect(result.ok).toBe(true);
        expect(reviewedText(sim.snapshot(), 'accepted')).toEqual(expectedAccepted(paragraphs, plans));
        sim.rejectAll();
        expect(sim.currentText()).toEqual(paragraphs);
      }),
      { numRuns: 60 },
    );
  });

  it('marking then clearing leaves the document identical, formatting included, and marks make no revisions', async () => {
    const marking = fc.record({ paragraphs: fc.array(paragraphText, { minLength: 1, maxLength: 4 }), picks: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 5 }), highlight: fc.boolean(), userColour: fc.option(fc.constantFrom('Turquoise', 'Pink'), { nil: undefined }) });
    await fc.assert(
      fc.asyncProperty(marking, async ({ paragraphs, picks, highlight, userColour }) => {
        const sim = createSimulator({ paragraphs, trackingMode: 'TrackAll' });
        const host = createWordHost(sim.api);
        if (userColour) await paintFirstWord(sim, userColour);
        await host.readDocument();
        const before = { ...sim.snapshot(), syncs: 0 };
        const findings = picks.map(([p, a, b], i) => spanFinding(paragraphs, p, a, b, i));
        const marked = await host.markFindings(findings, { highlight });
        expect(marked.ok).toBe(true);
        expect(sim.snapshot().revisions).toEqual([]);
        expect(sim.snapshot().trackingMode).toBe('TrackAll');
        await host.clearMarks();
        expect({ ...sim.snapshot(), syncs: 0 }).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });

  it('restores the user’s tracking mode and changes nothing when the editing sync fails', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, fc.constantFrom<TrackingMode>('Off', 'TrackAll', 'TrackMineOnly'), async ({ paragraphs, plans }, mode) => {
        fc.pre(plans.length > 0);
        const sim = createSimulator({ paragraphs, trackingMode: mode });
        let syncs = 0;
        const host = createWordHost({
          Office: sim.api.Office,
          Word: { run: (batch) => sim.api.Word.run((context) => batch({ document: context.document, application: context.application, sync: () => ((syncs += 1) === 3 && sim.failNextSync(), context.sync()) })) },
        });
        const result = await host.applyPlans(plans, { comment: 'none' });
        expect(result).toMatchObject({ ok: false, error: { kind: 'sync-failed' } });
        expect(sim.snapshot().trackingMode).toBe(mode);
        expect(sim.currentText()).toEqual(paragraphs);
      }),
      { numRuns: 40 },
    );
  });
});

function spanFinding(paragraphs: readonly string[], p: number, a: number, b: number, i: number): Finding {
  const paragraph = p % paragraphs.length;
  const text = paragraphs[paragraph]!;
  let start = a % text.length;
  let end = start + 1 + (b % Math.max(1, text.length - start));
  // Keep emoji whole: a finding never splits a surrogate pair.
  if (/[\udc00-\udfff]/.test(text[start] ?? '')) start -= 1;
  if (/[\udc00-\udfff]/.test(text[end] ?? '')) end += 1;
  return { id: `f${i}`, category: 'ai-training', stance: 'risk', severity: (['high', 'medium', 'low'] as const)[i % 3]!, paragraph, start, end, quote: text.slice(start, end), evidence: [], rules: [], explanation: '', playbookIssue: 'ai-training' };
}

async function paintFirstWord(sim: ReturnType<typeof createSimulator>, colour: string): Promise<void> {
  await sim.api.Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load('items/style');
    await context.sync();
    const range = paragraphs.items[0]!.getRange('Whole');
    range.font.highlightColor = colour;
    await context.sync();
  });
}
