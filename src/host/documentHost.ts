// The one seam between the task pane and a document. Implemented on Office.js (src/word/) and run against the
// in-memory simulator in tests and the workbench. Must not name Office or Word.
import type { Finding, Paragraph, RedlinePlan } from '../engine/types';
import type { RevisedParagraph } from '../negotiation/revisions';

export interface HostCapabilities {
  /** Highest WordApi requirement set detected, as a string ("1.3", "1.4", "1.7"...). */
  readonly apiLevel: string;
  readonly tracking: boolean;
  readonly comments: boolean;
  readonly annotations: boolean;
  /** Redlines can be inserted as OOXML revision markup (hosts below WordApi 1.4, never Word on the web). */
  readonly ooxmlRevisions: boolean;
  readonly createDocument: boolean;
  readonly platform: 'web' | 'windows' | 'mac' | 'ipad' | 'simulator' | 'unknown';
}

export type HostErrorKind =
  | 'read-only'
  | 'document-changed'
  | 'api-unsupported'
  | 'annotations-unlicensed'
  | 'not-found'
  | 'sync-failed'
  | 'unknown';

export interface HostError {
  readonly kind: HostErrorKind;
  /** What went wrong, in words a lawyer understands. */
  readonly message: string;
  /** What to do next. */
  readonly nextStep: string;
  /**
   * When applying failed part-way: the changes that are in the document nonetheless, read back after the failure
   * (the message says which did not go in). Absent when nothing was changed.
   */
  readonly applied?: readonly ApplyOutcome[];
}

export type HostResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: HostError };

export type CommentAudience = 'none' | 'internal' | 'external';

export interface ApplyOptions {
  readonly comment: CommentAudience;
  /**
   * Name written on revisions where the host writes them itself (Word below WordApi 1.4, as revision markup). Word
   * 1.4+ records its tracked changes under the signed-in user whatever this says.
   */
  readonly author?: string;
}

export interface ApplyOutcome {
  readonly planId: string;
  /** How the redline really went in: as planned word by word, as a whole sentence, as new paragraphs, or as OOXML. */
  readonly mode: 'word-level' | 'sentence' | 'inserted-paragraph' | 'ooxml';
  /** The paragraph read back equals the plan's target. */
  readonly verified: boolean;
  readonly note?: string;
}

export interface MarkOutcome {
  readonly method: 'annotations' | 'highlight' | 'none';
  readonly marked: number;
  readonly note?: string;
}

export interface DocumentHost {
  capabilities(): Promise<HostCapabilities>;
  readDocument(): Promise<HostResult<readonly Paragraph[]>>;
  /** Marks findings without changing the document (annotations), or with highlight only when asked. */
  markFindings(findings: readonly Finding[], options?: { readonly highlight?: boolean }): Promise<HostResult<MarkOutcome>>;
  clearMarks(): Promise<HostResult<void>>;
  selectFinding(finding: Finding): Promise<HostResult<void>>;
  /** Applies every plan as tracked changes in one action. */
  applyPlans(plans: readonly RedlinePlan[], options: ApplyOptions): Promise<HostResult<readonly ApplyOutcome[]>>;
  insertComment(finding: Finding, text: string): Promise<HostResult<void>>;
  /** Opens a new document holding the given paragraphs (a summary memo), where the host allows it. */
  createDocument(paragraphs: readonly string[]): Promise<HostResult<void>>;
  /** Deletes every comment that starts with "[Internal]" and nothing else (WordApi 1.4+); the value is how many. */
  removeInternalComments(): Promise<HostResult<number>>;

  // The decision record (src/docx/decisions/decisionRecord.ts), kept in the document: a custom XML part where the
  // API allows (WordApi 1.4), else the document's settings. The host stores the text; the pane owns the format.
  /** The record's XML text, or null when the document has none. */
  readDecisionRecord(): Promise<HostResult<string | null>>;
  writeDecisionRecord(xml: string): Promise<HostResult<void>>;
  /** Removes the record; the value says whether there was one. */
  removeDecisionRecord(): Promise<HostResult<boolean>>;

  // Round two: the tracked changes already in the document (the other side's redline).
  /** Every paragraph that holds tracked insertions or deletions, as kept, inserted and deleted pieces. */
  readRevisions(): Promise<HostResult<readonly RevisedParagraph[]>>;
  /** Accepts or rejects the revisions of one change (WordApi 1.6+); a counter then adds our redline or comment. */
  resolveRevisions(refs: readonly RevisionRef[], action: 'accept' | 'reject', counter?: RevisionCounter): Promise<HostResult<void>>;
  /** Selects a change in the document (its paragraph, below WordApi 1.6). */
  selectRevision(ref: RevisionRef): Promise<HostResult<void>>;
}

/** One revision as the pane read it: found again by paragraph, kind, author and text (and which of equal ones). */
export interface RevisionRef {
  readonly paragraph: number;
  readonly type: 'insert' | 'delete';
  readonly author: string;
  readonly text: string;
  /** Among the paragraph's revisions with the same kind, author and text, which one (0 = the first). */
  readonly occurrence: number;
}

/** What answers a rejected change: our position as a tracked redline of the paragraph, or a comment on it. */
export type RevisionCounter = { readonly kind: 'redline'; readonly plan: RedlinePlan } | { readonly kind: 'comment'; readonly text: string };
