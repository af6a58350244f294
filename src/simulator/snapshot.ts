// Builds the simulator's plain-data snapshot (text, segments, revisions, marks, comments, selection). The workbench
// redraws a 200-page contract from it after every change, so each paragraph's part is kept until that paragraph
// changes (the same object is handed out again). Must not import the adapter or the pane.
import type { SimSegment, SimSnapshot } from './snapshotTypes';
import { fullText, spanOf, type SimAnnotation, type SimChar, type SimParagraph, type SimRevision, type SimState } from './model';
import { revisionRuns } from './revisions';

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
  readonly ins: readonly (SimRevision | undefined)[];
  readonly del: readonly (SimRevision | undefined)[];
  readonly highlights: readonly (string | null)[];
  readonly annotations: readonly SimAnnotation[];
  readonly annotationCount: number;
  readonly style: string;
  readonly isListItem: boolean;
  readonly inTable: boolean;
  readonly markIns: SimRevision | undefined;
  readonly part: ParagraphPart;
}

const cache = new WeakMap<SimParagraph, Cached>();

function stillHolds(cached: Cached, paragraph: SimParagraph): boolean {
  const { chars } = paragraph;
  if (cached.chars.length !== chars.length || cached.annotations !== paragraph.annotations || cached.annotationCount !== paragraph.annotations.length) return false;
  if (cached.style !== paragraph.style || cached.isListItem !== paragraph.isListItem || cached.inTable !== paragraph.inTable || cached.markIns !== paragraph.markIns) return false;
  for (let i = 0; i < chars.length; i += 1) {
    const char = chars[i]!;
    if (char !== cached.chars[i] || char.ins !== cached.ins[i] || char.del !== cached.del[i] || char.highlight !== cached.highlights[i]) return false;
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
    ins: chars.map((c) => c.ins),
    del: chars.map((c) => c.del),
    highlights: chars.map((c) => c.highlight),
    annotations: paragraph.annotations,
    annotationCount: paragraph.annotations.length,
    style: paragraph.style,
    isListItem: paragraph.isListItem,
    inTable: paragraph.inTable,
    markIns: paragraph.markIns,
    part,
  });
  return part;
}

interface Run {
  /** Index of the run's first character in the paragraph. */
  from: number;
  ins: SimRevision | undefined;
  del: SimRevision | undefined;
  highlight: string | null;
  mark: string | undefined;
}

function toSegment(run: Run, text: string): SimSegment {
  const { ins, del } = run;
  const shown = del ?? ins;
  return {
    text,
    kind: del ? 'deleted' : ins ? 'inserted' : 'normal',
    ...(shown ? { author: shown.author } : {}),
    ...(ins ? { insertion: ins.id } : {}),
    ...(del ? { deletion: del.id } : {}),
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
      if (char.del) continue;
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
  const marks: Placeless<Mark>[] = [];
  const spans = annotationSpans(paragraph);
  const markAt = (at: number): string | undefined => spans.find((s) => at >= s.start && at < s.end)?.color;
  const segments: SimSegment[] = [];
  const visibleParts: string[] = [];
  let visibleFrom = -1;
  let visible = 0;
  let run: Run | undefined;
  let highlight: { color: string | null; start: number } | undefined;
  const closeHighlight = (): void => {
    if (highlight && highlight.color !== null && visible > highlight.start) marks.push({ kind: 'highlight', start: highlight.start, end: visible, color: highlight.color });
  };
  chars.forEach((char, i) => {
    const deleted = char.del !== undefined;
    // Annotation offsets count the text as it now reads; deleted characters carry no mark.
    const mark = deleted ? undefined : markAt(visible);
    if (!run || run.ins !== char.ins || run.del !== char.del || run.highlight !== char.highlight || run.mark !== mark) {
      if (run) segments.push(toSegment(run, full.slice(run.from, i)));
      run = { from: i, ins: char.ins, del: char.del, highlight: char.highlight, mark };
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
  closeHighlight();
  if (visibleFrom >= 0) visibleParts.push(full.slice(visibleFrom));
  for (const span of spans) marks.push({ kind: 'annotation', ...span });
  const revisions = revisionRuns(paragraph).map(({ revision, chars: runChars, mark: withMark }) => ({
    id: revision.id,
    type: revision.type,
    text: fullText(runChars),
    author: revision.author,
    date: revision.date,
    ...(withMark ? { paragraphMark: true as const } : {}),
  }));
  const text = visibleParts.length === 1 ? visibleParts[0]! : visibleParts.join('');
  const mark = paragraph.markIns;
  const snapshot = {
    text,
    style: paragraph.style,
    isListItem: paragraph.isListItem,
    inTable: paragraph.inTable,
    insertedMark: mark !== undefined,
    ...(mark ? { markInsertion: mark.id } : {}),
    segments,
  };
  return { paragraph: snapshot, revisions, marks };
}

function visibleSpan(paragraph: SimParagraph, chars: readonly SimChar[]): { start: number; end: number } | undefined {
  const span = spanOf(paragraph, chars);
  if (!span) return undefined;
  const visibleBefore = (index: number): number => paragraph.chars.slice(0, index).filter((c) => !c.del).length;
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
