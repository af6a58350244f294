// Issue 10 item 1 (R1, R2): other people's tracked changes are sacred. The adapter finds its words in a paragraph that
// holds someone's deletion whatever the markup view, and at WordApi 1.3 refuses to rewrite such a paragraph instead of
// flattening the revisions into live text.
import { createSimulator, type MarkupView, type SimParagraphInput } from '../../src/simulator';
import { reviewedText } from '../../src/simulator/reviewedText';
import { createWordHost } from '../../src/word/createWordHost';
import { insertPlan, rewritePlan } from './planFixture';

const COUNSEL = { author: 'Opposing Counsel', date: '2026-01-02T10:00:00Z' };
/** "Provider [may→can] use Customer Data to improve the Services." with the counsel's deletion and insertion. */
const NEGOTIATED: SimParagraphInput = { runs: [{ text: 'Provider ' }, { text: 'may ', del: COUNSEL }, { text: 'can ', ins: COUNSEL }, { text: 'use Customer Data to improve the Services.' }] };
const NOW = 'Provider can use Customer Data to improve the Services.';

/** The counsel's revisions by id, each with its whole text (an edit inside one may split it into runs). */
function counselRevisions(sim: ReturnType<typeof createSimulator>): Record<number, string> {
  const byId: Record<number, string> = {};
  for (const r of sim.snapshot().revisions) if (r.author === COUNSEL.author) byId[r.id] = `${r.type}:${(byId[r.id] ?? '').split(':').slice(1).join(':')}${r.text}`;
  return byId;
}

describe('a paragraph holding another author’s revisions', () => {
  it.each<MarkupView>(['simple', 'all-inline', 'all-balloons', 'none'])('gets word-level edits in %s markup, verified, with the other revisions untouched', async (view) => {
    const sim = createSimulator({ paragraphs: [NEGOTIATED], markupView: view, user: 'Lawyer' });
    const host = createWordHost(sim.api);
    const read = await host.readDocument();
    expect(read.ok && read.value[0]!.text).toBe(NOW);
    const theirs = counselRevisions(sim);
    // "can use" crosses the counsel's deleted "may ": in inline markup, search sees the deletion there.
    const plan = rewritePlan(0, NOW, 'Provider shall not use Customer Data except to provide the Services.');
    const result = await host.applyPlans([plan], { comment: 'none' });
    expect(result).toEqual({ ok: true, value: [expect.objectContaining({ mode: 'word-level', verified: true })] });
    expect(counselRevisions(sim)).toEqual(theirs);
    expect(reviewedText(sim.snapshot(), 'accepted')).toEqual([plan.targetText]);
    const ours = new Set(sim.snapshot().revisions.filter((r) => r.author === 'Lawyer').map((r) => r.id));
    expect(reviewedText(sim.snapshot(), 'rejected', ours)).toEqual([NOW]);
  });

  it('selects a finding that spans the deletion in inline markup', async () => {
    const sim = createSimulator({ paragraphs: [NEGOTIATED], markupView: 'all-inline' });
    const host = createWordHost(sim.api);
    await host.readDocument();
    const quote = 'Provider can use Customer Data';
    const finding = { id: 'f', category: 'ai-training', stance: 'risk', severity: 'high', paragraph: 0, start: 0, end: quote.length, quote, evidence: [], rules: [], explanation: '', playbookIssue: 'ai-training' } as const;
    expect(await host.selectFinding(finding)).toEqual({ ok: true, value: undefined });
    expect(sim.snapshot().selection).toEqual({ paragraph: 0, start: 0, end: quote.length });
  });

  it('at WordApi 1.3 refuses to rewrite it, names whose changes and what to do, and still applies the other paragraphs', async () => {
    const sim = createSimulator({ paragraphs: [NEGOTIATED, 'Provider may keep Customer Data.'], apiLevel: '1.3', user: 'Lawyer' });
    const host = createWordHost(sim.api);
    const read = await host.readDocument();
    // Below 1.4 Word's text shows the deleted "may" too; the plan is made on that reading, as the pane would make it.
    const shown = read.ok ? read.value[0]!.text : '';
    expect(shown).toBe('Provider may can use Customer Data to improve the Services.');
    const theirs = counselRevisions(sim);
    const plans = [rewritePlan(0, shown, 'Provider may not use Customer Data.'), rewritePlan(1, 'Provider may keep Customer Data.', 'Provider may keep Customer Data for 30 days.'), insertPlan(1, 'Provider may keep Customer Data.', ['Provider shall delete Customer Data.'])];
    const result = await host.applyPlans(plans, { comment: 'none' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(/paragraph 1: it holds tracked changes by Opposing Counsel/);
    expect(result.error.message).toContain('The other 2 changes went in.');
    expect(result.error.nextStep).toContain('accept or reject them first');
    expect(result.error.applied?.map((o) => o.planId)).toEqual([plans[1]!.id, plans[2]!.id]);
    expect(counselRevisions(sim)).toEqual(theirs);
    expect(reviewedText(sim.snapshot(), 'accepted')).toEqual([NOW, 'Provider may keep Customer Data for 30 days.', 'Provider shall delete Customer Data.']);
  });

  it('at WordApi 1.3 with Track Changes on, says Word recorded the paragraph as replaced, and rejecting everything restores it once', async () => {
    const clause = 'Provider may use Customer Data.';
    const sim = createSimulator({ paragraphs: [clause], apiLevel: '1.3', trackingMode: 'TrackAll', user: 'Lawyer' });
    const host = createWordHost(sim.api);
    await host.readDocument();
    const result = await host.applyPlans([rewritePlan(0, clause, 'Provider shall not use Customer Data.')], { comment: 'none' });
    expect(result.ok && result.value[0]!.note).toContain('Track Changes was on');
    sim.rejectAll();
    expect(sim.currentText()).toEqual([clause]);
  });
});
