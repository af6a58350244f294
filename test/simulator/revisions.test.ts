// The simulator's revision model matches Word's (issue 13 §3): revisions are runs with author, date and id; deleting
// someone else's pending insertion makes it inserted-then-deleted; a tracked insertOoxml("Replace") rejects back to the
// original once; nested w:ins/w:del import as both; tracked changes can be listed, accepted and rejected one by one.
import { renderPlanOverOoxml } from '../../src/ooxml/renderPlanOverOoxml';
import { createSimulator, type Simulator } from '../../src/simulator';
import { reviewedText } from '../../src/simulator/reviewedText';
import type { RangeSubset } from '../../src/word/officeApi';
import { rewritePlan } from '../word/planFixture';

const COUNSEL = { author: 'Opposing Counsel', date: '2026-01-02T10:00:00Z' };

/** Runs one tracked batch by `sim`'s user on the first match of `needle` in paragraph 0. */
async function onMatch(sim: Simulator, needle: string, edit: (range: RangeSubset) => void): Promise<void> {
  await sim.api.Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load('items/style');
    await context.sync();
    const found = paragraphs.items[0]!.search(needle, { matchCase: true }).load('items/text');
    await context.sync();
    edit(found.items[0]!);
    await context.sync();
  });
}

describe('revisions as runs', () => {
  it('gives each revision its own id, its author and its date', async () => {
    const sim = createSimulator({ paragraphs: ['Provider may use data.'], trackingMode: 'TrackAll', user: 'Lawyer' });
    await onMatch(sim, 'may', (range) => range.delete());
    await onMatch(sim, 'use', (range) => range.insertText(' not', 'Before'));
    const revisions = sim.snapshot().revisions;
    expect(revisions.map(({ type, text, author }) => [type, text, author])).toEqual([
      ['delete', 'may', 'Lawyer'],
      ['insert', ' not', 'Lawyer'],
    ]);
    expect(new Set(revisions.map((r) => r.id)).size).toBe(2);
    expect(revisions[0]!.date).toBe('2026-01-15T09:00:00.000Z');
  });

  it('turns someone else’s pending insertion into inserted-then-deleted text when the user deletes it', async () => {
    const sim = createSimulator({ paragraphs: [{ runs: [{ text: 'Provider may use ' }, { text: 'anonymised ', ins: COUNSEL }, { text: 'data.' }] }], trackingMode: 'TrackAll', user: 'Lawyer' });
    await onMatch(sim, 'anonymised ', (range) => range.delete());
    const snapshot = sim.snapshot();
    expect(snapshot.revisions.map(({ type, text, author }) => [type, text, author])).toEqual([
      ['insert', 'anonymised ', 'Opposing Counsel'],
      ['delete', 'anonymised ', 'Lawyer'],
    ]);
    expect(sim.currentText()).toEqual(['Provider may use data.']);
    expect(reviewedText(snapshot, 'rejected')).toEqual(['Provider may use data.']);
    expect(reviewedText(snapshot, 'accepted')).toEqual(['Provider may use data.']);
    const lawyerOnly = new Set(snapshot.revisions.filter((r) => r.author === 'Lawyer').map((r) => r.id));
    expect(reviewedText(snapshot, 'rejected', lawyerOnly)).toEqual(['Provider may use anonymised data.']);
    sim.rejectRevisions(lawyerOnly);
    expect(sim.snapshot().revisions.map(({ type, author }) => [type, author])).toEqual([['insert', 'Opposing Counsel']]);
  });

  it('makes the user’s own pending insertion vanish when the user deletes it, and keeps others’ deletions as they are', async () => {
    const sim = createSimulator({ paragraphs: [{ runs: [{ text: 'Provider ' }, { text: 'may ', del: COUNSEL }, { text: 'use data.' }] }], trackingMode: 'TrackAll', user: 'Lawyer' });
    await onMatch(sim, 'use', (range) => range.insertText('shall ', 'Before'));
    await onMatch(sim, 'shall ', (range) => range.delete());
    await sim.api.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/style');
      await context.sync();
      paragraphs.items[0]!.getRange('Whole').delete();
      await context.sync();
    });
    const revisions = sim.snapshot().revisions;
    expect(revisions.map(({ type, text, author }) => [type, text, author])).toEqual([
      ['delete', 'Provider ', 'Lawyer'],
      ['delete', 'may ', 'Opposing Counsel'],
      ['delete', 'use data.', 'Lawyer'],
    ]);
    sim.rejectAll();
    expect(sim.currentText()).toEqual(['Provider may use data.']);
  });

  it('lists tracked changes (WordApi 1.6) and accepts or rejects them one at a time', async () => {
    const sim = createSimulator({ paragraphs: [{ runs: [{ text: 'Provider ' }, { text: 'may', del: COUNSEL }, { text: 'shall', ins: COUNSEL }, { text: ' use data.' }] }, 'Second.'] });
    const listed = await sim.api.Word.run(async (context) => {
      const changes = context.document.body.getTrackedChanges().load('items/author,items/type,items/text,items/date');
      await context.sync();
      const items = changes.items.map((c) => [c.type, c.text, c.author, c.date.toISOString()]);
      changes.items[0]!.reject();
      await context.sync();
      return items;
    });
    expect(listed).toEqual([
      ['Deleted', 'may', 'Opposing Counsel', '2026-01-02T10:00:00.000Z'],
      ['Added', 'shall', 'Opposing Counsel', '2026-01-02T10:00:00.000Z'],
    ]);
    expect(sim.currentText()).toEqual(['Provider mayshall use data.', 'Second.']);
    await sim.api.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/style');
      await context.sync();
      paragraphs.items[0]!.getTrackedChanges().acceptAll();
    });
    expect(sim.snapshot().revisions).toEqual([]);
  });
});

