// Writes one redline plan into WordprocessingML as tracked changes: deleted words wrapped in w:del, new words in
// w:ins carrying the neighbouring run's formatting, new clauses as inserted paragraphs. Shared by the .docx
// writer and the Word OOXML renderer. Pure: must not import Office, the DOM globals, fs or Node.
import { InvariantError, type RedlinePlan } from '../engine/types';
import { readParagraphText, type TextPiece } from './paragraphText';
import { insertedParagraph, insertedRun, markRunTextDeleted, revisionElement, type RevisionContext } from './revisionElements';
import { revisionSegments, type RevisionSegment } from './revisionSegments';
import { fieldSpans, visibleRuns, type FieldSpan } from './fieldSpans';
import { plainParagraphProperties } from './newParagraphFormat';
import { placeAfter, placeBefore, splitRunBefore, splitRunsAt } from './runSplitting';
import { childElements, firstW, getW, insertAfter, isW, ownerDocumentOf, type XmlElement, type XmlNode } from './xmlDom';

export type PlanEdit = Pick<RedlinePlan, 'originalText' | 'targetText' | 'ops' | 'newParagraphs'>;

/**
 * What was written, for anchoring comments: the first and last nodes overall (absent when nothing changed), the
 * nodes written for each op (same order as the ops), and the new paragraphs.
 */
export type AppliedPlan =
  | {
      readonly ok: true;
      readonly first?: XmlNode;
      readonly last?: XmlNode;
      readonly opNodes: readonly (readonly XmlNode[])[];
      readonly newParagraphs: readonly XmlElement[];
    }
  | { readonly ok: false; readonly reason: string };

interface RunSpan {
  readonly run: XmlElement;
  readonly start: number;
  readonly end: number;
}

/**
 * `paragraphs` are the `w:p` elements that read as the plan's anchor paragraph (usually one). Returns a value when
 * the paragraph no longer reads as the plan expects; throws InvariantError if the result would not read as planned.
 */
/**
 * Where and how new paragraphs go. By default right after the anchor, formatted like it minus its structure (list
 * number, frame, heading style...). The .docx writer passes a body-level place (after a table, a content control or a
 * field result that holds the anchor) and the look of the body text around it.
 */
export interface NewParagraphPlacement {
  readonly insertAfter?: XmlNode;
  readonly paragraphProperties?: XmlElement;
  /** null: the new text carries no run formatting of its own. */
  readonly runProperties?: XmlElement | null;
}

export function applyPlanToParagraph(paragraphs: readonly XmlElement[], plan: PlanEdit, context: RevisionContext, placement: NewParagraphPlacement = {}): AppliedPlan {
  const anchor = last(paragraphs);
  const before = readParagraphText(paragraphs).text;
  if (before !== plan.originalText) return { ok: false, reason: 'the paragraph no longer reads as it did when the redline was planned' };
  const segments = revisionSegments(plan.originalText, plan.ops);
  const fieldsBefore = fieldSpans(paragraphs, readParagraphText(paragraphs).pieces);
  const cut = segments.find((segment) => cutsField(segment, fieldsBefore));
  if (cut) return { ok: false, reason: `the redline would change part of a field's result ("${cut.text}"), which Word recomputes; make this edit in Word` };
  splitRunsAt(paragraphs, segments.flatMap((segment) => [segment.start, segment.end]));
  const isDeleted = (span: RunSpan): boolean =>
    segments.some((segment) => segment.kind === 'delete' && span.start >= segment.start && span.end <= segment.end);
  for (const span of runSpans(readParagraphText(paragraphs).pieces)) if (isDeleted(span)) isolateText(span.run);
  const pieces = readParagraphText(paragraphs).pieces;
  const runs = runSpans(pieces);
  const fields = fieldSpans(paragraphs, pieces);
  const order = visibleRuns(paragraphs);
  const after = new Map<number, XmlNode>();
  const written: XmlNode[] = [];
  const opNodes: XmlNode[][] = [];
  for (const segment of segments) {
    if (segment.kind === 'delete') {
      const deleted = new Set(runs.filter((span) => span.start >= segment.start && span.end <= segment.end).map((span) => span.run));
      // A field whose whole result goes is deleted whole, code included, as Word itself does.
      for (const field of fields) if (field.start < field.end && segment.start <= field.start && field.end <= segment.end) field.runs.forEach((run) => deleted.add(run));
      const wrappers = wrapDeleted(order.filter((run) => deleted.has(run)), context);
      const lastWrapper = wrappers[wrappers.length - 1];
      if (!lastWrapper) throw new InvariantError(`no run holds the deleted text "${segment.text}"`);
      for (const wrapper of wrappers) written.push(wrapper);
      opNodes.push(wrappers);
      after.set(segment.start, lastWrapper);
      after.set(segment.end, lastWrapper);
    } else if (segment.kind === 'insert') {
      const node = insertText(paragraphs, runs, after.get(segment.start), segment.start, segment.text, context);
      written.push(node);
      opNodes.push([node]);
      after.set(segment.start, node);
    }
  }
  const newParagraphs = insertParagraphs(anchor, plan.newParagraphs, runs, context, placement);
  for (const paragraph of newParagraphs) written.push(paragraph);
  const result = readParagraphText(paragraphs).text;
  if (result !== plan.targetText) throw new InvariantError(`the redlined paragraph reads "${result}" instead of the planned "${plan.targetText}"`);
  return { ok: true, first: written[0], last: written[written.length - 1], opNodes, newParagraphs };
}

