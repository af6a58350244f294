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

export interface SimAnnotation {
  readonly id: string;
  readonly start: number;
  readonly length: number;
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

export function fullText(chars: readonly SimChar[]): string {
  return chars.map((c) => c.ch).join('');
}

export function currentText(chars: readonly SimChar[]): string {
  return chars.filter((c) => c.rev?.type !== 'delete').map((c) => c.ch).join('');
}

export function originalText(chars: readonly SimChar[]): string {
  return chars.filter((c) => c.rev?.type !== 'insert').map((c) => c.ch).join('');
}

/** Deletes characters; with tracking on they become deletions, except the user's own pending insertions vanish. */
export function deleteChars(paragraph: SimParagraph, chars: readonly SimChar[], rev: SimRevision | undefined): void {
  const doomed = new Set<SimChar>();
  for (const char of chars) {
    if (!rev || char.rev?.type === 'insert') doomed.add(char);
    else if (char.rev?.type !== 'delete') char.rev = rev;
  }
  if (doomed.size > 0) paragraph.chars = paragraph.chars.filter((c) => !doomed.has(c));
}

export function acceptAll(state: SimState): void {
  for (const paragraph of state.paragraphs) {
    paragraph.chars = paragraph.chars.filter((c) => c.rev?.type !== 'delete');
    for (const char of paragraph.chars) delete char.rev;
    delete paragraph.markRev;
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
      if (previous) previous.chars.push(...paragraph.chars);
      continue;
    }
    kept.push(paragraph);
  }
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
