// Hosts without WordApi 1.4 (Office 2021 volume licence): each anchor paragraph's own OOXML (getOoxml) is redlined
// by src/ooxml, keeping its style and run formatting, and put back with insertOoxml("Replace"). Three syncs in all.
// Never used on Word on the web. Written only against the officeApi subset.
import type { ApplyOutcome, HostResult } from '../host/documentHost';
import type { RedlinePlan } from '../engine/types';
import { renderPlanOoxml } from '../ooxml/renderPlanOoxml';
import { renderPlanOverOoxml } from '../ooxml/renderPlanOverOoxml';
import { clashError, clashingParagraph } from './applyPlans';
import { DOCUMENT_CHANGED, failed, fromOfficeError, succeeded } from './hostErrors';
import type { ClientResultSubset, RequestContextSubset } from './officeApi';
import { stripMarkers } from './readParagraphs';

const CHECK_NOTE = 'This version of Word cannot record tracked changes from add-ins, so the redline went in as revision markup. Check it in Review › Tracking before sending.';

export async function applyPlansOoxml(context: RequestContextSubset, plans: readonly RedlinePlan[], stamp: { author: string; date: string }): Promise<HostResult<readonly ApplyOutcome[]>> {
  const clash = clashingParagraph(plans);
  if (clash !== undefined) return failed(clashError(clash));
  const paragraphs = context.document.body.paragraphs.load('items/text');
  await context.sync();
  const merged = mergeByAnchor(plans);
  const packages: ClientResultSubset<string>[] = [];
  for (const plan of merged) {
    const anchor = paragraphs.items[plan.paragraph];
    // Below 1.4 the text read includes any tracked deletions; a paragraph with some counts as changed.
    if (!anchor || stripMarkers(anchor.text).text !== plan.originalText) return failed(DOCUMENT_CHANGED);
    packages.push(anchor.getOoxml());
  }
  await context.sync();
  const plain: number[] = [];
  try {
    merged.forEach((plan, i) => {
      const over = renderPlanOverOoxml(packages[i]!.value, plan, stamp);
      // Word's package should always take the plan; if not, a plain paragraph still carries the right revisions.
      if (!over.ok) plain.push(plan.paragraph);
      const ooxml = over.ok ? over.ooxml : renderPlanOoxml(plan, { ...stamp, firstRevisionId: 1 + i * 1000 });
      paragraphs.items[plan.paragraph]!.insertOoxml(ooxml, 'Replace');
    });
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
      note: plain.includes(plan.paragraph) ? `${CHECK_NOTE} The paragraph's own formatting could not be kept.` : CHECK_NOTE,
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
