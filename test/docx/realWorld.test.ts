// Issue 13 §4: the classes of real-world .docx files (research/docx-realworld.md F1-F9, Strict, DOCTYPE), each
// reproduced with a small package of our own drafting, through readDocx and reviewDocx as the CLI runs them.
import JSZip from 'jszip';
import { readDocx } from '../../src/docx/readDocx';
import { reviewDocx, type ReviewOptions } from '../../src/docx/reviewDocx';
import { bodyParagraphElements } from '../../src/ooxml/documentParagraphs';
import { childElements, descendantsW, firstW, getW, isW, parseXml, type XmlElement } from '../../src/ooxml/xmlDom';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { rawZip } from '../fixtures/docx/rawZip';
import { BODY_TEXT, documentXml, docxWithBody, fieldResultParagraphs, inLockedControl, inTable, para, PLAIN, RISKY, run, W } from '../fixtures/docx/realWorldDocx';
import { buildDocx, sampleParts } from '../fixtures/docx/sampleDocx';

const OPTIONS: ReviewOptions = {
  playbook: DEFAULT_PLAYBOOK,
  position: 'preferred',
  comments: 'internal',
  author: 'AI Data Terms',
  date: '2026-03-02T10:00:00Z',
  insertMissing: true,
};

async function review(bytes: Uint8Array) {
  const read = await readDocx(bytes, 'contract.docx');
  if (!read.ok) throw new Error(read.error);
  const result = await reviewDocx(read.document, OPTIONS);
  if (!result.ok) throw new Error(result.error);
  return result;
}

async function outputBody(data: Uint8Array): Promise<XmlElement> {
  const zip = await JSZip.loadAsync(data);
  const parsed = parseXml((await zip.file('word/document.xml')?.async('string')) ?? '');
  if (!parsed.ok) throw new Error(parsed.error);
  const body = firstW(parsed.dom.documentElement as XmlElement, 'body');
  if (!body) throw new Error('no body');
  return body;
}

/** Paragraphs whose mark is a tracked insertion: the clauses the review added. */
const insertedParagraphs = (body: XmlElement): XmlElement[] =>
  bodyParagraphElements(body).filter((p) => descendantsW(firstW(p, 'pPr') ?? p, 'ins').length > 0 && firstW(p, 'pPr') !== undefined && firstW(firstW(p, 'pPr') as XmlElement, 'rPr') !== undefined);

const paragraphText = (p: XmlElement): string => descendantsW(p, 't').map((node) => node.textContent).join('');

describe('F1: the main part found through the relationships, whatever the byte-order mark', () => {
  test('a _rels/.rels starting with a UTF-8 BOM that points at word/document2.xml is read', async () => {
    const parts = sampleParts();
    const bytes = await buildDocx({
      ...parts,
      '_rels/.rels': `\uFEFF${parts['_rels/.rels']!.replace('Target="word/document.xml"', 'Target="word/document2.xml"')}`,
      'word/document.xml': documentXml(para(run('Not the main part.'))),
      'word/document2.xml': documentXml(para(run(RISKY))),
    });
    const read = await readDocx(bytes, 'alternate.docx');
    expect(read.ok && { path: read.document.documentPath, text: read.document.paragraphs.map((p) => p.text) }).toEqual({ path: 'word/document2.xml', text: [RISKY] });
  });
});

describe('F2: line and paragraph separators are text, not line ends (XML 1.0)', () => {
  test('U+0085, U+2028 and U+2029 survive in the text read and in untouched paragraphs written', async () => {
    const special = 'Clause one\u0085 continues\u2028 here\u2029 and ends.';
    const bytes = await docxWithBody(para(run(RISKY)) + para(run(special)));
    const read = await readDocx(bytes, 'separators.docx');
    expect(read.ok && read.document.paragraphs.map((p) => p.text)).toContain(special);
    const result = await review(bytes);
    expect(result.changed).toBe(true);
    const texts = bodyParagraphElements(await outputBody(result.data)).map(paragraphText);
    expect(texts).toContain(special);
  });
});

