// Applies redline plans as tracked changes in one action: word-level edits on sub-ranges (whole-passage replacement
// when a sub-range cannot be found for certain), new clauses as paragraphs after the anchor, the user's tracking mode
// restored, a read-back check. Plans go in from the end of the document backwards, so no edit moves a range a later
// one uses. Three syncs however many plans, a fourth for comments; after a failure part-way, the document is read
// back and the result says exactly what went in. Subset API only.
import type { RedlinePlan } from '../engine/types';
import type { ApplyOptions, ApplyOutcome, HostError, HostResult } from '../host/documentHost';
import { addComments, queueCommentTarget, type CommentRequest, type PendingCommentTarget } from './commentAnchors';
import { planStatesAfterFailure, reportAfterFailure, type AppliedPlan } from './applyRecovery';
import { DOCUMENT_CHANGED, failed, hostError, succeeded } from './hostErrors';
import type { ClientResultSubset, ParagraphSubset, RequestContextSubset, TrackingModeValue } from './officeApi';
import { queueCurrentText, stripMarkers, toReadParagraph, type ReadParagraph, type TextSource } from './readParagraphs';
import { queueRedline, queueRedlineSearches, resolveRedline, type LocatedRedline, type QueuedRedline } from './trackedEdits';

interface Prepared {
  readonly plan: RedlinePlan;
  readonly anchor: ParagraphSubset;
  readonly read: ReadParagraph;
  readonly current: ClientResultSubset<string>;
  readonly shown: ParagraphSubset;
  readonly queued: QueuedRedline;
}

export interface TrackedApplySettings {
  readonly source: Exclude<TextSource, 'text'>;
  readonly comments: boolean;
  /** The paragraph as last read, with Word's marker characters, so plan offsets map back onto Word's text. */
  readonly known: (paragraph: number) => ReadParagraph | undefined;
  readonly platform: string;
}

export async function applyPlansTracked(
  context: RequestContextSubset,
  plans: readonly RedlinePlan[],
  options: ApplyOptions,
  settings: TrackedApplySettings,
): Promise<HostResult<readonly ApplyOutcome[]>> {
  const { source, known } = settings;
  const clash = clashingParagraph(plans);
  if (clash !== undefined) return failed(clashError(clash));
  const document = context.document.load('changeTrackingMode');
  const paragraphs = context.document.body.paragraphs.load('items/style');
  await context.sync();
  const userMode: TrackingModeValue = document.changeTrackingMode;
  const prepared: Prepared[] = [];
  for (const plan of plans) {
    const anchor = paragraphs.items[plan.paragraph];
    if (!anchor) return failed(DOCUMENT_CHANGED);
    const last = known(plan.paragraph);
    const read = last && last.paragraph.text === plan.originalText ? last : toReadParagraph(plan.originalText, undefined, { style: '', isListItem: false, inTable: false });
    const current = queueCurrentText(anchor, source);
    const shown = anchor.load('text');
    const queued = queueRedlineSearches(plan, { paragraph: anchor, raw: read.raw, ...(read.shown !== undefined ? { shown: read.shown } : {}) }, read.rawIndex);
    prepared.push({ plan, anchor, read, current, shown, queued });
  }
  await context.sync();
  const ready: Prepared[] = [];
  const located: LocatedRedline[] = [];
  const refused: Refusal[] = [];
  for (const item of prepared) {
    if (stripMarkers(item.current.value).text !== item.plan.originalText) {
      refused.push({ plan: item.plan, kind: 'document-changed', reason: 'it has changed since the analysis' });
      continue;
    }
    // The texts the searches were built from must still be Word's, markers and shown deletions included.
    const certain = item.current.value === item.read.reported && item.shown.text === (item.read.shown ?? item.shown.text);
    const redline = resolveRedline(item.plan, item.queued, certain);
    if (!redline) {
      refused.push({ plan: item.plan, kind: 'not-found', reason: 'its clause could not be found in Word for certain (a field, hidden text or an edit in the way)' });
      continue;
    }
    ready.push(item);
    located.push(redline);
  }
  if (ready.length === 0) return refused.length > 0 ? failed(refusalError(refused, [])) : succeeded([]);
  const result = await applyLocated(context, ready, located, userMode, options, settings);
  return withRefusals(result, refused);
}

/** A plan left out before anything changed, and why. */
interface Refusal {
  readonly plan: RedlinePlan;
  readonly kind: 'document-changed' | 'not-found';
  readonly reason: string;
}

function refusalError(refused: readonly Refusal[], applied: readonly ApplyOutcome[]): HostError {
  const list = refused.map(({ plan, reason }) => `paragraph ${plan.paragraph + 1}: ${reason}`).join('; ');
  const done = applied.length > 0 ? ` The other ${applied.length} change${applied.length === 1 ? '' : 's'} went in.` : ' Nothing was changed.';
  const changed = refused.some((r) => r.kind === 'document-changed');
  return {
    ...(changed ? DOCUMENT_CHANGED : hostError('not-found', '', '')),
    message: `Not inserted: ${list}.${done}`,
    nextStep: changed ? 'Press Analyse again, then insert the rest.' : 'Press Analyse again; if it persists, copy those clauses from their cards instead.',
    ...(applied.length > 0 ? { applied } : {}),
  };
}

