// The Word adapter against the simulator: sync budgets, word-level tracked changes, the hard cases of issue 3
// (repeats, long clauses, special characters, existing deletions, stale plans) and API levels 1.3, 1.4 and 1.7.
import JSZip from 'jszip';
import type { Finding } from '../../src/engine/types';
import { createSimulator, type ApiLevel, type SimParagraphInput } from '../../src/simulator';
import { reviewedText } from '../../src/simulator/reviewedText';
import { createWordHost } from '../../src/word/createWordHost';
import { insertPlan, rewritePlan } from './planFixture';

const CLAUSE = 'Provider may use Customer Data to improve the Services.';
const TARGET = 'Provider shall not use Customer Data to improve the Services.';

function setup(paragraphs: readonly SimParagraphInput[], apiLevel: ApiLevel = '1.7', extra: { annotationsLicensed?: boolean; readOnly?: boolean } = {}) {
  const sim = createSimulator({ paragraphs, apiLevel, user: 'Tester', ...extra });
  const host = createWordHost(sim.api, { author: 'Tester', now: () => new Date('2026-01-15T09:00:00Z') });
  return { sim, host };
}

function finding(paragraph: number, text: string, quote: string, occurrence = 0): Finding {
  let start = -1;
  for (let i = 0; i <= occurrence; i += 1) start = text.indexOf(quote, start + 1);
  return { id: `f-${paragraph}-${start}`, category: 'ai-training', stance: 'risk', severity: 'high', paragraph, start, end: start + quote.length, quote, evidence: [], rules: [], explanation: 'x', playbookIssue: 'ai-training' };
}

describe('reading', () => {
  it.each(['1.3', '1.4', '1.7'] as const)('reads every paragraph with style and flags in at most 2 syncs on WordApi %s', async (level) => {
    const paragraphs = Array.from({ length: 50 }, (_, i) => ({ text: `Clause ${i}.`, style: i % 10 === 0 ? 'Heading 1' : 'Normal', isListItem: i % 3 === 0, inTable: i % 7 === 0 }));
    const { sim, host } = setup(paragraphs, level);
    const read = await host.readDocument();
    expect(read.ok && read.value.map((p) => [p.text, p.isHeading, p.isListItem, p.inTable])).toEqual(paragraphs.map((p) => [p.text, p.style === 'Heading 1', p.isListItem, p.inTable]));
    expect(sim.snapshot().syncs).toBeLessThanOrEqual(2);
  });

  it('reads text as it now reads where tracked deletions exist (1.7), and strips footnote markers', async () => {
    const { sim, host } = setup([CLAUSE, 'See note\x02 here.']);
    await host.applyPlans([rewritePlan(0, CLAUSE, TARGET)], { comment: 'none' });
    const read = await host.readDocument();
    expect(read.ok && read.value.map((p) => p.text)).toEqual([TARGET, 'See note here.']);
    expect(sim.snapshot().revisions.length).toBeGreaterThan(0);
  });
});

