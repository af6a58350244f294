// The simulator's document state: paragraphs as characters, each optionally carrying a tracked revision, plus the
// comments, annotations and selection. Plain data and pure-ish helpers; must not import the adapter or the pane.
export interface SimRevision {
  readonly type: 'insert' | 'delete';
  readonly author: string;
  readonly date: string;
}

export interface SimChar {
  readonly ch: string;
  rev?: SimRevision;
  highlight: string | null;
}

/** A critique annotation is attached to its characters, as Word attaches it to a range, so it moves with edits. */
export interface SimAnnotation {
  readonly id: string;
  readonly chars: ReadonlySet<SimChar>;
  readonly color: string;
}

export interface SimParagraph {
  chars: SimChar[];
  style: string;
  isListItem: boolean;
  inTable: boolean;
  /** Set when the paragraph mark itself is a tracked insertion (a new paragraph). */
  markRev?: SimRevision;
  annotations: SimAnnotation[];
}

export interface SimComment {
  readonly text: string;
  readonly author: string;
  readonly paragraph: SimParagraph;
  readonly chars: readonly SimChar[];
}

export type TrackingMode = 'Off' | 'TrackAll' | 'TrackMineOnly';

export interface SimState {
  paragraphs: SimParagraph[];
  trackingMode: TrackingMode;
  comments: SimComment[];
  selection: { paragraph: SimParagraph; chars: readonly SimChar[] } | undefined;
  nextAnnotationId: number;
  /** Formatting changed while tracking was on: Word records these as revisions. */
  formatRevisions: number;
  /** The base64 .docx packages the add-in opened as new documents. */
  createdDocuments: string[];
}

export function newParagraph(text: string, style = 'Normal', isListItem = false, inTable = false): SimParagraph {
  return { chars: toChars(text), style, isListItem, inTable, annotations: [] };
}

export function toChars(text: string, rev?: SimRevision): SimChar[] {
  // Split by UTF-16 code unit so offsets agree with the engine's (JavaScript string) offsets.
  return Array.from({ length: text.length }, (_, i) => (rev ? { ch: text[i]!, rev, highlight: null } : { ch: text[i]!, highlight: null }));
}

// One array and one join: concatenating a character at a time gives a chain of strings the reader must flatten.
function textWithout(chars: readonly SimChar[], dropped: SimRevision['type'] | undefined): string {
  const kept: string[] = [];
  for (const char of chars) if (dropped === undefined || char.rev?.type !== dropped) kept.push(char.ch);
  return kept.join('');
}

export function fullText(chars: readonly SimChar[]): string {
  return textWithout(chars, undefined);
}

export function currentText(chars: readonly SimChar[]): string {
  return textWithout(chars, 'delete');
}

export function originalText(chars: readonly SimChar[]): string {
  return textWithout(chars, 'insert');
}

/** Deletes characters; with tracking on they become deletions, except the user's own pending insertions vanish. */
export function deleteChars(paragraph: SimParagraph, chars: readonly SimChar[], rev: SimRevision | undefined): void {
  const doomed = new Set<SimChar>();
  for (const char of chars) {
    if (!rev || char.rev?.type === 'insert') doomed.add(char);
    else if (char.rev?.type !== 'delete') char.rev = rev;
  }
  if (doomed.size > 0) paragraph.chars = paragraph.chars.filter((c) => !doomed.has(c));
  pruneAnnotations(paragraph);
}

const isVisible = (char: SimChar): boolean => char.rev?.type !== 'delete';

/** Where each character of the text as it now reads sits (tracked deletions have no place). */
export function visibleIndexes(paragraph: SimParagraph): Map<SimChar, number> {
  const indexes = new Map<SimChar, number>();
  let visible = 0;
  for (const char of paragraph.chars) if (isVisible(char)) indexes.set(char, visible++);
  return indexes;
}

/**
 * The annotation's [start, end) in the text as it now reads: from its first to its last surviving character, so
 * text inserted inside it is covered and text inserted before it moves it. Undefined once all its text is deleted.
 */
export function annotationSpan(annotation: SimAnnotation, indexes: ReadonlyMap<SimChar, number>): { start: number; end: number } | undefined {
  let start = Infinity;
  let end = -Infinity;
  for (const char of annotation.chars) {
    const at = indexes.get(char);
    if (at === undefined) continue;
    if (at < start) start = at;
    if (at + 1 > end) end = at + 1;
  }
  return end > start ? { start, end } : undefined;
}

/** Word drops an annotation whose text has been deleted. */
export function pruneAnnotations(paragraph: SimParagraph): void {
  if (paragraph.annotations.length === 0) return;
  const indexes = visibleIndexes(paragraph);
  paragraph.annotations = paragraph.annotations.filter((a) => annotationSpan(a, indexes) !== undefined);
}

export function acceptAll(state: SimState): void {
  for (const paragraph of state.paragraphs) {
    paragraph.chars = paragraph.chars.filter((c) => c.rev?.type !== 'delete');
    for (const char of paragraph.chars) delete char.rev;
    delete paragraph.markRev;
    pruneAnnotations(paragraph);
  }
  state.formatRevisions = 0;
}

export function rejectAll(state: SimState): void {
  const kept: SimParagraph[] = [];
  for (const paragraph of state.paragraphs) {
    paragraph.chars = paragraph.chars.filter((c) => c.rev?.type !== 'insert');
    for (const char of paragraph.chars) delete char.rev;
    if (paragraph.markRev?.type === 'insert') {
      // Rejecting an inserted paragraph mark joins what is left of it onto the paragraph before.
      const previous = kept[kept.length - 1];
      if (previous) {
        previous.chars.push(...paragraph.chars);
        previous.annotations.push(...paragraph.annotations);
      }
      continue;
    }
    kept.push(paragraph);
  }
  for (const paragraph of kept) pruneAnnotations(paragraph);
  state.paragraphs = kept;
  state.formatRevisions = 0;
}

/** The [first, last] character indexes of a contiguous run of characters in a paragraph, or undefined if gone. */
export function spanOf(paragraph: SimParagraph, chars: readonly SimChar[]): { start: number; end: number } | undefined {
  if (chars.length === 0) return undefined;
  const start = paragraph.chars.indexOf(chars[0]!);
  const end = paragraph.chars.indexOf(chars[chars.length - 1]!);
  if (start < 0 || end < start) return undefined;
  return { start, end: end + 1 };
}
