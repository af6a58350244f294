// Hosts without WordApi 1.4 (Office 2021 volume licence): each anchor paragraph's own OOXML (getOoxml) is redlined
// by src/ooxml, keeping its style and run formatting, and put back with insertOoxml("Replace"). A paragraph that holds
// anyone's tracked changes, or is numbered, is never rewritten (Word would flatten the revisions, or may renumber the
// list: office-js #5381, #3149); nor is one whose package does not take the plan. Those are refused with the reason,
// the rest go in. Three syncs in all. Never used on Word on the web. Written only against the officeApi subset.
import type { ApplyOutcome, HostError, HostResult } from '../host/documentHost';
import type { RedlinePlan } from '../engine/types';
import { renderPlanOverOoxml } from '../ooxml/renderPlanOverOoxml';
import { clashError, clashingParagraph } from './applyPlans';
import { DOCUMENT_CHANGED, failed, fromOfficeError, hostError, succeeded } from './hostErrors';
import type { ClientResultSubset, ParagraphSubset, RequestContextSubset } from './officeApi';
import { readParagraphPackage } from './paragraphPackage';
import { stripMarkers } from './readParagraphs';

const CHECK_NOTE =
  'This version of Word cannot record tracked changes from add-ins, so the redline went in as revision markup. ' +
  'Check it in Review › Tracking before sending.';
const TRACKING_NOTE =
  'Track Changes was on, so Word also recorded the whole paragraph as deleted and retyped under your name. Switch ' +
  'Track Changes off before inserting in this version of Word, and reject those extra changes (not the ones by the add-in).';

/**
 * Numbered clauses stay on the Copy clause path until TESTING.md probe P6 shows, in Word 2021, that replacing a
 * numbered paragraph keeps its number and the paragraph count.
 */
export const NUMBERED_CLAUSES_AT_1_3 = false;

export async function applyPlansOoxml(
  context: RequestContextSubset,
  plans: readonly RedlinePlan[],
  stamp: { author: string; date: string },
  platform: string,
): Promise<HostResult<readonly ApplyOutcome[]>> {
  const clash = clashingParagraph(plans);
  if (clash !== undefined) return failed(clashError(clash));
  const paragraphs = context.document.body.paragraphs.load('items/text,items/isListItem');
  await context.sync();
  const merged = mergeByAnchor(plans);
  const packages: ClientResultSubset<string>[] = [];
  for (const plan of merged) {
    const anchor = paragraphs.items[plan.paragraph];
    // Below 1.4 the text read includes any tracked deletions the view shows; such a paragraph reads as changed.
    if (!anchor || stripMarkers(anchor.text).text !== plan.originalText) return failed(DOCUMENT_CHANGED);
    packages.push(anchor.getOoxml());
  }
  await context.sync();
  const ready: { plan: RedlinePlan; anchor: ParagraphSubset; ooxml: string }[] = [];
  const refused: { plan: RedlinePlan; reason: string }[] = [];
  merged.forEach((plan, i) => {
    const anchor = paragraphs.items[plan.paragraph]!;
    const verdict = prepare(plan, anchor.isListItem, packages[i]!.value, stamp);
    if ('reason' in verdict) refused.push({ plan, reason: verdict.reason });
    else ready.push({ plan, anchor, ooxml: verdict.ooxml });
  });
  const after: ClientResultSubset<string>[] = [];
  // From the end of the document backwards, each anchor read back once its package is in.
  const ordered = [...ready].sort((a, b) => b.plan.paragraph - a.plan.paragraph);
  try {
    for (const { anchor, ooxml } of ordered) anchor.insertOoxml(ooxml, 'Replace');
    for (const { anchor } of ordered) after.push(anchor.getOoxml());
    if (ordered.length > 0) await context.sync();
  } catch (error) {
    const cause = fromOfficeError(error, platform);
    const message = `${cause.message} Some paragraphs may already hold the redline; look under Review › Tracking before trying again.`;
    return failed({ ...cause, message });
  }
  const outcomes = ordered.map(({ plan }, i) => {
    const written = readParagraphPackage(after[i]!.value);
    const struck = plan.ops.reduce((sum, op) => sum + (op.kind === 'delete' ? op.end - op.start : 0), 0);
    // Word records a Replace made while Track Changes is on as the user's deletion and reinsertion (office-js #334):
    // more text struck than the plan strikes, or revisions under another name.
    const tracked = written !== undefined && (written.deletedLength > struck || written.revisions.some((r) => r.author !== stamp.author));
    return { plan, tracked };
  });
  const applied = plans.flatMap((plan): ApplyOutcome[] => {
    const outcome = outcomes.find((o) => o.plan.paragraph === plan.paragraph);
    if (!outcome) return [];
    // Without getReviewedText the result cannot be read back without the deleted words, so it is not verified.
    return [{ planId: plan.id, mode: 'ooxml', verified: false, note: outcome.tracked ? `${CHECK_NOTE} ${TRACKING_NOTE}` : CHECK_NOTE }];
  });
  if (refused.length === 0) return succeeded(applied);
  return failed(refusal(refused, applied));
}

function prepare(
  plan: RedlinePlan,
  isListItem: boolean,
  packageXml: string,
  stamp: { author: string; date: string },
): { ooxml: string } | { reason: string } {
  const facts = readParagraphPackage(packageXml);
  if (!facts) return { reason: 'Word returned its text in a form the add-in cannot read' };
  const others = [...new Set(facts.revisions.map((r) => r.author).filter((author) => author.length > 0))];
  if (facts.revisions.length > 0) {
    const by = others.length > 0 ? ` by ${others.join(', ')}` : '';
    return { reason: `it holds tracked changes${by}, which this version of Word would flatten into plain text` };
  }
  if ((isListItem || facts.numbered) && !NUMBERED_CLAUSES_AT_1_3) {
    return { reason: 'it is a numbered clause, whose numbering this version of Word may reset when the paragraph is replaced' };
  }
  const over = renderPlanOverOoxml(packageXml, plan, stamp);
  return over.ok ? { ooxml: over.ooxml } : { reason: over.reason };
}

function refusal(refused: readonly { plan: RedlinePlan; reason: string }[], applied: readonly ApplyOutcome[]): HostError {
  const lines = refused.map(({ plan, reason }) => `paragraph ${plan.paragraph + 1}: ${reason}`).join('; ');
  const done = applied.length > 0 ? ` The other ${applied.length} change${applied.length === 1 ? '' : 's'} went in.` : ' Nothing was changed.';
  return {
    ...hostError(
      'api-unsupported',
      `Not inserted, to keep the document intact: ${lines}.${done}`,
      'For those clauses use Copy clause on the card and paste the position with Review › Track Changes on; for tracked ' +
        'changes by others, accept or reject them first, then analyse again.',
    ),
    ...(applied.length > 0 ? { applied } : {}),
  };
}

/** One package per paragraph: replacing a paragraph twice would drop the first package's revisions. */
function mergeByAnchor(plans: readonly RedlinePlan[]): RedlinePlan[] {
  const merged = new Map<number, RedlinePlan>();
  for (const plan of plans) {
    const earlier = merged.get(plan.paragraph);
    if (!earlier) {
      merged.set(plan.paragraph, plan);
      continue;
    }
    const edited = earlier.ops.length > 0 ? earlier : plan;
    merged.set(plan.paragraph, { ...edited, newParagraphs: [...earlier.newParagraphs, ...plan.newParagraphs] });
  }
  return [...merged.values()];
}
