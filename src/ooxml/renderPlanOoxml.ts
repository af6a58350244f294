// Renders one redline plan as a flat-OPC package (`pkg:package`) for Word's insertOoxml: the anchor paragraph with
// w:del/w:ins revisions, then the plan's new paragraphs marked inserted. The same code writes reviewed .docx files.
// Pure: must not import Office, the DOM globals, fs or Node.
import { InvariantError, type RedlinePlan } from '../engine/types';
import { applyPlanToParagraph } from './applyPlanToParagraph';
import { MAIN_DOCUMENT_TYPE, MAIN_PART_NAME, OFFICE_DOCUMENT_REL, PKG_NS, REL_NS, RELATIONSHIPS_TYPE, W_NS } from './namespaces';
import { appendRunText } from './revisionElements';
import { checkStamp, RevisionIds } from './revisionIds';
import { createW, parseXml, serializeXml, type XmlDocument, type XmlElement } from './xmlDom';

export interface RenderOoxmlOptions {
  readonly author: string;
  /** xsd:dateTime, e.g. 2026-01-31T09:00:00Z. Passed in so the output is repeatable. */
  readonly date: string;
  /** The anchor paragraph's `<w:pPr>…</w:pPr>`, kept on it and copied to inserted paragraphs. */
  readonly paragraphPropertiesXml?: string;
  /** `<w:rPr>…</w:rPr>` for the anchor's text, so kept and inserted words look like the original. */
  readonly runPropertiesXml?: string;
  /** Word renumbers revisions it inserts; callers that merge packages themselves can keep ids apart. */
  readonly firstRevisionId?: number;
}

/** Namespaces Word commonly writes on properties, declared so fragments copied from getOoxml() parse. */
const FRAGMENT_NAMESPACES: Readonly<Record<string, string>> = {
  w: W_NS,
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  w14: 'http://schemas.microsoft.com/office/word/2010/wordml',
  w15: 'http://schemas.microsoft.com/office/word/2012/wordml',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  m: 'http://schemas.openxmlformats.org/officeDocument/2006/math',
};

export function renderPlanOoxml(plan: RedlinePlan, options: RenderOoxmlOptions): string {
  const stamp = checkStamp({ author: options.author, date: options.date });
  const context = { stamp, ids: new RevisionIds(options.firstRevisionId ?? 1) };
  const skeleton = parseXml(`<w:document xmlns:w="${W_NS}"><w:body><w:p/></w:body></w:document>`);
  if (!skeleton.ok) throw new InvariantError(`the OOXML skeleton does not parse: ${skeleton.error}`);
  const owner = skeleton.dom;
  const paragraph = owner.getElementsByTagNameNS(W_NS, 'p').item(0);
  if (!paragraph) throw new InvariantError('the OOXML skeleton has no paragraph');
  const properties = importFragment(owner, options.paragraphPropertiesXml, 'pPr');
  if (properties) paragraph.appendChild(properties);
  if (plan.originalText.length > 0) {
    const run = createW(owner, 'r');
    const formatting = importFragment(owner, options.runPropertiesXml, 'rPr');
    if (formatting) run.appendChild(formatting);
    appendRunText(owner, run, plan.originalText);
    paragraph.appendChild(run);
  }
  const applied = applyPlanToParagraph([paragraph], plan, context);
  if (!applied.ok) throw new InvariantError(`plan ${plan.id} does not apply to its own original text: ${applied.reason}`);
  return packageXml(serializeXml(owner.documentElement!));
}

/** Parses a `w:` properties fragment into `document`; a fragment that is not the expected element is a caller bug. */
function importFragment(owner: XmlDocument, xml: string | undefined, localName: 'pPr' | 'rPr'): XmlElement | undefined {
  if (xml === undefined || xml.trim().length === 0) return undefined;
  const declarations = Object.entries(FRAGMENT_NAMESPACES).map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`).join('');
  const parsed = parseXml(`<w:fragment${declarations}>${xml}</w:fragment>`);
  if (!parsed.ok) throw new InvariantError(`the ${localName} fragment is not well-formed XML: ${parsed.error}`);
  const element = parsed.dom.documentElement?.firstChild;
  const children = parsed.dom.documentElement?.childNodes.length ?? 0;
  if (!element || children !== 1 || element.namespaceURI !== W_NS || element.localName !== localName) {
    throw new InvariantError(`expected exactly one <w:${localName}> element, got: ${xml.slice(0, 80)}`);
  }
  return owner.importNode(element, true) as XmlElement;
}

function packageXml(documentXml: string): string {
  return (
    '<?xml version="1.0" standalone="yes"?>' +
    '<?mso-application progid="Word.Document"?>' +
    `<pkg:package xmlns:pkg="${PKG_NS}">` +
    `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="${RELATIONSHIPS_TYPE}" pkg:padding="512">` +
    `<pkg:xmlData><Relationships xmlns="${REL_NS}">` +
    `<Relationship Id="rId1" Type="${OFFICE_DOCUMENT_REL}" Target="${MAIN_PART_NAME.slice(1)}"/>` +
    '</Relationships></pkg:xmlData></pkg:part>' +
    `<pkg:part pkg:name="${MAIN_PART_NAME}" pkg:contentType="${MAIN_DOCUMENT_TYPE}">` +
    `<pkg:xmlData>${documentXml}</pkg:xmlData></pkg:part>` +
    '</pkg:package>'
  );
}
