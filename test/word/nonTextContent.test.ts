// Issue 10 item 2 (R3): clauses holding a footnote reference, a cross-reference field, a manual line break or hidden
// text. The engine reads a line break as a space; no search crosses a note mark; edits around a note keep it; review
// underlines count the note mark as Word does.
import type { Finding } from '../../src/engine/types';
import { createSimulator, type SimParagraphInput } from '../../src/simulator';
import { reviewedText } from '../../src/simulator/reviewedText';
import { createWordHost } from '../../src/word/createWordHost';
import { rewritePlan } from './planFixture';

/** "Provider may use Customer[footnote] Data as set out in Section [12.3]." and a soft return before "Customer". */
const WITH_NOTE: SimParagraphInput = {
  runs: [{ text: 'Provider may use\u000bCustomer' }, { text: '', note: 'footnote' }, { text: ' Data as set out in Section ' }, { text: '12.3', field: 'REF _Ref12 \\r \\h' }, { text: '.' }],
};
const ENGINE_TEXT = 'Provider may use Customer Data as set out in Section 12.3.';

function finding(text: string, quote: string): Finding {
  const start = text.indexOf(quote);
  return { id: 'f', category: 'ai-training', stance: 'risk', severity: 'high', paragraph: 0, start, end: start + quote.length, quote, evidence: [], rules: [], explanation: '', playbookIssue: 'ai-training' };
}

describe('non-text content inside a clause', () => {
  it.each(['1.7', '1.4'] as const)('reads a manual line break as a space and leaves the note mark out, at WordApi %s', async (apiLevel) => {
    const host = createWordHost(createSimulator({ paragraphs: [WITH_NOTE], apiLevel }).api);
    const read = await host.readDocument();
    expect(read.ok && read.value[0]!.text).toBe(ENGINE_TEXT);
  });

  it.each(['1.7', '1.4'] as const)('edits words either side of the note mark word by word and keeps the mark, at WordApi %s', async (apiLevel) => {
    const sim = createSimulator({ paragraphs: [WITH_NOTE], apiLevel });
    const host = createWordHost(sim.api);
    await host.readDocument();
    const plan = rewritePlan(0, ENGINE_TEXT, 'Provider shall not use Customer information as set out in Section 12.3.');
    const result = await host.applyPlans([plan], { comment: 'internal' });
    expect(result).toEqual({ ok: true, value: [expect.objectContaining({ mode: 'word-level', verified: true })] });
    expect(reviewedText(sim.snapshot(), 'accepted')).toEqual(['Provider shall not use\u000bCustomer\u0002 information as set out in Section 12.3.']);
    expect(reviewedText(sim.snapshot(), 'rejected')).toEqual(['Provider may use\u000bCustomer\u0002 Data as set out in Section 12.3.']);
  });

  it('strikes a passage that holds the note mark in pieces, so the mark itself is never deleted', async () => {
    const sim = createSimulator({ paragraphs: [WITH_NOTE] });
    const host = createWordHost(sim.api);
    await host.readDocument();
    const plan = rewritePlan(0, ENGINE_TEXT, 'Provider may use it as set out in Section 12.3.');
    const result = await host.applyPlans([plan], { comment: 'none' });
    expect(result.ok && result.value[0]!.verified).toBe(true);
    const deleted = sim.snapshot().revisions.filter((r) => r.type === 'delete').map((r) => r.text);
    expect(deleted.join('|')).not.toContain('\u0002');
    expect(sim.currentText()).toEqual(['Provider may use\u000b\u0002it as set out in Section 12.3.']);
  });

  it('underlines a clause after a note mark where Word counts it (the mark is a character to critiques)', async () => {
    const text = 'Provider may use Customer Data to train models.';
    const sim = createSimulator({ paragraphs: [{ runs: [{ text: 'Provider may use Customer' }, { text: '', note: 'endnote' }, { text: ' Data to train models.' }] }] });
    const host = createWordHost(sim.api);
    await host.readDocument();
    expect(await host.markFindings([finding(text, 'train models')])).toMatchObject({ ok: true, value: { marked: 1 } });
    const mark = sim.snapshot().marks[0]!;
    expect(sim.snapshot().paragraphs[0]!.text.slice(mark.start, mark.end)).toBe('train models');
  });

  it('refuses a redline across a field boundary it cannot see, changing nothing, rather than guess', async () => {
    const sim = createSimulator({ paragraphs: [WITH_NOTE] });
    const host = createWordHost(sim.api);
    await host.readDocument();
    // "Section 12.3." runs from plain text into the field result: no search matches across that boundary.
    const plan = { ...rewritePlan(0, ENGINE_TEXT, 'Provider may use Customer Data as set out in Clause 9.'), kind: 'sentence' as const };
    const result = await host.applyPlans([plan], { comment: 'none' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'not-found', message: expect.stringContaining('paragraph 1') } });
    expect(sim.snapshot().revisions).toEqual([]);
  });
});