/** The apply's result with the plans refused beforehand named, so the pane knows exactly what went in. */
function withRefusals(result: HostResult<readonly ApplyOutcome[]>, refused: readonly Refusal[]): HostResult<readonly ApplyOutcome[]> {
  if (refused.length === 0) return result;
  if (result.ok) return failed(refusalError(refused, result.value));
  const also = refusalError(refused, []).message.replace(/ Nothing was changed\.$/, '');
  return failed({ ...result.error, message: `${result.error.message} Also ${also.charAt(0).toLowerCase()}${also.slice(1)}` });
}

async function applyLocated(
  context: RequestContextSubset,
  prepared: readonly Prepared[],
  located: readonly LocatedRedline[],
  userMode: TrackingModeValue,
  options: ApplyOptions,
  settings: TrackedApplySettings,
): Promise<HostResult<readonly ApplyOutcome[]>> {
  const { source } = settings;
  const applied: AppliedPlan[] = [];
  const readBacks = new Map<RedlinePlan, { anchor: ClientResultSubset<string>; added: ClientResultSubset<string>[] }>();
  const added = new Map<RedlinePlan, ParagraphSubset[]>();
  const wantsComments = options.comment !== 'none' && settings.comments;
  const comments: CommentRequest[] = [];
  let targets: PendingCommentTarget[] = [];
  try {
    context.document.changeTrackingMode = 'TrackAll';
    // From the last anchor to the first; for each, its new clauses (in plan order) and then its own edits.
    const anchors = [...new Set(prepared.map((p) => p.plan.paragraph))].sort((a, b) => b - a);
    for (const index of anchors) {
      const group = prepared.filter((p) => p.plan.paragraph === index);
      let last = group[0]!.anchor;
      for (const { plan } of group) {
        for (const text of plan.newParagraphs) {
          last = last.insertParagraph(text, 'After');
          added.set(plan, [...(added.get(plan) ?? []), last]);
        }
      }
      for (const item of group) {
        const redline = queueRedline(located[prepared.indexOf(item)]!);
        applied.push({ plan: item.plan, ...redline });
      }
    }
    context.document.changeTrackingMode = userMode;
    for (const { plan, anchor } of prepared) {
      readBacks.set(plan, { anchor: queueCurrentText(anchor, source), added: (added.get(plan) ?? []).map((p) => queueCurrentText(p, source)) });
    }
    if (wantsComments) {
      const audience = options.comment === 'external' ? 'external' : 'internal';
      for (const { plan, anchor } of prepared) {
        const first = added.get(plan)?.[0];
        comments.push({ plan, text: plan.comment[audience], anchor, ...(first ? { firstNew: first } : {}) });
      }
      targets = comments.map(queueCommentTarget);
    }
    await context.sync();
  } catch (error) {
    const states = await planStatesAfterFailure(context, applied, source, userMode);
    return reportAfterFailure(error, applied, states, settings.platform);
  }
  // A clause-only plan's anchor may also be rewritten by another plan of the same action; that one's target counts.
  const finalText = new Map(prepared.filter((p) => p.plan.ops.length > 0).map((p) => [p.plan.paragraph, p.plan.targetText]));
  const outcomes = new Map<RedlinePlan, ApplyOutcome>(
    applied.map(({ plan, mode, note }) => {
      const back = readBacks.get(plan)!;
      const anchorReads = stripMarkers(back.anchor.value).text === (finalText.get(plan.paragraph) ?? plan.targetText);
      const clausesRead = back.added.every((r, i) => stripMarkers(r.value).text === plan.newParagraphs[i]);
      return [plan, { planId: plan.id, mode, verified: anchorReads && clausesRead, ...(note ? { note } : {}) }];
    }),
  );
  if (wantsComments) {
    const result = await addComments(context, comments, targets);
    if (result.failure) {
      for (const { plan, text } of comments.filter((c) => !result.added.has(c.plan))) {
        const outcome = outcomes.get(plan)!;
        const why = `Word did not add the comment (${result.failure.code ?? 'error'}: ${result.failure.message}); add it by hand: "${text}"`;
        outcomes.set(plan, { ...outcome, note: outcome.note ? `${outcome.note} ${why}` : why });
      }
    }
  }
  return succeeded(prepared.map(({ plan }) => outcomes.get(plan)!));
}

export function clashError(paragraph: number) {
  return hostError('unknown', `Two redlines change paragraph ${paragraph + 1}; they cannot go in together. Nothing was changed.`, 'Insert them one at a time, analysing again in between.');
}

export function clashingParagraph(plans: readonly RedlinePlan[]): number | undefined {
  const seen = new Set<number>();
  for (const plan of plans) {
    if (plan.ops.length === 0) continue;
    if (seen.has(plan.paragraph)) return plan.paragraph;
    seen.add(plan.paragraph);
  }
  return undefined;
}
