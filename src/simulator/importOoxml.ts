// Reads WordprocessingML paragraphs into simulator paragraphs: the text of runs with its w:ins/w:del revisions (nested
// ones too: an insertion deleted later is both), inserted paragraph marks, manual line and page breaks, tabs, special
// hyphens, note references, field results, content controls and hidden text, and the paragraph's own w:pPr. Used for
// insertOoxml and for loading a .docx. Uses @xmldom/xmldom via src/ooxml, never regular expressions. Must not import
// the adapter.
import { MC_NS } from '../ooxml/namespaces';
import { childElements, descendantsW, firstW, getW, isW, parseXml, serializeXml, type XmlElement } from '../ooxml/xmlDom';
import type { SimChar, SimParagraph, SimPart, SimRevision } from './model';
import { SimOfficeError } from './simOfficeError';

/** Hands out simulator revision ids: one per revision (w:id, author, date), so a revision split over runs stays one. */
export interface RevisionIssuer {
  next(): number;
}

export function importOoxmlParagraphs(ooxml: string, anchor: SimParagraph, ids: RevisionIssuer): SimParagraph[] {
  const parsed = parseXml(ooxml);
  if (!parsed.ok) throw new SimOfficeError('GeneralException', `ooxmlIsMalformed: ${parsed.error}`, 'Paragraph.insertOoxml');
  const body = descendantsW(parsed.dom, 'body')[0];
  if (!body) throw new SimOfficeError('GeneralException', 'ooxmlIsMalformed: the package has no w:body.', 'Paragraph.insertOoxml');
  const importer = new ParagraphImporter(ids);
  return childElements(body)
    .filter((element) => isW(element, 'p'))
    .map((p) => importer.paragraph([p], { style: anchor.style, isListItem: anchor.isListItem, inTable: anchor.inTable }));
}

/** All the body's paragraphs as one simulator paragraph (a deleted paragraph mark joins them), or undefined if none. */
export function importOoxmlParagraph(ooxml: string, defaults: SimParagraph, ids: RevisionIssuer): SimParagraph | undefined {
  const parsed = parseXml(ooxml);
  if (!parsed.ok) throw new SimOfficeError('GeneralException', `ooxmlIsMalformed: ${parsed.error}`);
  const body = descendantsW(parsed.dom, 'body')[0];
  const paragraphs = body ? childElements(body).filter((element) => isW(element, 'p')) : [];
  if (paragraphs.length === 0) return undefined;
  return new ParagraphImporter(ids).paragraph(paragraphs, { style: defaults.style, isListItem: defaults.isListItem, inTable: defaults.inTable });
}

export class ParagraphImporter {
  private readonly revisions = new Map<string, SimRevision>();
  private fields = 0;
  private controls = 0;

  constructor(private readonly ids: RevisionIssuer) {}

  /** One simulator paragraph from the w:p elements that read as one (a deleted mark joins two). */
  paragraph(elements: readonly XmlElement[], defaults: { style: string; isListItem: boolean; inTable: boolean }): SimParagraph {
    const paragraph: SimParagraph = { chars: [], style: defaults.style, isListItem: defaults.isListItem, inTable: defaults.inTable, annotations: [] };
    const properties = elements[0] ? firstW(elements[0], 'pPr') : undefined;
    if (properties) {
      paragraph.properties = serializeXml(withoutMarkRevision(properties));
      const style = getW(firstW(properties, 'pStyle') ?? properties, 'val');
      if (style) paragraph.style = style;
      if (firstW(properties, 'numPr')) paragraph.isListItem = true;
    }
    const last = elements[elements.length - 1];
    const markProperties = last ? firstW(last, 'pPr') : undefined;
    const markInsert = markProperties ? firstW(firstW(markProperties, 'rPr') ?? markProperties, 'ins') : undefined;
    if (markInsert) paragraph.markIns = this.revisionOf(markInsert, 'insert');
    const field: FieldState = { depth: 0, result: undefined, code: '' };
    for (const element of elements) this.collect(element, {}, field, paragraph.chars);
    return paragraph;
  }

