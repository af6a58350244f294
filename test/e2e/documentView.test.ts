// Unit tests (no browser) for the workbench's pure parts: the snapshot-to-view mapping and text splitting.
import { toDocumentView } from '../../src/workbench/documentView';
import { splitParagraphs } from '../../src/workbench/splitParagraphs';
import { toParagraphs } from '../../src/workbench/workbenchApi';

describe('toDocumentView', () => {
  it('keeps inserted and deleted segments and counts revisions and comments', () => {
    const view = toDocumentView({
      paragraphs: [{ text: 'We may train models.', style: 'Normal', segments: [{ text: 'We may ', kind: 'normal' }, { text: 'train', kind: 'deleted' }, { text: 'not train', kind: 'inserted' }, { text: ' models.', kind: 'normal' }] }],
      revisions: [{ type: 'delete' }, { type: 'insert' }],
      comments: [{ text: 'Ask about opt-out.', author: 'You', paragraph: 0, quote: 'train' }],
      marks: [],
    });
    expect(view.paragraphs[0]?.segments.map((s) => [s.text, s.kind])).toEqual([['We may ', 'normal'], ['train', 'deleted'], ['not train', 'inserted'], [' models.', 'normal']]);
    expect(view.revisionCount).toBe(2);
    expect(view.comments).toEqual([{ paragraph: 0, author: 'You', text: 'Ask about opt-out.', quote: 'train' }]);
  });

  it('splits segments at mark and selection edges measured in visible text (deleted text skipped)', () => {
    const view = toDocumentView({
      paragraphs: [{ text: 'abc', style: 'Normal', segments: [{ text: 'XX', kind: 'deleted' }, { text: 'abcdef', kind: 'normal' }] }],
      marks: [{ paragraph: 0, start: 1, end: 3 }],
      selection: { paragraph: 0, start: 4, end: 6 },
    });
    const segments = view.paragraphs[0]?.segments ?? [];
    expect(segments.map((s) => s.text).join('')).toBe('XXabcdef');
    expect(segments.filter((s) => s.marked).map((s) => s.text).join('')).toBe('bc');
    expect(segments.filter((s) => s.selected).map((s) => s.text).join('')).toBe('ef');
    expect(segments.find((s) => s.kind === 'deleted')?.marked).toBe(false);
  });

  it('falls back to plain paragraph text when there are no segments', () => {
    const view = toDocumentView({ paragraphs: [{ text: 'Plain.', style: 'Heading 2' }] });
    expect(view.paragraphs[0]).toEqual({ index: 0, style: 'Heading 2', segments: [{ text: 'Plain.', kind: 'normal', marked: false, selected: false }] });
  });

  it('shows an empty document for a missing snapshot rather than throwing', () => {
    expect(toDocumentView(undefined)).toEqual({ paragraphs: [], comments: [], revisionCount: 0 });
  });
});

describe('splitParagraphs and load input', () => {
  it('makes one paragraph per non-empty line with heading and list styles', () => {
    expect(splitParagraphs('\uFEFF1. Definitions\r\n\r\nThe Customer owns its data.\n(a) first item\nSCHEDULE A')).toEqual([
      { text: '1. Definitions', style: 'Heading 2' },
      { text: 'The Customer owns its data.', style: 'Normal' },
      { text: '(a) first item', style: 'List Paragraph', isListItem: true },
      { text: 'SCHEDULE A', style: 'Heading 2' },
    ]);
  });

  it('accepts strings and engine paragraphs', () => {
    expect(toParagraphs(['One.', { text: 'Two', isHeading: true }, { text: 'Three', isListItem: true, inTable: true }])).toEqual([
      { text: 'One.', style: 'Normal' },
      { text: 'Two', style: 'Heading 2' },
      { text: 'Three', style: 'List Paragraph', isListItem: true, inTable: true },
    ]);
  });
});
