// Commands that act on the document for one item or many: go to a clause, insert redlines as tracked changes.
// Reaches Word only through the injected host; failures become notices and item states, never thrown errors.
import { useCallback, type Dispatch } from 'react';
import type { Finding } from '../../engine/types';
import type { CommentAudience } from '../../host/documentHost';
import type { PositionId } from '../../playbook/schema';
import type { PlannedItem } from '../applyAllPlans';
import { withInternalMark } from '../../negotiation/internalMark';
import { useHost } from '../hostContext';
import { hostErrorNotice } from '../state/hostErrorNotice';
import type { PaneAction } from '../state/paneState';
import { unexpectedError } from '../state/unexpectedError';

export interface RedlineCommands {
  readonly goTo: (finding: Finding) => Promise<void>;
  readonly apply: (items: readonly PlannedItem[], positionId: PositionId, comment: CommentAudience) => Promise<void>;
}

export function useRedlineCommands(dispatch: Dispatch<PaneAction>): RedlineCommands {
  const host = useHost();
  const goTo = useCallback(
    async (finding: Finding) => {
      const result = await host.selectFinding(finding);
      if (!result.ok) dispatch({ type: 'noticeShown', notice: hostErrorNotice(result.error, 'The clause could not be selected') });
    },
    [dispatch, host],
  );
  const apply = useCallback(
    async (planned: readonly PlannedItem[], positionId: PositionId, comment: CommentAudience) => {
      // Internal comments carry the "[Internal]" mark, so "Remove internal comments" finds them before sending.
      const items = comment === 'internal' ? planned.map((item) => ({ ...item, plan: withInternalMark(item.plan) })) : planned;
      const keys = items.map((item) => item.key);
      dispatch({ type: 'applyStarted', keys });
      let result: Awaited<ReturnType<typeof host.applyPlans>>;
      try {
        result = await host.applyPlans(
          items.map((item) => item.plan),
          { comment },
        );
      } catch (error) {
        // The host returns errors as values; a throw is unexpected, and must not leave cards stuck on "Inserting".
        result = { ok: false, error: unexpectedError(error, 'inserting the tracked change') };
      }
      // A failure part-way still lists what Word has in the document: those cards say so, the rest say why not.
      const outcomes = result.ok ? result.value : (result.error.applied ?? []);
      const byPlan = new Map(outcomes.map((outcome) => [outcome.planId, outcome]));
      // A plan that answers several findings of one paragraph marks each of them.
      const applied = items.flatMap((item) => {
        const outcome = byPlan.get(item.plan.id);
        const inserted = comment === 'none' ? undefined : item.plan.comment[comment];
        return outcome
          ? [item.key, ...(item.alsoKeys ?? [])].map((key) => ({ key, positionId: item.positionId ?? positionId, plan: item.plan, outcome, ...(inserted ? { comment: inserted } : {}) }))
          : [];
      });
      if (applied.length > 0) dispatch({ type: 'applySucceeded', applied });
      if (!result.ok) {
        dispatch({ type: 'applyFailed', keys: keys.filter((key) => !applied.some((entry) => entry.key === key)), error: result.error });
        const title = applied.length > 0 ? 'Some tracked changes were not inserted' : 'The tracked change was not inserted';
        dispatch({ type: 'noticeShown', notice: hostErrorNotice(result.error, title) });
        return;
      }
      const unreported = items.filter((item) => !byPlan.has(item.plan.id)).map((item) => item.key);
      if (unreported.length > 0) {
        const error = { kind: 'unknown', message: 'Word did not report back on this change.', nextStep: 'Analyse again to see the document as it is now.' } as const;
        dispatch({ type: 'applyFailed', keys: unreported, error });
      }
      const unverified = applied.filter((entry) => !entry.outcome.verified).length;
      if (unverified > 0) {
        dispatch({
          type: 'noticeShown',
          notice: {
            id: 'document:unverified',
            intent: 'warning',
            title: `${unverified} change${unverified === 1 ? '' : 's'} could not be checked after inserting`,
            message: 'Word accepted the edit, but the paragraph read back does not match the planned wording exactly.',
            nextStep: 'Look at the marked paragraphs in Word before sending; reject the change there if it is wrong.',
          },
        });
      }
    },
    [dispatch, host],
  );
  return { goTo, apply };
}