describe('untouched packages', () => {
  test('a contract with nothing to redline comes back byte for byte, marked unchanged', async () => {
    const bytes = await docxWithBody(para(run(PLAIN)) + para(run('Either party may terminate on ninety days notice.')));
    const result = await review(bytes);
    expect(result.changed).toBe(false);
    expect(Buffer.from(result.data).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('F3: inserted clauses go at body level, never into a table, a content control or a field result', () => {
  test('a missing clause anchored in a locked placeholder control goes after the control, at body level', async () => {
    const bytes = await docxWithBody(BODY_TEXT + para(run(RISKY)) + inLockedControl(para(run('Provider shall keep all records for the term of this Agreement.'))));
    const body = await outputBody((await review(bytes)).data);
    const added = insertedParagraphs(body);
    expect(added.length).toBeGreaterThan(0);
    for (const paragraph of added) expect(isW(paragraph.parentNode, 'body')).toBe(true);
    const sdtContent = descendantsW(body, 'sdtContent')[0] as XmlElement;
    expect(childElements(sdtContent).filter((child) => isW(child, 'p'))).toHaveLength(1);
  });

  test('a missing clause anchored in the last table cell goes after the table, in the order of its anchors', async () => {
    const bytes = await docxWithBody(BODY_TEXT + inTable(para(run(RISKY)) + para(run(PLAIN))));
    const body = await outputBody((await review(bytes)).data);
    const added = insertedParagraphs(body);
    expect(added.length).toBeGreaterThan(1);
    for (const paragraph of added) expect(isW(paragraph.parentNode, 'body')).toBe(true);
    const table = descendantsW(body, 'tbl')[0] as XmlElement;
    expect(descendantsW(table, 'p').filter((p) => insertedParagraphs(body).includes(p))).toEqual([]);
  });

  test('a risky clause inside a multi-paragraph field result is not redlined, and new clauses go after the field', async () => {
    const bytes = await docxWithBody(BODY_TEXT + fieldResultParagraphs(['Sources cited:', RISKY, 'End of sources.']) + para(run(PLAIN)));
    const result = await review(bytes);
    const inField = result.verdicts.filter((verdict) => verdict.status === 'skipped' && /field result that spans paragraphs/.test(verdict.reason));
    expect(inField.length).toBeGreaterThan(0);
    const body = await outputBody(result.data);
    const paragraphs = bodyParagraphElements(body);
    const fieldEnd = paragraphs.findIndex((p) => paragraphText(p) === 'End of sources.');
    const firstAdded = paragraphs.findIndex((p) => insertedParagraphs(body).includes(p));
    expect(firstAdded).toBeGreaterThan(fieldEnd);
    expect(descendantsW(body, 'del')).toEqual([]);
  });
});

describe('F4: inserted clauses take the body text style, not their anchor\'s structure', () => {
  test.each([
    ['a numbered list item', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:ind w:left="720" w:hanging="360"/>'],
    ['a heading', '<w:pStyle w:val="Heading1"/><w:keepNext/><w:outlineLvl w:val="0"/>'],
    ['a drop cap frame', '<w:framePr w:dropCap="drop" w:lines="3" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/>'],
  ])('the anchor is %s', async (_name, anchorProperties) => {
    const bytes = await docxWithBody(BODY_TEXT + para(run(RISKY, '<w:b/><w:sz w:val="36"/>'), anchorProperties));
    const body = await outputBody((await review(bytes)).data);
    const added = insertedParagraphs(body);
    expect(added.length).toBeGreaterThan(0);
    for (const paragraph of added) {
      const properties = firstW(paragraph, 'pPr') as XmlElement;
      for (const structural of ['numPr', 'framePr', 'keepNext', 'outlineLvl']) expect(firstW(properties, structural)).toBeUndefined();
      expect(getW(firstW(properties, 'pStyle') as XmlElement, 'val')).toBe('BodyText');
      const runProperties = firstW(descendantsW(paragraph, 'r')[0] as XmlElement, 'rPr') as XmlElement;
      expect(getW(firstW(runProperties, 'rFonts') as XmlElement, 'ascii')).toBe('Georgia');
      expect(firstW(runProperties, 'b')).toBeUndefined();
    }
  });
});

describe('F5: a zip whose entries could be read as each other is refused, never collapsed', () => {
  const parts = sampleParts();
  const entries = (overrides: Record<string, { unicodeName?: string }>) =>
    Object.entries({ ...parts, 'word/document.xml': documentXml(para(run('One.'))), 'extra-part': documentXml(para(run('Two.'))) }).map(([name, data]) => ({ name, data, ...overrides[name] }));

  test('crossed Info-ZIP Unicode Path names', async () => {
    const bytes = rawZip(entries({ 'word/document.xml': { unicodeName: 'extra-part' }, 'extra-part': { unicodeName: 'word/document.xml' } }));
    const read = await readDocx(bytes, 'crossed.docx');
    expect(read.ok ? 'read' : read.reason).toMatch(/^the package's zip directory gives two parts the same name \((?:word\/document\.xml|extra-part)/);
  });

  test('two entries with the same name', async () => {
    const bytes = rawZip([...entries({}), { name: 'word/document.xml', data: documentXml(para(run('Three.'))) }]);
    const read = await readDocx(bytes, 'duplicate.docx');
    expect(read.ok ? 'read' : read.reason).toMatch(/two parts the same name \(word\/document\.xml\)/);
  });

  test('a plain package written the same way is read normally (the builder itself is sound)', async () => {
    const read = await readDocx(rawZip(entries({})), 'plain.docx');
    expect(read.ok && read.document.paragraphs.map((p) => p.text)).toEqual(['One.']);
  });
});

describe('F6: a UTF-16 main part, which OOXML allows', () => {
  test.each([
    ['with a byte-order mark', (xml: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')])],
    ['without one, by its "<?xml" start', (xml: string) => Buffer.from(xml, 'utf16le')],
  ])('%s is read, and written back as UTF-8 that says so', async (_name, encode) => {
    const xml = documentXml(para(run(RISKY))).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const bytes = rawZip(Object.entries({ ...sampleParts(), 'word/document.xml': '' }).map(([name, data]) => ({ name, data: name === 'word/document.xml' ? encode(xml) : data })));
    const read = await readDocx(bytes, 'utf16.docx');
    expect(read.ok && read.document.paragraphs.map((p) => p.text)).toEqual([RISKY]);
    const result = await review(bytes);
    const written = await (await JSZip.loadAsync(result.data)).file('word/document.xml')!.async('uint8array');
    const text = new TextDecoder('utf-8', { fatal: true }).decode(written);
    expect(text).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"/);
  });
});

describe('F8: accurate reasons for packages that are rightly refused', () => {
  test('a part that inflates past the size its directory declares (a lying zip bomb)', async () => {
    const bytes = rawZip(Object.entries({ ...sampleParts(), 'word/document.xml': documentXml(para(run('x'.repeat(200_000)))) }).map(([name, data]) => ({ name, data, ...(name === 'word/document.xml' ? { declaredSize: 1024 } : {}) })));
    const read = await readDocx(bytes, 'lying.docx');
    expect(read.ok ? 'read' : read.reason).toMatch(/^word\/document\.xml unpacks to a different size than the zip directory declares, as a zip bomb does/);
  });

  test('a main part that is a theme, not a document body', async () => {
    const theme = '<?xml version="1.0" encoding="UTF-8"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"/>';
    const read = await readDocx(await buildDocx({ ...sampleParts(), 'word/document.xml': theme }), 'theme.docx');
    expect(read.ok ? 'read' : read.reason).toMatch(/^word\/document\.xml is the package's main part but holds no document body \(w:body\)/);
  });
});

describe('Strict Open XML', () => {
  const STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
  const strictPackage = (body: string) => {
    const parts = sampleParts();
    const strictRels = parts['_rels/.rels']!.replace('http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument', 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument');
    return buildDocx({ ...parts, '_rels/.rels': strictRels, 'word/document.xml': documentXml(body, STRICT), 'word/styles.xml': parts['word/styles.xml']!.split(W).join(STRICT) });
  };

  test('is read through the Transitional names: text and styles', async () => {
    const read = await readDocx(await strictPackage(para(run('Terms'), '<w:pStyle w:val="Heading1"/>') + para(run(RISKY))), 'strict.docx');
    expect(read.ok && read.document.paragraphs).toEqual([{ text: 'Terms', isHeading: true, style: 'heading 1' }, { text: RISKY }]);
  });

  test('a review that would change it says exactly why not and what to do', async () => {
    const read = await readDocx(await strictPackage(para(run(RISKY))), 'strict.docx');
    if (!read.ok) throw new Error(read.error);
    const result = await reviewDocx(read.document, OPTIONS);
    expect(result.ok ? 'written' : result.error).toMatch(/^strict\.docx: the document is saved as Strict Open XML; it can be analysed, but tracked changes are written only into the usual Word Document format: in Word use File > Save As > Word Document \(\.docx\)/);
  });
});

describe('a DOCTYPE in a part', () => {
  test('a DOCTYPE declaring only a parameter entity is refused, so it is never copied into an output', async () => {
    const xml = documentXml(para(run(RISKY))).replace('<w:document', '<!DOCTYPE w:document [<!ENTITY % remote SYSTEM "file:///etc/hostname"> %remote;]>\r\n<w:document');
    const read = await readDocx(await buildDocx({ ...sampleParts(), 'word/document.xml': xml }), 'doctype.docx');
    expect(read.ok ? 'read' : read.reason).toMatch(/^word\/document\.xml declares a DOCTYPE \(a document type definition\), which Word never writes/);
  });
});
