// Builds the simulator's plain-data snapshot (text, segments, revisions, marks, comments, selection). The workbench
// redraws a 200-page contract from it after every change, so each paragraph's part is kept until that paragraph
// changes (the same object is handed out again). Must not import the adapter or the pane.
import type { SimSegment, SimSnapshot } from './snapshotTypes';
import { spanOf, type SimAnnotation, type SimChar, type SimParagraph, type SimRevision, type SimState } from './model';

type SnapshotParagraph = SimSnapshot['paragraphs'][number];
type Revision = SimSnapshot['revisions'][number];
type Mark = SimSnapshot['marks'][number];
type Placeless<T> = Omit<T, 'paragraph'>;

interface ParagraphPart {
  readonly paragraph: SnapshotParagraph;
  readonly revisions: readonly Placeless<Revision>[];
  readonly marks: readonly Placeless<Mark>[];
}

/** What a paragraph's part was built from, compared field by field (no allocation) to tell whether it still holds. */
interface Cached {
  readonly chars: readonly SimChar[];
  readonly revs: readonly (SimRevision | undefined)[];
  readonly highlights: readonly (string | null)[];
  readonly annotations: readonly SimAnnotation[];
  readonly annotationCount: number;
  readonly style: string;
  readonly isListItem: boolean;
  readonly inTable: boolean;
  readonly markRev: SimRevision | undefined;
  readonly part: ParagraphPart;
}

const cache = new WeakMap<SimParagraph, Cached>();

function stillHolds(cached: Cached, paragraph: SimParagraph): boolean {
  const { chars } = paragraph;
  if (cached.chars.length !== chars.length || cached.annotations !== paragraph.annotations || cached.annotationCount !== paragraph.annotations.length) return false;
  if (cached.style !== paragraph.style || cached.isListItem !== paragraph.isListItem || cached.inTable !== paragraph.inTable || cached.markRev !== paragraph.markRev) return false;
  for (let i = 0; i < chars.length; i += 1) {
    const char = chars[i]!;
    if (char !== cached.chars[i] || char.rev !== cached.revs[i] || char.highlight !== cached.highlights[i]) return false;
  }
  return true;
}

function partOf(paragraph: SimParagraph): ParagraphPart {
  const cached = cache.get(paragraph);
  if (cached && stillHolds(cached, paragraph)) return cached.part;
  const part = buildPart(paragraph);
  const { chars } = paragraph;
  cache.set(paragraph, {
    chars: [...chars],
    revs: chars.map((c) => c.rev),
    highlights: chars.map((c) => c.highlight),
    annotations: paragraph.annotations,
    annotationCount: paragraph.annotations.length,
    style: paragraph.style,
    isListItem: paragraph.isListItem,
    inTable: paragraph.inTable,
    markRev: paragraph.markRev,
    part,
  });
  return part;
}

interface Run {
  /** Index of the run's first character in the paragraph. */
  from: number;
  rev: SimRevision | undefined;
  highlight: string | null;
  mark: string | undefined;
}

function toSegment(run: Run, text: string): SimSegment {
  const { rev } = run;
  return {
    text,
    kind: rev?.type === 'insert' ? 'inserted' : rev?.type === 'delete' ? 'deleted' : 'normal',
    ...(rev ? { author: rev.author } : {}),
    ...(run.highlight !== null ? { highlight: run.highlight } : {}),
    ...(run.mark ? { mark: run.mark } : {}),
  };
}

/** Where the paragraph's annotations lie in the text as it now reads, found without a per-character map. */
function annotationSpans(paragraph: SimParagraph): { start: number; end: number; color: string }[] {
  const spans: { start: number; end: number; color: string }[] = [];
  for (const annotation of paragraph.annotations) {
    let start = -1;
    let end = -1;
    let visible = 0;
    for (const char of paragraph.chars) {
      if (char.rev?.type === 'delete') continue;
      if (annotation.chars.has(char)) {
        if (start < 0) start = visible;
        end = visible + 1;
      }
      visible += 1;
    }
    if (start >= 0) spans.push({ start, end, color: annotation.color });
  }
  return spans;
}