describe('OOXML revisions', () => {
  const CLAUSE = 'Provider may use Customer Data.';

  it('keeps an inserted-then-deleted run from a package as both revisions (w:ins around w:del)', async () => {
    const sim = createSimulator({ paragraphs: [{ runs: [{ text: 'Provider may keep Customer Data ' }, { text: 'for backup ', ins: COUNSEL }, { text: 'indefinitely.' }] }], apiLevel: '1.3' });
    const plan = rewritePlan(0, 'Provider may keep Customer Data for backup indefinitely.', 'Provider may keep Customer Data for thirty days.');
    const exported = await sim.api.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/style');
      await context.sync();
      const ooxml = paragraphs.items[0]!.getOoxml();
      await context.sync();
      return ooxml.value;
    });
    const rendered = renderPlanOverOoxml(exported, plan, { author: 'AI Data Terms', date: '2026-01-15T09:00:00Z' });
    if (!rendered.ok) throw new Error(rendered.reason);
    await sim.api.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/style');
      await context.sync();
      paragraphs.items[0]!.insertOoxml(rendered.ooxml, 'Replace');
    });
    const snapshot = sim.snapshot();
    expect(reviewedText(snapshot, 'accepted')).toEqual([plan.targetText]);
    expect(reviewedText(snapshot, 'rejected')).toEqual(['Provider may keep Customer Data indefinitely.']);
    expect(snapshot.revisions.filter((r) => r.author === 'Opposing Counsel').map((r) => [r.type, r.text])).toEqual([['insert', 'for backup ']]);
  });

  it('records a tracked Replace as delete and reinsert, and rejecting everything gives the original once', async () => {
    const sim = createSimulator({ paragraphs: [CLAUSE], apiLevel: '1.3', trackingMode: 'TrackAll', user: 'Lawyer' });
    const plan = rewritePlan(0, CLAUSE, 'Provider shall not use Customer Data.');
    await sim.api.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/style');
      await context.sync();
      const ooxml = paragraphs.items[0]!.getOoxml();
      await context.sync();
      const rendered = renderPlanOverOoxml(ooxml.value, plan, { author: 'AI Data Terms', date: '2026-01-15T09:00:00Z' });
      if (!rendered.ok) throw new Error(rendered.reason);
      paragraphs.items[0]!.insertOoxml(rendered.ooxml, 'Replace');
    });
    const snapshot = sim.snapshot();
    expect(reviewedText(snapshot, 'accepted')).toEqual([plan.targetText]);
    expect(reviewedText(snapshot, 'rejected')).toEqual([CLAUSE]);
    sim.rejectAll();
    expect(sim.currentText()).toEqual([CLAUSE]);
  });

  it('reads note references, fields, content controls, line breaks and hidden text from OOXML, and writes them back', async () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const ooxml =
      `<w:p xmlns:w="${W}"><w:pPr><w:pStyle w:val="BodyText"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="4"/></w:numPr></w:pPr>` +
      '<w:r><w:t xml:space="preserve">See </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF _Ref1 \\h </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>12.3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t xml:space="preserve"> for </w:t><w:br/><w:t>Customer</w:t></w:r>' +
      '<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t xml:space="preserve"> Data</w:t></w:r></w:sdtContent></w:sdt>' +
      '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> (hidden)</w:t></w:r><w:r><w:t>.</w:t></w:r></w:p>';
    const sim = createSimulator({ paragraphs: [{ ooxml }] });
    const read = await sim.api.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/text,items/isListItem');
      await context.sync();
      const p = paragraphs.items[0]!;
      const texts = [p.getText(), p.getText({ IncludeHiddenText: true }), p.getReviewedText('Current'), p.getOoxml()];
      const searches = ['12.3 for', 'See 12.3', 'for ^lCustomer', 'for \u000bCustomer', 'Customer Data', 'Data.', ' Data'].map((needle) => p.search(needle, { matchCase: true }).load('items/text'));
      await context.sync();
      return { text: p.text, list: p.isListItem, texts: texts.map((t) => t.value), counts: searches.map((r) => r.items.length) };
    });
    expect(read.text).toBe('See 12.3\u0002 for \u000bCustomer Data.');
    expect(read.list).toBe(true);
    expect(read.texts.slice(0, 3)).toEqual(['See 12.3 for \u000bCustomer Data.', 'See 12.3 for \u000bCustomer Data (hidden).', 'See 12.3\u0002 for \u000bCustomer Data.']);
    // No match across the field, the note mark, a literal line break, the content control or the hidden text.
    expect(read.counts).toEqual([0, 0, 1, 0, 0, 0, 1]);
    const again = createSimulator({ paragraphs: [{ ooxml: read.texts[3]! }] });
    expect(again.snapshot().paragraphs[0]!.text).toBe('See 12.3\u0002 for \u000bCustomer Data (hidden).');
    expect(read.texts[3]).toContain('<w:numId w:val="4"/>');
    expect(read.texts[3]).toContain('REF _Ref1');
  });
});
