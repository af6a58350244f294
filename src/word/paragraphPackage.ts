// What Word's OOXML package for one paragraph (paragraph.getOoxml(), WordApi 1.1) says that its text does not: tracked
// changes already in it (and who made them), list numbering, and how it reads with every revision accepted. Used by
// the WordApi 1.3 path, which must never rewrite a paragraph that holds someone's revisions. Pure XML reading through
// src/ooxml; must not name Office or Word.
import { bodyParagraphElements, groupParagraphs } from '../ooxml/documentParagraphs';
import { readParagraphText } from '../ooxml/paragraphText';
import { descendantsW, firstW, getW, parseXml, type XmlElement } from '../ooxml/xmlDom';

/** Revision markup other than run formatting: text moved, inserted or deleted, or paragraph properties changed. */
const REVISION_ELEMENTS = ['ins', 'del', 'moveFrom', 'moveTo', 'pPrChange', 'rPrChange', 'sectPrChange', 'tblPrChange'];

export interface ParagraphPackage {
  /** Each revision in the package: its element name and author. */
  readonly revisions: readonly { readonly kind: string; readonly author: string }[];
  /** The paragraph is a list item (w:numPr): Word 2021 may renumber it when the paragraph is replaced. */
  readonly numbered: boolean;
  /** The text with every revision accepted, one entry per paragraph of the body. */
  readonly texts: readonly string[];
  /** How many characters are marked deleted (w:delText). */
  readonly deletedLength: number;
}

export function readParagraphPackage(ooxml: string): ParagraphPackage | undefined {
  const parsed = parseXml(ooxml);
  if (!parsed.ok) return undefined;
  const body = descendantsW(parsed.dom, 'body')[0];
  if (!body) return undefined;
  const revisions = REVISION_ELEMENTS.flatMap((kind) => descendantsW(body, kind).map((element) => ({ kind, author: getW(element, 'author') ?? '' })));
  const paragraphs = bodyParagraphElements(body);
  const numbered = paragraphs.some((p) => hasNumbering(p));
  const texts = groupParagraphs(paragraphs, 'accepted').map((group) => readParagraphText(group).text);
  const deletedLength = descendantsW(body, 'delText').reduce((sum, element) => sum + (element.textContent ?? '').length, 0);
  return { revisions, numbered, texts, deletedLength };
}

function hasNumbering(paragraph: XmlElement): boolean {
  const properties = firstW(paragraph, 'pPr');
  return properties !== undefined && firstW(properties, 'numPr') !== undefined;
}
