// Builds the revision elements of WordprocessingML: w:ins and w:del wrappers, inserted runs and paragraphs.
// Pure: must not import Office, the DOM globals, fs or Node.
import { XML_NS } from './namespaces';
import type { RevisionIds, RevisionStamp } from './revisionIds';
import { childElements, createW, firstW, isW, type XmlDocument, type XmlElement } from './xmlDom';

export interface RevisionContext {
  readonly stamp: RevisionStamp;
  readonly ids: RevisionIds;
}

export function revisionElement(owner: XmlDocument, kind: 'ins' | 'del', context: RevisionContext): XmlElement {
  return createW(owner, kind, { id: context.ids.next(), author: context.stamp.author, date: context.stamp.date });
}

/** Revision marks that belong to the run they sit on and must not be copied onto new text. */
const RUN_REVISION_MARKS = ['ins', 'del', 'moveFrom', 'moveTo', 'rPrChange'];

/** A copy of run properties for new text: same formatting, none of the original run's revision history. */
export function cleanRunProperties(runProperties: XmlElement | undefined): XmlElement | undefined {
  if (!runProperties) return undefined;
  const copy = runProperties.cloneNode(true) as XmlElement;
  for (const child of childElements(copy)) if (RUN_REVISION_MARKS.some((name) => isW(child, name))) copy.removeChild(child);
  return copy;
}

/** `w:t` with preserved spaces, `w:tab` for tabs and `w:br` for line breaks: the inverse of reading them. */
export function appendRunText(owner: XmlDocument, run: XmlElement, text: string, textElement: 't' | 'delText' = 't'): void {
  const pieces = text.split(/(\t|\r\n|\n|\r)/);
  for (const piece of pieces) {
    if (piece.length === 0) continue;
    if (piece === '\t') run.appendChild(createW(owner, 'tab'));
    else if (piece === '\n' || piece === '\r' || piece === '\r\n') run.appendChild(createW(owner, 'br'));
    else {
      const t = createW(owner, textElement);
      preserveSpace(t);
      t.appendChild(owner.createTextNode(piece));
      run.appendChild(t);
    }
  }
}

export function preserveSpace(element: XmlElement): void {
  element.setAttributeNS(XML_NS, 'xml:space', 'preserve');
}

/** `<w:ins><w:r><w:rPr/>text</w:r></w:ins>` carrying the given formatting. */
export function insertedRun(owner: XmlDocument, text: string, runProperties: XmlElement | undefined, context: RevisionContext): XmlElement {
  const ins = revisionElement(owner, 'ins', context);
  const run = createW(owner, 'r');
  const properties = cleanRunProperties(runProperties);
  if (properties) run.appendChild(properties);
  appendRunText(owner, run, text);
  ins.appendChild(run);
  return ins;
}

/** Turns a run's visible text into deleted text (`w:t` → `w:delText`, `w:instrText` → `w:delInstrText`). */
export function markRunTextDeleted(owner: XmlDocument, run: XmlElement): void {
  for (const child of childElements(run)) {
    const renamed = isW(child, 't') ? 'delText' : isW(child, 'instrText') ? 'delInstrText' : undefined;
    if (!renamed) continue;
    const replacement = createW(owner, renamed);
    for (let i = 0; i < child.attributes.length; i += 1) {
      const attribute = child.attributes.item(i);
      if (attribute) replacement.setAttributeNS(attribute.namespaceURI, attribute.name, attribute.value);
    }
    while (child.firstChild) replacement.appendChild(child.firstChild);
    run.replaceChild(replacement, child);
  }
}

/** Paragraph properties that only the original paragraph may have: its section break and its change history. */
const PARAGRAPH_ONLY = ['sectPr', 'pPrChange'];

/**
 * Paragraph properties for a new paragraph: the anchor's properties without its section break or history, and the
 * paragraph mark itself marked inserted, so rejecting the revision removes the whole paragraph.
 */
export function insertedParagraphProperties(owner: XmlDocument, anchorProperties: XmlElement | undefined, context: RevisionContext): XmlElement {
  const properties = anchorProperties ? (anchorProperties.cloneNode(true) as XmlElement) : createW(owner, 'pPr');
  for (const child of childElements(properties)) if (PARAGRAPH_ONLY.some((name) => isW(child, name))) properties.removeChild(child);
  const existingMark = firstW(properties, 'rPr');
  const mark = cleanRunProperties(existingMark) ?? createW(owner, 'rPr');
  if (existingMark) properties.replaceChild(mark, existingMark);
  else properties.appendChild(mark);
  // w:ins comes first in a paragraph mark's properties (CT_ParaRPr).
  mark.insertBefore(revisionElement(owner, 'ins', context), mark.firstChild);
  return properties;
}

/** A whole new paragraph, text and mark both inserted, formatted like its anchor. */
export function insertedParagraph(
  owner: XmlDocument,
  text: string,
  anchorProperties: XmlElement | undefined,
  runProperties: XmlElement | undefined,
  context: RevisionContext,
): XmlElement {
  const paragraph = createW(owner, 'p');
  paragraph.appendChild(insertedParagraphProperties(owner, anchorProperties, context));
  if (text.length > 0) paragraph.appendChild(insertedRun(owner, text, runProperties, context));
  return paragraph;
}
