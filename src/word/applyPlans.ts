// Applies redline plans as tracked changes in one action: word-level edits on sub-ranges (whole-span replacement
// when a sub-range cannot be found for certain), new clauses as paragraphs after the anchor, optional comments, a
// read-back check, the user's tracking mode restored in finally. Three syncs however many plans. Subset API only.
import type { ApplyOptions, ApplyOutcome, HostResult } from '../host/documentHost';
import type { RedlinePlan } from '../engine/types';
import { DOCUMENT_CHANGED, failed, fromOfficeError, hostError, succeeded } from './hostErrors';
import { queueLocate, type PendingRange } from './locateRange';
import type { ClientResultSubset, ParagraphSubset, RangeSubset, RequestContextSubset, TrackingModeValue } from './officeApi';
import { stripMarkers, type ReadParagraph, type TextSource } from './readParagraphs';
import { planEdits, type PlannedEdit } from './planEdits';

interface Prepared {
  readonly plan: RedlinePlan;
  readonly anchor: ParagraphSubset;
  readonly current: ClientResultSubset<string>;
  readonly raw: string;
  readonly edits: PlannedEdit[] | undefined;
  readonly span: PendingRange | undefined;
}

/** A plan whose ranges were found: `edits` is undefined when they were not all certain (whole-passage fallback). */
interface Ready {
  readonly prepared: Prepared;
  readonly edits: PlannedEdit[] | undefined;
  readonly ranges: (RangeSubset | undefined)[];
}

interface ReadBack {
  readonly plan: RedlinePlan;
  readonly anchor: ClientResultSubset<string>;
  readonly added: ClientResultSubset<string>[];
  readonly mode: ApplyOutcome['mode'];
  readonly note?: string;
}

export interface TrackedApplySettings {
  readonly source: Exclude<TextSource, 'text'>;
  readonly comments: boolean;
  /** The paragraph as last read, with Word's marker characters, so plan offsets map back onto Word's text. */
  readonly known: (paragraph: number) => ReadParagraph | undefined;
}

export async function applyPlansTracked(
  context: RequestContextSubset,
  plans: readonly RedlinePlan[],
  options: ApplyOptions,
  { source, comments, known }: TrackedApplySettings,
): Promise<HostResult<readonly ApplyOutcome[]>> {
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
    const current = source === 'getText' ? anchor.getText() : anchor.getReviewedText('Current');
    const whole = source === 'getText' ? anchor.getText({ IncludeTextMarkedAsDeleted: true }) : anchor.getReviewedText('Original');
    const read = known(plan.paragraph);
    const raw = read && read.paragraph.text === plan.originalText ? read : { raw: plan.originalText, rawIndex: identityIndex(plan.originalText) };
    prepared.push({ plan, anchor, current, raw: raw.raw, ...queueEdits(plan, anchor, raw, () => whole.value === current.value) });
  }
  await context.sync();
  const ready: Ready[] = [];
  for (const item of prepared) {
    if (stripMarkers(item.current.value).text !== item.plan.originalText) return failed(DOCUMENT_CHANGED);
    // Marker characters not where the offsets were mapped for (or not read at all): no sub-range is certain.
    const mapped = item.current.value === item.raw;
    const ranges = mapped ? (item.edits?.map((edit) => edit.range()) ?? []) : [undefined];
    const certain = ranges.every((range) => range !== undefined);
    if (item.plan.ops.length > 0 && !certain && !(mapped && item.span?.())) {
      return failed(hostError('not-found', `The clause in paragraph ${item.plan.paragraph + 1} could not be found in Word for certain. Nothing was changed.`, 'Press Analyse again; if it persists, copy the clause from the card instead.'));
    }
    ready.push({ prepared: item, edits: certain ? item.edits : undefined, ranges });
  }
  const readBacks: ReadBack[] = [];
  // Clauses added after the same paragraph by several plans go in one after another, in plan order.
  const lastAdded = new Map<number, ParagraphSubset>();
  try {
    document.changeTrackingMode = 'TrackAll';
    for (const item of ready) {
      const { plan, anchor } = item.prepared;
      const redline = queueRedline(item);
      let commentRange = redline.commentRange;
      let last: ParagraphSubset = lastAdded.get(plan.paragraph) ?? anchor;
      const added: ClientResultSubset<string>[] = [];
      for (const text of plan.newParagraphs) {
        last = last.insertParagraph(text, 'After');
        added.push(source === 'getText' ? last.getText() : last.getReviewedText('Current'));
        commentRange ??= last.getRange('Whole');
      }
      lastAdded.set(plan.paragraph, last);
      if (options.comment !== 'none' && comments && commentRange) commentRange.insertComment(plan.comment[options.comment]);
      const anchorText = source === 'getText' ? anchor.getText() : anchor.getReviewedText('Current');
      readBacks.push({ plan, anchor: anchorText, added, mode: redline.mode, ...(redline.note ? { note: redline.note } : {}) });
    }
    document.changeTrackingMode = userMode;
    await context.sync();
  } catch (error) {
    await restoreMode(context, userMode);
    return failed(fromOfficeError(error));
  }
  // A clause-only plan's anchor may also be rewritten by another plan of the same action; that one's target counts.
  const finalText = new Map(plans.filter((p) => p.ops.length > 0).map((p) => [p.paragraph, p.targetText]));
  return succeeded(
    readBacks.map(({ plan, anchor, added, mode, note }) => ({
      planId: plan.id,
      mode,
      verified: stripMarkers(anchor.value).text === (finalText.get(plan.paragraph) ?? plan.targetText) && added.every((r, i) => r.value === plan.newParagraphs[i]),
      ...(note ? { note } : {}),
    })),
  );
}

