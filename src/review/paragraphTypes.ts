// The shapes of one paragraph's review: what paragraphReview.ts is given (the document, the playbook's answers and
// what other paragraphs already give) and what it returns (the edit, its steps and what was left, with reasons).
// Types only.
import type { Analysis, Finding, Paragraph, RedlineOp } from '../engine/types';
import type { PlaybookIssue, PlaybookPosition, PositionId } from '../playbook/schema';
import type { PurposeLimbEdit } from './purposeDefinition';
import type { OwnClauseGuard } from './ownFormAnnex';
import type { CommentStep } from './reviewComments';

export interface ParagraphStep extends CommentStep {
  readonly finding: Finding;
  readonly kind: 'word-level' | 'sentence';
}

export interface ParagraphReview {
  readonly index: number;
  readonly original: string;
  readonly final: string;
  readonly ops: readonly RedlineOp[];
  readonly steps: readonly ParagraphStep[];
  /** Clauses the planner put in as a new paragraph after this one (a definition is narrowed by a clause after it). */
  readonly newParagraphs: readonly { readonly text: string; readonly step: CommentStep & { readonly finding: Finding } }[];
  /** Risks still read in the final text, with the reason they were left. */
  readonly left: readonly { readonly finding: Finding; readonly reason: string }[];
  readonly notes: readonly string[];
}

export interface ParagraphContext {
  readonly analysis: Analysis;
  readonly paragraphs: readonly Paragraph[];
  readonly issueFor: (finding: Finding) => PlaybookIssue | undefined;
  /** The position for a finding, or `skip` to leave it alone. */
  readonly positionFor: (finding: Finding) => PositionId | 'skip';
  readonly issueId: (id: Finding['category'] | 'model-provider-flow-down') => string | undefined;
  /** Which playbook position's clause a sentence belongs to, when a review wrote it (this one or an earlier round). */
  readonly ownPosition: (sentence: string) => string | undefined;
  /**
   * Protections the document already gives outside this paragraph (by category). A position whose clause would give
   * one of them again strikes the risky sentence instead of writing the same protection twice.
   */
  readonly provided: ReadonlySet<string>;
  /** The protective categories a position's clause gives, read by the engine in the contract's terms. */
  readonly clauseGives: (issue: PlaybookIssue, position: PlaybookPosition) => ReadonlySet<string>;
  /**
   * Issues whose whole clause this review has already written (shared across paragraphs and added to here): a
   * second risk on the same issue strikes its sentence rather than write the same clause twice.
   */
  readonly written: Set<string>;
  /** The paragraph gives the vendor a power to change its policies or terms: it takes the condition, never a strike. */
  readonly changePower?: boolean;
  /** Paragraphs whose policy references a proviso this review put into a change clause answers (see changeClauseFirst). */
  readonly answeredPolicy?: ReadonlySet<number>;
  /** The contract already binds its model providers (a flow-down or a limit on what they may do) somewhere. */
  readonly providersBound: boolean;
  /** Limbs this review strikes from defined purposes ("Permitted Purposes"): the clauses using the term are answered. */
  readonly purposeEdits: readonly PurposeLimbEdit[];
  /** Usage-data terms the contract defines to leave the customer's data out (see contentFreeUsage). */
  readonly contentFreeUsage: readonly string[];
  /** In the vendor's terms annexed to the customer's own form: why a risk the form's clauses answer goes (see ownFormAnnex). */
  readonly ownClauseGuard?: OwnClauseGuard;
}
