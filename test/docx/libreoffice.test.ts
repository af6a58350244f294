// Proof against a real consumer: LibreOffice opens the reviewed .docx and reads every revision as a tracked change
// by the right author, and every comment. Needs soffice (libreoffice-writer-nogui); fails under CI when missing.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { bodyOf, readDocx } from '../../src/docx/readDocx';
import { markInternal } from '../../src/negotiation/internalMark';
import { writeReviewedDocx } from '../../src/docx/writeReviewedDocx';
import { bodyTexts } from '../../src/ooxml/documentParagraphs';
import { descendantsW, getW, parseXml, type XmlDocument } from '../../src/ooxml/xmlDom';
import { buildSampleDocx, SAMPLE_PARAGRAPHS_BEFORE_REVISIONS } from '../fixtures/docx/sampleDocx';
import { expectedAcceptedTexts, SAMPLE_PLANS } from './reviewFixture';
import { convertWithSoffice, describeWithSoffice } from './soffice';

const AUTHOR = 'AI Data Terms';
const APPLIED = SAMPLE_PLANS.filter((plan) => plan.id !== 'collides');

describeWithSoffice('reviewed .docx in LibreOffice', () => {
  let folder = '';
  let roundTrip: JSZip;
  let odtContent: XmlDocument;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'adt-docx-lo-'));
    const read = await readDocx(await buildSampleDocx(), 'sample.docx');
    if (!read.ok) throw new Error(read.error);
    const written = await writeReviewedDocx(read.document, SAMPLE_PLANS, { author: AUTHOR, date: '2026-11-23T00:00:00Z', comments: 'internal' });
    if (!written.ok) throw new Error(written.error);
    const input = join(folder, 'sample.reviewed.docx');
    await writeFile(input, written.data);
    await convert(input, 'odt', folder);
    await convert(input, 'docx:MS Word 2007 XML', join(folder, 'roundtrip'));
    roundTrip = await JSZip.loadAsync(await readFile(join(folder, 'roundtrip', 'sample.reviewed.docx')));
    const odt = await JSZip.loadAsync(await readFile(join(folder, 'sample.reviewed.odt')));
    odtContent = xml(await odt.file('content.xml')!.async('string'));
  }, 180_000);

  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  const convert = (input: string, format: string, outdir: string) => convertWithSoffice(input, format, outdir, join(folder, 'profile'));

  it('keeps our revisions as tracked changes: rejecting them all gives the original text', async () => {
    const document = xml(await roundTrip.file('word/document.xml')!.async('string'));
    expect(bodyTexts(bodyOf(document)!, 'rejected').filter(Boolean)).toEqual(SAMPLE_PARAGRAPHS_BEFORE_REVISIONS);
    expect(bodyTexts(bodyOf(document)!, 'accepted').filter(Boolean)).toEqual(expectedAcceptedTexts());
  });

  it('keeps the author of every revision', async () => {
    const document = xml(await roundTrip.file('word/document.xml')!.async('string'));
    const authors = ['ins', 'del'].flatMap((name) => descendantsW(document, name)).map((revision) => getW(revision, 'author'));
    expect(new Set(authors)).toEqual(new Set([AUTHOR, 'Counterparty']));
  });

  it('reads the revisions as changed regions by the right author in ODF', () => {
    const creators = Array.from(odtContent.getElementsByTagNameNS('urn:oasis:names:tc:opendocument:xmlns:text:1.0', 'changed-region')).map(
      (region) => region.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'creator').item(0)?.textContent,
    );
    expect(creators.filter((creator) => creator === AUTHOR).length).toBeGreaterThanOrEqual(APPLIED.length);
    expect(new Set(creators)).toEqual(new Set([AUTHOR, 'Counterparty']));
  });

  it('keeps every comment with its author and text', async () => {
    const annotations = Array.from(odtContent.getElementsByTagNameNS('urn:oasis:names:tc:opendocument:xmlns:office:1.0', 'annotation'));
    const read = annotations.map((annotation) => ({
      author: annotation.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'creator').item(0)?.textContent,
      text: Array.from(annotation.getElementsByTagNameNS('urn:oasis:names:tc:opendocument:xmlns:text:1.0', 'p')).map((p) => p.textContent).join('\n'),
    }));
    // Comments sharing one range may come back in either order.
    const byText = (a: { text: string }, b: { text: string }) => a.text.localeCompare(b.text);
    expect(read.map((entry) => ({ author: entry.author, text: entry.text })).sort(byText)).toEqual(
      APPLIED.map((plan) => ({ author: AUTHOR, text: markInternal(plan.comment.internal) })).sort(byText),
    );
    const comments = xml(await roundTrip.file('word/comments.xml')!.async('string'));
    expect(descendantsW(comments, 'comment').map((comment) => comment.textContent ?? '').sort()).toEqual(APPLIED.map((plan) => markInternal(plan.comment.internal)).sort());
  });
});

function xml(text: string): XmlDocument {
  const parsed = parseXml(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.dom;
}