/** Queues the anchor paragraph's own edits; says how they go in and which range a comment belongs on. */
function queueRedline({ prepared, edits, ranges }: Ready): { mode: ApplyOutcome['mode']; note?: string; commentRange?: RangeSubset } {
  const { plan, span } = prepared;
  if (plan.ops.length === 0) return { mode: 'inserted-paragraph' };
  if (!edits) {
    const passage = span!()!;
    passage.insertText(spanReplacement(plan), 'After');
    passage.delete();
    return { mode: 'sentence', note: 'Word could not pin down each changed word, so the whole changed passage was struck and retyped.', commentRange: passage };
  }
  let commentRange: RangeSubset | undefined;
  // Last edit first, so that no edit moves the text an earlier one still has to find; the comment ends up on the
  // first change.
  for (let i = edits.length - 1; i >= 0; i -= 1) {
    const range = ranges[i]!;
    const edit = edits[i]!;
    if (edit.kind === 'delete') {
      range.delete();
      commentRange = range;
    } else {
      commentRange = range.insertText(edit.text, edit.location);
    }
  }
  // Ops placed exactly: the redline is what the planner made it (word by word, or its whole sentence).
  return { mode: plan.kind === 'sentence' ? 'sentence' : 'word-level', ...(commentRange ? { commentRange } : {}) };
}

function queueEdits(plan: RedlinePlan, anchor: ParagraphSubset, read: Pick<ReadParagraph, 'raw' | 'rawIndex'>, exact: () => boolean): { edits: PlannedEdit[] | undefined; span: PendingRange | undefined } {
  if (plan.ops.length === 0) return { edits: undefined, span: undefined };
  // Whether a match's own text can be compared is only known after the sync, so both checks are queued now.
  const locate = (start: number, end: number): PendingRange => {
    const rawStart = read.rawIndex[start] ?? start;
    const rawEnd = end > start ? (read.rawIndex[end - 1] ?? end - 1) + 1 : rawStart;
    const pending = queueLocate(anchor, read.raw, rawStart, rawEnd);
    return () => pending(exact());
  };
  const edits = planEdits(plan, locate);
  const { start, end } = changedSpan(plan);
  return { edits, span: end > start ? locate(start, end) : undefined };
}

function identityIndex(text: string): number[] {
  return Array.from({ length: text.length + 1 }, (_, i) => i);
}

/** The stretch of the original the ops touch, widened by a character when it is a bare insertion point. */
export function changedSpan(plan: RedlinePlan): { start: number; end: number } {
  const first = plan.ops[0]!;
  const lastOp = plan.ops[plan.ops.length - 1]!;
  let start = first.kind === 'delete' ? first.start : first.at;
  let end = lastOp.kind === 'delete' ? lastOp.end : lastOp.at;
  if (start === end) {
    if (start > 0) start -= 1;
    else end = Math.min(plan.originalText.length, 1);
  }
  return { start, end };
}

/** The text that replaces the changed passage: the target minus the unchanged text on either side. */
export function spanReplacement(plan: RedlinePlan): string {
  const { start, end } = changedSpan(plan);
  return plan.targetText.slice(start, plan.targetText.length - (plan.originalText.length - end));
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

async function restoreMode(context: RequestContextSubset, mode: TrackingModeValue): Promise<void> {
  try {
    context.document.changeTrackingMode = mode;
    await context.sync();
  } catch {
    // The original failure is what the user needs to hear about; a read-only document also refuses this reset.
  }
}
