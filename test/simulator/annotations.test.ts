// Critique annotations are attached to their text, as in Word: they move when text is inserted before them, grow
// over text inserted inside them and go away with their text. Also: which batches wake the simulator's listeners,
// and that snapshots reuse the parts of paragraphs that did not change.
import { createSimulator, type Simulator } from '../../src/simulator';
import type { RangeSubset } from '../../src/word/officeApi';

const CLAUSE = 'Provider may use Customer Data to improve the Services.';
const QUOTE = 'Customer Data';
const AT = CLAUSE.indexOf(QUOTE);

async function annotate(sim: Simulator): Promise<string> {
  return sim.api.Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load('items/style');
    await context.sync();
    const ids = paragraphs.items[0]!.insertAnnotations({ critiques: [{ start: AT, length: QUOTE.length, colorScheme: 'Red' }] });
    await context.sync();
    return ids.value[0]!;
  });
}

/** Runs one batch on the first match of `needle` in paragraph 0. */
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

const annotationMarks = (sim: Simulator) => sim.snapshot().marks.filter((m) => m.kind === 'annotation');
const markedText = (sim: Simulator) => sim.snapshot().paragraphs[0]!.segments.filter((s) => s.mark).map((s) => s.text).join('');

describe('simulator annotations follow their text', () => {
  it('moves an annotation when a tracked change inserts text before it', async () => {
    const sim = createSimulator({ paragraphs: [CLAUSE], trackingMode: 'TrackAll' });
    await annotate(sim);
    await onMatch(sim, 'use', (range) => range.insertText('not ', 'Before'));
    const now = sim.currentText()[0]!;
    expect(now).toBe('Provider may not use Customer Data to improve the Services.');
    expect(annotationMarks(sim)).toEqual([{ kind: 'annotation', paragraph: 0, start: now.indexOf(QUOTE), end: now.indexOf(QUOTE) + QUOTE.length, color: 'Red' }]);
    expect(markedText(sim)).toBe(QUOTE);
  });

  it('covers text inserted inside the annotated words', async () => {
    const sim = createSimulator({ paragraphs: [CLAUSE] });
    await annotate(sim);
    await onMatch(sim, 'Data', (range) => range.insertText('Personal ', 'Before'));
    expect(markedText(sim)).toBe('Customer Personal Data');
  });

  it('drops an annotation whose text is deleted, tracked or not, and deleting it by id then fails', async () => {
    const tracked = createSimulator({ paragraphs: [CLAUSE], trackingMode: 'TrackAll' });
    const id = await annotate(tracked);
    await onMatch(tracked, QUOTE, (range) => range.delete());
    expect(annotationMarks(tracked)).toEqual([]);
    expect(markedText(tracked)).toBe('');
    await expect(tracked.api.Word.run(async (context) => {
      context.document.getAnnotationById(id).delete();
      await context.sync();
    })).rejects.toMatchObject({ code: 'ItemNotFound' });

    const retyped = createSimulator({ paragraphs: [CLAUSE] });
    await annotate(retyped);
    retyped.editParagraph(0, 'Customer Data stays with the Customer.');
    expect(annotationMarks(retyped)).toEqual([]);
  });

  it('keeps the annotation over the words that survive a partial deletion', async () => {
    const sim = createSimulator({ paragraphs: [CLAUSE] });
    await annotate(sim);
    await onMatch(sim, 'Customer ', (range) => range.delete());
    expect(markedText(sim)).toBe('Data');
  });
});

describe('simulator change notifications and snapshots', () => {
  it('wakes listeners for batches that change the document or its marks, not for reads', async () => {
    const sim = createSimulator({ paragraphs: [CLAUSE, 'Second paragraph.'] });
    let calls = 0;
    sim.subscribe(() => (calls += 1));
    await sim.api.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/style,items/text');
      await context.sync();
      paragraphs.items.map((p) => p.getText());
      await context.sync();
    });
    expect(calls).toBe(0);
    await annotate(sim);
    expect(calls).toBe(1);
  });

  it('hands out the same part for an unchanged paragraph and a new one after an in-place edit', async () => {
    const sim = createSimulator({ paragraphs: [CLAUSE, 'Second paragraph.'] });
    const before = sim.snapshot();
    await onMatch(sim, 'improve', (range) => (range.font.highlightColor = 'Yellow'));
    const after = sim.snapshot();
    expect(after.paragraphs[1]).toBe(before.paragraphs[1]);
    expect(after.paragraphs[0]).not.toBe(before.paragraphs[0]);
    expect(after.paragraphs[0]!.segments.find((s) => s.highlight)).toEqual({ text: 'improve', kind: 'normal', highlight: 'Yellow' });
    expect(after.marks).toEqual([{ kind: 'highlight', paragraph: 0, start: CLAUSE.indexOf('improve'), end: CLAUSE.indexOf('improve') + 7, color: 'Yellow' }]);
  });
});
