// `review --round2`: answers the other side's tracked changes to the AI and data terms in a copy of the .docx. A
// change that adds a risk or removes a protection is rejected in place and countered with a comment giving our
// position; every other revision (theirs on other terms, their favourable changes, ours) stays exactly as it was.
// Must not import Office, the DOM globals or fs.
import JSZip from 'jszip';
import { analyzeDocument } from '../../engine/analyzeDocument';
import { clauseLabels } from '../../engine/clauseLabels';
import type { Analysis, Paragraph } from '../../engine/types';
import { anchorComment } from '../../ooxml/commentAnchor';
import { paragraphMarkRevision, readParagraphText } from '../../ooxml/paragraphText';
import { checkStamp, RevisionIds } from '../../ooxml/revisionIds';
import { childElements, createW, isW, ownerDocumentOf, type XmlElement } from '../../ooxml/xmlDom';
import { fillClause } from '../../playbook/fillPlaceholders';
import { issueForCategory, issueResolver } from '../../playbook/issueFor';
import type { Playbook } from '../../playbook/schema';
import { addComments, type NewComment } from '../commentsPart';
import { highestIdInUse } from '../existingIds';
import { writeXmlPart } from '../packageParts';
import type { DocxDocument } from '../readDocx';
import { counterComment } from '../../negotiation/counterComment';
import { docxRevisions, type DocxParagraphRevisions } from './docxRevisions';
import { judgeChanges, type JudgedChange } from '../../negotiation/judgeChanges';
import { paragraphSegments } from '../../negotiation/paragraphSegments';

export interface RoundTwoOptions {
  readonly playbook: Playbook;
  /** Our side's author name: changes by anyone else are theirs. */
  readonly author: string;
  readonly date: string;
  readonly comments: 'internal' | 'external' | 'none';
}

export type RoundTwoResult =
  | { readonly ok: true; readonly analysis: Analysis; readonly data: Uint8Array; readonly answered: number; readonly notes: readonly string[] }
  | { readonly ok: false; readonly error: string };

const ADVERSE = new Set(['adds-risk', 'removes-protection']);

export async function answerTheirChanges(document: DocxDocument, options: RoundTwoOptions): Promise<RoundTwoResult> {
  const stamp = checkStamp({ author: options.author, date: options.date });
  const analysis = analyzeDocument(document.paragraphs, { issueFor: issueResolver(options.playbook) });
  const revisions = docxRevisions(document);
  const definitions = analysis.definitions.map((definition) => definition.paragraph);
  const labels = clauseLabels(document.paragraphs);
  const zip = await JSZip.loadAsync(document.bytes);
  const ids = new RevisionIds((await highestIdInUse(zip, revisions.dom)) + 1);
  let sources = new Map(revisions.paragraphs.map((paragraph) => [paragraph.paragraph, paragraph]));
  const paragraphs = [...document.paragraphs];
  const comments: NewComment[] = [];
  const notes: string[] = [];
  let answered = 0;
  let left: JudgedChange[] = [];
  // Answering one change can change what another means (a second narrowing of a deletion duty matters once the first
  // is rejected), so judge again until no adverse change of theirs is left; a few rounds always suffice.
  for (let round = 0; round < 5; round += 1) {
    const judged = judgeChanges(paragraphs, [...sources.values()], definitions);
    const theirs = judged.filter((change) => change.aiTerms && change.unit.author !== options.author);
    const adverse = theirs.filter((change) => ADVERSE.has(change.effect));
    left = theirs.filter((change) => !ADVERSE.has(change.effect));
    if (adverse.length === 0) break;
    const touched = new Set<number>();
    for (const change of adverse) {
      const source = sources.get(change.unit.paragraph)!;
      const clause = labels[change.unit.paragraph]?.text ?? `¶ ${change.unit.paragraph + 1}`;
      const what = describe(source, change);
      // Two changes of one paragraph are answered one round at a time: the second is judged again first.
      if (touched.has(change.unit.paragraph)) continue;
      const anchor = rejectInPlace(source, change);
      if (!anchor) {
        notes.push(`${clause}: could not be rejected automatically (the change overlaps another revision): ${change.unit.author} ${what}; answer it in Word`);
        continue;
      }
      touched.add(change.unit.paragraph);
      answered += 1;
      notes.push(`${clause}: rejected ${change.unit.author}'s change (${change.effect}): ${what}`);
      if (options.comments !== 'none') comments.push(counter(change, { clause, what, anchor, ids, stamp, analysis, playbook: options.playbook, audience: options.comments }));
    }
    if (touched.size === 0) break;
    sources = resegment(sources, touched, paragraphs);
  }
  for (const change of left) {
    const source = sources.get(change.unit.paragraph)!;
    notes.push(`${labels[change.unit.paragraph]?.text ?? `¶ ${change.unit.paragraph + 1}`}: left for you to accept or reject: ${change.unit.author} ${describe(source, change)} (${change.effect})`);
  }
  writeXmlPart(zip, document.documentPath, revisions.dom);
  const added = await addComments(zip, document.documentPath, comments);
  if (!added.ok) return { ok: false, error: `${added.error}; the comments could not be added, so nothing was written` };
  const data = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return { ok: true, analysis, data, answered, notes };
}