function last(paragraphs: readonly XmlElement[]): XmlElement {
  const element = paragraphs[paragraphs.length - 1];
  if (!element) throw new InvariantError('a plan needs at least one paragraph element to apply to');
  return element;
}

/** True when a deletion covers part (not all) of a field's result, or an insertion falls strictly inside one. */
function cutsField(segment: RevisionSegment, fields: readonly FieldSpan[]): boolean {
  return fields.some((field) => {
    if (field.start === field.end) return false;
    if (segment.kind === 'insert') return field.start < segment.start && segment.start < field.end;
    if (segment.kind === 'keep') return false;
    const overlaps = segment.start < field.end && field.start < segment.end;
    return overlaps && !(segment.start <= field.start && field.end <= segment.end);
  });
}

/** Runs that show text, with the offsets they cover (after splitting, each lies wholly inside or outside an edit). */
function runSpans(pieces: readonly TextPiece[]): RunSpan[] {
  const spans: RunSpan[] = [];
  for (const piece of pieces) {
    const previous = spans[spans.length - 1];
    if (previous && previous.run === piece.run) spans[spans.length - 1] = { ...previous, end: piece.end };
    else spans.push({ run: piece.run, start: piece.start, end: piece.end });
  }
  return spans;
}

/** Wraps adjacent runs together in one w:del each, so one deletion stays one revision where the markup allows. */
function wrapDeleted(deletedRuns: readonly XmlElement[], context: RevisionContext): XmlElement[] {
  const wrappers: XmlElement[] = [];
  let current: XmlElement | undefined;
  for (const run of deletedRuns) {
    const owner = ownerDocumentOf(run);
    if (!current || current.nextSibling !== run) {
      current = revisionElement(owner, 'del', context);
      run.parentNode?.insertBefore(current, run);
      wrappers.push(current);
    }
    current.appendChild(run);
    markRunTextDeleted(owner, run);
  }
  return wrappers;
}

/** Moves a run's non-text tail (a footnote reference, a field mark) into its own run, so deleting words keeps it. */
function isolateText(run: XmlElement): void {
  const { pieces } = readParagraphText([run]);
  const lastPiece = pieces[pieces.length - 1];
  const firstPiece = pieces[0];
  if (lastPiece?.node.nextSibling) splitRunBefore(run, lastPiece.node.nextSibling);
  if (firstPiece) splitRunBefore(run, firstPiece.node);
}

function insertText(
  paragraphs: readonly XmlElement[],
  runs: readonly RunSpan[],
  previousEdit: XmlNode | undefined,
  at: number,
  text: string,
  context: RevisionContext,
): XmlNode {
  const ending = [...runs].reverse().find((span) => span.end === at && span.start < at);
  const starting = runs.find((span) => span.start === at);
  const formatting = firstW((ending ?? starting)?.run ?? last(paragraphs), 'rPr');
  const node = insertedRun(ownerDocumentOf(last(paragraphs)), text, formatting, context);
  if (previousEdit) placeAfter(pastFieldEnd(previousEdit), node, context);
  else if (ending) placeAfter(pastFieldEnd(outermostEdit(ending.run)), node, context);
  else if (starting) placeBefore(outermostEdit(starting.run), node, context);
  else last(paragraphs).appendChild(node);
  return node;
}

/**
 * Text added at the end of a field's displayed result goes after the field's end mark: inside the result it would
 * be thrown away the next time Word updates the field. The position in the text is the same either way.
 */
function pastFieldEnd(node: XmlNode): XmlNode {
  const next = node.nextSibling;
  const endsField = isW(next, 'r') && childElements(next).some((child) => isW(child, 'fldChar') && getW(child, 'fldCharType') === 'end');
  return endsField && readParagraphText([next]).text === '' ? next : node;
}

/** A run already wrapped in our w:del is placed around by its wrapper. */
function outermostEdit(run: XmlElement): XmlNode {
  const parent = run.parentNode;
  return isW(parent, 'del') ? parent : run;
}

function insertParagraphs(anchor: XmlElement, texts: readonly string[], runs: readonly RunSpan[], context: RevisionContext, placement: NewParagraphPlacement): XmlElement[] {
  const properties = placement.paragraphProperties ?? plainParagraphProperties(firstW(anchor, 'pPr'));
  const formatting = placement.runProperties === null ? undefined : (placement.runProperties ?? firstW(runs[runs.length - 1]?.run ?? anchor, 'rPr'));
  const created: XmlElement[] = [];
  let previous: XmlNode = placement.insertAfter ?? anchor;
  for (const text of texts) {
    const paragraph = insertedParagraph(ownerDocumentOf(anchor), text, properties, formatting, context);
    insertAfter(previous, paragraph);
    created.push(paragraph);
    previous = paragraph;
  }
  return created;
}
