// The simulator behaves as real Word does where the adapter must cope (issue 10): the markup view changes what `text`
// and search see of deletions; a chosen call can fail with any Word error code, keeping the actions before it (and
// with effect 'kept' its own effect too); a build can lack getText while claiming WordApi 1.7; Word.run syncs what a
// batch leaves queued; annotations can be found through their paragraph.
import { createSimulator, SIM_ERROR_CODES, type MarkupView } from '../../src/simulator';

const COUNSEL = { author: 'Opposing Counsel' };
const WITH_DELETION = { runs: [{ text: 'Provider ' }, { text: 'may ', del: COUNSEL }, { text: 'shall use data.' }] };

describe('markup view', () => {
  it.each<[MarkupView, string, number, number]>([
    ['simple', 'Provider may shall use data.', 1, 0],
    ['all-inline', 'Provider may shall use data.', 0, 1],
    ['all-balloons', 'Provider shall use data.', 1, 0],
    ['none', 'Provider shall use data.', 1, 0],
  ])('in %s markup, text reads "%s"; a needle across the deletion matches %i time(s), one with it %i', async (view, text, across, withDeleted) => {
    const sim = createSimulator({ paragraphs: [WITH_DELETION], markupView: view });
    const read = await sim.api.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/text');
      await context.sync();
      const p = paragraphs.items[0]!;
      const current = p.getText();
      const searches = ['Provider shall', 'Provider may shall'].map((needle) => p.search(needle, { matchCase: true }).load('items/text'));
      await context.sync();
      return { text: p.text, current: current.value, counts: searches.map((s) => s.items.length) };
    });
    expect(read).toEqual({ text, current: 'Provider shall use data.', counts: [across, withDeleted] });
  });
});

describe('failures as Office.js has them', () => {
  const CLAUSE = 'Provider may use data.';

  async function twoInsertions(sim: ReturnType<typeof createSimulator>): Promise<void> {
    await sim.api.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/style');
      await context.sync();
      paragraphs.items[0]!.insertParagraph('First.', 'After');
      paragraphs.items[0]!.insertParagraph('Second.', 'Before');
      paragraphs.items[0]!.getRange('Whole').insertComment('Why?');
      await context.sync();
    });
  }

  it('fails at a chosen call, keeping the actions before it and dropping the rest', async () => {
    const sim = createSimulator({ paragraphs: [CLAUSE] });
    sim.failAt({ api: 'Paragraph.insertParagraph', skip: 1, code: 'NotAllowed' });
    await expect(twoInsertions(sim)).rejects.toMatchObject({ code: 'NotAllowed', debugInfo: { errorLocation: 'Paragraph.insertParagraph' } });
    expect(sim.currentText()).toEqual([CLAUSE, 'First.']);
    expect(sim.snapshot().comments).toEqual([]);
  });

  it('can keep the failing call’s own effect, as Word on the web does for insertText on a search result', async () => {
    const sim = createSimulator({ paragraphs: [CLAUSE] });
    sim.failAt({ api: 'Paragraph.insertParagraph', code: 'GeneralException', effect: 'kept' });
    await expect(twoInsertions(sim)).rejects.toMatchObject({ code: 'GeneralException' });
    expect(sim.currentText()).toEqual([CLAUSE, 'First.']);
  });

  it.each([...SIM_ERROR_CODES])('can raise %s', async (code) => {
    const sim = createSimulator({ paragraphs: [CLAUSE] });
    sim.failAt({ api: 'Range.insertComment', code });
    await expect(twoInsertions(sim)).rejects.toMatchObject({ code });
  });

  it('throws NotImplemented from a broken getText although the host claims WordApi 1.7', async () => {
    const sim = createSimulator({ paragraphs: [CLAUSE], brokenApis: ['Paragraph.getText'] });
    expect(sim.api.Office.context.requirements.isSetSupported('WordApi', '1.7')).toBe(true);
    await expect(
      sim.api.Word.run(async (context) => {
        const paragraphs = context.document.body.paragraphs.load('items/style');
        await context.sync();
        paragraphs.items[0]!.getText();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'NotImplemented' });
  });

  it('syncs what a batch leaves queued when Word.run ends, as office.js does, and costs nothing when nothing is queued', async () => {
    const sim = createSimulator({ paragraphs: [CLAUSE] });
    await sim.api.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/style');
      await context.sync();
      paragraphs.items[0]!.insertParagraph('Left queued.', 'After');
    });
    expect(sim.currentText()).toEqual([CLAUSE, 'Left queued.']);
    expect(sim.snapshot().syncs).toBe(2);
    await sim.api.Word.run(async () => undefined);
    expect(sim.snapshot().syncs).toBe(2);
  });
});

describe('annotations through their paragraph', () => {
  it('lists a paragraph’s annotations by id (WordApi 1.7)', async () => {
    const sim = createSimulator({ paragraphs: ['Provider may use data.', 'Other.'] });
    const ids = await sim.api.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/style');
      await context.sync();
      const inserted = paragraphs.items[0]!.insertAnnotations({ critiques: [{ start: 0, length: 8, colorScheme: 'Red' }, { start: 9, length: 3, colorScheme: 'Blue' }] });
      await context.sync();
      const listed = paragraphs.items.map((p) => p.getAnnotations().load('items/id'));
      await context.sync();
      return { inserted: inserted.value, listed: listed.map((l) => l.items.map((a) => a.id)) };
    });
    expect(ids.listed).toEqual([ids.inserted, []]);
  });
});
