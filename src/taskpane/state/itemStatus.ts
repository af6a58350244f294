// What happened to one finding or missing protection in the pane. Types only: must not import React or Office.
import type { RedlinePlan } from '../../engine/types';
import type { ApplyOutcome, HostError } from '../../host/documentHost';
import type { PositionId } from '../../playbook/schema';

/** What happened to one finding or missing protection, keyed by `itemKey`. */
export type ItemStatus =
  | { readonly kind: 'applying' }
  | { readonly kind: 'applied'; readonly positionId: PositionId; readonly plan: RedlinePlan; readonly outcome: ApplyOutcome }
  /** Redlined before this analysis (in an earlier session, or by a colleague), as the decision record says. */
  | { readonly kind: 'redlined'; readonly positionId: PositionId }
  /** The risk is real but accepted for this deal. */
  | { readonly kind: 'accepted'; readonly reason: string }
  /** Not an issue for this contract. */
  | { readonly kind: 'dismissed'; readonly reason: string }
  | { readonly kind: 'failed'; readonly error: HostError };
