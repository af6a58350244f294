// The one seam between the task pane and a document. Implemented on Office.js (src/word/) and run against the
// in-memory simulator in tests and the workbench. Must not name Office or Word.
import type { Finding, Paragraph, RedlinePlan } from '../engine/types';

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

  // The decision record (src/docx/decisions/decisionRecord.ts), kept in the document: a custom XML part where the
  // API allows (WordApi 1.4), else the document's settings. The host stores the text; the pane owns the format.
  /** The record's XML text, or null when the document has none. */
  readDecisionRecord(): Promise<HostResult<string | null>>;
  writeDecisionRecord(xml: string): Promise<HostResult<void>>;
  /** Removes the record; the value says whether there was one. */
  removeDecisionRecord(): Promise<HostResult<boolean>>;
}
