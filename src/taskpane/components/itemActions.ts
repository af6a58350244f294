// The plain callbacks and facts every finding or missing-protection card receives. Types only: no React, no host.
import type { Finding } from '../../engine/types';
import type { CommentAudience } from '../../host/documentHost';
import type { PositionId } from '../../playbook/schema';
import type { PaneTarget } from '../itemKey';
import type { PlanResult } from '../playbookLookup';

export interface ItemActions {
  readonly plan: (target: PaneTarget, positionId: PositionId) => PlanResult;
  /** This Word can take tracked changes (directly or as revision markup). */
  readonly canInsert: boolean;
  readonly commentsAvailable: boolean;
  readonly defaultComment: CommentAudience;
  readonly goTo: (finding: Finding) => void;
  readonly apply: (target: PaneTarget, positionId: PositionId, comment: CommentAudience) => void;
  readonly dismiss: (target: PaneTarget, reason: string) => void;
  readonly accept: (target: PaneTarget, reason: string) => void;
  /** The contract's own name for a paragraph's place ("3.3"), from its index. */
  readonly locate: (paragraph: number) => string;
  readonly restore: (target: PaneTarget) => void;
  /** Copies clause wording for pasting by hand where this Word cannot take tracked changes from the pane. */
  readonly copyClause: (text: string) => void;
}