describe('applying plans', () => {
  it('makes word-level tracked changes in 3 syncs, restores the tracking mode and verifies the read-back', async () => {
    const { sim, host } = setup(['Intro.', CLAUSE]);
    sim.resetSyncCount();
    const result = await host.applyPlans([rewritePlan(1, CLAUSE, TARGET)], { comment: 'none' });
    expect(result).toEqual({ ok: true, value: [{ planId: expect.any(String), mode: 'word-level', verified: true }] });
    const snapshot = sim.snapshot();
    expect(snapshot.syncs).toBe(3);
    expect(snapshot.trackingMode).toBe('Off');
    expect(snapshot.revisions.map((r) => [r.type, r.text, r.author])).toEqual([
      ['delete', 'may', 'Tester'],
      ['insert', 'shall not', 'Tester'],
    ]);
  });

  it('applies every plan in one action in 3 syncs and its comments in a 4th, new clauses after the anchor in order with its style', async () => {
    const paragraphs = [{ text: 'Intro.', style: 'Normal' }, { text: CLAUSE, style: 'List Paragraph', isListItem: true }, { text: 'The end.', style: 'Normal' }];
    const { sim, host } = setup(paragraphs);
    sim.resetSyncCount();
    const plans = [rewritePlan(1, CLAUSE, TARGET), insertPlan(1, CLAUSE, ['First new clause.']), insertPlan(1, CLAUSE, ['Second new clause.']), insertPlan(2, 'The end.', ['After the end.'])];
    const result = await host.applyPlans(plans, { comment: 'external' });
    expect(result.ok && result.value.map((o) => [o.mode, o.verified])).toEqual([
      ['word-level', true],
      ['inserted-paragraph', true],
      ['inserted-paragraph', true],
      ['inserted-paragraph', true],
    ]);
    const snapshot = sim.snapshot();
    expect(snapshot.syncs).toBe(4);
    expect(reviewedText(snapshot, 'accepted')).toEqual(['Intro.', TARGET, 'First new clause.', 'Second new clause.', 'The end.', 'After the end.']);
    expect(snapshot.paragraphs[2]).toMatchObject({ style: 'List Paragraph', isListItem: true, insertedMark: true });
    expect(snapshot.comments.map((c) => [c.text, c.paragraph])).toEqual([
      ['Please confirm no training on Customer Data.', 1],
      ['We propose a deletion clause.', 2],
      ['We propose a deletion clause.', 3],
      ['We propose a deletion clause.', 5],
    ]);
    sim.rejectAll();
    expect(sim.currentText()).toEqual(paragraphs.map((p) => p.text));
  });

  it('changes the right copy of a sentence that repeats in the paragraph', async () => {
    const sentence = 'Provider may use Customer Data.';
    const text = `${sentence} Customer may terminate. ${sentence}`;
    const target = `${sentence} Customer may terminate. Provider shall not use Customer Data.`;
    const { sim, host } = setup([text]);
    const result = await host.applyPlans([rewritePlan(0, text, target)], { comment: 'none' });
    expect(result.ok && result.value[0]).toMatchObject({ mode: 'word-level', verified: true });
    const segments = sim.snapshot().paragraphs[0]!.segments;
    expect(segments[0]).toEqual({ text: `${sentence} Customer may terminate. Provider `, kind: 'normal' });
  });

  it('edits a clause over 255 characters', async () => {
    const long = `Provider may use Customer Data ${'and related records supplied under this Agreement '.repeat(8)}to train models.`;
    const target = long.replace('to train models.', 'for no other purpose.');
    expect(long.length).toBeGreaterThan(255);
    const { sim, host } = setup([long]);
    const result = await host.applyPlans([rewritePlan(0, long, target)], { comment: 'internal' });
    expect(result.ok && result.value[0]).toMatchObject({ verified: true });
    expect(reviewedText(sim.snapshot(), 'accepted')).toEqual([target]);
    expect(reviewedText(sim.snapshot(), 'rejected')).toEqual([long]);
  });

  it('copes with ^, curly quotes, non-breaking spaces, soft hyphens and emoji', async () => {
    const text = 'The \u201cProvider\u201d may use data^2 for re\u00adtraining\u00a0models \u{1F600} at will.';
    const target = 'The \u201cProvider\u201d shall not use data^2 for re\u00adtraining\u00a0models \u{1F600} at all.';
    const { sim, host } = setup([text]);
    const result = await host.applyPlans([rewritePlan(0, text, target)], { comment: 'none' });
    expect(result.ok && result.value[0]).toMatchObject({ mode: 'word-level', verified: true });
    expect(reviewedText(sim.snapshot(), 'rejected')).toEqual([text]);
  });

  it('edits a paragraph that already holds tracked deletions, leaving them alone', async () => {
    const { sim, host } = setup([CLAUSE]);
    await host.applyPlans([rewritePlan(0, CLAUSE, 'Provider may use Customer Data to improve the Services in the Territory.')], { comment: 'none' });
    sim.acceptAll();
    const first = 'Provider may use Customer Data to improve the Services in the Territory.';
    await host.applyPlans([rewritePlan(0, first, 'Provider may use Customer Data to improve the Services.')], { comment: 'none' });
    const read = await host.readDocument();
    expect(read.ok && read.value[0]!.text).toBe(CLAUSE);
    const result = await host.applyPlans([rewritePlan(0, CLAUSE, TARGET)], { comment: 'none' });
    expect(result.ok && result.value[0]).toMatchObject({ verified: true });
    expect(sim.snapshot().revisions.filter((r) => r.type === 'delete').map((r) => r.text)).toEqual(['may', ' in the Territory']);
  });

  it('falls back to striking and retyping the changed passage when a word cannot be pinned down, and says so', async () => {
    // "aba" at 2 overlaps the copy at 0, so Word's left-to-right search never stops there.
    const text = 'ababa rest';
    const plan = { ...rewritePlan(0, text, 'ab rest more'), ops: [{ kind: 'delete' as const, start: 2, end: 5, text: 'aba' }, { kind: 'insert' as const, at: 10, text: ' more' }] };
    const { sim, host } = setup([text]);
    const result = await host.applyPlans([plan], { comment: 'none' });
    expect(result).toEqual({ ok: true, value: [{ planId: plan.id, mode: 'sentence', verified: true, note: expect.stringContaining('whole changed passage') }] });
    expect(sim.snapshot().revisions.map((r) => [r.type, r.text])).toEqual([
      ['delete', 'aba rest'],
      ['insert', ' rest more'],
    ]);
    expect(reviewedText(sim.snapshot(), 'rejected')).toEqual([text]);
  });

  it('refuses, changing nothing, when even the changed passage cannot be found for certain', async () => {
    const text = 'ababa';
    const plan = { ...rewritePlan(0, text, 'ab'), ops: [{ kind: 'delete' as const, start: 2, end: 5, text: 'aba' }] };
    const { sim, host } = setup([text]);
    expect(await host.applyPlans([plan], { comment: 'none' })).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(sim.snapshot().revisions).toEqual([]);
  });

  it('maps a plan onto a paragraph holding a footnote marker, which stays in place', async () => {
    const raw = 'Provider may use\x02 Customer Data to improve the Services.';
    const { sim, host } = setup([raw]);
    const read = await host.readDocument();
    expect(read.ok && read.value[0]!.text).toBe(CLAUSE);
    const result = await host.applyPlans([rewritePlan(0, CLAUSE, 'Provider shall not use Customer Data for any purpose.')], { comment: 'none' });
    expect(result.ok && result.value[0]).toMatchObject({ verified: true });
    expect(reviewedText(sim.snapshot(), 'accepted')).toEqual(['Provider shall not use\x02 Customer Data for any purpose.']);
    expect(reviewedText(sim.snapshot(), 'rejected')).toEqual([raw]);
  });

  it('refuses a plan for a paragraph edited since the analysis and changes nothing', async () => {
    const { sim, host } = setup([CLAUSE]);
    await host.readDocument();
    sim.editParagraph(0, 'Provider may use Customer Data to improve its Services.');
    const before = sim.snapshot();
    const result = await host.applyPlans([rewritePlan(0, CLAUSE, TARGET)], { comment: 'internal' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'document-changed' } });
    expect({ ...sim.snapshot(), syncs: 0 }).toEqual({ ...before, syncs: 0 });
  });

  it('refuses a plan for a paragraph the document no longer has, and two rewrites of one paragraph, changing nothing', async () => {
    const { sim, host } = setup([CLAUSE]);
    expect(await host.applyPlans([rewritePlan(3, CLAUSE, TARGET)], { comment: 'none' })).toMatchObject({ ok: false, error: { kind: 'document-changed' } });
    const twice = [rewritePlan(0, CLAUSE, TARGET), rewritePlan(0, CLAUSE, 'Provider may use Customer Data.')];
    expect(await host.applyPlans(twice, { comment: 'none' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('Two redlines change paragraph 1') } });
    expect(sim.snapshot().revisions).toEqual([]);
  });

  it('restores the user tracking mode after a failed sync and reports it', async () => {
    const { sim } = setup([CLAUSE]);
    sim.setTrackingMode('TrackMineOnly');
    const failingHost = createWordHost({ Word: { run: (batch) => sim.api.Word.run(async (context) => {
      let syncs = 0;
      const original = context.sync.bind(context);
      return batch({ document: context.document, application: context.application, sync: () => ((syncs += 1) === 3 ? (sim.failNextSync('connection lost'), original()) : original()) });
    }) }, Office: sim.api.Office });
    const result = await failingHost.applyPlans([rewritePlan(0, CLAUSE, TARGET)], { comment: 'none' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'sync-failed' } });
    expect(sim.snapshot().trackingMode).toBe('TrackMineOnly');
    expect(sim.snapshot().revisions).toEqual([]);
  });

  it('says the document is read-only, with a next step', async () => {
    const { host, sim } = setup([CLAUSE], '1.7', { readOnly: true });
    const result = await host.applyPlans([rewritePlan(0, CLAUSE, TARGET)], { comment: 'none' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'read-only', nextStep: expect.stringContaining('Enable Editing') } });
    expect(sim.currentText()).toEqual([CLAUSE]);
  });

  it('on WordApi 1.4 uses getReviewedText and still makes word-level changes with comments', async () => {
    const { sim, host } = setup([CLAUSE], '1.4');
    expect(await host.capabilities()).toMatchObject({ apiLevel: '1.4', tracking: true, comments: true, annotations: false, ooxmlRevisions: false });
    const result = await host.applyPlans([rewritePlan(0, CLAUSE, TARGET, ['New.'])], { comment: 'internal' });
    expect(result.ok && result.value[0]).toMatchObject({ mode: 'word-level', verified: true });
    expect(sim.snapshot().comments).toHaveLength(1);
  });

  it('on WordApi 1.3 (desktop) inserts OOXML revision markup, says so, and never offers it on the web', async () => {
    const { sim, host } = setup([{ text: CLAUSE, style: 'Body Text' }, 'Next.'], '1.3');
    expect(await host.capabilities()).toMatchObject({ apiLevel: '1.3', tracking: false, comments: false, ooxmlRevisions: true });
    sim.resetSyncCount();
    const result = await host.applyPlans([rewritePlan(0, CLAUSE, TARGET), insertPlan(0, CLAUSE, ['Provider shall delete Customer Data.'])], { comment: 'internal' });
    expect(result.ok && result.value.map((o) => o.mode)).toEqual(['ooxml', 'ooxml']);
    expect(result.ok && result.value[0]!.note).not.toContain('formatting could not be kept');
    expect(sim.snapshot().syncs).toBe(3);
    expect(reviewedText(sim.snapshot(), 'accepted')).toEqual([TARGET, 'Provider shall delete Customer Data.', 'Next.']);
    expect(sim.snapshot().paragraphs.map((p) => p.style)).toEqual(['Body Text', 'Body Text', 'Normal']);
    sim.rejectAll();
    expect(sim.currentText()).toEqual([CLAUSE, 'Next.']);
    const web = createSimulator({ paragraphs: [CLAUSE], apiLevel: '1.3', platform: 'web' });
    const webHost = createWordHost(web.api);
    expect((await webHost.capabilities()).ooxmlRevisions).toBe(false);
    expect(await webHost.applyPlans([rewritePlan(0, CLAUSE, TARGET)], { comment: 'none' })).toMatchObject({ ok: false, error: { kind: 'api-unsupported' } });
  });
});