  private collect(parent: XmlElement, context: Context, field: FieldState, out: SimChar[]): void {
    for (const child of childElements(parent)) {
      if (child.namespaceURI === MC_NS) {
        // Markup compatibility: the first choice only, or the same words would be read twice.
        const choice = child.localName === 'AlternateContent' ? childElements(child)[0] : undefined;
        if (choice) this.collect(choice, context, field, out);
      } else if (isW(child, 'ins')) this.collect(child, { ...context, ins: this.revisionOf(child, 'insert') }, field, out);
      else if (isW(child, 'del')) this.collect(child, { ...context, del: this.revisionOf(child, 'delete') }, field, out);
      else if (isW(child, 'r')) this.run(child, context, field, out);
      else if (isW(child, 'fldSimple')) {
        const code = getW(child, 'instr') ?? '';
        this.collect(child, { ...context, part: { kind: 'field-result', field: (this.fields += 1), code } }, field, out);
      } else if (isW(child, 'sdt')) {
        const content = firstW(child, 'sdtContent');
        if (content) this.collect(content, { ...context, part: { kind: 'content-control', control: (this.controls += 1) } }, field, out);
      } else if (isW(child, 'hyperlink') || isW(child, 'smartTag') || isW(child, 'customXml') || isW(child, 'moveTo')) this.collect(child, context, field, out);
    }
  }

  private run(run: XmlElement, context: Context, field: FieldState, out: SimChar[]): void {
    const runProperties = firstW(run, 'rPr');
    const hidden = runProperties !== undefined && firstW(runProperties, 'vanish') !== undefined;
    for (const piece of childElements(run)) {
      // A plain test, not the isW type guard, which would narrow `piece` to never after the first miss.
      const is = (name: string): boolean => isW(piece, name);
      if (is('fldChar')) {
        this.fieldChar(getW(piece, 'fldCharType'), field);
        continue;
      }
      if (is('instrText')) {
        if (field.depth > 0 && field.result === undefined) field.code += piece.textContent ?? '';
        continue;
      }
      // Between a field's begin and separate marks is its code, which Word does not show as text.
      if (field.depth > 0 && field.result === undefined) continue;
      const part: SimPart | undefined = field.result ?? context.part;
      const note = is('footnoteReference') ? 'footnote' : is('endnoteReference') ? 'endnote' : undefined;
      const text = note ? '\u0002' : pieceText(piece);
      const charPart: SimPart | undefined = note ? { kind: 'note-reference', note } : part;
      for (let i = 0; i < text.length; i += 1) {
        out.push({
          ch: text[i]!,
          highlight: null,
          ...(context.ins ? { ins: context.ins } : {}),
          ...(context.del ? { del: context.del } : {}),
          ...(charPart ? { part: charPart } : {}),
          ...(hidden ? { hidden } : {}),
        });
      }
    }
  }

  private fieldChar(type: string | null, field: FieldState): void {
    if (type === 'begin') {
      field.depth += 1;
      if (field.depth === 1) field.code = '';
    } else if (type === 'separate' && field.depth === 1) {
      field.result = { kind: 'field-result', field: (this.fields += 1), code: field.code.trim() };
    } else if (type === 'end' && field.depth > 0) {
      field.depth -= 1;
      if (field.depth === 0) field.result = undefined;
    }
  }

  private revisionOf(element: XmlElement, type: SimRevision['type']): SimRevision {
    const author = getW(element, 'author');
    if (!author) throw new SimOfficeError('GeneralException', 'ooxmlIsMalformed: a revision has no w:author.', 'Paragraph.insertOoxml');
    const date = getW(element, 'date') ?? '';
    const key = JSON.stringify([type, getW(element, 'id'), author, date]);
    const known = this.revisions.get(key);
    if (known) return known;
    const revision = { id: this.ids.next(), type, author, date };
    this.revisions.set(key, revision);
    return revision;
  }
}

interface Context {
  readonly ins?: SimRevision;
  readonly del?: SimRevision;
  readonly part?: SimPart;
}

interface FieldState {
  depth: number;
  result: SimPart | undefined;
  code: string;
}

/** The w:pPr without the revision of the paragraph mark, which the simulator keeps as `markIns`. */
function withoutMarkRevision(properties: XmlElement): XmlElement {
  const copy = properties.cloneNode(true) as XmlElement;
  const markFormatting = firstW(copy, 'rPr');
  for (const revision of markFormatting ? childElements(markFormatting) : []) if (isW(revision, 'ins') || isW(revision, 'del')) markFormatting?.removeChild(revision);
  return copy;
}

/** The characters one element inside a run stands for, as Word reports them in text. */
function pieceText(piece: XmlElement): string {
  if (isW(piece, 't') || isW(piece, 'delText')) return piece.textContent ?? '';
  if (isW(piece, 'tab')) return '\t';
  if (isW(piece, 'noBreakHyphen')) return '\u2011';
  if (isW(piece, 'softHyphen')) return '\u00ad';
  if (isW(piece, 'cr')) return '\u000b';
  if (isW(piece, 'br')) return getW(piece, 'type') === 'page' ? '\u000c' : '\u000b';
  return '';
}
