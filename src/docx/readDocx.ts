// Reads a .docx into the engine's paragraphs, keeping the parsed package and a map from each paragraph back to the
// w:p elements that show it. Bad input is a one-line value naming the file. Must not import Office or fs.
import JSZip from 'jszip';
import type { Paragraph } from '../engine/types';
import { bodyParagraphElements, groupParagraphs } from '../ooxml/documentParagraphs';
import { readParagraphText } from '../ooxml/paragraphText';
import { childElements, firstW, getW, isW, parseXml, type XmlDocument, type XmlElement } from '../ooxml/xmlDom';
import { describeDocxProblem, MAX_CONTRACT_CHARS, type DocxProblem } from './docxErrors';
import { openPackage } from './openPackage';

export interface DocxDocument {
  readonly fileName: string;
  readonly zip: JSZip;
  /** Path of the main document part inside the zip, normally word/document.xml. */
  readonly documentPath: string;
  /** The part's text as stored (decoded, and with Transitional namespace names for Strict), for a fresh parse. */
  readonly documentXml: string;
  /** Strict Open XML is read through Transitional names; only Transitional is written back. */
  readonly conformance: 'strict' | 'transitional';
  /** The file as read; the writer starts from these bytes so the caller's copy is never touched. */
  readonly bytes: Uint8Array;
  readonly paragraphs: readonly Paragraph[];
  /**
   * The parsed main part and each paragraph's w:p elements, handed once to the writer so a large document is not
   * parsed twice; `take()` returns undefined after the first call (the writer edits that tree in place).
   */
  readonly parsed: { readonly take: () => ParsedBody | undefined };
}

export interface ParsedBody {
  readonly dom: XmlDocument;
  readonly elements: readonly (readonly XmlElement[])[];
}

/** `error` names the file ("contract.docx: ..."); `reason` is the same line without the name, for callers that add it. */
export type ReadDocxResult =
  | { readonly ok: true; readonly document: DocxDocument }
  | { readonly ok: false; readonly error: string; readonly reason: string };

export async function readDocx(data: Uint8Array, fileName: string): Promise<ReadDocxResult> {
  const fail = (problem: DocxProblem): ReadDocxResult => ({ ok: false, error: `${fileName}: ${describeDocxProblem(problem)}`, reason: describeDocxProblem(problem) });
  const opened = await openPackage(data);
  if (!opened.ok) return fail(opened.problem);
  const { zip, documentPath, documentXml, stylesXml, conformance } = opened.opened;
  const parsed = parseXml(documentXml);
  if (!parsed.ok) return fail(parsed.doctype ? { kind: 'doctype', part: documentPath } : { kind: 'malformed-xml', part: documentPath, detail: parsed.error });
  const body = bodyOf(parsed.dom);
  if (!body) return fail({ kind: 'no-body', part: documentPath });
  const styleNames = stylesXml === undefined ? new Map<string, string>() : readStyleNames(stylesXml);
  const entries = documentParagraphs(body, styleNames);
  let unused: ParsedBody | undefined = { dom: parsed.dom, elements: entries.map((entry) => entry.elements) };
  const take = (): ParsedBody | undefined => {
    const handed = unused;
    unused = undefined;
    return handed;
  };
  const paragraphs = entries.map((entry) => entry.paragraph);
  // The CLI's analyze and review, and the workbench, all refuse the same documents for the same reason.
  if (paragraphs.length === 0) return fail({ kind: 'no-text' });
  const characters = paragraphs.reduce((total, paragraph) => total + paragraph.text.length, 0);
  if (characters > MAX_CONTRACT_CHARS) return fail({ kind: 'too-much-text', characters });
  return { ok: true, document: { fileName, zip, documentPath, documentXml, bytes: data, paragraphs, conformance, parsed: { take } } };
}

export function bodyOf(document: XmlDocument): XmlElement | undefined {
  const root = document.documentElement;
  return root && isW(root, 'document') ? firstW(root, 'body') : undefined;
}

/** Paragraph texts as the document now reads, skipping empty ones, each with the w:p elements behind it. */
export function documentParagraphs(body: XmlElement, styleNames: ReadonlyMap<string, string> = new Map()): { paragraph: Paragraph; elements: XmlElement[] }[] {
  const result: { paragraph: Paragraph; elements: XmlElement[] }[] = [];
  for (const elements of groupParagraphs(bodyParagraphElements(body), 'accepted')) {
    const text = readParagraphText(elements).text;
    if (text.trim().length === 0) continue;
    result.push({ paragraph: describeParagraph(text, elements, styleNames), elements });
  }
  return result;
}

function describeParagraph(text: string, elements: readonly XmlElement[], styleNames: ReadonlyMap<string, string>): Paragraph {
  const first = elements[0];
  const properties = first ? firstW(first, 'pPr') : undefined;
  const styleId = properties ? attributeOf(firstW(properties, 'pStyle')) : undefined;
  const style = styleId === undefined ? undefined : (styleNames.get(styleId) ?? styleId);
  const outline = properties ? attributeOf(firstW(properties, 'outlineLvl')) : undefined;
  const isHeading = (style !== undefined && /^(heading \d|title)$/i.test(style)) || (outline !== undefined && Number(outline) < 9);
  const isListItem = (properties !== undefined && firstW(properties, 'numPr') !== undefined) || (style !== undefined && /^list/i.test(style));
  const inTable = first !== undefined && hasAncestor(first, 'tc');
  return {
    text,
    ...(isHeading ? { isHeading } : {}),
    ...(isListItem && !isHeading ? { isListItem } : {}),
    ...(inTable ? { inTable } : {}),
    ...(style !== undefined ? { style } : {}),
  };
}

function attributeOf(element: XmlElement | undefined): string | undefined {
  return element ? (getW(element, 'val') ?? undefined) : undefined;
}

function hasAncestor(element: XmlElement, localName: string): boolean {
  for (let node = element.parentNode; node; node = node.parentNode) if (isW(node, localName)) return true;
  return false;
}

/** Style ids map to display names ("Heading1" → "heading 1"); an unreadable styles part only loses the names. */
function readStyleNames(stylesXml: string): Map<string, string> {
  const names = new Map<string, string>();
  const parsed = parseXml(stylesXml);
  if (!parsed.ok || !parsed.dom.documentElement) return names;
  for (const style of childElements(parsed.dom.documentElement)) {
    if (!isW(style, 'style')) continue;
    const id = getW(style, 'styleId');
    const name = attributeOf(firstW(style, 'name'));
    if (id && name) names.set(id, name);
  }
  return names;
}
