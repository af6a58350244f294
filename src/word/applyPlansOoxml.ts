// Hosts without WordApi 1.4 (Office 2021 volume licence): each plan is rendered as OOXML revision markup by
// src/ooxml and replaces its anchor paragraph through insertOoxml. Never used on Word on the web. Subset API only.
import type { ApplyOutcome, HostResult } from '../host/documentHost';
import type { RedlinePlan } from '../engine/types';
import { renderPlanOoxml } from '../ooxml/renderPlanOoxml';
import { clashError, clashingParagraph } from './applyPlans';
import { DOCUMENT_CHANGED, failed, fromOfficeError, succeeded } from './hostErrors';
import type { RequestContextSubset } from './officeApi';
import { stripMarkers } from './readParagraphs';

export async function applyPlansOoxml(context: RequestContextSubset, plans: readonly RedlinePlan[], stamp: { author: string; date: string }): Promise<HostResult<readonly ApplyOutcome[]>> {
  const clash = clashingParagraph(plans);
  if (clash !== undefined) return failed(clashError(clash));
  const paragraphs = context.document.body.paragraphs.load('items/text');
  await context.sync();
  for (const plan of plans) {
    const anchor = paragraphs.items[plan.paragraph];
    // Below 1.4 the text read includes any tracked deletions; a paragraph with some counts as changed.
    if (!anchor || stripMarkers(anchor.text).text !== plan.originalText) return failed(DOCUMENT_CHANGED);
  }
  try {
    mergeByAnchor(plans).forEach((plan, i) => paragraphs.items[plan.paragraph]!.insertOoxml(renderPlanOoxml(plan, { ...stamp, firstRevisionId: 1 + i * 1000 }), 'Replace'));
    await context.sync();
  } catch (error) {
    return failed(fromOfficeError(error));
  }
  return succeeded(
    plans.map((plan) => ({
      planId: plan.id,
      mode: 'ooxml' as const,
      // Without getReviewedText the result cannot be read back without the deleted words, so it is not verified.
      verified: false,
      note: 'This version of Word cannot record tracked changes from add-ins, so the redline went in as revision markup. Check it in Review › Tracking before sending.',
    })),
  );
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
