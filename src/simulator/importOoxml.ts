// Reads the paragraphs of a flat-OPC package given to insertOoxml into simulator paragraphs, turning w:ins/w:del
// (with their author and date) and inserted paragraph marks into revisions. Uses @xmldom/xmldom via src/ooxml, never
// regular expressions. Must not import the adapter.
import { descendantsW, childElements, firstW, getW, isW, parseXml, type XmlElement } from '../ooxml/xmlDom';
import type { SimChar, SimParagraph, SimRevision } from './model';
import { SimOfficeError } from './simOfficeError';

export function importOoxmlParagraphs(ooxml: string, anchor: SimParagraph): SimParagraph[] {
  const parsed = parseXml(ooxml);
  if (!parsed.ok) throw new SimOfficeError('GeneralException', `ooxmlIsMalformed: ${parsed.error}`);
  const body = descendantsW(parsed.dom, 'body')[0];
  if (!body) throw new SimOfficeError('GeneralException', 'ooxmlIsMalformed: the package has no w:body.');
  return childElements(body)
    .filter((element) => isW(element, 'p'))
    .map((p) => {
      const paragraph: SimParagraph = { chars: [], style: anchor.style, isListItem: anchor.isListItem, inTable: anchor.inTable, annotations: [] };
      const properties = firstW(p, 'pPr');
      const style = properties ? firstW(properties, 'pStyle') : undefined;
      if (style) paragraph.style = getW(style, 'val') ?? paragraph.style;
      const markInsert = properties ? firstW(firstW(properties, 'rPr') ?? properties, 'ins') : undefined;
      if (markInsert) paragraph.markRev = revisionOf(markInsert, 'insert');
      collectRuns(p, undefined, paragraph.chars);
      return paragraph;
    });
}

function collectRuns(parent: XmlElement, revision: SimRevision | undefined, out: SimChar[]): void {
  for (const child of childElements(parent)) {
    if (isW(child, 'ins')) collectRuns(child, revisionOf(child, 'insert'), out);
    else if (isW(child, 'del')) collectRuns(child, revisionOf(child, 'delete'), out);
    else if (isW(child, 'r')) {
      for (const piece of childElements(child)) {
        const text = isW(piece, 't') || isW(piece, 'delText') ? (piece.textContent ?? '') : isW(piece, 'tab') ? '\t' : '';
        for (const ch of text) {
          for (let i = 0; i < ch.length; i += 1) out.push(revision ? { ch: ch[i]!, rev: revision, highlight: null } : { ch: ch[i]!, highlight: null });
        }
      }
    }
  }
}

function revisionOf(element: XmlElement, type: SimRevision['type']): SimRevision {
  const author = getW(element, 'author');
  if (!author) throw new SimOfficeError('GeneralException', 'ooxmlIsMalformed: a revision has no w:author.');
  return { type, author, date: getW(element, 'date') ?? '' };
}
