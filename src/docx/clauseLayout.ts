// Where a new clause goes in a .docx body and how it looks (issue 13 §4, F3/F4): at body level, after the table,
// content control or multi-paragraph field that holds its anchor, formatted like the nearest plain body paragraph.
// It also tells which paragraphs lie in a field result spanning paragraphs (a table of contents, a bibliography):
// Word rebuilds those when the field updates, so nothing is redlined there. Must not import Office, the DOM or fs.
import { bodyParagraphElements } from '../ooxml/documentParagraphs';
import { visibleRuns } from '../ooxml/fieldSpans';
import { isStructuralStyle, plainParagraphProperties } from '../ooxml/newParagraphFormat';
import { readParagraphText } from '../ooxml/paragraphText';
import { childElements, firstW, getW, isW, type XmlElement, type XmlNode } from '../ooxml/xmlDom';
import type { Paragraph } from '../engine/types';
import { bodyOf, type ParsedBody } from './readDocx';

export interface NewClauseFormat {
  readonly paragraphProperties?: XmlElement;
  /** null: no run formatting (there is no plain body paragraph to take it from). */
  readonly runProperties: XmlElement | null;
}

/** The block that is a direct child of w:body and holds `node` (the node itself at body level). */
export function bodyLevelBlock(node: XmlNode): XmlNode {
  let block = node;
  while (block.parentNode && !isW(block.parentNode, 'body')) block = block.parentNode;
  return block.parentNode ? block : node;
}

/**
 * For every w:p that lies in a complex field spanning paragraphs (open when the paragraph starts or ends), the w:p
 * in which the outermost field ends, or null when it never ends.
 */
function multiParagraphFields(paragraphs: readonly XmlElement[]): Map<XmlElement, XmlElement | null> {
  const fieldEnds = new Map<XmlElement, XmlElement | null>();
  let depth = 0;
  let pending: XmlElement[] = [];
  for (const paragraph of paragraphs) {
    const openAtStart = depth > 0;
    let closedHere = false;
    for (const run of visibleRuns([paragraph])) {
      const type = childElements(run).map((child) => (isW(child, 'fldChar') ? getW(child, 'fldCharType') : undefined)).find(Boolean);
      if (type === 'begin') depth += 1;
      else if (type === 'end' && depth > 0) {
        depth -= 1;
        if (depth === 0) closedHere = true;
      }
    }
    if (openAtStart || depth > 0) pending.push(paragraph);
    if (closedHere && depth === 0) {
      for (const inside of pending) fieldEnds.set(inside, paragraph);
      pending = [];
    }
  }
  for (const inside of pending) fieldEnds.set(inside, null);
  return fieldEnds;
}

export class ClauseLayout {
  private fields: Map<XmlElement, XmlElement | null> | undefined;
  private plainBefore: Int32Array | undefined;
  private plainAfter: Int32Array | undefined;
  /** The last clause inserted after each body-level block, so several clauses there keep their order. */
  private readonly lastInserted = new Map<XmlNode, XmlNode>();

  constructor(
    private readonly parsed: ParsedBody,
    private readonly paragraphs: readonly Paragraph[],
  ) {}

  private fieldEnds(): Map<XmlElement, XmlElement | null> {
    if (!this.fields) {
      const body = bodyOf(this.parsed.dom);
      this.fields = body ? multiParagraphFields(bodyParagraphElements(body)) : new Map();
    }
    return this.fields;
  }

  /** True when the paragraph lies in a field result (or code) that spans paragraphs. */
  insideField(index: number): boolean {
    const fields = this.fieldEnds();
    return (this.parsed.elements[index] ?? []).some((element) => fields.has(element));
  }

  /**
   * Where the paragraph's new clauses go: after its body-level block (past a field that holds it), and after any
   * clause already put there. Undefined when a field holding the paragraph never ends.
   */
  insertionPoint(index: number): { readonly block: XmlNode; readonly after: XmlNode } | undefined {
    const elements = this.parsed.elements[index] ?? [];
    const anchor = elements[elements.length - 1];
    if (!anchor) return undefined;
    const fields = this.fieldEnds();
    const fieldEnd = elements.map((element) => fields.get(element)).find((end) => end !== undefined);
    if (fieldEnd === null) return undefined;
    const block = bodyLevelBlock(fieldEnd ?? anchor);
    return { block, after: this.lastInserted.get(block) ?? block };
  }

  /** Records the clauses just inserted after `block`, so the next ones there follow them. */
  inserted(block: XmlNode, added: readonly XmlElement[]): void {
    const last = added[added.length - 1];
    if (last) this.lastInserted.set(block, last);
  }

  /** The look of the nearest plain body paragraph (before the anchor, else after it), without its structure. */
  format(index: number): NewClauseFormat {
    this.plainBefore ??= this.nearestPlain(1);
    this.plainAfter ??= this.nearestPlain(-1);
    const model = this.plainBefore[index] ?? -1;
    const chosen = model >= 0 ? model : (this.plainAfter[index] ?? -1);
    const elements = chosen >= 0 ? this.parsed.elements[chosen] : undefined;
    const first = elements?.[0];
    if (!elements || !first) return { runProperties: null };
    const textRun = readParagraphText(elements).pieces.find((piece) => piece.kind === 'text')?.run;
    const properties = plainParagraphProperties(firstW(first, 'pPr'));
    return { ...(properties ? { paragraphProperties: properties } : {}), runProperties: (textRun && firstW(textRun, 'rPr')) ?? null };
  }

  /** For each paragraph, the nearest plain one in the given direction (1: at or before, -1: at or after), or -1. */
  private nearestPlain(direction: 1 | -1): Int32Array {
    const count = this.paragraphs.length;
    const nearest = new Int32Array(count).fill(-1);
    let last = -1;
    for (let step = 0; step < count; step += 1) {
      const index = direction === 1 ? step : count - 1 - step;
      if (this.isPlain(index)) last = index;
      nearest[index] = last;
    }
    return nearest;
  }

  private isPlain(index: number): boolean {
    const paragraph = this.paragraphs[index];
    const first = this.parsed.elements[index]?.[0];
    if (!paragraph || !first || paragraph.isHeading || paragraph.isListItem || paragraph.inTable || this.insideField(index)) return false;
    if (!isW(first.parentNode, 'body')) return false;
    const properties = firstW(first, 'pPr');
    const style = properties ? firstW(properties, 'pStyle') : undefined;
    return !(properties && firstW(properties, 'framePr')) && !isStructuralStyle(style ? getW(style, 'val') : undefined);
  }
}
