// Writing the reviewed .docx: minimal tracked changes that reject back to the original and accept to the plan,
// comments wired into the package, and every other part kept byte for byte.
import JSZip from 'jszip';
import { readDocx, bodyOf } from '../../src/docx/readDocx';
import { writeReviewedDocx } from '../../src/docx/writeReviewedDocx';
import { bodyTexts } from '../../src/ooxml/documentParagraphs';
import { descendantsW, getW, parseXml, type XmlDocument } from '../../src/ooxml/xmlDom';
import { buildSampleDocx, SAMPLE_PARAGRAPHS_BEFORE_REVISIONS } from '../fixtures/docx/sampleDocx';
import { expectedAcceptedTexts, makePlan, NEW_CLAUSE, SAMPLE_PLANS } from './reviewFixture';

const OPTIONS = { author: 'AI Data Terms', date: '2026-11-23T00:00:00Z', comments: 'internal' } as const;

async function review(comments: 'internal' | 'external' | 'none' = 'internal') {
  const input = await buildSampleDocx();
  const inputCopy = input.slice();
  const read = await readDocx(input, 'sample.docx');
  if (!read.ok) throw new Error(read.error);
  const written = await writeReviewedDocx(read.document, SAMPLE_PLANS, { ...OPTIONS, comments });
  if (!written.ok) throw new Error(written.error);
  const zip = await JSZip.loadAsync(written.data);
  const document = xml(await zip.file('word/document.xml')!.async('string'));
  return { input, inputCopy, written, zip, document };
}

