// Writes a reviewed copy of a .docx: each redline plan as minimal tracked changes and, when asked, a comment
// explaining it; every other part of the package is kept as it was. Must not import Office, the DOM globals or fs.
import JSZip from 'jszip';
import { InvariantError, type RedlinePlan } from '../engine/types';
import { applyPlanToParagraph } from '../ooxml/applyPlanToParagraph';
import { anchorComment } from '../ooxml/commentAnchor';
import { checkStamp, RevisionIds } from '../ooxml/revisionIds';
import { parseXml } from '../ooxml/xmlDom';
import { ClauseLayout } from './clauseLayout';
import { addComments, type NewComment } from './commentsPart';
import { describeDocxProblem } from './docxErrors';
import { highestIdInUse } from './existingIds';
import { markInternal } from '../negotiation/internalMark';
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
  /** `changed: false` means no redline could be made: `data` is then the input itself, byte for byte. */
  | { readonly ok: true; readonly data: Uint8Array; readonly verdicts: readonly PlanVerdict[]; readonly changed: boolean }
  | { readonly ok: false; readonly error: string };

const IN_FIELD =
  'the clause sits in a field result that spans paragraphs (a table of contents, an index or a bibliography), which Word ' +
  'rebuilds when the field updates; make this change in Word, where the task pane can show it';
const FIELD_NEVER_ENDS = "the clause's paragraph sits in a field that never ends, so there is no safe place after it for a new clause";

export async function writeReviewedDocx(source: DocxDocument, plans: readonly RedlinePlan[], options: WriteOptions): Promise<WriteResult> {
  const stamp = checkStamp({ author: options.author, date: options.date });
  const parsed = source.parsed.take() ?? parseAgain(source);
  if (parsed.elements.length !== source.paragraphs.length) throw new InvariantError('the document paragraphs changed between reading and writing');
  const ids = new RevisionIds((await highestIdInUse(source.zip, parsed.dom)) + 1);
  const context = { stamp, ids };
  const layout = new ClauseLayout(parsed, source.paragraphs);
  const verdicts: PlanVerdict[] = [];
  const comments: NewComment[] = [];
  for (const [paragraph, all] of groupByParagraph(plans)) {
    const elements = parsed.elements[paragraph];
    const text = source.paragraphs[paragraph]?.text;
    if (!elements || text === undefined) {
      for (const plan of all) verdicts.push(skip(plan, `paragraph ${paragraph} does not exist in this document`));
      continue;
    }
    // Inside a field result Word would undo an edit; a new clause still goes in, after the field.
    const inField = layout.insideField(paragraph);
    const group = inField ? all.filter((plan) => plan.ops.length === 0) : all;
    if (inField) for (const plan of all) if (plan.ops.length > 0) verdicts.push(skip(plan, IN_FIELD));
    const point = group.some((plan) => plan.newParagraphs.length > 0) ? layout.insertionPoint(paragraph) : undefined;
    const placeable = group.filter((plan) => plan.newParagraphs.length === 0 || point !== undefined);
    if (placeable.length < group.length) for (const plan of group) if (plan.newParagraphs.length > 0) verdicts.push(skip(plan, FIELD_NEVER_ENDS));
    const merged = mergePlans(text, placeable);
    for (const verdict of merged.skipped) verdicts.push(verdict);
    if (merged.plans.length === 0) continue;
    const placement = point ? { insertAfter: point.after, ...layout.format(paragraph) } : {};
    const applied = applyPlanToParagraph(elements, merged.edit, context, placement);
    if (!applied.ok) {
      for (const plan of merged.plans) verdicts.push(skip(plan, applied.reason));
      continue;
    }
    if (point) layout.inserted(point.block, applied.newParagraphs);
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
      // Internal comments carry the "[Internal]" mark, so --strip-internal (and the pane) can remove them.
      comments.push({ id, text: options.comments === 'internal' ? markInternal(plan.comment.internal) : plan.comment.external, author: stamp.author, date: stamp.date });
    });
  }
  const ordered = orderLike(plans, verdicts);
  // Nothing to change: the package is kept byte for byte rather than re-serialised.
  if (!ordered.some((verdict) => verdict.status === 'applied')) return { ok: true, data: source.bytes, verdicts: ordered, changed: false };
  if (source.conformance === 'strict') return { ok: false, error: `${source.fileName}: ${describeDocxProblem({ kind: 'strict-review' })}` };
  const zip = await JSZip.loadAsync(source.bytes);
  const untouched = new Set(Object.values(zip.files));
  writeXmlPart(zip, source.documentPath, parsed.dom);
  const added = await addComments(zip, source.documentPath, comments);
  if (!added.ok) return { ok: false, error: `${source.fileName}: ${added.error}; the comments could not be added, so nothing was written` };
  // The parts we wrote carry the revision date rather than the clock's, so the same review gives the same bytes.
  for (const entry of Object.values(zip.files)) if (!untouched.has(entry)) entry.date = new Date(stamp.date);
  const data = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return { ok: true, data, verdicts: ordered, changed: true };
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
  for (const plan of plans) {
    const group = groups.get(plan.paragraph);
    if (group) group.push(plan);
    else groups.set(plan.paragraph, [plan]);
  }
  return groups;
}

function skip(plan: RedlinePlan, reason: string): PlanVerdict {
  return { planId: plan.id, status: 'skipped', reason };
}

function orderLike(plans: readonly RedlinePlan[], verdicts: readonly PlanVerdict[]): PlanVerdict[] {
  const order = new Map(plans.map((plan, index) => [plan.id, index]));
  return [...verdicts].sort((a, b) => (order.get(a.planId) ?? 0) - (order.get(b.planId) ?? 0));
}
