// Applies one redline plan to the OOXML package Word returns for the anchor paragraph (`paragraph.getOoxml()`), so
// the revisions keep every run's own formatting, and returns the package to put back with insertOoxml("Replace").
// Pure: must not import Office, the DOM globals, fs or Node.
import type { RedlinePlan } from '../engine/types';
import { applyPlanToParagraph } from './applyPlanToParagraph';
import { bodyParagraphElements, groupParagraphs } from './documentParagraphs';
import { MAIN_PART_NAME, PKG_NS } from './namespaces';
import { readParagraphText } from './paragraphText';
import { checkStamp, RevisionIds } from './revisionIds';
import { descendantsW, getW, isElement, parseXml, serializeXml, type XmlNode } from './xmlDom';

export type RenderOverResult = { readonly ok: true; readonly ooxml: string } | { readonly ok: false; readonly reason: string };

export function renderPlanOverOoxml(paragraphOoxml: string, plan: RedlinePlan, options: { readonly author: string; readonly date: string }): RenderOverResult {
  const stamp = checkStamp({ author: options.author, date: options.date });
  const parsed = parseXml(paragraphOoxml);
  if (!parsed.ok) return { ok: false, reason: `Word returned OOXML that does not parse (${parsed.error})` };
  const body = mainDocumentBody(parsed.dom);
  if (!body) return { ok: false, reason: 'Word returned OOXML without a document body' };
  const group = groupParagraphs(bodyParagraphElements(body), 'accepted').find((candidate) => readParagraphText(candidate).text === plan.originalText);
  if (!group) return { ok: false, reason: 'the paragraph no longer reads as it did when the redline was planned' };
  const applied = applyPlanToParagraph(group, plan, { stamp, ids: new RevisionIds(highestId(parsed.dom) + 1) });
  if (!applied.ok) return applied;
  return { ok: true, ooxml: serializeXml(parsed.dom) };
}

/** The w:body of the main document part of a flat-OPC package (or of a bare w:document). */
function mainDocumentBody(root: XmlNode): XmlNode | undefined {
  const documents = descendantsW(root, 'document');
  const inMainPart = documents.find((candidate) => {
    const part = candidate.parentNode?.parentNode;
    return isElement(part) && part.getAttributeNS(PKG_NS, 'name') === MAIN_PART_NAME;
  });
  const main = inMainPart ?? documents[0];
  return main ? descendantsW(main, 'body')[0] : undefined;
}

function highestId(root: XmlNode): number {
  return ['ins', 'del', 'moveFrom', 'moveTo', 'comment', 'commentRangeStart', 'bookmarkStart', 'rPrChange', 'pPrChange']
    .flatMap((name) => descendantsW(root, name))
    .reduce((highest, element) => Math.max(highest, Number(getW(element, 'id')) || 0), 0);
}

