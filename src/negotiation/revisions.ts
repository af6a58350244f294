// Round two's nouns: a paragraph as a run of kept, inserted and deleted pieces (each revision with its author), the
// text it reads with or without one change, and the changes a lawyer answers as one (a deletion and the insertion that
// replaces it). Shared by the pane (through the host) and the .docx CLI. Pure: no Office, React, DOM globals or fs.

export type SegmentKind = 'keep' | 'insert' | 'delete';

export interface RevisionSegment {
  readonly kind: SegmentKind;
  readonly text: string;
  /** Who made an insertion or deletion, when, and its id (w:id in a .docx; an ordinal from Word). */
  readonly author?: string;
  readonly date?: string;
  readonly revision?: string;
}

export interface RevisedParagraph {
  /** Index of the paragraph as the host or reader numbers them (the analysis's paragraph index). */
  readonly paragraph: number;
  readonly segments: readonly RevisionSegment[];
}

/** One change as a lawyer answers it: adjacent revisions by one author with no kept text between. */
export interface ChangeUnit {
  readonly paragraph: number;
  readonly author: string;
  /** Indexes into the paragraph's segments, in order. */
  readonly segments: readonly number[];
}

/** The paragraph as it reads now: insertions in, deletions out. */
export function currentText(segments: readonly RevisionSegment[]): string {
  return segments.filter((segment) => segment.kind !== 'delete').map((segment) => segment.text).join('');
}

/** The paragraph as it would read if this one change were rejected, every other revision staying as it is. */
export function textWithout(segments: readonly RevisionSegment[], unit: ChangeUnit): string {
  const undone = new Set(unit.segments);
  return segments
    .filter((segment, index) => (undone.has(index) ? segment.kind === 'delete' : segment.kind !== 'delete'))
    .map((segment) => segment.text)
    .join('');
}

/** Where a change sits in a reading of the paragraph: [start, end) of its visible text (empty where it was removed). */
export function unitSpan(segments: readonly RevisionSegment[], unit: ChangeUnit, reading: 'with' | 'without'): { start: number; end: number } {
  const undone = new Set(unit.segments);
  let offset = 0;
  let start = -1;
  let end = -1;
  segments.forEach((segment, index) => {
    const visible = undone.has(index) && reading === 'without' ? segment.kind === 'delete' : segment.kind !== 'delete';
    if (undone.has(index)) {
      if (start < 0) start = offset;
      end = offset + (visible ? segment.text.length : 0);
    }
    if (visible) offset += segment.text.length;
  });
  return { start: Math.max(0, start), end: Math.max(0, end, start) };
}

export function changeUnits(paragraph: RevisedParagraph): ChangeUnit[] {
  const units: ChangeUnit[] = [];
  let current: { author: string; segments: number[] } | undefined;
  paragraph.segments.forEach((segment, index) => {
    if (segment.kind === 'keep' || segment.text.length === 0) {
      if (segment.text.length > 0) current = undefined;
      return;
    }
    const author = segment.author ?? '';
    if (current && current.author === author) current.segments.push(index);
    else {
      current = { author, segments: [index] };
      units.push({ paragraph: paragraph.paragraph, ...current });
    }
  });
  return units;
}

/** Adjacent pieces of the same kind and revision become one, so a revision reads as one piece of text. */
export function mergeSegments(segments: readonly RevisionSegment[]): RevisionSegment[] {
  const merged: RevisionSegment[] = [];
  for (const segment of segments) {
    if (segment.text.length === 0) continue;
    const last = merged[merged.length - 1];
    if (last && last.kind === segment.kind && last.author === segment.author && last.revision === segment.revision && last.date === segment.date) {
      merged[merged.length - 1] = { ...last, text: last.text + segment.text };
    } else merged.push(segment);
  }
  return merged;
}
