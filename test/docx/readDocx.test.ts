// Reading .docx: paragraphs in document order, tracked changes as they now read, and one clear line for bad input.
import JSZip from 'jszip';
import { readDocx } from '../../src/docx/readDocx';
import { MAX_ENTRIES } from '../../src/docx/packageSignature';
import { readZipEntryText } from '../../src/docx/readZipEntry';
import { buildDocx, buildSampleDocx, sampleParts, SAMPLE_PARAGRAPHS } from '../fixtures/docx/sampleDocx';

async function read(data: Uint8Array, name = 'contract.docx') {
  return readDocx(data, name);
}

describe('readDocx', () => {
  it('gives the body paragraphs in document order, table cells included, empty paragraphs left out', async () => {
    const result = await read(await buildSampleDocx());
    if (!result.ok) throw new Error(result.error);
    expect(result.document.paragraphs.map((p) => p.text)).toEqual([...SAMPLE_PARAGRAPHS]);
  });

  it('reads existing tracked changes as they now read: inserted text in, deleted text out', async () => {
    const result = await read(await buildSampleDocx());
    if (!result.ok) throw new Error(result.error);
    const texts = result.document.paragraphs.map((p) => p.text);
    expect(texts).toContain('Customer Data remains the property of Customer at all times.');
    expect(texts.join('\n')).not.toContain('unless agreed otherwise');
  });

  it('keeps field results, hyperlinks, content controls and smart tags in the text, but not field codes or footnote text', async () => {
    const result = await read(await buildSampleDocx());
    if (!result.ok) throw new Error(result.error);
    const all = result.document.paragraphs.map((p) => p.text).join('\n');
    expect(all).toContain('at example.test/privacy, as updated');
    expect(all).toContain('see Section 4.2.');
    expect(all).toContain('The Term is twelve months from the Effective Date.');
    expect(all).not.toContain('REF _Ref1');
    expect(all).not.toContain('statistical system');
  });

  it('joins two paragraphs whose paragraph mark is a tracked deletion, as the document now reads', async () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const mark = '<w:pPr><w:rPr><w:del w:id="3" w:author="Other" w:date="2026-01-01T00:00:00Z"/></w:rPr></w:pPr>';
    const xml = `<w:document xmlns:w="${W}"><w:body><w:p>${mark}<w:r><w:t xml:space="preserve">Vendor may use data </w:t></w:r></w:p><w:p><w:r><w:t>to train models.</w:t></w:r></w:p><w:p><w:r><w:t>Fees apply.</w:t></w:r></w:p></w:body></w:document>`;
    const result = await read(await buildDocx({ ...sampleParts(), 'word/document.xml': xml }));
    if (!result.ok) throw new Error(result.error);
    expect(result.document.paragraphs.map((p) => p.text)).toEqual(['Vendor may use data to train models.', 'Fees apply.']);
  });

  it('describes headings, list items and table cells with the style names', async () => {
    const result = await read(await buildSampleDocx());
    if (!result.ok) throw new Error(result.error);
    const [title, , heading, listItem] = result.document.paragraphs;
    expect(title).toMatchObject({ isHeading: true, style: 'heading 1' });
    expect(heading).toMatchObject({ isHeading: true });
    expect(listItem).toMatchObject({ isListItem: true, style: 'Body Text' });
    expect(result.document.paragraphs.filter((p) => p.inTable).map((p) => p.text)).toHaveLength(4);
  });
});

describe('readDocx on bad input', () => {
  const expectError = async (data: Uint8Array, pattern: RegExp, name = 'bad.docx') => {
    const result = await read(data, name);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.startsWith(`${name}: `)).toBe(true);
    expect(result.error).not.toContain('\n');
    expect(result.error).toMatch(pattern);
  };

  it('says a text file is not a .docx', async () => {
    await expectError(new TextEncoder().encode('Provider may use Customer Data.'), /not a \.docx file/);
  });

  it('asks to save a legacy .doc as .docx', async () => {
    const ole = oleContainer('WordDocument');
    await expectError(ole, /legacy Word 97-2003 \.doc.*save it as \.docx/, 'old.doc');
  });

  it('asks to remove the password from an encrypted document', async () => {
    await expectError(oleContainer('EncryptionInfo'), /password-protected.*remove the password/);
  });

  it('says a zip without word/document.xml is not a Word document', async () => {
    const parts = sampleParts();
    delete parts['word/document.xml'];
    await expectError(await buildDocx(parts), /no word\/document\.xml/);
  });

  it('names the malformed part', async () => {
    const parts = { ...sampleParts(), 'word/document.xml': '<w:document xmlns:w="x"><w:body><w:p></w:body></w:document>' };
    await expectError(await buildDocx(parts), /word\/document\.xml is not well-formed XML/);
  });

  it('refuses a package with too many entries before unpacking it', async () => {
    const zip = new JSZip();
    for (const [path, content] of Object.entries(sampleParts())) zip.file(path, content);
    for (let i = 0; i <= MAX_ENTRIES; i += 1) zip.file(`customXml/item${i}.xml`, '');
    await expectError(await zip.generateAsync({ type: 'uint8array' }), /more than 10000 parts.*zip bomb/);
  });

  it('refuses a package that declares a huge uncompressed size (zip bomb)', async () => {
    const data = await buildDocx({ ...sampleParts(), 'word/media/filler.bin': 'x'.repeat(1000) });
    patchDeclaredSize(data, 'word/media/filler.bin', 0xf0000000);
    await expectError(data, /unpack to more than 512 MB.*zip bomb/);
  });

  it('stops inflating a part that grows past the limit, whatever the directory declares', async () => {
    const zip = await JSZip.loadAsync(await buildDocx({ ...sampleParts(), 'word/document.xml': 'x'.repeat(3_000_000) }));
    expect(await readZipEntryText(zip.file('word/document.xml')!, 1_000_000)).toEqual({ ok: false, problem: 'too-large' });
    expect(await readZipEntryText(zip.file('word/styles.xml')!, 1_000_000)).toMatchObject({ ok: true });
  });

  it('says a truncated zip is damaged', async () => {
    const data = await buildSampleDocx();
    await expectError(data.slice(0, data.length - 30), /damaged/);
  });
});

/** A minimal stand-in for an OLE compound file: the signature, then a stream name in UTF-16. */
function oleContainer(streamName: string): Uint8Array {
  const name = [...streamName].flatMap((c) => [c.charCodeAt(0), 0]);
  return new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0), ...name, 0, 0]);
}

/** Rewrites the uncompressed size of one entry in the central directory, as a zip bomb would declare it. */
function patchDeclaredSize(data: Uint8Array, entryName: string, size: number): void {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let i = 0; i + 46 < data.length; i += 1) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    const name = new TextDecoder().decode(data.subarray(i + 46, i + 46 + nameLength));
    if (name === entryName) {
      view.setUint32(i + 24, size, true);
      return;
    }
  }
  throw new Error(`no central directory entry for ${entryName}`);
}
