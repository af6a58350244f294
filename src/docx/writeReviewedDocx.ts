// Writes a reviewed copy of a .docx: each redline plan as minimal tracked changes and, when asked, a comment
// explaining it; every other part of the package is kept as it was. Must not import Office, the DOM globals or fs.
import JSZip from 'jszip';
import { InvariantError, type RedlinePlan } from '../engine/types';
import { applyPlanToParagraph } from '../ooxml/applyPlanToParagraph';
import { anchorComment } from '../ooxml/commentAnchor';
import { checkStamp, RevisionIds } from '../ooxml/revisionIds';
import { parseXml } from '../ooxml/xmlDom';
import { addComments, type NewComment } from './commentsPart';
import { highestIdInUse } from './existingIds';
import { mergePlans, type PlanVerdict } from './mergePlans';
import { writeXmlPart } from './packageParts';
import { bodyOf, documentParagraphs, type DocxDocument, type ParsedBody } from './readDocx';

export interface WriteOptions {
  readonly author: string;
  /** xsd:dateTime written on every revision and comment; passed in so output is repeatable. */
  readonly date: string;
  readonly comments: 'internal' | 'external' | 'none';
}

export type WriteResult =
  | { readonly ok: true; readonly data: Uint8Array; readonly verdicts: readonly PlanVerdict[] }
  | { readonly ok: false; readonly error: string };

export async function writeReviewedDocx(source: DocxDocument, plans: readonly RedlinePlan[], options: WriteOptions): Promise<WriteResult> {
  const stamp = checkStamp({ author: options.author, date: options.date });
  const zip = await JSZip.loadAsync(source.bytes);
  const parsed = source.parsed.take() ?? parseAgain(source);
  if (parsed.elements.length !== source.paragraphs.length) throw new InvariantError('the document paragraphs changed between reading and writing');
  const ids = new RevisionIds((await highestIdInUse(zip, parsed.dom)) + 1);
  const context = { stamp, ids };
  const verdicts: PlanVerdict[] = [];
  const comments: NewComment[] = [];
  for (const [paragraph, group] of groupByParagraph(plans)) {
    const elements = parsed.elements[paragraph];
    const text = source.paragraphs[paragraph]?.text;
    if (!elements || text === undefined) {
      for (const plan of group) verdicts.push(skip(plan, `paragraph ${paragraph} does not exist in this document`));
      continue;
    }
    const merged = mergePlans(text, group);
    for (const verdict of merged.skipped) verdicts.push(verdict);
    if (merged.plans.length === 0) continue;
    const applied = applyPlanToParagraph(elements, merged.edit, context);
    if (!applied.ok) {
      for (const plan of merged.plans) verdicts.push(skip(plan, applied.reason));
      continue;
    }
    let paragraphCursor = 0;
    merged.plans.forEach((plan, index) => {
      verdicts.push({ planId: plan.id, status: 'applied' });
      // Each plan's comment spans only that plan's own edits, even when several plans share the paragraph.
      const nodes = applied.opNodes.filter((_, op) => merged.opOwners[op] === index).flat();
      const added = applied.newParagraphs.slice(paragraphCursor, paragraphCursor + plan.newParagraphs.length);
      paragraphCursor += plan.newParagraphs.length;
      const first = nodes[0] ?? added[0];
      const last = added[added.length - 1] ?? nodes[nodes.length - 1];
      if (options.comments === 'none' || !first || !last) return;
      const id = ids.next();
      anchorComment(first, last, id);
      comments.push({ id, text: plan.comment[options.comments], author: stamp.author, date: stamp.date });
    });
  }
  writeXmlPart(zip, source.documentPath, parsed.dom);
  const added = await addComments(zip, source.documentPath, comments);
  if (!added.ok) return { ok: false, error: `${source.fileName}: ${added.error}; the comments could not be added, so nothing was written` };
  const data = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return { ok: true, data, verdicts: orderLike(plans, verdicts) };
}

/** A second write of the same DocxDocument starts from the stored text, since the first edited the parsed tree. */
function parseAgain(source: DocxDocument): ParsedBody {
  const parsed = parseXml(source.documentXml);
  const body = parsed.ok ? bodyOf(parsed.dom) : undefined;
  if (!parsed.ok || !body) throw new InvariantError(`${source.documentPath} parsed when read but not when written`);
  return { dom: parsed.dom, elements: documentParagraphs(body).map((entry) => entry.elements) };
}

function groupByParagraph(plans: readonly RedlinePlan[]): Map<number, RedlinePlan[]> {
  const groups = new Map<number, RedlinePlan[]>();
  for (const plan of plans) groups.set(plan.paragraph, [...(groups.get(plan.paragraph) ?? []), plan]);
  return groups;
}

function skip(plan: RedlinePlan, reason: string): PlanVerdict {
  return { planId: plan.id, status: 'skipped', reason };
}

function orderLike(plans: readonly RedlinePlan[], verdicts: readonly PlanVerdict[]): PlanVerdict[] {
  const order = new Map(plans.map((plan, index) => [plan.id, index]));
  return [...verdicts].sort((a, b) => (order.get(a.planId) ?? 0) - (order.get(b.planId) ?? 0));
}
