// Builds the .docx for TESTING.md's real-Word probes P1-P9 (issue 10 item 10): clauses with another author's tracked
// deletion and insertion, a cross-reference field, a footnote, a manual line break, non-breaking and optional
// hyphens, hidden text, a content control, a numbered two-level list and mixed quotes; `pages` repeats the clauses
// to make a long copy. All wording is our own. The XML is fixed markup around our own constant text.
import JSZip from 'jszip';
import { CONTENT_TYPES_NS, MAIN_DOCUMENT_TYPE, OFFICE_DOCUMENT_REL, REL_NS, W_NS } from '../../../src/ooxml/namespaces';

const COUNSEL = 'w:author="Opposing Counsel" w:date="2026-01-02T10:00:00Z"';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const t = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (content: string, properties = '<w:pPr><w:pStyle w:val="BodyText"/></w:pPr>') => `<w:p>${properties}${content}</w:p>`;
const heading = (text: string) => p(t(text), '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>');
const numbered = (level: number, content: string, bookmark?: string) =>
  p(bookmark ? `<w:bookmarkStart w:id="90" w:name="${bookmark}"/>${content}<w:bookmarkEnd w:id="90"/>` : content, `<w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr></w:pPr>`);

/** One block of probe clauses, each labelled with the probe that uses it. */
function clauses(copy: number): string[] {
  const ref = copy === 0 ? '_RefProbe41' : undefined;
  return [
    heading(copy === 0 ? 'AI DATA TERMS: WORD FIDELITY PROBES' : `COPY ${copy}`),
    p(`${t('[P1] Supplier ')}<w:del w:id="${copy * 10 + 1}" ${COUNSEL}><w:r><w:delText xml:space="preserve">may </w:delText></w:r></w:del><w:ins w:id="${copy * 10 + 2}" ${COUNSEL}>${t('can ')}</w:ins>${t('use Client Content to train and refine its machine learning models.')}`),
    p(`${t('[P2 field] Supplier may use Client Content as described in Section ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF _RefProbe41 \\r \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${t('8.1')}<w:r><w:fldChar w:fldCharType="end"/></w:r>${t(' to improve the Platform.')}`),
    p(`${t('[P2 footnote] Supplier may share Client Content with outside model providers')}<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>${t(' to operate its assistant features.')}`),
    p(`${t('[P2 line break] Supplier may keep Client Content')}<w:r><w:br/></w:r>${t('after the end of these Terms.')}`),
    p(`${t('[P2 hyphens] Supplier may use third')}<w:r><w:noBreakHyphen/></w:r>${t('party tools and re')}<w:r><w:softHyphen/></w:r>${t('train its models on Client Content.')}`),
    p(`${t('[P2 hidden] Supplier may use Client Content')}<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> (hidden drafting note)</w:t></w:r>${t(' to develop new products.')}`),
    p(`${t('[P2 content control] Supplier may use ')}<w:sdt><w:sdtPr><w:alias w:val="Data"/><w:tag w:val="probe-data"/></w:sdtPr><w:sdtContent>${t('Client Content')}</w:sdtContent></w:sdt>${t(' for analytics without limit.')}`),
    numbered(0, t('[P6] Data use')),
    numbered(1, t('Supplier may use Client Content to train its models.'), ref),
    numbered(1, t('Supplier may retain Client Content for as long as it sees fit.')),
    p(t('[P2 quotes] The "Platform" and the \u201cServices\u201d may use Client Content to improve the Supplier\u2019s models.')),
  ];
}

export async function buildProbeDocument(pages = 1): Promise<Uint8Array> {
  // About thirteen probe paragraphs fill a page; the first block carries the bookmark the field refers to.
  const blocks = Array.from({ length: Math.max(1, pages) }, (_, copy) => clauses(copy).join('')).join('');
  const document = `<w:document xmlns:w="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${blocks}<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
  const zip = new JSZip();
  const types = [
    ['/word/document.xml', MAIN_DOCUMENT_TYPE],
    ['/word/styles.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml'],
    ['/word/numbering.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml'],
    ['/word/footnotes.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml'],
  ];
  zip.file('[Content_Types].xml', `${DECLARATION}<Types xmlns="${CONTENT_TYPES_NS}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${types.map(([name, type]) => `<Override PartName="${name}" ContentType="${type}"/>`).join('')}</Types>`);
  zip.file('_rels/.rels', `${DECLARATION}<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${OFFICE_DOCUMENT_REL}" Target="word/document.xml"/></Relationships>`);
  const rel = (id: string, kind: string, target: string) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${kind}" Target="${target}"/>`;
  zip.file('word/_rels/document.xml.rels', `${DECLARATION}<Relationships xmlns="${REL_NS}">${rel('rId1', 'styles', 'styles.xml')}${rel('rId2', 'numbering', 'numbering.xml')}${rel('rId3', 'footnotes', 'footnotes.xml')}</Relationships>`);
  zip.file('word/document.xml', DECLARATION + document);
  zip.file('word/styles.xml', DECLARATION + STYLES);
  zip.file('word/numbering.xml', DECLARATION + NUMBERING);
  zip.file('word/footnotes.xml', DECLARATION + FOOTNOTES);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const STYLES =
  `<w:styles xmlns:w="${W_NS}">` +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>' +
  '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
  '</w:styles>';

const NUMBERING =
  `<w:numbering xmlns:w="${W_NS}"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>` +
  '<w:lvl w:ilvl="0"><w:start w:val="8"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="540" w:hanging="540"/></w:pPr></w:lvl>' +
  '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1080" w:hanging="540"/></w:pPr></w:lvl>' +
  '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';

const FOOTNOTES =
  `<w:footnotes xmlns:w="${W_NS}">` +
  '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
  '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>' +
  '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> The providers are listed on the Supplier\u2019s trust page.</w:t></w:r></w:p></w:footnote>' +
  '</w:footnotes>';
