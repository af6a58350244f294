// Turns the simulator's snapshot into what the document side draws: paragraphs of styled segments, comments, marks.
// Reads the snapshot structurally so the view survives additive changes to it. Pure: no React, no DOM.

export type SegmentKind = 'normal' | 'inserted' | 'deleted';

export interface ViewSegment {
  readonly text: string;
  readonly kind: SegmentKind;
  readonly marked: boolean;
  /** Inside the simulated selection (what "Go to clause" selects). */
  readonly selected: boolean;
  /** Who made a tracked insertion or deletion. */
  readonly author?: string;
}

export interface ViewParagraph {
  readonly index: number;
  readonly style: string;
  readonly segments: readonly ViewSegment[];
}

export interface ViewComment {
  readonly paragraph: number;
  readonly author: string;
  readonly text: string;
  readonly quote: string;
}

export interface DocumentViewModel {
  readonly paragraphs: readonly ViewParagraph[];
  readonly comments: readonly ViewComment[];
  readonly revisionCount: number;
}

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null;
const asArray = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
const asString = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);

function segmentKind(value: unknown): SegmentKind {
  return value === 'inserted' || value === 'insert' ? 'inserted' : value === 'deleted' || value === 'delete' ? 'deleted' : 'normal';
}

interface MarkRange {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly kind: 'mark' | 'selection';
}

function paragraphSegments(raw: Loose, ranges: readonly MarkRange[]): ViewSegment[] {
  const given = asArray(raw.segments ?? raw.runs).filter(isObject);
  const pieces = given.length > 0
    ? given.map((segment) => ({
        text: asString(segment.text),
        kind: segmentKind(segment.kind ?? segment.type),
        marked: Boolean(segment.highlight ?? segment.mark),
        selected: false,
        ...(typeof segment.author === 'string' ? { author: segment.author } : {}),
      }))
    : [{ text: asString(raw.text), kind: 'normal' as const, marked: false, selected: false }];
  if (ranges.length === 0) return pieces;
  // Marks are offsets in the paragraph's visible text, so split pieces at mark edges (deleted text is not visible).
  const out: ViewSegment[] = [];
  let offset = 0;
  for (const piece of pieces) {
    const visible = piece.kind !== 'deleted';
    const cuts = new Set<number>([0, piece.text.length]);
    if (visible) for (const range of ranges) for (const edge of [range.start, range.end]) if (edge > offset && edge < offset + piece.text.length) cuts.add(edge - offset);
    const sorted = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < sorted.length; i++) {
      const from = sorted[i] ?? 0;
      const to = sorted[i + 1] ?? 0;
      const covers = (kind: MarkRange['kind']) => visible && ranges.some((range) => range.kind === kind && range.start <= offset + from && offset + to <= range.end);
      out.push({ ...piece, text: piece.text.slice(from, to), marked: piece.marked || covers('mark'), selected: covers('selection') });
    }
    if (visible) offset += piece.text.length;
  }
  return out;
}

// A snapshot hands out the same paragraph object until that paragraph changes, so its segments are kept with it:
// redrawing a 200-page contract after one mark then rebuilds (and re-renders) only the marked paragraphs.
const segmentCache = new WeakMap<Loose, { readonly key: string; readonly segments: ViewSegment[] }>();

function cachedSegments(raw: Loose, ranges: readonly MarkRange[]): ViewSegment[] {
  const key = ranges.map((r) => `${r.kind}:${r.start}-${r.end}`).join(',');
  const cached = segmentCache.get(raw);
  if (cached && cached.key === key) return cached.segments;
  const segments = paragraphSegments(raw, ranges);
  segmentCache.set(raw, { key, segments });
  return segments;
}

function toRange(raw: Loose, kind: MarkRange['kind']): MarkRange {
  return { paragraph: Number(raw.paragraph ?? -1), start: Number(raw.start ?? 0), end: Number(raw.end ?? 0), kind };
}

export function toDocumentView(snapshot: unknown): DocumentViewModel {
  const root = isObject(snapshot) ? snapshot : {};
  const marks: MarkRange[] = asArray(root.marks).filter(isObject).map((mark) => toRange(mark, 'mark'));
  if (isObject(root.selection) && typeof root.selection.paragraph === 'number') marks.push(toRange(root.selection, 'selection'));
  // Grouped once: a 200-page contract has thousands of paragraphs and dozens of marks.
  const marksByParagraph = new Map<number, MarkRange[]>();
  for (const mark of marks) {
    const list = marksByParagraph.get(mark.paragraph);
    if (list) list.push(mark);
    else marksByParagraph.set(mark.paragraph, [mark]);
  }
  const paragraphs = asArray(root.paragraphs).map((raw, index) => {
    const paragraph = isObject(raw) ? raw : { text: asString(raw) };
    return { index, style: asString(paragraph.style, 'Normal'), segments: cachedSegments(paragraph, marksByParagraph.get(index) ?? []) };
  });
  const comments = asArray(root.comments).filter(isObject).map((comment) => ({
    paragraph: Number(comment.paragraph ?? 0),
    author: asString(comment.author, 'Reviewer'),
    text: asString(comment.text ?? comment.content),
    quote: asString(comment.quote),
  }));
  return { paragraphs, comments, revisionCount: asArray(root.revisions).length };
}
