// Builds a minimal, valid .docx from engine paragraphs (headings styled, list items and table rows kept simple), for
// benchmarks, samples and tests that need a real package. Must not import Office, the DOM globals or fs.
import JSZip from 'jszip';
import { InvariantError, type Paragraph } from '../engine/types';
import { CONTENT_TYPES_NS, MAIN_DOCUMENT_TYPE, OFFICE_DOCUMENT_REL, REL_NS, W_NS } from '../ooxml/namespaces';
import { appendRunText } from '../ooxml/revisionElements';
import { createW, parseXml, serializeXml, type XmlDocument, type XmlElement } from '../ooxml/xmlDom';

const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml';
const STYLES_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

export async function buildDocx(paragraphs: readonly Paragraph[]): Promise<Uint8Array> {
  const document = parse(`<w:document xmlns:w="${W_NS}"><w:body/></w:document>`);
  const body = document.getElementsByTagNameNS(W_NS, 'body').item(0);
  if (!body) throw new InvariantError('document skeleton without a body');
  paragraphs.forEach((paragraph, index) => body.appendChild(paragraphElement(document, paragraph, index)));
  const section = createW(document, 'sectPr');
  section.appendChild(createW(document, 'pgSz', { w: '11906', h: '16838' }));
  body.appendChild(section);
  const zip = new JSZip();
  zip.file('[Content_Types].xml', DECLARATION + contentTypes());
  zip.file('_rels/.rels', DECLARATION + relationships([['rId1', OFFICE_DOCUMENT_REL, 'word/document.xml']]));
  zip.file('word/_rels/document.xml.rels', DECLARATION + relationships([['rId1', STYLES_REL, 'styles.xml']]));
  zip.file('word/document.xml', DECLARATION + serializeXml(document));
  zip.file('word/styles.xml', DECLARATION + STYLES);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Headings get a heading style; every fifth body paragraph starts with a bold run so writers meet split runs. */
function paragraphElement(document: XmlDocument, paragraph: Paragraph, index: number): XmlElement {
  const element = createW(document, 'p');
  const properties = createW(document, 'pPr');
  properties.appendChild(createW(document, 'pStyle', { val: paragraph.isHeading ? 'Heading1' : paragraph.isListItem ? 'ListParagraph' : 'BodyText' }));
  element.appendChild(properties);
  const text = paragraph.text;
  const split = !paragraph.isHeading && index % 5 === 0 ? text.indexOf(' ') + 1 : 0;
  if (split > 0) element.appendChild(run(document, text.slice(0, split), true));
  element.appendChild(run(document, text.slice(split), false));
  return element;
}

function run(document: XmlDocument, text: string, bold: boolean): XmlElement {
  const element = createW(document, 'r');
  if (bold) {
    const properties = createW(document, 'rPr');
    properties.appendChild(createW(document, 'b'));
    element.appendChild(properties);
  }
  appendRunText(document, element, text);
  return element;
}

function parse(xml: string): XmlDocument {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new InvariantError(parsed.error);
  return parsed.dom;
}

function contentTypes(): string {
  return (
    `<Types xmlns="${CONTENT_TYPES_NS}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/word/document.xml" ContentType="${MAIN_DOCUMENT_TYPE}"/>` +
    `<Override PartName="/word/styles.xml" ContentType="${STYLES_TYPE}"/></Types>`
  );
}

function relationships(entries: readonly (readonly [string, string, string])[]): string {
  return `<Relationships xmlns="${REL_NS}">${entries.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`;
}

const STYLES =
  `<w:styles xmlns:w="${W_NS}">` +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="120"/><w:jc w:val="both"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>' +
  '</w:styles>';