describe('marking and selecting', () => {
  it('marks findings with critique annotations by severity in 2 syncs, without revisions, and clears them', async () => {
    const { sim, host } = setup([CLAUSE, 'Other text.']);
    await host.readDocument();
    sim.resetSyncCount();
    const marked = await host.markFindings([finding(0, CLAUSE, 'use Customer Data'), { ...finding(0, CLAUSE, 'improve'), severity: 'low' }]);
    expect(marked).toEqual({ ok: true, value: { method: 'annotations', marked: 2 } });
    const snapshot = sim.snapshot();
    expect(snapshot.syncs).toBe(2);
    expect(snapshot.marks).toEqual([
      { kind: 'annotation', paragraph: 0, start: 13, end: 30, color: 'Red' },
      { kind: 'annotation', paragraph: 0, start: 34, end: 41, color: 'Blue' },
    ]);
    expect(snapshot.revisions).toEqual([]);
    await host.clearMarks();
    expect(sim.snapshot().marks).toEqual([]);
  });

  it('reports unlicensed annotations as a typed error and then stops offering them', async () => {
    const { host } = setup([CLAUSE], '1.7', { annotationsLicensed: false });
    await host.readDocument();
    expect(await host.markFindings([finding(0, CLAUSE, 'Customer Data')])).toMatchObject({ ok: false, error: { kind: 'annotations-unlicensed' } });
    expect((await host.capabilities()).annotations).toBe(false);
  });

  it('highlights only on request, with tracking off, and puts the user’s own highlight back exactly', async () => {
    const { sim, host } = setup([CLAUSE]);
    sim.setTrackingMode('TrackAll');
    await host.readDocument();
    await sim.api.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/style');
      await context.sync();
      paragraphs.items[0]!.search('Customer', { matchCase: true }).load('items/text');
      const found = paragraphs.items[0]!.search('Customer Data', { matchCase: true }).load('items/text');
      await context.sync();
      found.items[0]!.font.highlightColor = 'Turquoise';
      await context.sync();
    });
    const before = sim.snapshot();
    const marked = await host.markFindings([finding(0, CLAUSE, 'Customer Data'), finding(0, CLAUSE, 'improve the Services')], { highlight: true });
    expect(marked).toEqual({ ok: true, value: { method: 'highlight', marked: 2 } });
    expect(sim.snapshot().marks.map((m) => [m.start, m.end, m.color])).toEqual([
      [17, 30, 'Yellow'],
      [34, 54, 'Yellow'],
    ]);
    expect(sim.snapshot().trackingMode).toBe('TrackAll');
    expect(sim.snapshot().formatRevisions).toBe(before.formatRevisions);
    await host.clearMarks();
    expect({ ...sim.snapshot(), syncs: 0 }).toEqual({ ...before, syncs: 0 });
  });

  it('leaves a clause that already has several highlight colours alone, since one colour could not restore them', async () => {
    const { sim, host } = setup([CLAUSE]);
    await sim.api.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/style');
      await context.sync();
      const word = paragraphs.items[0]!.search('Customer', { matchCase: true }).load('items/text');
      await context.sync();
      word.items[0]!.font.highlightColor = 'Pink';
      await context.sync();
    });
    await host.readDocument();
    const before = sim.snapshot();
    const marked = await host.markFindings([finding(0, CLAUSE, 'use Customer Data')], { highlight: true });
    expect(marked).toEqual({ ok: true, value: { method: 'highlight', marked: 0, note: expect.stringContaining('several highlight colours') } });
    expect(sim.snapshot().marks).toEqual(before.marks);
  });

  it('selects a finding, picking the right copy of repeated words', async () => {
    const text = 'Customer Data is Customer Data.';
    const { sim, host } = setup([text]);
    await host.readDocument();
    expect(await host.selectFinding(finding(0, text, 'Customer Data', 1))).toEqual({ ok: true, value: undefined });
    expect(sim.snapshot().selection).toEqual({ paragraph: 0, start: 17, end: 30 });
  });

  it('refuses to select or comment on a finding whose paragraph was edited after the analysis', async () => {
    const { sim, host } = setup([CLAUSE]);
    await host.readDocument();
    sim.editParagraph(0, 'Provider may use Customer Data for anything.');
    expect(await host.selectFinding(finding(0, CLAUSE, 'improve'))).toMatchObject({ ok: false, error: { kind: 'document-changed' } });
    expect(await host.insertComment(finding(0, CLAUSE, 'Customer Data'), 'Why?')).toMatchObject({ ok: false, error: { kind: 'document-changed' } });
    expect(sim.snapshot().comments).toEqual([]);
  });

  it('comments on a finding on WordApi 1.4+, and explains why not on 1.3', async () => {
    const { sim, host } = setup([CLAUSE], '1.4');
    await host.readDocument();
    expect(await host.insertComment(finding(0, CLAUSE, 'Customer Data'), 'Training risk.')).toEqual({ ok: true, value: undefined });
    expect(sim.snapshot().comments).toEqual([{ text: 'Training risk.', author: 'Tester', paragraph: 0, quote: 'Customer Data' }]);
    const old = setup([CLAUSE], '1.3');
    await old.host.readDocument();
    expect(await old.host.insertComment(finding(0, CLAUSE, 'Customer Data'), 'x')).toMatchObject({ ok: false, error: { kind: 'api-unsupported' } });
  });

  it('opens a summary memo as a new .docx document in one sync', async () => {
    const { sim, host } = setup([CLAUSE]);
    expect((await host.capabilities()).createDocument).toBe(true);
    sim.resetSyncCount();
    expect(await host.createDocument(['AI data terms memo', 'Provider may train on <Customer Data> & more.'])).toEqual({ ok: true, value: undefined });
    expect(sim.snapshot().syncs).toBe(1);
    const [created] = sim.createdDocuments();
    const zip = await JSZip.loadAsync(Buffer.from(created!, 'base64'));
    const xml = await zip.file('word/document.xml')!.async('string');
    const paragraphs = xml.split('</w:p>').map((p) => p.replace(/<[^>]+>/g, '').trim()).filter((t) => t.length > 0);
    expect(paragraphs).toEqual(['AI data terms memo', 'Provider may train on &lt;Customer Data&gt; &amp; more.']);
  });
});

