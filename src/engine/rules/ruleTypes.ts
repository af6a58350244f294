// The shape of a detection rule: a named row that reads a clause frame, with vetoes that each say why.
// Pure types; imports only engine types and the frame.
import type { CategoryId, Severity, Stance } from '../types';
import type { ClauseFrame, Cue, Predicate } from '../reading/frame';

/** What the rest of the sentence's paragraph says, for clauses that name a provider in one sentence and AI in the next. */
export interface ParagraphFacts {
  /** Some sentence of the paragraph speaks of AI or names a model provider. */
  readonly ai: boolean;
  /** Some sentence of the paragraph speaks of using, keeping or sharing data, or of AI ("… You can disable this."). */
  readonly dataUse: boolean;
  /**
   * An earlier sentence of the paragraph promises that someone other than the customer deletes data ("We delete …
   * within 30 days."): what a later sentence says about backups qualifies that promise.
   */
  readonly deletesBefore: boolean;
  /** An earlier sentence of the paragraph names the customer's data or outputs, which "it" or "them" may take up. */
  readonly dataBefore: boolean;
  /** An earlier sentence of the paragraph grants a right or licence that "It …" or "These rights …" may take up. */
  readonly grantsBefore: boolean;
  /**
   * For an item of a list whose lead-in ends the paragraph before ("Provider may use Customer Data to:"), the lead-in's
   * last clause: the item completes it. Its offsets belong to that other paragraph, so rules never quote it.
   */
  readonly listLeadIn: Predicate | undefined;
  /** For such an item: the lead-in promises deletion ("shall delete … in accordance with the following schedule:"). */
  readonly underDeletionLeadIn?: boolean;
  /** The paragraph speaks only of public, licensed or the vendor's own data ("trained on public repositories"). */
  readonly othersDataOnly: boolean;
}

export interface RuleInput {
  readonly frame: ClauseFrame;
  readonly predicate: Predicate;
  readonly paragraph: ParagraphFacts;
}

export interface Veto {
  /** Plain words for the trace: why the rule's match does not count here. */
  readonly reason: string;
  readonly when: (input: RuleInput) => boolean;
}

export interface Rule {
  /** Stable id, reported on findings and in the trace ("training-grant"). */
  readonly id: string;
  readonly category: CategoryId;
  readonly stance: Stance;
  readonly severity: Severity | ((input: RuleInput) => Severity);
  /** What the frame must show for the rule to apply. */
  readonly when: (input: RuleInput) => boolean;
  readonly vetoes?: readonly Veto[];
  /**
   * When the rule itself limits the finding ("only if Customer authorises it"), reported on the finding's scope beside
   * the sentence's plan or region limits, so the review can leave the customer's own option alone.
   */
  readonly scope?: (input: RuleInput) => string | undefined;
  /** The words to quote as evidence. */
  readonly evidence: (input: RuleInput) => readonly (Cue | undefined)[];
}
