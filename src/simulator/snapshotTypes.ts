// The shape of what the simulator shows: paragraphs as segments, revisions, comments, marks and sync counts.
// Types only; kept apart from index.ts so snapshot.ts can build them without an import cycle.
import type { TrackingMode } from './model';

export interface SimSegment {
  readonly text: string;
  readonly kind: 'normal' | 'inserted' | 'deleted';
  readonly author?: string;
  readonly highlight?: string;
  /** Colour of a critique annotation over this text. */
  readonly mark?: string;
}

export interface SimSnapshot {
  readonly paragraphs: readonly { readonly text: string; readonly style: string; readonly isListItem: boolean; readonly inTable: boolean; readonly insertedMark: boolean; readonly segments: readonly SimSegment[] }[];
  readonly revisions: readonly { readonly type: 'insert' | 'delete'; readonly text: string; readonly author: string; readonly date: string; readonly paragraph: number }[];
  /** Formatting changes Word would have recorded as revisions (highlight set while tracking was on). */
  readonly formatRevisions: number;
  readonly comments: readonly { readonly text: string; readonly author: string; readonly paragraph: number; readonly quote: string }[];
  /** Offsets count the paragraph's text as it now reads (tracked deletions left out). */
  readonly marks: readonly { readonly kind: 'annotation' | 'highlight'; readonly paragraph: number; readonly start: number; readonly end: number; readonly color: string }[];
  readonly syncs: number;
  readonly trackingMode: TrackingMode;
  readonly selection: { readonly paragraph: number; readonly start: number; readonly end: number } | undefined;
}