function xml(text: string): XmlDocument {
  const parsed = parseXml(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.dom;
}

const texts = (document: XmlDocument, view: 'accepted' | 'rejected') => bodyTexts(bodyOf(document)!, view).filter((text) => text !== '');

describe('writeReviewedDocx', () => {
  it('rejecting every revision gives the original text exactly', async () => {
    const { document } = await review();
    expect(texts(document, 'rejected')).toEqual(SAMPLE_PARAGRAPHS_BEFORE_REVISIONS);
  });

  it('accepting every revision gives the planned text', async () => {
    const { document } = await review();
    expect(texts(document, 'accepted')).toEqual(expectedAcceptedTexts());
  });

  it('reads back through readDocx as the planned text', async () => {
    const { written } = await review();
    const again = await readDocx(written.data, 'sample.reviewed.docx');
    if (!again.ok) throw new Error(again.error);
    expect(again.document.paragraphs.map((p) => p.text)).toEqual(expectedAcceptedTexts());
  });

  it('reports the colliding plan as skipped and every other plan as applied', async () => {
    const { written } = await review();
    expect(written.verdicts.filter((v) => v.status === 'skipped').map((v) => v.planId)).toEqual(['collides']);
    expect(written.verdicts.filter((v) => v.status === 'applied')).toHaveLength(SAMPLE_PLANS.length - 1);
  });

  it('stamps our revisions with author and date, and keeps every revision id unique, existing ones included', async () => {
    const { document } = await review();
    const revisions = ['ins', 'del'].flatMap((name) => descendantsW(document, name));
    const ours = revisions.filter((r) => getW(r, 'author') === 'AI Data Terms');
    expect(ours.length).toBeGreaterThanOrEqual(10);
    for (const revision of ours) expect(getW(revision, 'date')).toBe(OPTIONS.date);
    expect(revisions.filter((r) => getW(r, 'author') === 'Counterparty').map((r) => getW(r, 'id'))).toEqual(['7', '8']);
    const ids = revisions.map((r) => getW(r, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('splits runs and carries their formatting onto deleted and inserted words', async () => {
    const { document } = await review();
    const deletedItalic = descendantsW(document, 'del').filter((del) => descendantsW(del, 'i').length > 0);
    expect(deletedItalic.flatMap((del) => descendantsW(del, 'delText')).map((t) => t.textContent)).toContain('Customer Data');
    const inserted = descendantsW(document, 'ins').filter((ins) => ins.textContent === 'not ');
    expect(descendantsW(inserted[0]!, 'rFonts')).toHaveLength(1);
  });

  it('keeps the footnote reference outside the deletions', async () => {
    const { document } = await review();
    const deletedContent = descendantsW(document, 'del');
    expect(deletedContent.flatMap((del) => descendantsW(del, 'footnoteReference'))).toHaveLength(0);
    expect(descendantsW(document, 'footnoteReference')).toHaveLength(1);
  });

  it('deletes a field whole, code included, when its whole result is deleted', async () => {
    const { document } = await review();
    const deletedContent = descendantsW(document, 'del');
    expect(deletedContent.flatMap((del) => descendantsW(del, 'fldChar')).map((mark) => getW(mark, 'fldCharType'))).toEqual(['begin', 'separate', 'end']);
    expect(deletedContent.flatMap((del) => descendantsW(del, 'delInstrText'))).toHaveLength(1);
    expect(descendantsW(document, 'instrText')).toHaveLength(0);
  });

  it('skips a plan that would cut into a field result, and changes nothing for it', async () => {
    const read = await readDocx(await buildSampleDocx(), 'sample.docx');
    if (!read.ok) throw new Error(read.error);
    const text = read.document.paragraphs[5]!.text;
    const at = text.indexOf('.2.');
    const cutting = makePlan('cuts-field', 5, [{ kind: 'delete', start: at, end: at + 2, text: '.2' }]);
    const written = await writeReviewedDocx(read.document, [cutting], OPTIONS);
    if (!written.ok) throw new Error(written.error);
    expect(written.verdicts).toEqual([{ planId: 'cuts-field', status: 'skipped', reason: expect.stringMatching(/part of a field's result/) }]);
    const document = xml(await (await JSZip.loadAsync(written.data)).file('word/document.xml')!.async('string'));
    expect(descendantsW(document, 'del').filter((del) => getW(del, 'author') === 'AI Data Terms')).toHaveLength(0);
  });

  it('deletes another author\'s inserted words inside their insertion, never nesting insertions', async () => {
    const { document } = await review();
    const counterpartyInsert = descendantsW(document, 'ins').find((ins) => getW(ins, 'author') === 'Counterparty')!;
    expect(descendantsW(counterpartyInsert, 'del').map((del) => del.textContent)).toEqual(['at all ']);
    for (const ins of descendantsW(document, 'ins')) expect(descendantsW(ins, 'ins')).toHaveLength(0);
  });

  it('adds new clauses as inserted paragraphs with the anchor properties and without its section break', async () => {
    const { document } = await review();
    const added = descendantsW(document, 'p').filter((p) => p.textContent === NEW_CLAUSE);
    expect(added).toHaveLength(1);
    const properties = descendantsW(added[0]!, 'pPr')[0]!;
    expect(getW(descendantsW(properties, 'pStyle')[0]!, 'val')).toBe('BodyText');
    expect(descendantsW(properties, 'sectPr')).toHaveLength(0);
    expect(descendantsW(descendantsW(properties, 'rPr')[0]!, 'ins')).toHaveLength(1);
    const sectionBreaks = descendantsW(document, 'sectPr');
    expect(sectionBreaks).toHaveLength(2);
  });

  it('anchors one comment per applied plan and wires comments.xml into the package', async () => {
    const { zip, document } = await review();
    const comments = xml(await zip.file('word/comments.xml')!.async('string'));
    const entries = descendantsW(comments, 'comment');
    expect(entries).toHaveLength(SAMPLE_PLANS.length - 1);
    expect(entries.map((c) => c.textContent)).toContain('[Internal] Internal note for table-cell: push back.');
    for (const entry of entries) {
      const id = getW(entry, 'id');
      expect(getW(entry, 'author')).toBe('AI Data Terms');
      for (const marker of ['commentRangeStart', 'commentRangeEnd', 'commentReference']) {
        expect(descendantsW(document, marker).filter((m) => getW(m, 'id') === id)).toHaveLength(1);
      }
    }
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('PartName="/word/comments.xml"');
    expect(await zip.file('word/_rels/document.xml.rels')!.async('string')).toMatch(/relationships\/comments" Target="comments.xml"/);
  });

  it('anchors each comment on its own plan\'s edits when plans share a paragraph', async () => {
    const { zip, document } = await review();
    const comments = descendantsW(xml(await zip.file('word/comments.xml')!.async('string')), 'comment');
    const idOf = (planId: string) => getW(comments.find((c) => c.textContent === `[Internal] Internal note for ${planId}: push back.`)!, 'id');
    const marker = (name: string, id: string | null) => descendantsW(document, name).find((m) => getW(m, 'id') === id)!;
    const edit = idOf('last-paragraph-edit');
    expect(marker('commentRangeStart', edit).nextSibling?.textContent).toBe('not ');
    expect(marker('commentRangeEnd', edit).previousSibling?.textContent).toBe('not ');
    const clause = idOf('missing-deletion');
    expect(marker('commentRangeStart', clause).parentNode?.textContent).toBe(NEW_CLAUSE);
  });

  it('writes external comments when asked, and none at all with --comments none', async () => {
    const external = await review('external');
    expect(await external.zip.file('word/comments.xml')!.async('string')).toContain('Please accept the change table-cell.');
    const none = await review('none');
    expect(none.zip.file('word/comments.xml')).toBeNull();
    expect(descendantsW(none.document, 'commentReference')).toHaveLength(0);
    expect(await none.zip.file('[Content_Types].xml')!.async('string')).not.toContain('comments');
  });

  it('keeps every other part byte for byte and never changes the input', async () => {
    const { input, inputCopy, zip } = await review();
    const original = await JSZip.loadAsync(input);
    for (const path of ['_rels/.rels', 'word/styles.xml', 'word/footnotes.xml', 'word/numbering.xml', 'word/header1.xml']) {
      expect(await zip.file(path)!.async('uint8array')).toEqual(await original.file(path)!.async('uint8array'));
    }
    expect(input).toEqual(inputCopy);
  });

  it('writes the same output when one read document is written twice', async () => {
    const read = await readDocx(await buildSampleDocx(), 'sample.docx');
    if (!read.ok) throw new Error(read.error);
    const first = await writeReviewedDocx(read.document, SAMPLE_PLANS, OPTIONS);
    const second = await writeReviewedDocx(read.document, SAMPLE_PLANS, OPTIONS);
    if (!first.ok || !second.ok) throw new Error('write failed');
    const documentXml = async (data: Uint8Array) => (await JSZip.loadAsync(data)).file('word/document.xml')!.async('string');
    expect(await documentXml(second.data)).toBe(await documentXml(first.data));
  });

  it('gives fresh ids when a reviewed file is reviewed again', async () => {
    const { written } = await review();
    const again = await readDocx(written.data, 'twice.docx');
    if (!again.ok) throw new Error(again.error);
    const text = again.document.paragraphs[1]!.text;
    const plan = { ...SAMPLE_PLANS[0]!, id: 'second-pass', paragraph: 1, originalText: text, targetText: `${text} More.`, ops: [{ kind: 'insert' as const, at: text.length, text: ' More.' }] };
    const twice = await writeReviewedDocx(again.document, [plan], OPTIONS);
    if (!twice.ok) throw new Error(twice.error);
    const document = xml(await (await JSZip.loadAsync(twice.data)).file('word/document.xml')!.async('string'));
    const ids = ['ins', 'del'].flatMap((name) => descendantsW(document, name)).map((r) => getW(r, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
    const zip = await JSZip.loadAsync(twice.data);
    const commentIds = descendantsW(xml(await zip.file('word/comments.xml')!.async('string')), 'comment').map((c) => getW(c, 'id'));
    expect(commentIds).toHaveLength(SAMPLE_PLANS.length);
    expect(new Set(commentIds).size).toBe(commentIds.length);
    expect((await zip.file('[Content_Types].xml')!.async('string')).split('/word/comments.xml')).toHaveLength(2);
    expect((await zip.file('word/_rels/document.xml.rels')!.async('string')).split('relationships/comments"')).toHaveLength(2);
  });
});
