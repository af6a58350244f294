// The shape of what the simulator shows: paragraphs as segments, revisions (as runs, with id, author and date),
// comments, marks and sync counts. Types only; kept apart from index.ts so snapshot.ts can build them without an
// import cycle.
import type { TrackingMode } from './model';

export interface SimSegment {
  readonly text: string;
  /** How the text shows: deleted (struck) when it is in a deletion, else inserted when it is in an insertion. */
  readonly kind: 'normal' | 'inserted' | 'deleted';
  /** The author of the revision `kind` names. */
  readonly author?: string;
  /** Id of the insertion the text is in (deleted text may be in one too: inserted, then deleted by someone else). */
  readonly insertion?: number;
  /** Id of the deletion the text is in. */
  readonly deletion?: number;
  readonly highlight?: string;
  /** Colour of a critique annotation over this text. */
  readonly mark?: string;
}

export interface SimSnapshotParagraph {
  readonly text: string;
  readonly style: string;
  readonly isListItem: boolean;
  readonly inTable: boolean;
  readonly insertedMark: boolean;
  /** Id of the insertion that added the paragraph mark. */
  readonly markInsertion?: number;
  readonly segments: readonly SimSegment[];
}

export interface SimSnapshotRevision {
  readonly id: number;
  readonly type: 'insert' | 'delete';
  readonly text: string;
  readonly author: string;
  readonly date: string;
  readonly paragraph: number;
  /** The revision also covers the paragraph's mark (an inserted paragraph); its text may then be empty. */
  readonly paragraphMark?: true;
}

export interface SimSnapshot {
  readonly paragraphs: readonly SimSnapshotParagraph[];
  /** Every revision run in document order; inserted-then-deleted text appears in one insertion and one deletion. */
  readonly revisions: readonly SimSnapshotRevision[];
  /** Formatting changes Word would have recorded as revisions (highlight set while tracking was on). */
  readonly formatRevisions: number;
  readonly comments: readonly { readonly text: string; readonly author: string; readonly paragraph: number; readonly quote: string }[];
  /** Offsets count the paragraph's text as it now reads (tracked deletions left out). */
  readonly marks: readonly { readonly kind: 'annotation' | 'highlight'; readonly paragraph: number; readonly start: number; readonly end: number; readonly color: string }[];
  readonly syncs: number;
  readonly trackingMode: TrackingMode;
  readonly selection: { readonly paragraph: number; readonly start: number; readonly end: number } | undefined;
}
