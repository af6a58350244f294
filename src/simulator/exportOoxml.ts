// Writes one simulator paragraph as the flat-OPC package paragraph.getOoxml() returns: its own w:pPr (or its style and
// numbering), its runs with revisions as w:ins/w:del (an inserted-then-deleted run as w:ins around w:del), breaks,
// tabs, special hyphens, note references, field results with their codes, content controls and hidden text. The
// inverse of importOoxml. Built with @xmldom/xmldom (helpers from src/ooxml), never by string concatenation of text.
// Must not import the adapter.
import { MAIN_DOCUMENT_TYPE, OFFICE_DOCUMENT_REL, PKG_NS, REL_NS, RELATIONSHIPS_TYPE, W_NS, XML_NS } from '../ooxml/namespaces';
import { DOMImplementation } from '@xmldom/xmldom';
import { createW, firstW, parseXml, serializeXml, type XmlDocument, type XmlElement } from '../ooxml/xmlDom';
import type { SimChar, SimParagraph, SimRevision } from './model';

const SYMBOLS: Readonly<Record<string, () => [string, Record<string, string>]>> = {
  '\t': () => ['tab', {}],
  '\u000b': () => ['br', {}],
  '\u000c': () => ['br', { type: 'page' }],
  '\u2011': () => ['noBreakHyphen', {}],
  '\u00ad': () => ['softHyphen', {}],
};

export function exportParagraphOoxml(paragraph: SimParagraph): string {
  // Built rather than parsed: the simulator writes packages for every getOoxml, and a parse costs far more.
  const dom = new DOMImplementation().createDocument(W_NS, 'w:document', null);
  const body = createW(dom, 'body');
  const p = createW(dom, 'p');
  dom.documentElement!.appendChild(body);
  body.appendChild(p);
  p.appendChild(paragraphProperties(dom, paragraph));
  let notes = 0;
  let field: { id: number; code: string } | undefined;
  let control: { id: number; content: XmlElement } | undefined;
  const place = (node: XmlElement): void => void (control ? control.content : p).appendChild(node);
  for (const group of groupsOf(paragraph.chars)) {
    const part = group[0]!.part;
    const fieldHere = part?.kind === 'field-result' ? { id: part.field, code: part.code } : undefined;
    const controlHere = part?.kind === 'content-control' ? part.control : undefined;
    if (field && field.id !== fieldHere?.id) {
      place(fieldCharRun(dom, 'end'));
      field = undefined;
    }
    if (control && control.id !== controlHere) control = undefined;
    if (controlHere !== undefined && !control) {
      const sdt = createW(dom, 'sdt');
      const content = createW(dom, 'sdtContent');
      sdt.appendChild(createW(dom, 'sdtPr'));
      sdt.appendChild(content);
      p.appendChild(sdt);
      control = { id: controlHere, content };
    }
    if (fieldHere && !field) {
      field = fieldHere;
      place(fieldCharRun(dom, 'begin'));
      const instruction = createW(dom, 'r');
      const text = createW(dom, 'instrText');
      text.setAttributeNS(XML_NS, 'xml:space', 'preserve');
      text.appendChild(dom.createTextNode(` ${fieldHere.code} `));
      instruction.appendChild(text);
      place(instruction);
      place(fieldCharRun(dom, 'separate'));
    }
    place(wrapped(dom, group, () => (notes += 1)));
  }
  if (field) place(fieldCharRun(dom, 'end'));
  return packageOf(serializeXml(dom.documentElement!));
}

function paragraphProperties(dom: XmlDocument, paragraph: SimParagraph): XmlElement {
  // Wrapped so the stored w:pPr parses whether or not it declares the w: prefix itself.
  const own = paragraph.properties === undefined ? undefined : parseXml(`<w:wrap xmlns:w="${W_NS}">${paragraph.properties}</w:wrap>`);
  const stored = own?.ok ? firstW(own.dom.documentElement!, 'pPr') : undefined;
  const properties = stored ? (dom.importNode(stored, true) as XmlElement) : createW(dom, 'pPr');
  if (!stored) {
    properties.appendChild(createW(dom, 'pStyle', { val: paragraph.style }));
    if (paragraph.isListItem) {
      const numbering = createW(dom, 'numPr');
      numbering.appendChild(createW(dom, 'ilvl', { val: '0' }));
      numbering.appendChild(createW(dom, 'numId', { val: '1' }));
      properties.appendChild(numbering);
    }
  }
  if (paragraph.markIns) {
    const markFormatting = firstW(properties, 'rPr') ?? properties.appendChild(createW(dom, 'rPr'));
    markFormatting.appendChild(revisionElement(dom, paragraph.markIns));
  }
  return properties;
}

/** One run's characters (same revisions, part and hidden flag), wrapped in its w:del and then its w:ins. */
function wrapped(dom: XmlDocument, chars: readonly SimChar[], nextNote: () => number): XmlElement {
  const first = chars[0]!;
  const r = createW(dom, 'r');
  if (first.hidden) {
    const formatting = createW(dom, 'rPr');
    formatting.appendChild(createW(dom, 'vanish'));
    r.appendChild(formatting);
  }
  let text = '';
  const flush = (): void => {
    if (text.length === 0) return;
    const element = createW(dom, first.del ? 'delText' : 't');
    element.setAttributeNS(XML_NS, 'xml:space', 'preserve');
    element.appendChild(dom.createTextNode(text));
    r.appendChild(element);
    text = '';
  };
  for (const char of chars) {
    const symbol = SYMBOLS[char.ch];
    const note = char.part?.kind === 'note-reference' ? char.part.note : undefined;
    if (!symbol && !note) {
      text += char.ch;
      continue;
    }
    flush();
    if (note) r.appendChild(createW(dom, `${note}Reference`, { id: String(nextNote()) }));
    else {
      const [name, attributes] = symbol!();
      r.appendChild(createW(dom, name, attributes));
    }
  }
  flush();
  let node = r;
  for (const revision of [first.del, first.ins]) {
    if (!revision) continue;
    const wrapper = revisionElement(dom, revision);
    wrapper.appendChild(node);
    node = wrapper;
  }
  return node;
}

function revisionElement(dom: XmlDocument, revision: SimRevision): XmlElement {
  return createW(dom, revision.type === 'insert' ? 'ins' : 'del', { id: String(revision.id), author: revision.author, date: revision.date });
}

function fieldCharRun(dom: XmlDocument, type: 'begin' | 'separate' | 'end'): XmlElement {
  const r = createW(dom, 'r');
  r.appendChild(createW(dom, 'fldChar', { fldCharType: type }));
  return r;
}

function groupsOf(chars: readonly SimChar[]): SimChar[][] {
  const groups: SimChar[][] = [];
  for (const char of chars) {
    const last = groups[groups.length - 1];
    const head = last?.[0];
    if (head && head.ins === char.ins && head.del === char.del && head.part === char.part && head.hidden === char.hidden) last.push(char);
    else groups.push([char]);
  }
  return groups;
}

function packageOf(documentXml: string): string {
  return (
    `<pkg:package xmlns:pkg="${PKG_NS}">` +
    `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="${RELATIONSHIPS_TYPE}"><pkg:xmlData><Relationships xmlns="${REL_NS}">` +
    `<Relationship Id="rId1" Type="${OFFICE_DOCUMENT_REL}" Target="word/document.xml"/></Relationships></pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="${MAIN_DOCUMENT_TYPE}"><pkg:xmlData>${documentXml}</pkg:xmlData></pkg:part>` +
    '</pkg:package>'
  );
}
