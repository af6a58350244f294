// The items of a review plan, as the pane, `simulate` and `review` show them: edits of the contract's own paragraphs and
// clauses inserted after them, each with its comment. Pure: engine and playbook types only.
import { applyOps } from '../engine/applyOps';
import type { CategoryId, Finding, MissingProtection, ProtectionId, RedlineOp } from '../engine/types';
import type { PlaybookIssue, PositionId } from '../playbook/schema';

export interface ReviewChoices {
  /** The position for every item not chosen otherwise. */
  readonly position: PositionId;
  /** Per item key: another position, or `skip` to leave the item out. */
  readonly perItem?: Readonly<Record<string, PositionId | 'skip'>>;
  /** Whether to insert the protections the contract lacks (default true). */
  readonly insertMissing?: boolean;
  /** Findings and protections already dealt with (redlined, accepted, dismissed): left alone. */
  readonly isDone?: (target: Finding | MissingProtection) => boolean;
  /** The lawyer's own wording for an inserted clause, by item key. */
  readonly wording?: Readonly<Record<string, string>>;
}

export interface EditItem {
  readonly kind: 'edit';
  readonly key: string;
  readonly paragraph: number;
  /** The findings of the original analysis this edit answers. */
  readonly findings: readonly Finding[];
  readonly issues: readonly PlaybookIssue[];
  /** The position the edit takes (the document-wide choice, or the lawyer's choice for this paragraph). */
  readonly positionId: PositionId;
  readonly original: string;
  readonly target: string;
  readonly ops: readonly RedlineOp[];
  readonly wordLevel: boolean;
  readonly comment: { readonly internal: string; readonly external: string };
  readonly notes: readonly string[];
}

export interface InsertItem {
  readonly kind: 'insert';
  readonly key: string;
  /** What the clause provides: a missing protection, or the answer to a finding in a definition. */
  readonly answers: ProtectionId | CategoryId;
  readonly target: MissingProtection | Finding;
  readonly issue: PlaybookIssue;
  readonly positionId: PositionId;
  /** The paragraph after which it goes, and the clause number it takes ("" when the contract does not number). */
  readonly after: number;
  readonly number: string;
  readonly text: string;
  readonly comment: { readonly internal: string; readonly external: string };
  /**
   * Set when the clause makes, in a negotiated amendment, the change the review would have marked up in the terms the
   * amendment prevails over: the paragraph it changes and the findings it answers there.
   */
  readonly amends?: { readonly paragraph: number; readonly findings: readonly Finding[] };
}

export type ReviewItem = EditItem | InsertItem;

export interface ReviewPlan {
  readonly items: readonly ReviewItem[];
  readonly skipped: readonly { readonly target: Finding | MissingProtection; readonly reason: string }[];
}

export const editKey = (paragraph: number) => `edit:p${paragraph}`;
export const insertKey = (what: string) => `insert:${what}`;

/** An edit that keeps another clause in step with the review's own (survival lists, cross-references): no finding. */
export function conformingEdit(
  paragraph: number,
  original: string,
  ops: readonly RedlineOp[],
  issues: readonly PlaybookIssue[],
  positionId: PositionId,
  comment: { readonly internal: string; readonly external: string },
): EditItem {
  return { kind: 'edit', key: editKey(paragraph), paragraph, findings: [], issues, positionId, original, target: applyOps(original, ops), ops, wordLevel: true, comment, notes: [] };
}
