// The simulator's document state: paragraphs as characters, each optionally inside a tracked insertion and/or a tracked
// deletion (Word's revisions as runs: one revision object, with its author, date and id, shared by its characters),
// plus what Word treats as more than text (note references, field results, content controls, hidden text), the
// comments, annotations and selection. Plain data and small helpers; must not import the adapter or the pane.

export interface SimRevision {
  /** Unique in the document, like w:id; runs of characters sharing the object are one revision. */
  readonly id: number;
  readonly type: 'insert' | 'delete';
  readonly author: string;
  readonly date: string;
}

/**
 * What a character belongs to besides plain text. Word reports these differently from plain text (getText leaves
 * note references out; search cannot match across any boundary between them).
 */
export type SimPart =
  | { readonly kind: 'note-reference'; readonly note: 'footnote' | 'endnote' }
  | { readonly kind: 'field-result'; readonly field: number; readonly code: string }
  | { readonly kind: 'content-control'; readonly control: number };

export interface SimChar {
  readonly ch: string;
  /** Set when the character is a pending tracked insertion. */
  ins?: SimRevision;
  /** Set when the character is a pending tracked deletion; with `ins` too it is an inserted-then-deleted character. */
  del?: SimRevision;
  highlight: string | null;
  readonly part?: SimPart;
  /** Formatted as hidden text (w:vanish). */
  readonly hidden?: boolean;
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
  markIns?: SimRevision;
  annotations: SimAnnotation[];
  /**
   * The paragraph's own w:pPr as Word wrote it (numbering, spacing, rsids), when it came from OOXML; getOoxml writes
   * it back so a round trip keeps it.
   */
  properties?: string;
}

export interface SimComment {
  readonly text: string;
  readonly author: string;
  readonly paragraph: SimParagraph;
  readonly chars: readonly SimChar[];
}

export type TrackingMode = 'Off' | 'TrackAll' | 'TrackMineOnly';

/**
 * Word's markup view (Review › Display for Review, and inline versus balloons). There is no API to read it
 * (office-js #6246), and it changes what `text` and `search` see of tracked deletions:
 * - `simple` (Simple Markup; the default): `text` includes deleted text, as Word on the web reports it (#1267, #5286);
 *   search skips it, so a needle matches across a deletion;
 * - `all-inline` (All Markup, revisions inline): `text` includes deleted text and search sees it, so a needle built
 *   from the text as it now reads does not match across a deletion (Mac #5874, #4170);
 * - `all-balloons` (All Markup, deletions in balloons) and `none` (No Markup): deleted text is in neither (#2314).
 */
export type MarkupView = 'simple' | 'all-inline' | 'all-balloons' | 'none';

export interface SimState {
  paragraphs: SimParagraph[];
  trackingMode: TrackingMode;
  comments: SimComment[];
  selection: { paragraph: SimParagraph; chars: readonly SimChar[] } | undefined;
  nextAnnotationId: number;
  nextRevisionId: number;
  /** Formatting changed while tracking was on: Word records these as revisions. */
  formatRevisions: number;
  /** The base64 .docx packages the add-in opened as new documents. */
  createdDocuments: string[];
}

export function newParagraph(text: string, style = 'Normal', isListItem = false, inTable = false): SimParagraph {
  return { chars: toChars(text), style, isListItem, inTable, annotations: [] };
}

export function toChars(text: string, ins?: SimRevision): SimChar[] {
  // Split by UTF-16 code unit so offsets agree with the engine's (JavaScript string) offsets.
  return Array.from({ length: text.length }, (_, i) => (ins ? { ch: text[i]!, ins, highlight: null } : { ch: text[i]!, highlight: null }));
}

// One array and one join: concatenating a character at a time gives a chain of strings the reader must flatten.
export function textWhere(chars: readonly SimChar[], keep: (char: SimChar) => boolean): string {
  const kept: string[] = [];
  for (const char of chars) if (keep(char)) kept.push(char.ch);
  return kept.join('');
}

export const isDeleted = (char: SimChar): boolean => char.del !== undefined;
export const isInserted = (char: SimChar): boolean => char.ins !== undefined;

/** Every character, deleted ones included. */
export function fullText(chars: readonly SimChar[]): string {
  return textWhere(chars, () => true);
}

/** The text as it now reads: tracked deletions left out. */
export function currentText(chars: readonly SimChar[]): string {
  return textWhere(chars, (c) => !isDeleted(c));
}

/** The text before any revision: tracked insertions left out (inserted-then-deleted text too). */
export function originalText(chars: readonly SimChar[]): string {
  return textWhere(chars, (c) => !isInserted(c));
}

/** Where each character of the text as it now reads sits (tracked deletions have no place). */
export function visibleIndexes(paragraph: SimParagraph): Map<SimChar, number> {
  const indexes = new Map<SimChar, number>();
  let visible = 0;
  for (const char of paragraph.chars) if (!isDeleted(char)) indexes.set(char, visible++);
  return indexes;
}

/**
 * The annotation's [start, end) in the text as it now reads: from its first to its last surviving character, so
 * text inserted inside it is covered and text inserted before it moves it. Undefined once all its text is deleted.
 */
export function annotationSpan(
  annotation: SimAnnotation,
  indexes: ReadonlyMap<SimChar, number>,
): { start: number; end: number } | undefined {
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

/** The [first, last] character indexes of a contiguous run of characters in a paragraph, or undefined if gone. */
export function spanOf(paragraph: SimParagraph, chars: readonly SimChar[]): { start: number; end: number } | undefined {
  if (chars.length === 0) return undefined;
  const start = paragraph.chars.indexOf(chars[0]!);
  const end = paragraph.chars.indexOf(chars[chars.length - 1]!);
  if (start < 0 || end < start) return undefined;
  return { start, end: end + 1 };
}
