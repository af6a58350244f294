// After an edit batch fails part-way (Office keeps the actions before the failing one), reads the document back and
// says exactly which plans are in it, in part or not at all, so the pane never claims a change is absent while it is
// there. Two syncs, on the failure path only. Subset API only.
import type { RedlinePlan } from '../engine/types';
import type { ApplyOutcome, HostError, HostResult } from '../host/documentHost';
import { failed, fromOfficeError, hostError, succeeded } from './hostErrors';
import type { ClientResultSubset, RequestContextSubset, TrackingModeValue } from './officeApi';
import { stripMarkers, queueCurrentText, type TextSource } from './readParagraphs';

export type PlanState = 'in' | 'partly' | 'absent';

export interface AppliedPlan {
  readonly plan: RedlinePlan;
  readonly mode: ApplyOutcome['mode'];
  readonly note?: string;
}

/**
 * Reads each anchor paragraph and the paragraphs after it. Plans were applied from the end of the document backwards,
 * so an anchor's index has not moved and its new clauses, if any went in, follow it in order.
 */
export async function planStatesAfterFailure(
  context: RequestContextSubset,
  applied: readonly AppliedPlan[],
  source: Exclude<TextSource, 'text'>,
  restore: TrackingModeValue | undefined,
): Promise<Map<RedlinePlan, PlanState> | undefined> {
  if (restore) {
    try {
      context.document.changeTrackingMode = restore;
      await context.sync();
    } catch {
      // The original failure is what the user needs to hear about; a read-only document also refuses this reset.
    }
  }
  if (applied.length === 0) return new Map();
  try {
    return await readStates(context, applied, source);
  } catch {
    return undefined;
  }
}

async function readStates(
  context: RequestContextSubset,
  applied: readonly AppliedPlan[],
  source: Exclude<TextSource, 'text'>,
): Promise<Map<RedlinePlan, PlanState>> {
  const paragraphs = context.document.body.paragraphs.load('items/style');
  await context.sync();
  const anchors = [...new Set(applied.map(({ plan }) => plan.paragraph))];
  const texts = new Map<number, ClientResultSubset<string>>();
  for (const anchor of anchors) {
    const clauses = applied.filter(({ plan }) => plan.paragraph === anchor).reduce((sum, { plan }) => sum + plan.newParagraphs.length, 0);
    for (let i = anchor; i <= anchor + clauses; i += 1) {
      const paragraph = paragraphs.items[i];
      if (paragraph && !texts.has(i)) texts.set(i, queueCurrentText(paragraph, source));
    }
  }
  await context.sync();
  const read = (index: number): string | undefined => {
    const result = texts.get(index);
    return result === undefined ? undefined : stripMarkers(result.value).text;
  };
  const states = new Map<RedlinePlan, PlanState>();
  for (const anchor of anchors) {
    const group = applied.filter(({ plan }) => plan.paragraph === anchor).map(({ plan }) => plan);
    const expected = group.flatMap((plan) => plan.newParagraphs);
    let present = 0;
    while (present < expected.length && read(anchor + 1 + present) === expected[present]) present += 1;
    let offset = 0;
    for (const plan of group) {
      const parts: PlanState[] = [];
      if (plan.ops.length > 0) {
        const now = read(anchor);
        // A text that is neither the original nor the target is a half-made redline.
        parts.push(now === plan.targetText ? 'in' : now === plan.originalText ? 'absent' : 'partly');
      }
      for (let i = 0; i < plan.newParagraphs.length; i += 1) parts.push(offset + i < present ? 'in' : 'absent');
      offset += plan.newParagraphs.length;
      states.set(plan, parts.every((p) => p === 'in') ? 'in' : parts.every((p) => p === 'absent') ? 'absent' : 'partly');
    }
  }
  return states;
}

const PARTLY_NOTE =
  'Only part of this change went in before Word stopped. Look at the paragraph: reject its tracked changes in Word, or ' +
  'finish the edit by hand.';

/** The apply's result once the document has been read back: success if everything is in, else what is and is not. */
export function reportAfterFailure(
  error: unknown,
  applied: readonly AppliedPlan[],
  states: ReadonlyMap<RedlinePlan, PlanState> | undefined,
  platform: string,
): HostResult<readonly ApplyOutcome[]> {
  const cause: HostError = fromOfficeError(error, platform);
  if (!states) {
    return failed(
      hostError(
        cause.kind,
        `Word stopped part-way (${cause.message}) and the document could not be read back, so some of the changes may be in it.`,
        'Look under Review › Tracking for the changes that went in, then press Analyse again.',
      ),
    );
  }
  const outcomes: ApplyOutcome[] = [];
  const absent: RedlinePlan[] = [];
  for (const { plan, mode, note } of applied) {
    const state = states.get(plan) ?? 'absent';
    if (state === 'absent') absent.push(plan);
    else outcomes.push({ planId: plan.id, mode, verified: state === 'in', ...(state === 'partly' ? { note: PARTLY_NOTE } : note ? { note } : {}) });
  }
  // Word on the web can reject a sync whose edits all went in (office-js #6760): what is in the document decides.
  if (applied.length > 0 && absent.length === 0 && outcomes.every((o) => o.verified)) return succeeded(outcomes);
  if (outcomes.length === 0) return failed(cause);
  const where = (plans: readonly { paragraph: number }[]) => [...new Set(plans.map((p) => p.paragraph + 1))].join(', ');
  const inDocument = applied.filter(({ plan }) => states.get(plan) !== 'absent').map(({ plan }) => plan);
  const inPart = outcomes.some((o) => !o.verified) ? ' (some only in part)' : '';
  const notIn = absent.length === 0 ? 'none' : `changes to paragraph ${where(absent)}`;
  const message = `Word stopped part-way: ${cause.message} In the document now: changes to paragraph ${where(inDocument)}${inPart}. Not inserted: ${notIn}.`;
  const nextStep = `Check those paragraphs in Word, then press Analyse again before inserting the rest. ${cause.nextStep}`;
  return failed({ ...hostError(cause.kind, message, nextStep), applied: outcomes });
}