interface CounterContext {
  readonly clause: string;
  readonly what: string;
  readonly anchor: XmlElement;
  readonly ids: RevisionIds;
  readonly stamp: { readonly author: string; readonly date: string };
  readonly analysis: Analysis;
  readonly playbook: Playbook;
  readonly audience: 'internal' | 'external';
}

/** The comment answering a rejected change, anchored on its paragraph. */
function counter(change: JudgedChange, context: CounterContext): NewComment {
  const issue = change.category ? issueForCategory(context.playbook, change.category) : undefined;
  const preferred = issue?.positions[0];
  const position = preferred ? { label: preferred.label, wording: fillClause(preferred.clause, context.analysis.terms) } : undefined;
  const id = context.ids.next();
  anchorComment(context.anchor, context.anchor, id);
  const facts = { effect: change.effect, category: change.category, clause: context.clause, author: change.unit.author, what: context.what };
  return { id, text: counterComment(facts, context.analysis.terms, context.audience, position), author: context.stamp.author, date: context.stamp.date };
}

/** Reads the answered paragraphs again (their revisions and text), dropping paragraphs removed whole. */
function resegment(sources: Map<number, DocxParagraphRevisions>, touched: ReadonlySet<number>, paragraphs: Paragraph[]): Map<number, DocxParagraphRevisions> {
  const next = new Map<number, DocxParagraphRevisions>();
  for (const [index, source] of sources) {
    if (!touched.has(index)) {
      next.set(index, source);
      continue;
    }
    const elements = source.elements.filter((element) => element.parentNode !== null);
    const segmented = paragraphSegments(elements);
    paragraphs[index] = { ...paragraphs[index]!, text: readParagraphText(elements).text };
    if (segmented.segments.some((segment) => segment.kind !== 'keep')) next.set(index, { paragraph: index, elements, ...segmented });
  }
  return next;
}

function describe(source: DocxParagraphRevisions, change: JudgedChange): string {
  const parts = change.unit.segments.map((index) => {
    const segment = source.segments[index]!;
    return `${segment.kind === 'delete' ? 'deleted' : 'inserted'} “${excerpt(segment.text)}”`;
  });
  return parts.join(' and ');
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

/**
 * Rejects the change's revisions in the XML: an insertion is removed, a deletion becomes ordinary text again, and a
 * paragraph they inserted whole goes with its mark. Returns the paragraph to hang the comment on, or undefined (and
 * changes nothing) when a revision element also holds text of another change.
 */
function rejectInPlace(source: DocxParagraphRevisions, change: JudgedChange): XmlElement | undefined {
  const mine = new Set(change.unit.segments);
  const wrappers = change.unit.segments.flatMap((index) => source.wrappers[index] ?? []);
  const shared = source.wrappers.some((held, index) => !mine.has(index) && held.some((element) => wrappers.includes(element)));
  if (shared || wrappers.length === 0) return undefined;
  const before = previousParagraph(source.elements[0]);
  for (const wrapper of wrappers) {
    if (isW(wrapper, 'ins') || isW(wrapper, 'moveTo')) wrapper.parentNode?.removeChild(wrapper);
    else unwrapDeletion(wrapper);
  }
  const kept = source.elements.filter((paragraph) => {
    const emptied = paragraphMarkRevision(paragraph) === 'inserted' && readParagraphText([paragraph]).text === '' && paragraph.parentNode;
    if (emptied) removeParagraph(paragraph);
    return !emptied;
  });
  return kept[0] ?? before;
}

function unwrapDeletion(wrapper: XmlElement): void {
  const owner = ownerDocumentOf(wrapper);
  const parent = wrapper.parentNode;
  if (!parent) return;
  for (const run of childElements(wrapper)) {
    for (const piece of childElements(run)) {
      const renamed = isW(piece, 'delText') ? 't' : isW(piece, 'delInstrText') ? 'instrText' : undefined;
      if (!renamed) continue;
      const replacement = createW(owner, renamed);
      for (let i = 0; i < piece.attributes.length; i += 1) {
        const attribute = piece.attributes.item(i);
        if (attribute) replacement.setAttributeNS(attribute.namespaceURI, attribute.name, attribute.value);
      }
      while (piece.firstChild) replacement.appendChild(piece.firstChild);
      run.replaceChild(replacement, piece);
    }
    parent.insertBefore(run, wrapper);
  }
  parent.removeChild(wrapper);
}

function removeParagraph(paragraph: XmlElement): void {
  paragraph.parentNode?.removeChild(paragraph);
}

function previousParagraph(element: XmlElement | undefined): XmlElement | undefined {
  for (let node = element?.previousSibling; node; node = node.previousSibling) if (isW(node, 'p')) return node;
  return undefined;
}
