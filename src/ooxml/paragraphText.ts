// Reads the text of WordprocessingML paragraphs and maps every character back to the element that shows it.
// Pure: must not import Office, the DOM globals, fs or Node.
import { MC_NS } from './namespaces';
import { childElements, getW, isElement, isW, type XmlElement, type XmlNode } from './xmlDom';

/**
 * Which reading of existing tracked changes: `accepted` is how the document now reads (inserted text in, deleted
 * text out); `rejected` is the text before any revision.
 */
export type RevisionView = 'accepted' | 'rejected';

/** One visible piece of a paragraph: a `w:t`/`w:delText` (splittable) or a one-character element such as a tab. */
export interface TextPiece {
  readonly kind: 'text' | 'symbol';
  readonly node: XmlElement;
  readonly run: XmlElement;
  readonly start: number;
  readonly end: number;
}

export interface ParagraphText {
  readonly text: string;
  readonly pieces: readonly TextPiece[];
}

/** Metadata and alternative renderings whose text is not part of what the paragraph says. */
const SKIPPED = new Set(['pPr', 'rPr', 'sdtPr', 'sdtEndPr', 'customXmlPr', 'smartTagPr', 'txbxContent', 'rt', 'fldData']);

/** Reads one or more `w:p` elements as one paragraph (several when a paragraph mark between them is revised away). */
export function readParagraphText(paragraphs: readonly XmlElement[], view: RevisionView = 'accepted'): ParagraphText {
  const pieces: TextPiece[] = [];
  const parts: string[] = [];
  let offset = 0;
  const push = (kind: TextPiece['kind'], node: XmlElement, run: XmlElement, text: string): void => {
    if (text.length === 0) return;
    pieces.push({ kind, node, run, start: offset, end: offset + text.length });
    parts.push(text);
    offset += text.length;
  };
  const readRun = (run: XmlElement, deleted: boolean): void => {
    for (let child = run.firstChild; child; child = child.nextSibling) {
      if (!isElement(child)) continue;
      const text = pieceText(child, deleted);
      if (text !== undefined) push(isW(child, 't') || isW(child, 'delText') ? 'text' : 'symbol', child, run, text);
    }
  };
  const visit = (node: XmlNode, deleted: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (!isElement(child)) continue;
      if (child.namespaceURI === MC_NS) {
        // Markup compatibility: read the first choice only, or the same words would be read twice.
        if (child.localName === 'AlternateContent') {
          const choice = childElements(child)[0];
          if (choice) visit(choice, deleted);
        }
        continue;
      }
      if (isForeignInline(child)) continue;
      const name = child.localName ?? '';
      if (SKIPPED.has(name)) continue;
      if (isW(child, 'r')) readRun(child, deleted);
      else if (isW(child, 'ins') || isW(child, 'moveTo')) {
        if (view === 'accepted') visit(child, deleted);
      } else if (isW(child, 'del') || isW(child, 'moveFrom')) {
        if (view === 'rejected') visit(child, true);
      } else visit(child, deleted);
    }
  };
  for (const paragraph of paragraphs) visit(paragraph, false);
  return { text: parts.join(''), pieces };
}

/** Math and drawing markup carry their own text models; contract wording lives in `w:` runs. */
function isForeignInline(element: XmlElement): boolean {
  return element.namespaceURI === 'http://schemas.openxmlformats.org/officeDocument/2006/math';
}

/** The characters an element inside a run shows, or undefined when it shows none. */
export function pieceText(element: XmlNode, deleted: boolean): string | undefined {
  if (isW(element, 't')) return deleted ? undefined : (element.textContent ?? '');
  if (isW(element, 'delText')) return deleted ? (element.textContent ?? '') : undefined;
  if (isW(element, 'tab') || isW(element, 'ptab')) return '\t';
  if (isW(element, 'noBreakHyphen')) return '-';
  if (isW(element, 'cr')) return ' ';
  if (isW(element, 'br')) {
    // Page and column breaks move text but say nothing; a line break separates words.
    const type = getW(element, 'type');
    return type === 'page' || type === 'column' ? undefined : ' ';
  }
  return undefined;
}

/** The revision on a paragraph's mark (`w:pPr/w:rPr/w:ins|w:del`), if any. */
export function paragraphMarkRevision(paragraph: XmlElement): 'inserted' | 'deleted' | undefined {
  for (let child = paragraph.firstChild; child; child = child.nextSibling) {
    if (!isW(child, 'pPr')) continue;
    for (let property = child.firstChild; property; property = property.nextSibling) {
      if (!isW(property, 'rPr')) continue;
      for (let mark = property.firstChild; mark; mark = mark.nextSibling) {
        if (isW(mark, 'ins')) return 'inserted';
        if (isW(mark, 'del')) return 'deleted';
      }
    }
  }
  return undefined;
}