// Texts are slices of one joined string: building them a character at a time leaves the collector a string per
// character, which for a 200-page contract costs more than the rest of the snapshot.
function buildPart(paragraph: SimParagraph): ParagraphPart {
  const chars: readonly SimChar[] = paragraph.chars;
  const full = chars.map((c) => c.ch).join('');
  const revisions: Placeless<Revision>[] = [];
  const marks: Placeless<Mark>[] = [];
  const spans = annotationSpans(paragraph);
  const markAt = (at: number): string | undefined => spans.find((s) => at >= s.start && at < s.end)?.color;
  const segments: SimSegment[] = [];
  const visibleParts: string[] = [];
  let visibleFrom = -1;
  let visible = 0;
  let run: Run | undefined;
  let revision: { rev: SimRevision | undefined; from: number } | undefined;
  let highlight: { color: string | null; start: number } | undefined;
  const closeRevision = (to: number): void => {
    if (revision?.rev) revisions.push({ type: revision.rev.type, text: full.slice(revision.from, to), author: revision.rev.author, date: revision.rev.date });
  };
  const closeHighlight = (): void => {
    if (highlight && highlight.color !== null && visible > highlight.start) marks.push({ kind: 'highlight', start: highlight.start, end: visible, color: highlight.color });
  };
  chars.forEach((char, i) => {
    const deleted = char.rev?.type === 'delete';
    // Annotation offsets count the text as it now reads; deleted characters carry no mark.
    const mark = deleted ? undefined : markAt(visible);
    if (!run || run.rev?.type !== char.rev?.type || run.rev?.author !== char.rev?.author || run.highlight !== char.highlight || run.mark !== mark) {
      if (run) segments.push(toSegment(run, full.slice(run.from, i)));
      run = { from: i, rev: char.rev, highlight: char.highlight, mark };
    }
    if (!revision || revision.rev !== char.rev) {
      closeRevision(i);
      revision = { rev: char.rev, from: i };
    }
    if (deleted) {
      if (visibleFrom >= 0) visibleParts.push(full.slice(visibleFrom, i));
      visibleFrom = -1;
      return;
    }
    if (visibleFrom < 0) visibleFrom = i;
    // Highlights, like marks, count only the text as it now reads.
    if (!highlight || highlight.color !== char.highlight) {
      closeHighlight();
      highlight = { color: char.highlight, start: visible };
    }
    visible += 1;
  });
  if (run) segments.push(toSegment(run, full.slice(run.from)));
  closeRevision(chars.length);
  closeHighlight();
  if (visibleFrom >= 0) visibleParts.push(full.slice(visibleFrom));
  for (const span of spans) marks.push({ kind: 'annotation', ...span });
  const text = visibleParts.length === 1 ? visibleParts[0]! : visibleParts.join('');
  const snapshot = { text, style: paragraph.style, isListItem: paragraph.isListItem, inTable: paragraph.inTable, insertedMark: paragraph.markRev?.type === 'insert', segments };
  return { paragraph: snapshot, revisions, marks };
}

function visibleSpan(paragraph: SimParagraph, chars: readonly SimChar[]): { start: number; end: number } | undefined {
  const span = spanOf(paragraph, chars);
  if (!span) return undefined;
  const visibleBefore = (index: number): number => paragraph.chars.slice(0, index).filter((c) => c.rev?.type !== 'delete').length;
  return { start: visibleBefore(span.start), end: visibleBefore(span.end) };
}

export function snapshotOf(state: SimState, syncs: number): SimSnapshot {
  const revisions: Revision[] = [];
  const marks: Mark[] = [];
  const paragraphs = state.paragraphs.map((paragraph, index) => {
    const part = partOf(paragraph);
    for (const revision of part.revisions) revisions.push({ ...revision, paragraph: index });
    for (const mark of part.marks) marks.push({ ...mark, paragraph: index });
    return part.paragraph;
  });
  let positions: Map<SimParagraph, number> | undefined;
  const indexOf = (paragraph: SimParagraph): number => (positions ??= new Map(state.paragraphs.map((p, i) => [p, i]))).get(paragraph) ?? -1;
  const comments = state.comments.map((c) => ({ text: c.text, author: c.author, paragraph: indexOf(c.paragraph), quote: c.chars.map((ch) => ch.ch).join('') }));
  const selected = state.selection ? visibleSpan(state.selection.paragraph, state.selection.chars) : undefined;
  const selection = state.selection && selected ? { paragraph: indexOf(state.selection.paragraph), ...selected } : undefined;
  return { paragraphs, revisions, formatRevisions: state.formatRevisions, comments, marks, syncs, trackingMode: state.trackingMode, selection };
}
