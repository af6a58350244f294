// The simulator behaves like Office.js where the adapter depends on it: proxies, search limits and escapes,
// requirement sets, licences, read-only documents, tracked changes and OOXML revisions.
import { renderPlanOoxml } from '../../src/ooxml/renderPlanOoxml';
import { createSimulator } from '../../src/simulator';
import { reviewedText } from '../../src/simulator/reviewedText';
import { rewritePlan } from '../word/planFixture';

const CLAUSE = 'Provider may use Customer Data to improve the Services.';

describe('simulator proxies', () => {
  it('throws PropertyNotLoaded before load and sync, and gives the value after', async () => {
    const sim = createSimulator({ paragraphs: [CLAUSE] });
    await sim.api.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      expect(() => paragraphs.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      paragraphs.load('items/text');
      expect(() => paragraphs.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(paragraphs.items[0]!.text).toBe(CLAUSE);
      expect(() => paragraphs.items[0]!.style).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      const text = paragraphs.items[0]!.getText();
      expect(() => text.value).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(text.value).toBe(CLAUSE);
    });
    expect(sim.snapshot().syncs).toBe(2);
  });

  it('rejects a search over 255 characters with SearchStringInvalidOrTooLong at sync', async () => {
    const sim = createSimulator({ paragraphs: ['a'.repeat(300)] });
    await expect(
      sim.api.Word.run(async (context) => {
        const paragraphs = context.document.body.paragraphs.load('items/style');
        await context.sync();
        paragraphs.items[0]!.search('a'.repeat(256), { matchCase: true }).load('items/text');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'SearchStringInvalidOrTooLong' });
  });

  it('reads ^^, ^s and ^- as caret, non-breaking space and soft hyphen, and refuses an unknown code', async () => {
    const text = 'Fee ^ 10\u00a0per cent, re\u00adnewed';
    const sim = createSimulator({ paragraphs: [text] });
    const counts = await sim.api.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/style');
      await context.sync();
      const p = paragraphs.items[0]!;
      const found = ['Fee ^^ 10^sper', 're^-newed', 'fee'].map((needle) => p.search(needle, { matchCase: true }).load('items/text'));
      await context.sync();
      return found.map((r) => r.items.length);
    });
    expect(counts).toEqual([1, 1, 0]);
    await expect(
      sim.api.Word.run(async (context) => {
        const paragraphs = context.document.body.paragraphs.load('items/style');
        await context.sync();
        paragraphs.items[0]!.search('Fee ^ 10').load('items/text');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'SearchStringInvalidOrTooLong' });
  });

  it('honours matchCase, matchWholeWord, matchPrefix and matchSuffix', async () => {
    const sim = createSimulator({ paragraphs: ['Data, database and metadata: DATA.'] });
    const counts = await sim.api.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/style');
      await context.sync();
      const p = paragraphs.items[0]!;
      const searches = [
        p.search('data', { matchCase: true }),
        p.search('data'),
        p.search('data', { matchWholeWord: true }),
        p.search('data', { matchPrefix: true }),
        p.search('data', { matchSuffix: true }),
      ].map((r) => r.load('items/text'));
      await context.sync();
      return searches.map((r) => r.items.map((i) => i.text));
    });
    expect(counts).toEqual([['data', 'data'], ['Data', 'data', 'data', 'DATA'], ['Data', 'DATA'], ['Data', 'data', 'DATA'], ['Data', 'data', 'DATA']]);
  });

  it('refuses a WordApi 1.4 call on a 1.3 host with ApiNotFound', async () => {
    const sim = createSimulator({ paragraphs: [CLAUSE], apiLevel: '1.3' });
    expect(sim.api.Office.context.requirements.isSetSupported('WordApi', '1.3')).toBe(true);
    expect(sim.api.Office.context.requirements.isSetSupported('WordApi', '1.4')).toBe(false);
    await expect(
      sim.api.Word.run(async (context) => {
        context.document.load('changeTrackingMode');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('throws GeneralException for annotations without a licence and AccessDenied for writes to a read-only document', async () => {
    const unlicensed = createSimulator({ paragraphs: [CLAUSE], annotationsLicensed: false });
    await expect(
      unlicensed.api.Word.run(async (context) => {
        const paragraphs = context.document.body.paragraphs.load('items/style');
        await context.sync();
        paragraphs.items[0]!.insertAnnotations({ critiques: [{ start: 0, length: 8, colorScheme: 'Red' }] });
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    const readOnly = createSimulator({ paragraphs: [CLAUSE], readOnly: true });
    await expect(
      readOnly.api.Word.run(async (context) => {
        const paragraphs = context.document.body.paragraphs.load('items/style');
        await context.sync();
        paragraphs.items[0]!.insertParagraph('New.', 'After');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(readOnly.currentText()).toEqual([CLAUSE]);
  });

  it('fails the next sync on request and counts it', async () => {
    const sim = createSimulator({ paragraphs: [CLAUSE] });
    sim.failNextSync('lost');
    await expect(sim.api.Word.run((context) => context.sync())).rejects.toMatchObject({ code: 'GeneralException', message: 'lost' });
    await sim.api.Word.run((context) => context.sync());
    expect(sim.snapshot().syncs).toBe(2);
  });
});

describe('simulator tracked changes', () => {
  async function trackedEdit(sim: ReturnType<typeof createSimulator>): Promise<{ text: string; current: string }> {
    return sim.api.Word.run(async (context) => {
      context.document.changeTrackingMode = 'TrackAll';
      const paragraphs = context.document.body.paragraphs.load('items/style');
      await context.sync();
      const words = paragraphs.items[0]!.search('may', { matchCase: true }).load('items/text');
      await context.sync();
      words.items[0]!.insertText('shall not', 'After');
      words.items[0]!.delete();
      const p = paragraphs.items[0]!.load('text');
      const current = p.getText();
      await context.sync();
      return { text: p.text, current: current.value };
    });
  }

  it('keeps deleted text in paragraph.text, as Word on the web does, but not in getText()', async () => {
    const sim = createSimulator({ paragraphs: [CLAUSE] });
    const { text, current } = await trackedEdit(sim);
    expect(text).toBe('Provider mayshall not use Customer Data to improve the Services.');
    expect(current).toBe('Provider shall not use Customer Data to improve the Services.');
    expect(sim.snapshot().revisions.map((r) => [r.type, r.text])).toEqual([
      ['delete', 'may'],
      ['insert', 'shall not'],
    ]);
  });

  it('gives back the original on reject all and the edit on accept all; reviewedText agrees with both', async () => {
    const rejected = createSimulator({ paragraphs: [CLAUSE] });
    await trackedEdit(rejected);
    expect(reviewedText(rejected.snapshot(), 'rejected')).toEqual([CLAUSE]);
    const accepted = reviewedText(rejected.snapshot(), 'accepted');
    rejected.rejectAll();
    expect(rejected.currentText()).toEqual([CLAUSE]);
    expect(rejected.snapshot().revisions).toEqual([]);
    const sim = createSimulator({ paragraphs: [CLAUSE] });
    await trackedEdit(sim);
    sim.acceptAll();
    expect(sim.currentText()).toEqual(accepted);
  });

  it('turns the w:ins and w:del of an inserted OOXML package into revisions with their author', async () => {
    const sim = createSimulator({ paragraphs: [CLAUSE, 'Next.'], apiLevel: '1.3' });
    const plan = rewritePlan(0, CLAUSE, 'Provider shall not use Customer Data to improve the Services.', ['Provider shall delete Customer Data.']);
    const ooxml = renderPlanOoxml(plan, { author: 'Reviewer', date: '2026-01-15T09:00:00Z' });
    await sim.api.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/style');
      await context.sync();
      paragraphs.items[0]!.insertOoxml(ooxml, 'Replace');
      await context.sync();
    });
    const snapshot = sim.snapshot();
    expect(new Set(snapshot.revisions.map((r) => r.author))).toEqual(new Set(['Reviewer']));
    expect(reviewedText(snapshot, 'accepted')).toEqual([plan.targetText, 'Provider shall delete Customer Data.', 'Next.']);
    sim.rejectAll();
    expect(sim.currentText()).toEqual([CLAUSE, 'Next.']);
  });

  it('accepts and rejects through the tracked-change collection (1.6), and body.getReviewedText shows both versions', async () => {
    const sim = createSimulator({ paragraphs: [CLAUSE, 'Second.'] });
    await trackedEdit(sim);
    const [original, current] = await sim.api.Word.run(async (context) => {
      const texts = [context.document.body.getReviewedText('Original'), context.document.body.getReviewedText('Current')];
      await context.sync();
      return texts.map((t) => t.value);
    });
    expect(original).toBe(`${CLAUSE}\rSecond.`);
    expect(current).toBe('Provider shall not use Customer Data to improve the Services.\rSecond.');
    await sim.api.Word.run(async (context) => {
      context.document.body.getTrackedChanges().rejectAll();
      await context.sync();
    });
    expect(sim.currentText()).toEqual([CLAUSE, 'Second.']);
    const older = createSimulator({ paragraphs: [CLAUSE], apiLevel: '1.4' });
    await expect(
      older.api.Word.run(async (context) => {
        context.document.body.getTrackedChanges().acceptAll();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('counts a highlight set while tracking is on as a formatting revision, and none while it is off', async () => {
    const sim = createSimulator({ paragraphs: [CLAUSE], trackingMode: 'TrackAll' });
    const paint = (colour: string) =>
      sim.api.Word.run(async (context) => {
        const paragraphs = context.document.body.paragraphs.load('items/style');
        await context.sync();
        paragraphs.items[0]!.getRange('Whole').font.highlightColor = colour;
        await context.sync();
      });
    await paint('Yellow');
    expect(sim.snapshot().formatRevisions).toBe(1);
    sim.setTrackingMode('Off');
    await paint('Pink');
    expect(sim.snapshot().formatRevisions).toBe(1);
    expect(sim.snapshot().marks).toEqual([{ kind: 'highlight', paragraph: 0, start: 0, end: CLAUSE.length, color: 'Pink' }]);
  });

  it('splits a range into pieces at the ending marks with getTextRanges', async () => {
    const sim = createSimulator({ paragraphs: ['One two.  Three'] });
    const pieces = await sim.api.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/style');
      await context.sync();
      const ranges = paragraphs.items[0]!.getRange('Whole').getTextRanges([' '], true).load('items/text');
      await context.sync();
      return ranges.items.map((r) => r.text);
    });
    expect(pieces).toEqual(['One', 'two.', 'Three']);
  });
});

